"""What a write changed (Anki's OpChanges): each write service says it, and the GUI's op runner
(ui/ops.py) tells every page through one app-level signal, so each page refreshes only when a
change touches what it shows, and no page builds the notice by hand.

A service declares what it changes beside its definition (`@writes(...)`): fixed, or read from
its answer (an import that changed nothing changed nothing). The GUI runs a write as
`changed(service, ...)`, which returns `Changed(value, changes)`; the command line calls the
same service and gets its answer as before. No Qt here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, Generic, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class OpChanges:
    loans: bool = False  # borrowers and loans: an import, a hold, an opt-out, the demo
    batches: bool = False
    messages: bool = False  # the outbox: drafts, approvals, sends, resolutions, withdrawals
    templates: bool = False
    settings: bool = False  # the office's settings and saved transports
    inbox: bool = False  # replies stored

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


EVERYTHING = OpChanges(loans=True, batches=True, messages=True, templates=True, settings=True, inbox=True)
NOTHING = OpChanges()


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A write's answer in the GUI: what the service returned, and what it changed."""

    value: T
    changes: OpChanges


Declared = OpChanges | Callable[[Any], OpChanges]
_declared: dict[Callable[..., Any], tuple[Declared, bool]] = {}


def writes(changes: Declared, *, as_it_goes: bool = False) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Declare what a write service changes: an OpChanges, or a function of its answer.
    `as_it_goes`: it commits step by step (a send), so even a failure may have changed that."""
    def mark(service: Callable[P, T]) -> Callable[P, T]:
        _declared[service] = (changes, as_it_goes)
        return service
    return mark


def declared(service: Callable[..., Any], answer: object = None) -> OpChanges:
    """What `service` changed, given its answer (None: it failed half-way)."""
    changes = _declared[service][0]
    return changes if isinstance(changes, OpChanges) else changes(answer)


def changed(service: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Changed[T]:
    """Run a write service; its answer with what it changed. A service that commits as it goes
    and fails hands its changes on with the error (`error.changes`): a stopped send has still
    sent what it sent."""
    if service not in _declared:  # an undeclared write fails before it writes anything
        raise LookupError(f"{getattr(service, '__qualname__', service)} does not declare what it changes (@writes)")
    try:
        answer = service(*args, **kwargs)
    except Exception as exc:
        if _declared[service][1]:
            exc.changes = declared(service, None)  # type: ignore[attr-defined]
        raise
    return Changed(answer, declared(service, answer))
