"""The batch state machine (one home for which move is allowed), beside domain/outbox.py's for
the messages a batch holds.

    draft -> approved (a checker's approval; its draft messages become queued)
    approved -> sending (the first claim of a run)
    approved | sending -> done (nothing of it left draft, queued or sending)
    draft | approved | sending -> cancelled (its messages not yet claimed become cancelled)

Who may make a move (maker and checker two people, the roles an account needs) is the services'
business (services/planning/batches.py, services/office/identity.py); this says only what may follow what.
A `done` batch still sends a message an operator queued again (`message resend`), and stays `done`.
"""

from __future__ import annotations

STATES = ("draft", "approved", "sending", "done", "cancelled")
SENDABLE = frozenset({"approved", "sending", "done"})  # `send` takes these

_MOVES: dict[str, frozenset[str]] = {
    "draft": frozenset({"approved", "cancelled"}),
    "approved": frozenset({"sending", "done", "cancelled"}),
    "sending": frozenset({"done", "cancelled"}),
}
# What a batch move does to its messages: (the messages' states it takes, their new state).
MESSAGES_ON: dict[str, tuple[tuple[str, ...], str]] = {
    "approved": (("draft",), "queued"),
    "cancelled": (("draft", "queued"), "cancelled"),
}
# A message in one of these still waits or is being sent: the batch is not done.
OPEN_MESSAGES = ("draft", "queued", "sending")


class BatchTransitionError(ValueError):
    def __init__(self, old: str, new: str) -> None:
        super().__init__(f"batch {old} -> {new}")
        self.old, self.new = old, new


def allowed(old: str, new: str) -> bool:
    return new in _MOVES.get(old, ())


def check(old: str, new: str) -> None:
    if not allowed(old, new):
        raise BatchTransitionError(old, new)


def sources(new: str) -> tuple[str, ...]:
    """The states a batch may reach `new` from, in STATES order (a conditional UPDATE's IN list)."""
    return tuple(s for s in STATES if allowed(s, new))


def sendable(status: str) -> bool:
    return status in SENDABLE


def finished(open_messages: int) -> bool:
    """A sending batch is `done` once none of its messages is open (OPEN_MESSAGES)."""
    return open_messages == 0
