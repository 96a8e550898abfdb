"""The parts of a multipart message sent part by part (a modem, sms.transport.PartSender): each
part's fate in `message_part`, the concatenation reference in `message.concat_ref`.

Why: a network that refuses one part with a definite answer (+CMS ERROR) leaves the borrower
with the parts already accepted. Those must never go again; the refused part (and the ones not
tried after it) may, since the refusal proves it had no effect, and with the same reference and
part numbers the phone joins them with what it already has. So:
- the reference is chosen and stored in the claim's transaction, before the first part goes;
- a part is marked `sending` before its PDU is written, `sent` once the modem took it;
- a message found with a part in `sending` outside its own send was cut mid-part: it may be on
  the air, so the message becomes `unknown`, as any message cut mid-send does;
- the parts already out stay on the transport that sent them (the phone joins parts from one
  sender number only): no other transport may take the message.
The state moves of the message itself stay domain/outbox.py's.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import bindparam, delete, insert, select, update

from operator_app.store.models import message_part_table, message_table
from operator_app.store.rawsql import Conn

PART, MSG = message_part_table, message_table

PARTS_OF = (select(PART.c.part, PART.c.status, PART.c.reference, PART.c.transport)
            .where(PART.c.message_id == bindparam("b_id")).order_by(PART.c.part))
SET_REF = update(MSG).where(MSG.c.id == bindparam("b_id")).values(concat_ref=bindparam("b_ref"))
UPDATE_PART = (update(PART).where(PART.c.message_id == bindparam("b_id"), PART.c.part == bindparam("b_part"))
               .values(status=bindparam("b_status"), reference=bindparam("b_reference"),
                       transport=bindparam("b_transport"), error=bindparam("b_error"),
                       updated_at=bindparam("b_now")))
INSERT_PART = insert(PART)
FORGET = delete(PART).where(PART.c.message_id == bindparam("b_id"))


def reference_for(conn: Conn, message_id: int, stored: int | None, attempts: int) -> int:
    """The message's concatenation reference: the one stored, else a new one stored now (in the
    claim's transaction, so it is committed before the first part goes). A phone joins parts by
    sender and reference, so two messages to one number must not share one while the first is
    incomplete: consecutive messages get consecutive references (256 apart before one repeats),
    and a message an operator sends again gets another one than its first try had."""
    if stored is not None:
        return int(stored)
    ref = (message_id + 128 * (attempts % 2)) % 256
    conn.execute(SET_REF, {"b_id": message_id, "b_ref": ref})
    return ref


def parts_of(conn: Conn, message_id: int) -> list[tuple[int, str, str | None, str | None]]:
    """(part, status, reference, transport) of every part tried so far."""
    return [(int(r.part), r.status, r.reference, r.transport) for r in conn.execute(PARTS_OF, {"b_id": message_id})]


def put(conn: Conn, message_id: int, part: int, status: str, now: datetime, *, reference: str | None = None,
        transport: str | None = None, error: str | None = None) -> None:
    """Write one part's state (an update, else an insert: the same on both engines)."""
    params = {"b_id": message_id, "b_part": part, "b_status": status, "b_reference": reference,
              "b_transport": transport, "b_error": error, "b_now": now}
    if conn.execute(UPDATE_PART, params).rowcount == 0:
        conn.execute(INSERT_PART, {"message_id": message_id, "part": part, "status": status, "reference": reference,
                                   "transport": transport, "error": error, "updated_at": now})


def put_accepted(conn: Conn, message_id: int, accepted: Mapping[int, str], transport: str, now: datetime) -> None:
    for part, reference in accepted.items():
        put(conn, message_id, part, "sent", now, reference=reference, transport=transport)


def forget(conn: Conn, message_id: int) -> None:
    """An operator sends the message again (`message resend`): all of it, with a new reference."""
    conn.execute(FORGET, {"b_id": message_id})
    conn.execute(SET_REF, {"b_id": message_id, "b_ref": None})


def positional_refs(parts: int, accepted: Mapping[int, str]) -> str:
    """provider_ref for a message with some parts out: the references in part order, an empty
    place for a part not out, so a delivery report still names its part (messaging/delivery.py)."""
    return ",".join(accepted.get(n, "") for n in range(1, parts + 1))
