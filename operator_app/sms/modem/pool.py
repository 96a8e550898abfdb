"""Several modems as one Transport: round-robin over the idle ones, skipping a modem that just
failed, safe to call from several threads (each modem sends one message at a time; two threads
use two modems at once).

A message moves to another modem only when the failure proves it was not sent (a temporary
ModemError, or a fault of that modem: the line was gone before the PDU, no prompt, no network,
unplugged). When every modem has such a fault, the last one is raised. The message's own faults
(invalid number, too long) and every ambiguous send are raised at once: another modem would
send it a second time.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence

from operator_app.errors import KnownError
from operator_app.sms.modem.driver import Modem
from operator_app.sms.modem.errors import ModemError
from operator_app.sms.transport import (
    AmbiguousSend,
    ProviderTemplate,
    Submitted,
    TransportFault,
    TransportStatus,
)

_SENT_MEMORY = 256


class ModemPool:
    def __init__(self, modems: Sequence[Modem], *, cooldown: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.modems = list(modems)
        self.cooldown = cooldown
        self.clock = clock
        self._next = 0
        self._down_until: dict[int, float] = {}
        self._busy: set[int] = set()
        self._idle = threading.Condition()
        self._sent_by: OrderedDict[tuple[str, tuple[str, ...]], int] = OrderedDict()

    @property
    def name(self) -> str:
        return "pool(" + ", ".join(m.name for m in self.modems) + ")"

    def lines(self) -> list[tuple[Modem, str]]:
        """Every modem's line, each under its own name: a pool records each send under the modem
        that sent it (sms.transport.HasLines)."""
        return [(m, m.name) for m in self.modems]

    def _take(self, tried: set[int]) -> int | None:
        """An idle modem not yet tried and not cooling down, waiting while the others are busy."""
        with self._idle:
            while True:
                now = self.clock()
                usable = [i for i in range(len(self.modems))
                          if i not in tried and self._down_until.get(i, 0) <= now]
                if not usable:
                    return None
                for step in range(len(self.modems)):
                    i = (self._next + step) % len(self.modems)
                    if i in usable and i not in self._busy:
                        self._next = i + 1
                        self._busy.add(i)
                        return i
                self._idle.wait(0.5)

    def _give_back(self, i: int, *, failed: bool) -> None:
        with self._idle:
            self._busy.discard(i)
            if failed:
                self._down_until[i] = self.clock() + self.cooldown
            self._idle.notify_all()

    def send(self, to: str, text: str, *, key: str | None = None, status_report: bool = True,
             template: ProviderTemplate | None = None) -> Submitted:
        last: KnownError | None = None
        tried: set[int] = set()
        while (i := self._take(tried)) is not None:
            tried.add(i)
            failed = False
            try:
                sent = self.modems[i].send(to, text, key=key, status_report=status_report, template=template)
            except AmbiguousSend:
                raise  # may be on the air: never on a second modem
            except ModemError as exc:
                if not exc.temporary and not isinstance(exc, TransportFault):
                    raise  # the message itself is wrong: another modem will not help
                failed = True
                last = exc
                continue
            finally:
                self._give_back(i, failed=failed)
            with self._idle:
                self._sent_by[(sent.to, sent.references)] = i
                while len(self._sent_by) > _SENT_MEMORY:
                    self._sent_by.popitem(last=False)
            return sent
        raise last or ModemError("modem_pool_down")

    def wait_reports(self, sent: Submitted, timeout: float) -> dict[str, str]:
        with self._idle:
            i = self._sent_by.get((sent.to, sent.references))
        return {} if i is None else self.modems[i].wait_reports(sent, timeout)

    def status(self) -> TransportStatus:
        states = [m.status() for m in self.modems]
        ready = [s for s in states if s.ready]
        bars = max((s.signal_bars or 0 for s in ready), default=None)
        return TransportStatus(self.name, bool(ready), f"{len(ready)}/{len(states)}", bars)

    def close(self) -> None:
        for modem in self.modems:
            modem.close()
