"""The outbox state machine (one home for which move is allowed), and how a multipart
message's delivery reports add up.

    draft -> queued -> sending -> sent -> delivered | failed
    draft | queued -> cancelled          sending -> queued (provably not sent: temporary error, transport fault)
    sending -> failed (permanent error)  sending -> unknown (may have gone: never automatic again)
    unknown -> sent | failed (an operator's resolution)   failed | unknown -> queued (explicit resend)

`sending` is written and committed before the transport is called, so a crash can only leave
`sending` rows behind; at start they become `unknown` (`after_restart`), never `queued`.
"""

from __future__ import annotations

from collections.abc import Iterable

STATES = ("draft", "queued", "sending", "sent", "delivered", "failed", "cancelled", "unknown")
FINAL = frozenset({"delivered", "failed", "cancelled"})
# What reached, or may have reached, a phone: what the caps count at the moment of sending.
GONE = ("sending", "sent", "delivered", "unknown")

_AUTOMATIC: dict[str, frozenset[str]] = {
    "draft": frozenset({"queued", "cancelled"}),
    "queued": frozenset({"sending", "cancelled"}),
    "sending": frozenset({"sent", "queued", "failed", "unknown"}),
    # A late report may arrive after an operator resolved `unknown` as sent; a report never
    # turns `failed` back into `delivered` (a second report for the same part changes nothing).
    "sent": frozenset({"delivered", "failed"}),
}
_BY_OPERATOR: dict[str, frozenset[str]] = {
    "unknown": frozenset({"sent", "failed"}),  # message resolve --as
    "failed": frozenset({"queued"}),  # message resend
}
_RESEND_FROM = frozenset({"failed", "unknown"})


class TransitionError(ValueError):
    def __init__(self, old: str, new: str) -> None:
        super().__init__(f"{old} -> {new}")
        self.old, self.new = old, new


def allowed(old: str, new: str, *, by_operator: bool = False) -> bool:
    if new in _AUTOMATIC.get(old, ()):
        return True
    if by_operator:
        return new in _BY_OPERATOR.get(old, ()) or (new == "queued" and old in _RESEND_FROM)
    return False


def check(old: str, new: str, *, by_operator: bool = False) -> None:
    if not allowed(old, new, by_operator=by_operator):
        raise TransitionError(old, new)


def sources(new: str, *, by_operator: bool = False) -> tuple[str, ...]:
    """The states a message may reach `new` from, in STATES order (a conditional UPDATE's IN list)."""
    return tuple(s for s in STATES if allowed(s, new, by_operator=by_operator))


def after_restart(status: str) -> str:
    """A row found in `sending` at start was cut mid-send: it may or may not have gone."""
    return "unknown" if status == "sending" else status


def parts_outcome(parts: int, reports: Iterable[str]) -> str | None:
    """A multipart message from its parts' final reports ("delivered" / "failed", one per part
    that reported): failed as soon as any part failed, delivered when every part was, else None
    (still waiting). Duplicate reports for a part must be removed by the caller (keyed by part)."""
    seen = list(reports)
    if "failed" in seen:
        return "failed"
    if parts > 0 and seen.count("delivered") >= parts:
        return "delivered"
    return None
