"""The words of a borrower's data export (`privacy export`, the queue page's 导出个人信息), shared
by the CLI and the GUI: sheet names and column headings in the operator's language (context
"privacy"). A column the words do not know yet (a borrower preference added later) is headed by
its own name, so it is exported all the same. No Qt here: read through i18n.translate."""

from __future__ import annotations

from operator_app.i18n import QT_TRANSLATE_NOOP, translate

SHEET_WORDS = {
    "borrower": QT_TRANSLATE_NOOP("privacy", "Borrower"),
    "loan": QT_TRANSLATE_NOOP("privacy", "Loans"),
    "installment": QT_TRANSLATE_NOOP("privacy", "Installments"),
    "payment": QT_TRANSLATE_NOOP("privacy", "Payments"),
    "message": QT_TRANSLATE_NOOP("privacy", "Messages"),
    "message_event": QT_TRANSLATE_NOOP("privacy", "Message history"),
    "delivery_report": QT_TRANSLATE_NOOP("privacy", "Delivery reports"),
    "inbound": QT_TRANSLATE_NOOP("privacy", "Replies"),
}
COLUMN_WORDS = {
    "id": QT_TRANSLATE_NOOP("privacy", "No."),
    "name": QT_TRANSLATE_NOOP("privacy", "Name"),
    "phone": QT_TRANSLATE_NOOP("privacy", "Mobile"),
    "phone_raw": QT_TRANSLATE_NOOP("privacy", "Phone as imported"),
    "phone_problem": QT_TRANSLATE_NOOP("privacy", "Phone problem"),
    "id_last4": QT_TRANSLATE_NOOP("privacy", "ID number, last 4"),
    "opted_out_at": QT_TRANSLATE_NOOP("privacy", "Opted out at"),
    "hold_until": QT_TRANSLATE_NOOP("privacy", "On hold until"),
    "hold_reason": QT_TRANSLATE_NOOP("privacy", "Hold reason"),
    "locale": QT_TRANSLATE_NOOP("privacy", "Language"),
    "created_at": QT_TRANSLATE_NOOP("privacy", "Created at"),
    "erased_at": QT_TRANSLATE_NOOP("privacy", "Erased at"),
    "contact_weekdays_only": QT_TRANSLATE_NOOP("privacy", "Contact on weekdays only"),
    "contact_window_start": QT_TRANSLATE_NOOP("privacy", "Contact from (minutes after midnight)"),
    "contact_window_end": QT_TRANSLATE_NOOP("privacy", "Contact until (minutes after midnight)"),
    "contact_weekly_max": QT_TRANSLATE_NOOP("privacy", "At most SMS a week"),
    "contact_no_sms": QT_TRANSLATE_NOOP("privacy", "No SMS (call only)"),
    "contact_pref_note": QT_TRANSLATE_NOOP("privacy", "Note on contact wishes"),
    "contact_pref_set_by": QT_TRANSLATE_NOOP("privacy", "Contact wishes set by"),
    "contact_pref_set_at": QT_TRANSLATE_NOOP("privacy", "Contact wishes set at"),
    "contract_no": QT_TRANSLATE_NOOP("privacy", "Contract no."),
    "borrower_id": QT_TRANSLATE_NOOP("privacy", "Borrower no."),
    "principal_fen": QT_TRANSLATE_NOOP("privacy", "Principal (yuan)"),
    "disbursed_on": QT_TRANSLATE_NOOP("privacy", "Disbursed on"),
    "outstanding_fen": QT_TRANSLATE_NOOP("privacy", "Outstanding on the sheet (yuan)"),
    "owed_fen": QT_TRANSLATE_NOOP("privacy", "Owed (yuan)"),
    "status": QT_TRANSLATE_NOOP("privacy", "Status"),
    "updated_at": QT_TRANSLATE_NOOP("privacy", "Updated at"),
    "loan_id": QT_TRANSLATE_NOOP("privacy", "Loan no."),
    "seq": QT_TRANSLATE_NOOP("privacy", "Installment"),
    "due_on": QT_TRANSLATE_NOOP("privacy", "Due on"),
    "amount_due_fen": QT_TRANSLATE_NOOP("privacy", "Amount due (yuan)"),
    "amount_paid_fen": QT_TRANSLATE_NOOP("privacy", "Amount paid (yuan)"),
    "paid_on": QT_TRANSLATE_NOOP("privacy", "Paid on"),
    "origin": QT_TRANSLATE_NOOP("privacy", "Source"),
    "amount_fen": QT_TRANSLATE_NOOP("privacy", "Amount (yuan)"),
    "batch_id": QT_TRANSLATE_NOOP("privacy", "Batch"),
    "installment_id": QT_TRANSLATE_NOOP("privacy", "Installment no."),
    "template_id": QT_TRANSLATE_NOOP("privacy", "Template no."),
    "to": QT_TRANSLATE_NOOP("privacy", "To"),
    "body": QT_TRANSLATE_NOOP("privacy", "Text"),
    "segments": QT_TRANSLATE_NOOP("privacy", "SMS parts"),
    "encoding": QT_TRANSLATE_NOOP("privacy", "Encoding"),
    "stage": QT_TRANSLATE_NOOP("privacy", "Stage"),
    "days_past_due": QT_TRANSLATE_NOOP("privacy", "Days overdue"),
    "reason": QT_TRANSLATE_NOOP("privacy", "Reason"),
    "transport": QT_TRANSLATE_NOOP("privacy", "Sent through"),
    "provider_ref": QT_TRANSLATE_NOOP("privacy", "Provider reference"),
    "attempts": QT_TRANSLATE_NOOP("privacy", "Attempts"),
    "error": QT_TRANSLATE_NOOP("privacy", "Error"),
    "planned_at": QT_TRANSLATE_NOOP("privacy", "Planned for"),
    "queued_at": QT_TRANSLATE_NOOP("privacy", "Approved at"),
    "sent_at": QT_TRANSLATE_NOOP("privacy", "Sent at"),
    "delivered_at": QT_TRANSLATE_NOOP("privacy", "Delivered at"),
    "message_id": QT_TRANSLATE_NOOP("privacy", "Message no."),
    "at": QT_TRANSLATE_NOOP("privacy", "At"),
    "actor": QT_TRANSLATE_NOOP("privacy", "By"),
    "detail": QT_TRANSLATE_NOOP("privacy", "Detail"),
    "reference": QT_TRANSLATE_NOOP("privacy", "Reference"),
    "recipient": QT_TRANSLATE_NOOP("privacy", "Recipient"),
    "status_code": QT_TRANSLATE_NOOP("privacy", "Status code"),
    "submitted_at": QT_TRANSLATE_NOOP("privacy", "Submitted at"),
    "discharged_at": QT_TRANSLATE_NOOP("privacy", "Delivered (network) at"),
    "received_at": QT_TRANSLATE_NOOP("privacy", "Received at"),
    "part": QT_TRANSLATE_NOOP("privacy", "Part"),
    "sender": QT_TRANSLATE_NOOP("privacy", "From"),
    "text": QT_TRANSLATE_NOOP("privacy", "Text"),
    "action": QT_TRANSLATE_NOOP("privacy", "Action taken"),
}


def sheet_name(kind: str) -> str:
    return translate("privacy", SHEET_WORDS[kind])


def heading(_kind: str, column: str) -> str:
    """A column's heading; one the words do not know yet (a column added later) keeps its name."""
    return translate("privacy", COLUMN_WORDS[column]) if column in COLUMN_WORDS else column
