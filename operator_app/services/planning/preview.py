"""The exact SMS a borrower would get, for the queue's phone-bubble preview and the template
editor: the text rendered by the template service's own rule (messaging.planning.render_for),
how it goes on the air (sms.encoding.split: encoding, parts, units left in the last part), the
character that forces UCS-2 and the compliance lint. Read only: nothing is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from operator_app.domain.collection import COLLECTION_STAGES
from operator_app.domain.policy import Candidate, loan_reasons
from operator_app.messaging import templates as tpl
from operator_app.messaging.lint import Finding, lint
from operator_app.messaging.planning import candidate, load_facts, render_for
from operator_app.services.office import settings as settings_service
from operator_app.services.planning.templates import TemplateRow, latest
from operator_app.sms.encoding import is_gsm7, split
from operator_app.store.db import Database


@dataclass(frozen=True)
class SmsPreview:
    text: str
    encoding: str  # "gsm7" | "ucs2"
    parts: tuple[str, ...]
    remaining: int  # characters (units) left in the last part
    ucs2_at: int | None  # index of the first character that forces UCS-2
    findings: tuple[Finding, ...]

    @property
    def blocking(self) -> bool:
        return any(f.blocking for f in self.findings)


@dataclass(frozen=True)
class LoanPreview:
    contract_no: str
    stage: str
    template_key: str | None
    reasons: tuple[str, ...]  # why this loan gets no SMS (empty: it would get `sms`)
    sms: SmsPreview | None


def preview_text(text: str, *, max_segments: int = 3) -> SmsPreview:
    s = split(text) if text else None
    ucs2_at = next((i for i, ch in enumerate(text) if not is_gsm7(ch)), None)
    return SmsPreview(text, s.encoding if s else "gsm7", s.parts if s else (), s.remaining if s else 160,
                      ucs2_at, tuple(lint(text, max_segments=max_segments)) if text else ())


def preview_template(db: Database, body: str, locale: str) -> SmsPreview:
    """A template body on the sample borrower; a template that does not parse raises its
    TemplateError (a KnownError with the line)."""
    tpl.check_source(body, locale)
    settings = settings_service.current(db)
    text = tpl.render(body, locale, tpl.sample_values(locale, settings.office_values(gaps=False)))
    return preview_text(text, max_segments=settings.get("lint.max_segments"))


def preview_loan(db: Database, loan_id: int, today: date) -> LoanPreview | None:
    """What a batch built today would send this loan (None: no such loan)."""
    with db.engine.connect() as conn:
        settings = settings_service.load(conn)
        facts = load_facts(conn, today, settings, loan_ids=[loan_id])
        if not facts:
            return None
        f = facts[0]
        probe: Candidate = candidate(f, "")
        reasons = loan_reasons(probe)
        stage = f.position.stage
        if stage not in COLLECTION_STAGES:
            return LoanPreview(f.contract_no, stage, None, reasons, None)
        key = f.position.template_key
        stored = latest(conn)
        template = stored.get((key, f.locale)) or stored.get((key, "zh_CN")) or _default(key, f.locale)
        rendered = render_for(f, template, settings.office_values())
        sms = preview_text(rendered.text, max_segments=settings.get("lint.max_segments"))
        return LoanPreview(f.contract_no, stage, key, reasons, sms)


def _default(key: str, locale: str) -> TemplateRow:
    """The shipped text, for a database whose templates were never written (nothing batched yet)."""
    defaults = {(d.key, d.locale): d for d in tpl.default_templates()}
    d = defaults.get((key, locale)) or defaults[(key, "zh_CN")]
    return TemplateRow(0, d.key, d.locale, 1, d.body, {}, "system")
