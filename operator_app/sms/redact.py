"""Secrets out of anything shown or logged: a transport spec or port URL may carry a password in
its userinfo (`kannel:http://user:pass@host`), a token or PIN in its query (`?pin=1234`), and the
AT command that unlocks a SIM carries its PIN. Every message and log line built from such text
goes through `redact` first."""

from __future__ import annotations

import re

SECRET_OPTIONS = frozenset({"pin", "puk", "password", "pass", "passwd", "pwd", "token", "secret", "key",
                            "api_key", "apikey", "auth", "auth_token", "access_key_secret"})
HIDDEN = "***"
# user:password@ after a scheme, with or without the // (kannel:http://u:p@h, pigeon:u:p@h)
_USERINFO = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*:(?://)?)(?P<userinfo>[^/?#@\s]*)@")
_QUERY_VALUE = re.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_\-]*)=(?P<value>[^&#\s]*)")
_CPIN = re.compile(r'(AT\+CPIN=)\S*', re.IGNORECASE)


def redact(text: str) -> str:
    """`text` with userinfo, secret query values and SIM PINs replaced by ***."""
    text = _USERINFO.sub(lambda m: f"{m.group('scheme')}{HIDDEN}@", text)
    text = _CPIN.sub(lambda m: m.group(1) + HIDDEN, text)
    return _QUERY_VALUE.sub(
        lambda m: f"{m.group('key')}={HIDDEN}" if m.group("key").lower() in SECRET_OPTIONS else m.group(0), text)


def scheme_of(spec: str) -> str:
    """What may be shown of a spec nobody understood: the word before the first ':' when it is a
    plain word, else nothing (a spec without a kind may be a bare secret)."""
    kind = spec.partition(":")[0].strip()
    return kind if re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{0,19}", kind) and ":" in spec else ""
