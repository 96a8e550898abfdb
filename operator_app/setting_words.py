"""Stored values a clerk sees in words, shared by the CLI and the GUI: a setting's name, a
setting's value (true/false, the minimum-payment rule), a template's language, the built-in
author. The keys and codes stay what `settings set` and --json take; only their display changes.

The labels keep the Settings page's context so that the GUI and `settings show` share one
translation. No Qt here: the CLI reads the catalogue through i18n.translate.
"""

from __future__ import annotations

from operator_app.i18n import MESSAGES, QT_TRANSLATE_NOOP, msg, translate

SETTING_LABELS = {
    "office.name": QT_TRANSLATE_NOOP("SettingsPage", "Office name"),
    "office.timezone": QT_TRANSLATE_NOOP("SettingsPage", "Time zone"),
    "office.signature": QT_TRANSLATE_NOOP("SettingsPage", "Signature 【…】"),
    "office.phone": QT_TRANSLATE_NOOP("SettingsPage", "Office phone"),
    "office.repay_channel": QT_TRANSLATE_NOOP("SettingsPage", "Where borrowers pay"),
    "policy.window_start": QT_TRANSLATE_NOOP("SettingsPage", "Send from"),
    "policy.window_end": QT_TRANSLATE_NOOP("SettingsPage", "Send until"),
    "policy.working_days_only": QT_TRANSLATE_NOOP("SettingsPage", "Working days only"),
    "policy.daily_cap": QT_TRANSLATE_NOOP("SettingsPage", "Messages per borrower a day"),
    "policy.weekly_cap": QT_TRANSLATE_NOOP("SettingsPage", "Messages per borrower a week"),
    "policy.same_text_hours": QT_TRANSLATE_NOOP("SettingsPage", "Same text not again within (hours)"),
    "stages.pre_due_days": QT_TRANSLATE_NOOP("SettingsPage", "Reminder days before due"),
    "stages.grace_days": QT_TRANSLATE_NOOP("SettingsPage", "Grace days"),
    "stages.repeat_grace_days": QT_TRANSLATE_NOOP("SettingsPage", "Grace days for repeat offenders"),
    "stages.m1_max": QT_TRANSLATE_NOOP("SettingsPage", "M1 ends at day"),
    "stages.m2_max": QT_TRANSLATE_NOOP("SettingsPage", "M2 ends at day"),
    "stages.m3_max": QT_TRANSLATE_NOOP("SettingsPage", "M3 ends at day"),
    "collection.min_payment": QT_TRANSLATE_NOOP("SettingsPage", "Minimum payment"),
    "batch.stale_days": QT_TRANSLATE_NOOP("SettingsPage", "Loan book stale after (days)"),
    "lint.max_segments": QT_TRANSLATE_NOOP("SettingsPage", "Most SMS parts per message"),
    "calls.no_response_after": QT_TRANSLATE_NOOP("SettingsPage", "Call after messages without response"),
    "backup.auto": QT_TRANSLATE_NOOP("SettingsPage", "Back up daily on the first start"),
    "privacy.retention_months": QT_TRANSLATE_NOOP("SettingsPage", "Keep texts of closed loans (months)"),
}
BOOLEAN_SETTINGS = frozenset({"policy.working_days_only", "backup.auto"})


def setting_label(key: str) -> str:
    return translate("SettingsPage", SETTING_LABELS.get(key, key))


def setting_value_text(key: str, value: str) -> str:
    """A stored setting value as a clerk reads it: yes/no, the minimum-payment rule in words."""
    if key in BOOLEAN_SETTINGS:
        return msg("value_yes" if value.strip().lower() in ("1", "true", "yes", "on", "是") else "value_no")
    if key == "collection.min_payment":
        if value.strip() == "overdue_installments":
            return msg("min_payment_overdue_installments")
        if value.strip().startswith("share:"):
            return msg("min_payment_share", percent=value.strip()[6:])
    return value


def locale_name(locale: str) -> str:
    """zh_CN -> 中文: a template's language in words."""
    return msg("locale_" + locale) if "locale_" + locale in MESSAGES else locale


def actor_name(actor: str) -> str:
    """Who made something; the built-in templates' "system" in words, an account ("account#7
    alice", as the records keep it) by its name."""
    if actor.startswith("account#") and " " in actor:
        return actor.split(" ", 1)[1]
    return msg("actor_system") if actor == "system" else actor
