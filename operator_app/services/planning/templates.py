"""Template versions in the database (`templates list/show/set`). The shipped default set is
written as version 1 the first time it is needed; `set` adds a version (a batch keeps pointing at
the version it used) and is audited. A version whose sample text fails the compliance lint is
kept as a draft and never goes live: batches use the newest active version, and `set` refuses
(exit 2) naming the lint errors, the active version unchanged. Lint errors still block the
approval of a batch (a text made from an older version, a rule added since)."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select

from operator_app.errors import UsageError, os_reason
from operator_app.messaging import audit
from operator_app.messaging import templates as tpl
from operator_app.messaging.lint import Finding, lint
from operator_app.services.office import settings as settings_service
from operator_app.services.office.identity import actor, role_of
from operator_app.store.db import Database
from operator_app.store.models import template_table

T = template_table


@dataclass(frozen=True)
class TemplateRow:
    id: int
    key: str
    locale: str
    version: int
    body: str
    providers: dict[str, Any]
    created_by: str
    findings: tuple[Finding, ...] = field(default=())
    status: str = "active"

    def as_json(self) -> dict[str, object]:
        return {"key": self.key, "locale": self.locale, "version": self.version, "body": self.body,
                "providers": self.providers, "created_by": self.created_by, "status": self.status,
                "lint": [f.as_json() for f in self.findings]}


class TemplateDraft(UsageError):
    """A version saved as a draft because it fails the compliance lint (exit 2): `findings` are
    (code, params) pairs, put into words at the edge."""


def ensure_defaults(conn: Connection) -> None:
    have = {(r.key, r.locale) for r in conn.execute(select(T.c.key, T.c.locale).distinct())}
    rows = [{"key": d.key, "locale": d.locale, "version": 1, "body": d.body, "providers": None, "created_by": "system"}
            for d in tpl.default_templates() if (d.key, d.locale) not in have]
    if rows:
        conn.execute(insert(T), rows)


def latest(conn: Connection) -> dict[tuple[str, str], TemplateRow]:
    """The current version of every (key, locale): the newest active one (drafts never go out)."""
    newest = (select(T.c.key, T.c.locale, func.max(T.c.version).label("v")).where(T.c.status == "active")
              .group_by(T.c.key, T.c.locale).subquery())
    query = select(T).join(newest, (T.c.key == newest.c.key) & (T.c.locale == newest.c.locale)
                           & (T.c.version == newest.c.v)).order_by(T.c.key, T.c.locale)
    return {(r.key, r.locale): _row(r) for r in conn.execute(query)}


def _row(r: Any, findings: tuple[Finding, ...] = ()) -> TemplateRow:
    return TemplateRow(r.id, r.key, r.locale, r.version, r.body, json.loads(r.providers) if r.providers else {},
                       r.created_by, findings, r.status)


def _lint_sample(conn: Connection, body: str, locale: str) -> tuple[Finding, ...]:
    s = settings_service.load(conn)
    text = tpl.render(body, locale, tpl.sample_values(locale, s.office_values(gaps=False)))
    return tuple(lint(text, max_segments=s.get("lint.max_segments")))


def list_templates(db: Database) -> list[TemplateRow]:
    with db.engine.begin() as conn:
        ensure_defaults(conn)
        return [replace(r, findings=_lint_sample(conn, r.body, r.locale)) for r in latest(conn).values()]


def show(db: Database, key: str) -> list[TemplateRow]:
    rows = [r for r in list_templates(db) if r.key == key]
    if not rows:
        raise UsageError("template_unknown", key=key, keys=", ".join(sorted({r.key for r in list_templates(db)})))
    return rows


def read_template_file(path: Path) -> tuple[str, dict[str, Any]]:
    """A .txt file is the body; a .toml file has `body` and optional `[providers.<name>]` tables
    with `code` (the provider's approved template code) and `params` (slot = our variable)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError("template_file_unreadable", path=str(path),
                         detail="why_not_utf8" if isinstance(exc, UnicodeDecodeError) else os_reason(exc)) from exc
    if path.suffix.lower() != ".toml":
        return raw.strip(), {}
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError("template_file_unreadable", path=str(path), detail="why_not_toml") from exc
    providers = data.get("providers", {})
    for name, spec in providers.items():
        params = spec.get("params", {})
        if not isinstance(spec.get("code"), str) or not isinstance(params, dict):
            raise UsageError("template_provider_bad", provider=name)
        unknown = sorted(set(params.values()) - set(tpl.VARIABLES))
        if unknown:
            raise UsageError("template_unknown_variable", names=", ".join(unknown), allowed=", ".join(tpl.VARIABLES))
    return str(data.get("body", "")).strip(), providers


def set_template(db: Database, key: str, path: Path, *, by: str, locale: str = "zh_CN") -> TemplateRow:
    who = actor(by, db, "template_draft")
    # A clerk or an approver writes drafts; an admin's version (or, without accounts, anyone's) goes live.
    reviewed = role_of(by) in (None, "admin")
    if key not in tpl.TEMPLATE_KEYS:
        raise UsageError("template_unknown", key=key, keys=", ".join(tpl.TEMPLATE_KEYS))
    if locale not in tpl.LOCALES:
        raise UsageError("locale_unknown", locale=locale, locales=", ".join(tpl.LOCALES))
    body, providers = read_template_file(path)
    if not body:
        raise UsageError("template_empty", path=str(path))
    tpl.check_source(body, locale)
    with db.engine.begin() as conn:
        ensure_defaults(conn)
        findings = _lint_sample(conn, body, locale)
        blocking = [f for f in findings if f.blocking]
        status = "draft" if blocking or not reviewed else "active"
        version = int(conn.execute(select(func.max(T.c.version)).where(T.c.key == key, T.c.locale == locale))
                      .scalar() or 0) + 1
        new_id = conn.execute(insert(T).values(key=key, locale=locale, version=version, body=body,
                                               providers=json.dumps(providers, ensure_ascii=False) if providers else None,
                                               created_by=who, status=status).returning(T.c.id)).scalar_one()
        audit.append(conn, who, "template_set", {"key": key, "locale": locale, "version": version, "body": body,
                                                 "providers": providers, "status": status,
                                                 **({"lint": [f.code for f in blocking]} if blocking else {})})
        row = _row(conn.execute(select(T).where(T.c.id == new_id)).one(), findings)
        active = latest(conn).get((key, locale))
    if blocking:  # committed as a draft: the text is kept for the next try, the live one unchanged
        raise TemplateDraft("template_saved_as_draft", key=key, locale=locale, version=version,
                            active=active.version if active else 0, findings=[(f.code, f.params) for f in blocking])
    return row
