"""Gateway `--transport` specs: what to open, with the secret kept out of every printed form.

    kannel:http://USER:PASS@HOST:13013/?from=OFFICE
    android-gateway:http://USER:PASS@192.168.1.20:8080          (the phone's local server)
    android-gateway:https://USER:PASS@HOST/3rdparty/v1          (its cloud or private server)
    aliyun:https://ACCESS_KEY_ID:ACCESS_KEY_SECRET@dysmsapi.aliyuncs.com/?sign=SIGN_NAME
    twilio:https://ACCOUNT_SID:AUTH_TOKEN@HOST/?from=NUMBER
    http:PROFILE.toml

The secret may be left out of the URL: it is then read from the environment
(`OPERATOR_SMS_SECRET`, or the variable named by `secret-env=`) or from the OS keyring (service
`operator-app`, user `KIND:USER@HOST`). `gap=` and `daily=` are accepted on every spec; pacing
itself belongs to the dispatcher, which reads them here.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

from operator_app.errors import BAD_INPUT, KnownError
from operator_app.sms.transport import TransportFault

GATEWAY_KINDS = ("kannel", "android-gateway", "aliyun", "twilio", "http")
KEYRING_SERVICE = "operator-app"
SECRET_ENV = "OPERATOR_SMS_SECRET"

# Options each kind understands; the common ones: gap, daily (pacing, for the dispatcher), timeout,
# retries, callback (HOST:PORT to listen on), callback-url (the address the gateway calls, when not
# that one), callback-secret, secret-env, poll (seconds between status queries without callbacks).
COMMON_OPTIONS = ("gap", "daily", "timeout", "retries", "callback", "callback-url", "secret-env",
                  "callback-secret", "poll")
KIND_OPTIONS: dict[str, tuple[str, ...]] = {
    "kannel": ("from", "smsc", "charset", "dlr-mask"),
    "android-gateway": ("sim", "ttl", "device", "signing-key"),
    "aliyun": ("sign", "region"),
    "twilio": ("from", "service"),
    "http": (),
}


class GatewaySpecError(KnownError):
    """A gateway spec that cannot be used as written: bad input, nothing was sent."""

    exit_code = BAD_INPUT


class GatewaySettingsError(TransportFault):
    """The gateway refused our credentials, account or settings (wrong password, balance used up,
    account suspended, unapproved signature or template): not sent, and retrying will not help
    until a person fixes it. An office fault (a run-time failure), not bad input."""


@dataclass(frozen=True)
class GatewaySpec:
    """A parsed gateway spec. `url` carries no userinfo; `secret` never appears in repr/str."""

    kind: str
    url: str
    username: str = ""
    secret: str = field(default="", repr=False)
    options: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        """The spec as the operator may see it: user name kept, secret replaced."""
        if self.kind == "http":
            return f"http:{self.url}"
        parts = urlsplit(self.url)
        netloc = (f"{self.username}:***@" if self.username else "") + parts.netloc
        shown = {k: ("***" if k in ("signing-key", "callback-secret") else v) for k, v in self.options.items()}
        query = "&".join(f"{k}={v}" for k, v in shown.items())
        return f"{self.kind}:" + urlunsplit((parts.scheme, netloc, parts.path, query, ""))

    def __repr__(self) -> str:
        return f"GatewaySpec({self})"

    @property
    def gap(self) -> float:
        """Minimum pause between two messages on this gateway (seconds); 0 = none."""
        return float(self.options.get("gap", "0"))

    @property
    def daily(self) -> int:
        """This gateway's daily quota; 0 = none."""
        return int(self.options.get("daily", "0"))

    @property
    def timeout(self) -> float:
        return float(self.options.get("timeout", "10"))

    @property
    def retries(self) -> int:
        return int(self.options.get("retries", "3"))


def _number(value: str, *, integer: bool) -> bool:
    try:
        number = int(value) if integer else float(value)
    except ValueError:
        return False
    return number >= 0


def parse_gateway_spec(text: str) -> GatewaySpec:
    """Parse one gateway spec; bad input raises GatewaySpecError naming the part, never the secret."""
    kind, sep, rest = text.partition(":")
    kind = kind.strip().lower()
    if not sep or kind not in GATEWAY_KINDS:
        raise GatewaySpecError("transport_unknown", spec=text.split("?")[0].split("@")[-1])
    if kind == "http":
        path, _, query = rest.partition("?")
        if not path.endswith(".toml"):
            raise GatewaySpecError("gateway_profile_path", path=path)
        options = _options(kind, query)
        return GatewaySpec(kind, path, options=options)
    parts = urlsplit(rest)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise GatewaySpecError("gateway_url", kind=kind, url=_without_userinfo(rest))
    try:
        parts.port  # noqa: B018 - a bad port raises ValueError here
    except ValueError:
        raise GatewaySpecError("gateway_url", kind=kind, url=_without_userinfo(rest)) from None
    options = _options(kind, parts.query)
    username = unquote(parts.username or "")
    secret = unquote(parts.password or "")
    netloc = parts.netloc.rpartition("@")[2]
    url = urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    return GatewaySpec(kind, url, username, secret, options)


def _without_userinfo(rest: str) -> str:
    scheme, sep, tail = rest.partition("://")
    return scheme + sep + tail.split("?")[0].rpartition("@")[2] if sep else rest.split("?")[0].rpartition("@")[2]


def _options(kind: str, query: str) -> dict[str, str]:
    options = dict(parse_qsl(query, keep_blank_values=True))
    allowed = COMMON_OPTIONS + KIND_OPTIONS[kind]
    for key, value in options.items():
        if key not in allowed:
            raise GatewaySpecError("gateway_option", option=key, allowed=", ".join(allowed))
        if key in ("gap", "timeout", "poll") and not _number(value, integer=False):
            raise GatewaySpecError("gateway_option_value", option=key, value=value)
        if key in ("daily", "retries", "sim", "ttl", "dlr-mask") and not _number(value, integer=True):
            raise GatewaySpecError("gateway_option_value", option=key, value=value)
        if key == "charset":
            try:
                codecs.lookup(value)
            except LookupError:
                raise GatewaySpecError("gateway_charset", value=value) from None
    return options


def resolve_secret(spec: GatewaySpec) -> str:
    """The gateway's secret: from the spec, else the environment, else the OS keyring.

    With no keyring backend on this machine (a headless Linux box has none), the error says so
    and names the environment variable to set instead."""
    if spec.secret:
        return spec.secret
    env_name = spec.options.get("secret-env", SECRET_ENV)
    from_env = os.environ.get(env_name)
    if from_env:
        return from_env
    host = urlsplit(spec.url).hostname or ""
    account = f"{spec.kind}:{spec.username}@{host}"
    try:
        import keyring
        from keyring.errors import KeyringError, NoKeyringError

        try:
            stored = keyring.get_password(KEYRING_SERVICE, account)
        except NoKeyringError:
            raise GatewaySpecError("gateway_no_keyring", env=env_name) from None
        except KeyringError as exc:
            raise GatewaySpecError("gateway_keyring_failed", env=env_name,
                                   detail="why_keyring_locked" if "Locked" in type(exc).__name__ else "why_keyring_error") from None
    except ImportError:
        raise GatewaySpecError("gateway_no_keyring", env=env_name) from None
    if not stored:
        raise GatewaySpecError("gateway_no_secret", account=account, service=KEYRING_SERVICE, env=env_name)
    return stored
