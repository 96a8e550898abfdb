"""What the faces need to put a known error into words: its code and its parameters, some of
which depend on the operator's language."""

from __future__ import annotations

import sys
from typing import Any

from operator_app.errors import KnownError
from operator_app.i18n import finding_text


def error_params(exc: KnownError, language: str) -> dict[str, Any]:
    """The parameters of `exc` for its message. Compliance-lint findings (`finding` with its
    `finding_params`, or `findings` as (code, params) pairs) are said in words, and a modem's own
    error text (the CMS/CME tables) comes in the operator's language. The wire layer is looked
    up, not imported: if it was never loaded, the error cannot come from it, and a CLI error path
    stays quick."""
    params = dict(exc.params)
    finding = params.pop("finding_params", None)
    if isinstance(finding, dict) and isinstance(params.get("finding"), str):
        params["finding"] = finding_text(params["finding"], finding, language)
    findings = params.get("findings")
    if isinstance(findings, list):
        params["findings"] = " ".join(finding_text(code, dict(p), language) for code, p in findings)
    channel = sys.modules.get("operator_app.sms.modem.channel")
    if channel is not None and isinstance(exc, channel.CommandError):
        params["error"] = exc.info.text(language)
    return params
