"""+CME / +CMS error codes (3GPP TS 27.007 9.2, 27.005 3.2.5, 24.011 E.2) with explanations in
Chinese and English, each classed temporary (try again later) or permanent (this message or
this setup will not work as it is)."""

from __future__ import annotations

from dataclasses import dataclass

from operator_app.errors import KnownError
from operator_app.sms.transport import AmbiguousSend, TransportFault

# code: (temporary?, English, Chinese)
CMS: dict[int, tuple[bool, str, str]] = {
    1: (False, "unassigned (unallocated) number", "号码不存在（空号）"),
    8: (False, "operator determined barring", "运营商限制发送"),
    10: (False, "call barred", "呼叫被限制"),
    21: (False, "short message transfer rejected", "短信被拒收"),
    22: (True, "memory capacity exceeded", "接收方存储已满"),
    27: (True, "destination out of service", "对方暂时无法接收"),
    28: (False, "unidentified subscriber", "用户无法识别"),
    29: (False, "facility rejected", "业务被拒绝"),
    30: (False, "unknown subscriber", "未知用户"),
    38: (True, "network out of order", "网络故障"),
    41: (True, "temporary failure", "网络临时故障"),
    42: (True, "congestion", "网络拥塞"),
    47: (True, "resources unavailable", "网络资源不足"),
    50: (False, "requested facility not subscribed", "未开通短信业务"),
    69: (False, "requested facility not implemented", "网络不支持该业务"),
    96: (False, "invalid mandatory information", "短信参数无效"),
    111: (True, "protocol error", "协议错误"),
    127: (True, "interworking unspecified", "网间互通错误"),
    300: (True, "ME failure", "模块故障"),
    301: (False, "SMS service of ME reserved", "模块短信功能被占用"),
    302: (False, "operation not allowed", "不允许该操作"),
    303: (False, "operation not supported", "不支持该操作"),
    304: (False, "invalid PDU mode parameter", "PDU 参数无效"),
    305: (False, "invalid text mode parameter", "文本模式参数无效"),
    310: (False, "SIM not inserted", "未插入 SIM 卡"),
    311: (False, "SIM PIN required", "需要输入 SIM 卡 PIN 码"),
    312: (False, "PH-SIM PIN required", "需要输入设备锁 PIN 码"),
    313: (False, "SIM failure", "SIM 卡故障"),
    314: (True, "SIM busy", "SIM 卡忙"),
    315: (False, "SIM wrong", "SIM 卡不匹配"),
    316: (False, "SIM PUK required", "SIM 卡已锁，需要 PUK 码"),
    320: (True, "memory failure", "存储故障"),
    321: (False, "invalid memory index", "存储位置无效"),
    322: (True, "memory full", "存储已满"),
    330: (False, "SMSC address unknown", "短信中心号码未设置"),
    331: (True, "no network service", "无网络服务"),
    332: (True, "network timeout", "网络超时"),
    340: (False, "no +CNMA acknowledgement expected", "无需确认"),
    500: (True, "unknown error", "未知错误"),
}

CME: dict[int, tuple[bool, str, str]] = {
    0: (True, "phone failure", "模块故障"),
    3: (False, "operation not allowed", "不允许该操作"),
    4: (False, "operation not supported", "不支持该操作"),
    10: (False, "SIM not inserted", "未插入 SIM 卡"),
    11: (False, "SIM PIN required", "需要输入 SIM 卡 PIN 码"),
    12: (False, "SIM PUK required", "SIM 卡已锁，需要 PUK 码"),
    13: (False, "SIM failure", "SIM 卡故障"),
    14: (True, "SIM busy", "SIM 卡忙"),
    15: (False, "SIM wrong", "SIM 卡不匹配"),
    16: (False, "incorrect password", "PIN 码错误"),
    17: (False, "SIM PIN2 required", "需要 PIN2 码"),
    18: (False, "SIM PUK2 required", "需要 PUK2 码"),
    20: (True, "memory full", "存储已满"),
    21: (False, "invalid index", "位置无效"),
    22: (False, "not found", "未找到"),
    23: (True, "memory failure", "存储故障"),
    30: (True, "no network service", "无网络服务"),
    31: (True, "network timeout", "网络超时"),
    32: (False, "network not allowed - emergency calls only", "网络拒绝，仅限紧急呼叫"),
    100: (True, "unknown", "未知错误"),
}


@dataclass(frozen=True)
class ErrorInfo:
    kind: str  # "CMS" | "CME" | "ERROR"
    code: int | None
    temporary: bool
    english: str
    chinese: str

    def text(self, language: str) -> str:
        label = f"+{self.kind} ERROR {self.code}" if self.code is not None else self.kind
        return f"{label}: {self.chinese if language.startswith('zh') else self.english}"


def explain(kind: str, code: int | None) -> ErrorInfo:
    table = CMS if kind == "CMS" else CME if kind == "CME" else {}
    if code is not None and code in table:
        temporary, english, chinese = table[code]
        return ErrorInfo(kind, code, temporary, english, chinese)
    if kind == "CMS" and code is not None and 128 <= code <= 255:
        return ErrorInfo(kind, code, False, "the network rejected the message (TP failure cause)", "网络拒收该短信")
    return ErrorInfo(kind, code, True, "unknown modem error", "未知的模块错误")


# -- the exceptions of the modem layer (re-exported by channel.py, where callers import them) ---

class ModemError(KnownError):
    """Anything that went wrong talking to the modem; `code` names the message to show."""

    temporary = True


class CommandError(ModemError):
    """The modem answered ERROR, +CME ERROR or +CMS ERROR: it said no, so nothing went out."""

    def __init__(self, command: str, info: ErrorInfo) -> None:
        super().__init__("modem_command_error", command=command, error=info.text("en"))
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
