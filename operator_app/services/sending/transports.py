"""Saved transports (Settings → 通道 Transports): a modem on a serial port or TCP, the virtual
modem, or an HTTP gateway (Kannel, android-sms-gateway, Aliyun SMS, Twilio-compatible, a TOML
profile), each under a name the sending page and the CLI accept (`--transport profile:NAME`,
or the bare name).

A profile is stored as JSON in the settings table (key `transport:NAME`), so every workstation of
the office sees the same list; its secret (a gateway's password or key, a SIM's PIN) never is:
it goes to this computer's keyring or its fallback (services/office/secrets.py). A profile whose secret
was saved on another workstation therefore says so here instead of sending without it.

A secret is bound to where it goes: it is kept with the profile's destination (kind, address and
account), and a profile whose destination changed, by a save without a new secret or by a hand
edit of the shared database, is refused until the secret is typed again, so a password is never
sent to a host it was not entered for. A webhook's shared secrets (`callback-secret=`,
`signing-key=`) are kept like the password, and `secret-env=` (which would read this user's
environment for a profile anybody may edit) is refused in a saved profile.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from sqlalchemy import delete, insert, select

from operator_app.errors import BAD_INPUT, UsageError
from operator_app.messaging import audit
from operator_app.services.changes import OpChanges, writes
from operator_app.services.office.identity import actor
from operator_app.services.office.secrets import SecretStore
from operator_app.sms.connect import parse_transport
from operator_app.sms.gateways.health import GatewayCheck
from operator_app.sms.modem.status import ModemInfo
from operator_app.sms.transport import GATEWAY_KINDS, TransportSpecError
from operator_app.store.db import Database
from operator_app.store.models import app_setting_table

TABLE = app_setting_table
PREFIX = "transport:"
REFERENCE = "profile:"
MODEM_KINDS = ("modem", "emulator")
KINDS = MODEM_KINDS + tuple(sorted(GATEWAY_KINDS))
NAME = re.compile(r"[\w.\-]{1,40}")  # \w takes Chinese too; no ":" "?" "@" or spaces


@dataclass(frozen=True)
class TransportProfile:
    """One saved transport. `target`: a port for a modem (COM3, /dev/ttyUSB0, socket://host:port,
    auto), a URL without user info for a gateway, a .toml path for `http`. `options`: the spec's
    options (baud, gap, daily, from, sign, …) except the secret."""

    name: str
    kind: str
    target: str = ""
    username: str = ""
    options: dict[str, str] = field(default_factory=dict)
    has_secret: bool = False
    secret_options: tuple[str, ...] = ()  # options whose values are kept in the secret store

    @property
    def account(self) -> str:
        return REFERENCE + self.name

    def option_account(self, option: str) -> str:
        return f"{self.account}#{option}"

    @property
    def destination(self) -> str:
        """Where this profile's secret goes: a gateway's kind, scheme, host, port and account; a
        modem's port (a PIN belongs to the SIM in that modem); a TOML profile's file."""
        if self.kind in GATEWAY_KINDS and self.kind != "http":
            parts = urlsplit(self.target)
            host = (parts.hostname or "").lower()
            return f"{self.kind} {parts.scheme.lower()}://{host}:{parts.port or ''} {self.username}"
        return f"{self.kind} {self.target}"

    def spec_text(self, secret: str | None, option_secrets: dict[str, str] | None = None) -> str:
        """The `--transport` spec this profile stands for, with `secret` in its place (and the
        kept option secrets, or a stand-in for each)."""
        options = dict(self.options)
        for option in self.secret_options:
            options[option] = (option_secrets or {}).get(option, "***")
        if self.kind in MODEM_KINDS:
            if secret:
                options["pin"] = secret
            query = urlencode(options)
            return f"{self.kind}:{self.target}" + (f"?{query}" if query else "")
        query = urlencode(options)
        if self.kind == "http":
            return f"http:{self.target}" + (f"?{query}" if query else "")
        parts = urlsplit(self.target)
        user = quote(self.username, safe="") + (":" + quote(secret, safe="") if secret else "")
        netloc = (user + "@" if user else "") + parts.netloc
        return f"{self.kind}:" + urlunsplit((parts.scheme, netloc, parts.path, query, ""))

    def shown(self) -> str:
        """The spec as the operator may see it: the secret as ***."""
        return str(parse_transport(self.spec_text("***" if self.has_secret else None)))

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "kind": self.kind, "target": self.target, "username": self.username,
                "options": dict(self.options), "has_secret": self.has_secret,
                "secret_options": list(self.secret_options)}


# Options that are secrets themselves: kept in the secret store, never in the shared database.
SECRET_OPTIONS = ("callback-secret", "signing-key")
# Options a saved profile may not carry: the secret's own field, and an environment variable to
# read it from (a profile in the shared database must not pick this user's environment).
FORBIDDEN_OPTIONS = ("pin", "secret", "secret-env")


def _sealed(secret: str, destination: str) -> str:
    """A secret as kept in the store: with the destination it was entered for."""
    return json.dumps({"secret": secret, "to": destination}, ensure_ascii=False)


def _unsealed(kept: str | None, destination: str) -> str | None:
    """The kept secret when it was entered for `destination`; None when none is kept. A secret
    kept for another destination raises (never sent where it was not typed for). A secret kept
    before secrets were bound (plain text) is taken as it is."""
    if not kept:
        return None
    try:
        data = json.loads(kept)
    except ValueError:
        return kept
    if not isinstance(data, dict) or "secret" not in data:
        return kept
    if data.get("to") != destination:
        raise UsageError("transport_secret_elsewhere")
    return str(data["secret"])


@dataclass(frozen=True)
class ProfileView:
    """A profile as the Settings page lists it: `secret` is "saved", "missing" (saved on another
    workstation, or never) or "none" (the kind needs none)."""

    profile: TransportProfile
    shown: str
    secret: str

    def as_json(self) -> dict[str, object]:
        return {**self.profile.as_json(), "spec": self.shown, "secret": self.secret}


def _check_name(name: str) -> str:
    name = name.strip()
    if not NAME.fullmatch(name):
        raise UsageError("transport_profile_name", name=name[:40])
    return name


def _check(profile: TransportProfile, secret: str | None) -> None:
    """Bad input raises the parser's own one-line error (which never holds the secret)."""
    if profile.kind not in KINDS:
        raise UsageError("transport_profile_kind", kind=profile.kind, kinds=", ".join(KINDS))
    if profile.kind in GATEWAY_KINDS and profile.kind != "http":
        parts = urlsplit(profile.target)
        if "@" in parts.netloc:
            raise UsageError("transport_profile_userinfo")
    stand_in = ("0000" if profile.kind in MODEM_KINDS else "x") if profile.has_secret else None
    parse_transport(profile.spec_text(secret or stand_in, {o: "x" for o in profile.secret_options}))


