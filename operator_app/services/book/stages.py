"""Which stage names an operator may ask for. Kept apart from the queue query so that a command
refusing a bad `--stage` answers before SQLAlchemy is even loaded."""

from __future__ import annotations

from operator_app.domain.overdue import STAGES
from operator_app.errors import BAD_INPUT, KnownError


def check_stage(stage: str | None) -> None:
    """An unknown stage is bad input, never an empty answer (the CLI contract)."""
    if stage is not None and stage not in STAGES:
        raise KnownError("stage_unknown", exit_code=BAD_INPUT, stage=stage, stages=", ".join(STAGES))
