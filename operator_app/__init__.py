"""催收短信工作台 — the operator app for repayment reminders and overdue SMS."""

__version__ = "0.1.0"
