"""+CME / +CMS error codes (3GPP TS 27.007 9.2, 27.005 3.2.5, 24.011 E.2), each classed temporary
(try again later) or permanent (this message or this setup will not work as it is). What they
mean is said in the catalogue (operator_app/modem_words.py), not here: a refusal carries its code."""

from __future__ import annotations

from dataclasses import dataclass

from operator_app.errors import KnownError
from operator_app.sms.transport import AmbiguousSend, TransportFault

# code: temporary? (the words are the catalogue's: operator_app/modem_words.py)
CMS: dict[int, bool] = {
    1: False,
    8: False,
    10: False,
    21: False,
    22: True,
    27: True,
    28: False,
    29: False,
    30: False,
    38: True,
    41: True,
    42: True,
    47: True,
    50: False,
    69: False,
    96: False,
    111: True,
    127: True,
    300: True,
    301: False,
    302: False,
    303: False,
    304: False,
    305: False,
    310: False,
    311: False,
    312: False,
    313: False,
    314: True,
    315: False,
    316: False,
    320: True,
    321: False,
    322: True,
    330: False,
    331: True,
    332: True,
    340: False,
    500: True,
}

CME: dict[int, bool] = {
    0: True,
    3: False,
    4: False,
    10: False,
    11: False,
    12: False,
    13: False,
    14: True,
    15: False,
    16: False,
    17: False,
    18: False,
    20: True,
    21: False,
    22: False,
    23: True,
    30: True,
    31: True,
    32: False,
    100: True,
}


@dataclass(frozen=True)
class ErrorInfo:
    kind: str  # "CMS" | "CME" | "ERROR"
    code: int | None
    temporary: bool
    # The code the refusal is stored under and put in words by (operator_app/modem_words.py):
    # "CMS 38", "CMS network" for a TP failure cause 128-255, "error unknown" for anything else.
    key: str = "error unknown"

    @property
    def label(self) -> str:
        """As the modem said it: "+CMS ERROR 38", or "ERROR"."""
        return f"+{self.kind} ERROR {self.code}" if self.code is not None else self.kind


def explain(kind: str, code: int | None) -> ErrorInfo:
    """The one reading of a modem's ERROR answer: whether it is temporary, and its stored key."""
    table = CMS if kind == "CMS" else CME if kind == "CME" else {}
    if code is not None and code in table:
        return ErrorInfo(kind, code, table[code], f"{kind} {code}")
    if kind == "CMS" and code is not None and 128 <= code <= 255:
        return ErrorInfo(kind, code, False, "CMS network")
    return ErrorInfo(kind, code, True)


# -- the exceptions of the modem layer (re-exported by channel.py, where callers import them) ---

class ModemError(KnownError):
    """Anything that went wrong talking to the modem; `code` names the message to show."""

    temporary = True


class CommandError(ModemError):
    """The modem answered ERROR, +CME ERROR or +CMS ERROR: it said no, so nothing went out."""

    def __init__(self, command: str, info: ErrorInfo) -> None:
        super().__init__("modem_command_error", command=command, error=info.label, modem_error=info.key)
        self.command = command
        self.info = info
        self.temporary = info.temporary


# Answers that say the modem or its SIM cannot send at all (an office fault, whatever the message):
# no network, and a SIM that is missing, locked, barred (no credit, suspended) or set up wrong.
NO_NETWORK = frozenset({("CMS", 331), ("CME", 30), ("CME", 32)})
SIM_FAULTS = frozenset({("CMS", c) for c in (8, 50, 310, 311, 312, 313, 315, 316, 330)}
                       | {("CME", c) for c in (10, 11, 12, 13, 15, 16, 17, 18)})


class ModemFault(TransportFault, ModemError):
    """The modem cannot send now, whatever the message (PIN, no network, unplugged, the port
    will not open): sms/transport.TransportFault."""


class CommandFault(ModemFault, CommandError):
    """The modem's answer says it cannot send at all (no network, a SIM problem)."""

    def __init__(self, command: str, info: ErrorInfo, code: str) -> None:
        super().__init__(command, info)
        self.code = code
        self.temporary = False
        self.args = (code, self.params)


def command_error(command: str, info: ErrorInfo) -> CommandError:
    """The error for a modem's ERROR answer: a CommandFault when it concerns the modem or its
    SIM rather than the message."""
    if (info.kind, info.code) in NO_NETWORK:
        return CommandFault(command, info, "modem_no_network")
    if (info.kind, info.code) in SIM_FAULTS:
        return CommandFault(command, info, "modem_sim_fault")
    return CommandError(command, info)


class ModemTimeout(ModemError):
    def __init__(self, command: str, seconds: float) -> None:
        super().__init__("modem_timeout", command=command, seconds=seconds)


class PortGone(ModemError):
    """The port closed under us (USB unplugged, TCP peer gone)."""

    def __init__(self, detail: str) -> None:
        super().__init__("modem_port_gone", detail=detail)


class Unconfirmed(ModemError):
    """The PDU was written to the modem but its answer never came (the line dropped or the wait
    timed out): the part may be on the air. Never resent; the driver turns it into AmbiguousSend."""

    temporary = False

    def __init__(self, cause: ModemError) -> None:
        super().__init__("modem_send_unconfirmed", **cause.params)
        self.cause = cause


class PartialSend(AmbiguousSend):
    """Some parts of a concatenated message went out before an error that provably stopped the
    rest: the borrower has part of it. Never completed or resent automatically."""

    def __init__(self, cause: ModemError, references: tuple[str, ...], parts: int) -> None:
        super().__init__("modem_partial_send", references=references, sent=len(references), parts=parts)
        self.params["references"] = ",".join(references)  # for the message; the tuple stays on .references
        self.cause = cause