def _load(raw: str, name: str) -> TransportProfile:
    data = json.loads(raw)
    return TransportProfile(name, str(data["kind"]), str(data.get("target", "")), str(data.get("username", "")),
                            {str(k): str(v) for k, v in dict(data.get("options", {})).items()},
                            bool(data.get("has_secret", False)),
                            tuple(str(o) for o in data.get("secret_options", ())))


def profiles(db: Database) -> list[TransportProfile]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(TABLE.c.key, TABLE.c.value).where(TABLE.c.key.like(PREFIX + "%"))
                            .order_by(TABLE.c.key))
        return [_load(value, key[len(PREFIX):]) for key, value in rows]


def get(db: Database, name: str) -> TransportProfile:
    with db.engine.connect() as conn:
        raw = conn.execute(select(TABLE.c.value).where(TABLE.c.key == PREFIX + name)).scalar_one_or_none()
    if raw is None:
        names = ", ".join(p.name for p in profiles(db)) or "—"
        raise UsageError("transport_profile_unknown", name=name, names=names)
    return _load(raw, name)


def list_views(db: Database, store: SecretStore | None = None) -> list[ProfileView]:
    store = store or SecretStore()
    views = []
    for p in profiles(db):
        secret = "none" if not p.has_secret else ("saved" if _kept(store, p) else "missing")
        views.append(ProfileView(p, p.shown(), secret))
    return views


