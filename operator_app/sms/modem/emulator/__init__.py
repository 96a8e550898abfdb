"""A virtual GSM modem speaking the AT dialect of the common USB sticks (Huawei/SIM800/Quectel
flavoured): in-process for demos and tests, on a pseudo-terminal for programs that want a
serial device (the real `gammu` among them), or on TCP.

It decodes every SMS-SUBMIT it receives, logs it as a JSON line, answers with a message
reference, sends a status report when asked, keeps injected inbound messages in "SIM" storage
(+CMTI / AT+CMGL / AT+CMGR / AT+CMGD), and can misbehave on purpose (Faults), including
dropping the line on either side of the moment a message goes on the air.
"""

from operator_app.sms.modem.emulator.server import VirtualModem
from operator_app.sms.modem.emulator.session import Session
from operator_app.sms.modem.emulator.state import CHINA, Faults, ModemState, Sent

__all__ = ["CHINA", "Faults", "ModemState", "Sent", "Session", "VirtualModem"]
