"""What the faces need to put a known error into words: its code and its parameters, some of
which depend on the operator's language."""

from __future__ import annotations

from typing import Any

from operator_app.domain.overdue import STAGES
from operator_app.errors import KnownError
from operator_app.i18n import choices, finding_text, msg, translate


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
    if exc.code == "setting_bad_value" and isinstance(params.get("hint"), str):
        params["hint"] = translate("messages", params["hint"])  # settings_registry's hints
    if exc.code == "stage_unknown":  # the codes to type (those the command takes), each with its words
        codes = params["stages"].split(", ") if isinstance(params.get("stages"), str) else STAGES
        params["stages"] = choices(codes, "stage_", language=language)
    if exc.code == "status_unknown" and isinstance(params.get("statuses"), str):
        params["statuses"] = choices(params["statuses"].split(", "), "state_", language=language)
    for key, value in params.items():  # an account as the records keep it ("account#7 alice"): its name
        if isinstance(value, str) and value.startswith("account#") and " " in value:
            params[key] = value.split(" ", 1)[1]
    if exc.code == "role_forbids":  # a role and an action are codes: said in words
        params["role"] = msg("role_" + str(params.get("role")))
        params["action"] = msg("permission_" + str(params.get("action")))
    return params