def _kept(store: SecretStore, profile: TransportProfile) -> bool:
    """Whether this computer keeps the profile's secret for its destination."""
    try:
        return _unsealed(store.get(profile.account), profile.destination) is not None
    except UsageError:
        return False


@writes(OpChanges(settings=True))  # the pages that offer saved transports
def save(db: Database, profile: TransportProfile, *, secret: str | None, by: str,
         store: SecretStore | None = None) -> ProfileView:
    """Add or replace a profile. `secret`: a new one to keep (in the keyring, not the database);
    None or "" keeps the one saved before. Bad input changes nothing."""
    who = actor(by, db, "transports")
    store = store or SecretStore()
    name = _check_name(profile.name)
    with db.engine.connect() as conn:
        before = conn.execute(select(TABLE.c.value).where(TABLE.c.key == PREFIX + name)).scalar_one_or_none()
    old = _load(before, name) if before is not None else None
    if any(o in profile.options for o in FORBIDDEN_OPTIONS):
        raise UsageError("transport_profile_secret_option")
    typed = {o: v for o, v in profile.options.items() if o in SECRET_OPTIONS and v not in ("", "***")}
    options = {k: v for k, v in profile.options.items() if v != "" and k not in SECRET_OPTIONS}
    option_names = tuple(sorted({*typed, *(o for o in SECRET_OPTIONS if profile.options.get(o) == "***"
                                           and old is not None and o in old.secret_options)}))
    profile = TransportProfile(name, profile.kind.strip().lower(), profile.target.strip(), profile.username.strip(),
                               options, bool(secret), option_names)
    # The old secret is kept only for the same destination: a new kind, address or account never
    # inherits it (a gateway's password is no SIM PIN, and a new host must be given it by hand).
    moved = old is not None and old.destination != profile.destination
    same_kind = old is not None and old.kind == profile.kind
    if old is not None and old.has_secret and not secret and same_kind:
        if moved:
            raise UsageError("transport_secret_rebind", name=name)
        profile = replace(profile, has_secret=True)
    if moved and set(option_names) - set(typed):
        raise UsageError("transport_secret_rebind", name=name)
    _check(profile, secret or None)
    # Secrets first: if the keyring refuses, nothing was written to the database.
    if secret:
        store.set(profile.account, _sealed(secret, profile.destination))
    elif old is not None and old.has_secret and not profile.has_secret:
        store.delete(profile.account)
    for option, value in typed.items():
        store.set(profile.option_account(option), _sealed(value, profile.destination))
    for option in set(old.secret_options if old is not None else ()) - set(option_names):
        store.delete(profile.option_account(option))
    with db.engine.begin() as conn:
        conn.execute(delete(TABLE).where(TABLE.c.key == PREFIX + name))
        value = json.dumps({k: v for k, v in profile.as_json().items() if k != "name"}, ensure_ascii=False)
        conn.execute(insert(TABLE).values(key=PREFIX + name, value=value))
        audit.append(conn, who, "transport_saved", {"name": name, "spec": profile.shown(),
                                                    "new_secret": bool(secret)})
    return ProfileView(profile, profile.shown(), "saved" if profile.has_secret else "none")


@writes(OpChanges(settings=True))
def delete_profile(db: Database, name: str, *, by: str, store: SecretStore | None = None) -> None:
    who = actor(by, db, "transports")
    profile = get(db, name)
    with db.engine.begin() as conn:
        conn.execute(delete(TABLE).where(TABLE.c.key == PREFIX + profile.name))
        audit.append(conn, who, "transport_deleted", {"name": profile.name})
    store = store or SecretStore()
    store.delete(profile.account)
    for option in profile.secret_options:
        store.delete(profile.option_account(option))


