"""Who is acting. Until sign-in arrives (the `operator` table), an operator is the free-text name
given with --by; this module is the one place that turns it into an identity, so real accounts
replace it here and nowhere else."""

from __future__ import annotations

from operator_app.errors import UsageError

MAX_NAME = 100


def actor(name: str | None) -> str:
    """The acting operator's name, trimmed; empty or absurdly long names are bad input."""
    text = " ".join((name or "").split())
    if not text or len(text) > MAX_NAME:
        raise UsageError("actor_missing")
    return text


def same_person(a: str | None, b: str | None) -> bool:
    """Maker and checker are the same person (case and spacing do not make a second person)."""
    if a is None or b is None:
        return False
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
