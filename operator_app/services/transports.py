"""Saved transports (Settings → 通道 Transports): a modem on a serial port or TCP, the virtual
modem, or an HTTP gateway (Kannel, android-sms-gateway, Aliyun SMS, Twilio-compatible, a TOML
profile), each under a name the sending page and the CLI accept (`--transport profile:NAME`,
or the bare name).

A profile is stored as JSON in the settings table (key `transport:NAME`), so every workstation of
the office sees the same list; its secret (a gateway's password or key, a SIM's PIN) never is:
it goes to this computer's keyring or its fallback (services/secrets.py). A profile whose secret
was saved on another workstation therefore says so here instead of sending without it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from sqlalchemy import delete, insert, select

from operator_app.errors import BAD_INPUT, UsageError
from operator_app.messaging import audit
from operator_app.services.identity import actor
from operator_app.services.secrets import SecretStore
from operator_app.sms.gateways.health import GatewayCheck
from operator_app.sms.modem.status import ModemInfo
from operator_app.sms.transport import GATEWAY_KINDS, TransportSpecError, parse_transport
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

    @property
    def account(self) -> str:
        return REFERENCE + self.name

    def spec_text(self, secret: str | None) -> str:
        """The `--transport` spec this profile stands for, with `secret` in its place."""
        options = dict(self.options)
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
                "options": dict(self.options), "has_secret": self.has_secret}


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
    parse_transport(profile.spec_text(secret or stand_in))


def _load(raw: str, name: str) -> TransportProfile:
    data = json.loads(raw)
    return TransportProfile(name, str(data["kind"]), str(data.get("target", "")), str(data.get("username", "")),
                            {str(k): str(v) for k, v in dict(data.get("options", {})).items()},
                            bool(data.get("has_secret", False)))


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
        secret = "none" if not p.has_secret else ("saved" if store.get(p.account) else "missing")
        views.append(ProfileView(p, p.shown(), secret))
    return views


def save(db: Database, profile: TransportProfile, *, secret: str | None, by: str,
         store: SecretStore | None = None) -> ProfileView:
    """Add or replace a profile. `secret`: a new one to keep (in the keyring, not the database);
    None or "" keeps the one saved before. Bad input changes nothing."""
    who = actor(by)
    store = store or SecretStore()
    name = _check_name(profile.name)
    with db.engine.connect() as conn:
        before = conn.execute(select(TABLE.c.value).where(TABLE.c.key == PREFIX + name)).scalar_one_or_none()
    old = _load(before, name) if before is not None else None
    # a new kind never inherits the old secret (a gateway's password is no SIM PIN)
    keeps = bool(old is not None and old.has_secret and not secret and old.kind == profile.kind.strip().lower())
    profile = TransportProfile(name, profile.kind.strip().lower(), profile.target.strip(), profile.username.strip(),
                               {k: v for k, v in profile.options.items() if v != ""}, bool(secret) or keeps)
    if "pin" in profile.options or "secret" in profile.options:
        raise UsageError("transport_profile_secret_option")
    _check(profile, secret or None)
    if secret:
        store.set(profile.account, secret)  # first: if the keyring refuses, nothing was written
    elif old is not None and old.has_secret and not keeps:
        store.delete(profile.account)
    with db.engine.begin() as conn:
        conn.execute(delete(TABLE).where(TABLE.c.key == PREFIX + name))
        value = json.dumps({k: v for k, v in profile.as_json().items() if k != "name"}, ensure_ascii=False)
        conn.execute(insert(TABLE).values(key=PREFIX + name, value=value))
        audit.append(conn, who, "transport_saved", {"name": name, "spec": profile.shown(),
                                                    "new_secret": bool(secret)})
    return ProfileView(profile, profile.shown(), "saved" if profile.has_secret else "none")


def delete_profile(db: Database, name: str, *, by: str, store: SecretStore | None = None) -> None:
    who = actor(by)
    profile = get(db, name)
    with db.engine.begin() as conn:
        conn.execute(delete(TABLE).where(TABLE.c.key == PREFIX + profile.name))
        audit.append(conn, who, "transport_deleted", {"name": profile.name})
    (store or SecretStore()).delete(profile.account)


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
    """The full spec, secret included, to hand to the wire layer (never to print)."""
    if not profile.has_secret:
        return profile.spec_text(None)
    secret = (store or SecretStore()).get(profile.account)
    if not secret:
        raise TransportSpecError("transport_profile_no_secret", name=profile.name, exit_code=BAD_INPUT)
    return profile.spec_text(secret)


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
    from operator_app.services.sms_send import probe_modem

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