def from_spec(name: str, spec: str) -> tuple[TransportProfile, str]:
    """A profile and its secret from a `--transport` spec (`transports add NAME SPEC`): the
    password in the URL, or the modem's pin=, moves out of the spec into the secret."""
    parsed = parse_transport(spec)
    if parsed.gateway is not None:
        g = parsed.gateway
        return TransportProfile(name, g.kind, g.url, g.username, dict(g.options)), g.secret
    options = dict(parsed.options)
    pin = options.pop("pin", "")
    return TransportProfile(name, parsed.kind, parsed.target, "", options), pin


def referenced(text: str, db: Database) -> TransportProfile | None:
    """The profile `profile:NAME` (or a bare NAME that is saved) refers to; None for a spec."""
    text = text.strip()
    if text.startswith(REFERENCE):
        return get(db, text[len(REFERENCE):])
    if ":" in text or not NAME.fullmatch(text):
        return None
    try:
        return get(db, text)
    except UsageError:
        return None  # not a saved name: the spec parser says what is wrong with it


def looks_like_reference(text: str) -> bool:
    text = text.strip()
    return text.startswith(REFERENCE) or (":" not in text and NAME.fullmatch(text) is not None)


def spec_of(profile: TransportProfile, store: SecretStore | None = None) -> str:
    """The full spec, secrets included, to hand to the wire layer (never to print). A profile
    edited in the database to read an environment variable, or whose destination is not the
    one its secret was entered for, is refused."""
    if any(o in profile.options for o in FORBIDDEN_OPTIONS):
        raise UsageError("transport_profile_secret_option")
    store = store or SecretStore()
    where = profile.destination
    extra = {}
    for option in profile.secret_options:
        value = _unsealed(store.get(profile.option_account(option)), where)
        if value is None:
            raise TransportSpecError("transport_profile_no_secret", name=profile.name, exit_code=BAD_INPUT)
        extra[option] = value
    if not profile.has_secret:
        return profile.spec_text(None, extra)
    secret = _unsealed(store.get(profile.account), where)
    if not secret:
        raise TransportSpecError("transport_profile_no_secret", name=profile.name, exit_code=BAD_INPUT)
    return profile.spec_text(secret, extra)


def resolve(db: Database, specs: list[str], store: SecretStore | None = None) -> list[str]:
    """Specs with every saved-profile reference replaced by the spec it stands for."""
    out = []
    for text in specs:
        profile = referenced(text, db) if looks_like_reference(text) else None
        out.append(spec_of(profile, store) if profile is not None else text)
    return out


# probing a modem, testing a gateway (long work: call from a worker) ------------------------------

@dataclass(frozen=True)
class CheckResult:
    """A probe's modem answers, or a gateway test's finding; exactly one is set."""

    modem: ModemInfo | None = None
    gateway: GatewayCheck | None = None


def check_spec(spec: str) -> CheckResult:
    """Probe the modem, or test the gateway, a spec names; nothing is sent to anybody."""
    parsed = parse_transport(spec)
    if parsed.gateway is not None:
        from operator_app.sms.gateways.health import check_gateway

        return CheckResult(gateway=check_gateway(parsed.gateway))
    from operator_app.services.sending.sms_send import probe_modem

    return CheckResult(modem=probe_modem(spec))


def check(profile: TransportProfile, *, secret: str | None = None, store: SecretStore | None = None) -> CheckResult:
    """Check a profile as typed (`secret` given) or as saved (its secret from the store)."""
    _check(profile, secret)
    return check_spec(profile.spec_text(secret) if secret else spec_of(profile, store))


def serial_ports() -> list[tuple[str, str]]:
    from operator_app.sms.modem.ports import list_serial_ports

    return list_serial_ports()


def detect_port(candidates: list[str] | None = None) -> str | None:
    """The first port where a modem answers AT (all serial ports when `candidates` is None)."""
    from operator_app.sms.modem.driver import detect_port as detect

    return detect(candidates)
