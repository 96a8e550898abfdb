"""Operator-language messages shared by the CLI and the GUI.

The English text is the key, marked with QT_TRANSLATE_NOOP so that `pyside6-lupdate` extracts it
into resources/translations/*.ts like any `self.tr` string. The GUI translates through the
compiled .qm (QTranslator); the CLI, which must not import Qt, reads the same .ts catalogue here.
Chinese is the default: the offices we build for run Chinese Windows.
"""

from __future__ import annotations

import logging
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

from operator_app.modem_words import MODEM_ERROR_MESSAGES

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
CONTEXT = "messages"
log = logging.getLogger("operator_app.i18n")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


MESSAGES: dict[str, str] = {
    # whole-file import errors
    "file_not_found": QT_TRANSLATE_NOOP("messages", "File not found: {path}"),
    "file_empty": QT_TRANSLATE_NOOP("messages", "The file {path} is empty: there is nothing to import."),
    "file_type_unknown": QT_TRANSLATE_NOOP("messages", "{path} is not a spreadsheet: use .xlsx, .xls or .csv."),
    "file_password": QT_TRANSLATE_NOOP("messages", "{path} is password-protected: open it in Excel, remove the password and save it again."),
    "file_unreadable": QT_TRANSLATE_NOOP("messages", "{path} cannot be read as a spreadsheet (damaged or not a spreadsheet): {detail}"),
    "file_encoding": QT_TRANSLATE_NOOP("messages", "{path}: the text encoding is not UTF-8 or GB18030; save it as CSV UTF-8 from Excel."),
    "sheet_not_found": QT_TRANSLATE_NOOP("messages", "No sheet named \"{sheet}\"; the sheets are: {sheets}"),
    "no_header": QT_TRANSLATE_NOOP("messages", "No header row found in the first 30 rows; name the columns with --map field=header."),
    "no_contract_column": QT_TRANSLATE_NOOP("messages", "No contract number column among: {headers}. Use --map contract_no=<header>."),
    "map_syntax": QT_TRANSLATE_NOOP("messages", "--map needs field=header, got \"{value}\""),
    "map_unknown_field": QT_TRANSLATE_NOOP("messages", "Unknown field \"{field}\"; the fields are: {fields}"),
    "map_header_missing": QT_TRANSLATE_NOOP("messages", "No column \"{header}\" in the header row: {headers}"),
    "kind_unknown": QT_TRANSLATE_NOOP("messages", "An installment sheet needs a contract number, an installment number, a due date and an amount due."),
    "file_too_big": QT_TRANSLATE_NOOP("messages", "{path} is {mb} MB, more than the {limit_mb} MB a loan sheet may be: nothing was imported."),
    "file_unpacks_too_big": QT_TRANSLATE_NOOP("messages", "{path} unpacks to {mb} MB, more than the {limit_mb} MB a loan sheet may: it is damaged or built to harm, nothing was imported."),
    "sheet_too_big": QT_TRANSLATE_NOOP("messages", "The sheet reaches {rows} rows by {columns} columns, more than the importer reads (at most {max_rows} rows, {max_columns} columns, {max_cells} cells): delete the stray cells far below or to the right, or copy the loans into a new sheet."),
    "cell_too_long": QT_TRANSLATE_NOOP("messages", "{path} has a cell of more than {limit} characters, Excel's own limit: it is damaged or not a loan sheet, nothing was imported."),
    "file_needs_too_much_memory": QT_TRANSLATE_NOOP("messages", "{path} could not be read within the reader's memory limit of {limit_mb} MB: it is damaged or built to harm, nothing was imported."),
    "sheet_too_much_text": QT_TRANSLATE_NOOP("messages", "{path} holds {chars} characters of text, more than the {limit} a loan sheet may: it is damaged or built to harm, nothing was imported."),
    "no_data_rows": QT_TRANSLATE_NOOP("messages", "The sheet has a header row but no data rows under it: nothing to import."),
    "report_unwritable": QT_TRANSLATE_NOOP("messages", "Cannot write the report {path}: {detail}"),
    # database
    "db_unreachable": QT_TRANSLATE_NOOP("messages", "Cannot open the database {url}: {detail}"),
    "db_folder_missing": QT_TRANSLATE_NOOP("messages", "The database folder {path} does not exist."),
    "db_missing": QT_TRANSLATE_NOOP("messages", "No such database file: {path}. Is it misspelt? (Only import and demo create a new one.)"),
    "db_missing_dry_run": QT_TRANSLATE_NOOP("messages", "No office database at {path} yet: a dry run compares the sheet with the office's loans and creates nothing. Import without --dry-run to start the office there (or check --db for a typo)."),
    "bad_date_arg": QT_TRANSLATE_NOOP("messages", "Not a date: \"{value}\" (use YYYY-MM-DD)."),
    # row issues
    "issue_totals_row": QT_TRANSLATE_NOOP("messages", "Totals row skipped."),
    "issue_missing_contract": QT_TRANSLATE_NOOP("messages", "No contract number: the row was not imported."),
    "issue_contract_too_long": QT_TRANSLATE_NOOP("messages", "The contract number is too long to be one: the row was not imported."),
    "issue_bad_amount": QT_TRANSLATE_NOOP("messages", "\"{value}\" is not an amount of money: the row was not imported."),
    "issue_amount_due_missing": QT_TRANSLATE_NOOP("messages", "No amount due: the row was not imported."),
    "issue_bad_date": QT_TRANSLATE_NOOP("messages", "\"{value}\" is not a date: the row was not imported."),
    "issue_due_missing": QT_TRANSLATE_NOOP("messages", "No due date: the row was not imported."),
    "issue_bad_installment": QT_TRANSLATE_NOOP("messages", "\"{value}\" is not an installment number: the row was not imported."),
    "issue_missing_name": QT_TRANSLATE_NOOP("messages", "No name: the loan is kept but gets no SMS."),
    "issue_name_too_long": QT_TRANSLATE_NOOP("messages", "The name has {length} characters, too long to be a name: the loan is kept but gets no SMS."),
    "issue_phone_empty": QT_TRANSLATE_NOOP("messages", "No phone number: the loan is kept but gets no SMS."),
    "issue_phone_landline": QT_TRANSLATE_NOOP("messages", "\"{value}\" is a landline: the loan is kept for a phone call but gets no SMS."),
    "issue_phone_invalid": QT_TRANSLATE_NOOP("messages", "\"{value}\" is not a valid mobile number: the loan is kept but gets no SMS."),
    "issue_duplicate_merged": QT_TRANSLATE_NOOP("messages", "Contract {contract_no} also on row {first_row}: the rows were merged into one loan."),
    # summaries
    "import_summary": QT_TRANSLATE_NOOP("messages", "Read {rows_read} rows: {loans_created} loans created, {loans_updated} updated, {loans_unchanged} unchanged, {installments} installments written; {rejected} rows rejected, {warnings} warnings."),
    "import_withdrawn": QT_TRANSLATE_NOOP("messages", "{count} queued or draft message(s) withdrawn: the borrower's name or number changed since they were written."),
    "import_dry_run": QT_TRANSLATE_NOOP("messages", "Dry run: nothing was written."),
    "report_written": QT_TRANSLATE_NOOP("messages", "Problem rows written to {path}"),
    "report_error_column": QT_TRANSLATE_NOOP("messages", "Problem"),
    "report_row_column": QT_TRANSLATE_NOOP("messages", "Row"),
    "unexpected_error": QT_TRANSLATE_NOOP("messages", "Unexpected error: {detail} (run with --debug for details)"),
    "interrupted": QT_TRANSLATE_NOOP("messages", "Interrupted."),
    # SMS and modem
    "transport_unknown": QT_TRANSLATE_NOOP("messages", "Unknown transport \"{spec}\": use modem:PORT, modem:auto, emulator:, kannel:URL, android-gateway:URL, aliyun:URL, twilio:URL or http:PROFILE.toml"),
    "transport_option": QT_TRANSLATE_NOOP("messages", "Unknown or bad transport option \"{option}\" (baud, pin)."),
    "transport_no_port": QT_TRANSLATE_NOOP("messages", "The modem transport needs a port, e.g. modem:/dev/ttyUSB0 or modem:COM3."),
    "modem_not_found": QT_TRANSLATE_NOOP("messages", "No modem answered on any serial port: check the cable and the driver."),
    "modem_port_open_failed": QT_TRANSLATE_NOOP("messages", "Cannot open the port {port} (wrong, busy or unplugged: {detail}): plug the modem in and check the port in Settings → Transports, then send again."),
    "modem_silent": QT_TRANSLATE_NOOP("messages", "Nothing on {port} answers AT commands: is it the modem's AT port?"),
    "modem_pin_needed": QT_TRANSLATE_NOOP("messages", "The SIM card in {port} needs its PIN: enter it in Settings → Transports (or add ?pin=XXXX to the transport), then send again."),
    "modem_pin_wrong": QT_TRANSLATE_NOOP("messages", "The SIM card rejected the PIN. Check it before trying again: three wrong PINs lock the card."),
    "modem_puk_needed": QT_TRANSLATE_NOOP("messages", "The SIM card is locked and needs its PUK code: unlock it in a phone first."),
    "modem_sim_problem": QT_TRANSLATE_NOOP("messages", "The SIM card is not ready ({state})."),
    "modem_not_open": QT_TRANSLATE_NOOP("messages", "The modem on {port} is not connected."),
    "modem_timeout": QT_TRANSLATE_NOOP("messages", "The modem did not answer {command} within {seconds} seconds."),
    "modem_port_gone": QT_TRANSLATE_NOOP("messages", "The modem went away (unplugged?): {detail}"),
    "modem_command_error": QT_TRANSLATE_NOOP("messages", "The modem refused {command}: {error}"),
    "modem_partial_send": QT_TRANSLATE_NOOP("messages", "Only {sent} of {parts} parts were sent (references {references}) before the modem failed; the rest were not sent."),
    "modem_no_network": QT_TRANSLATE_NOOP("messages", "The modem is not registered on a network ({error}): check the antenna, the signal and that the SIM card has service and credit, then send again."),
    "modem_sim_fault": QT_TRANSLATE_NOOP("messages", "The SIM card cannot send ({error}): check that it is inserted, unlocked, has SMS service and credit, then send again."),
    "modem_gone": QT_TRANSLATE_NOOP("messages", "The modem {port} was unplugged or stopped answering and did not come back: plug it in, check the port in Settings → Transports, then send again."),
    "send_interrupted": QT_TRANSLATE_NOOP("messages", "Interrupted: {sent} sent, {left} still to send."),
    "modem_pool_down": QT_TRANSLATE_NOOP("messages", "No modem in the pool can send right now."),
    "sms_too_long": QT_TRANSLATE_NOOP("messages", "The text needs {parts} parts; at most {limit} are allowed."),
    "sms_parts_unknown": QT_TRANSLATE_NOOP("messages", "The text has {parts} parts; parts {asked} were asked for."),
    "sms_invalid_number": QT_TRANSLATE_NOOP("messages", "\"{number}\" is not a mobile number."),
    "sms_sent": QT_TRANSLATE_NOOP("messages", "Sent to {to}: {parts} part(s), {encoding}, references {references}; status: {status}."),
    "emulator_listening": QT_TRANSLATE_NOOP("messages", "Virtual modem ready on {where}. Press Ctrl+C to stop."),
    "probe_result": QT_TRANSLATE_NOOP("messages", "{manufacturer} {model} (firmware {revision}), IMEI {imei}, SIM {sim}; signal {signal_dbm} dBm ({bars}/5), registered: {registered}, operator: {operator}"),
    "audit_ok": QT_TRANSLATE_NOOP("messages", "Audit trail intact: {entries} entries."),
    "audit_unseen": QT_TRANSLATE_NOOP("messages", "Entries written since this computer last wrote: {unseen}, from entry {entry} on; by other desks, or added outside the app."),
    "audit_link": QT_TRANSLATE_NOOP("messages", "Audit trail broken at entry {entry}: an entry was changed or removed."),
    "audit_tail_missing": QT_TRANSLATE_NOOP("messages", "Audit trail broken: the chain ends at entry {head}, before entry {entry}, the last one this computer saw. Entries were removed."),
    "audit_unseen_after": QT_TRANSLATE_NOOP("messages", "Audit trail broken at entry {entry}: the chain goes on past the last entry this computer saw. Entries were added outside the app."),
    "audit_rewritten": QT_TRANSLATE_NOOP("messages", "Audit trail broken at entry {entry}: it is not the entry this computer saw there. The chain was rewritten."),
    "audit_batch_changed": QT_TRANSLATE_NOOP("messages", "Audit trail broken at entry {entry}: a text or recipient of batch {batch} was changed after it was approved."),
    "audit_anchor_unreadable": QT_TRANSLATE_NOOP("messages", "Audit trail cannot be vouched for: this computer's record of its last entry cannot be read."),
    "demo_created": QT_TRANSLATE_NOOP("messages", "Demo office created in {path}: {loans} loans."),
    # SMS wire and modem (issue 9: exactly-once sends, no secrets echoed, values in words)
    "modem_send_ambiguous": QT_TRANSLATE_NOOP("messages", "The modem {port} stopped answering after part {part} of {parts} was handed to it: the message may have been sent. It will not be sent again automatically; check before resending."),
    "modem_send_unconfirmed": QT_TRANSLATE_NOOP("messages", "The modem took the message but its answer never came: it may have been sent."),
    "modem_probe_unsupported": QT_TRANSLATE_NOOP("messages", "A {kind} transport is not a modem: only modem: and emulator: can be probed."),
    "transport_unreadable": QT_TRANSLATE_NOOP("messages", "This transport is not understood (it is not shown, as it may hold a password): use modem:PORT, modem:auto, emulator:, kannel:URL, android-gateway:URL, aliyun:URL, twilio:URL or http:PROFILE.toml"),
    "transport_options_unreadable": QT_TRANSLATE_NOOP("messages", "The transport's options cannot be read (they are not shown, as they may hold a password): write them as ?name=value&name=value."),
    "sms_empty_text": QT_TRANSLATE_NOOP("messages", "The text is empty: there is nothing to send."),
    "sms_status_sent": QT_TRANSLATE_NOOP("messages", "sent"),
    "sms_status_delivered": QT_TRANSLATE_NOOP("messages", "delivered"),
    "sms_status_pending": QT_TRANSLATE_NOOP("messages", "waiting for the delivery report"),
    "sms_status_failed": QT_TRANSLATE_NOOP("messages", "not delivered"),
    "encoding_gsm7": QT_TRANSLATE_NOOP("messages", "GSM 7-bit"),
    "encoding_ucs2": QT_TRANSLATE_NOOP("messages", "UCS-2 (Chinese)"),
    "value_yes": QT_TRANSLATE_NOOP("messages", "yes"),
    "value_no": QT_TRANSLATE_NOOP("messages", "no"),
    "value_unknown": QT_TRANSLATE_NOOP("messages", "not known"),
    "probe_result_no_signal": QT_TRANSLATE_NOOP("messages", "{manufacturer} {model} (firmware {revision}), IMEI {imei}, SIM {sim}; no signal, registered: {registered}, operator: {operator}"),
    # CLI/GUI edges: usage, database, demo, queue columns, stages and exclusions (shared by
    # `queue` and the GUI's loan table)
    "usage_error": QT_TRANSLATE_NOOP("messages", "Bad usage: {detail} (see --help)."),
    "db_is_folder": QT_TRANSLATE_NOOP("messages", "{path} is a folder, not a database file: give a file name, e.g. {path}/operator.db."),
    "db_not_a_database": QT_TRANSLATE_NOOP("messages", "{path} is not a database file (SQLite)."),
    "db_url_bad": QT_TRANSLATE_NOOP("messages", "\"{url}\" is not a database: use a file path, sqlite:///FILE or postgresql+psycopg://HOST/NAME."),
    "demo_db_not_empty": QT_TRANSLATE_NOOP("messages", "{path} already holds {loans} loans of the office's own: the demo goes only into an empty database. Name another one with --db, e.g. --db data/demo.db."),
    "demo_next": QT_TRANSLATE_NOOP("messages", "See it with: {command}"),
    # backups (issue 20)
    "backup_postgresql": QT_TRANSLATE_NOOP("messages", "This office's database is on a PostgreSQL server: back it up and restore it with the server's own tools (pg_dump, pg_restore)."),
    "backup_exists": QT_TRANSLATE_NOOP("messages", "{path} already exists: name another file (a backup never overwrites one)."),
    "backup_folder_missing": QT_TRANSLATE_NOOP("messages", "The folder {path} does not exist."),
    "backup_write_failed": QT_TRANSLATE_NOOP("messages", "Cannot write {path}: {detail}"),
    "backup_unreadable": QT_TRANSLATE_NOOP("messages", "Cannot read {path}: {detail}"),
    "backup_not_database": QT_TRANSLATE_NOOP("messages", "{path} is not a database file: it is no backup of this app."),
    "backup_not_office": QT_TRANSLATE_NOOP("messages", "{path} is a database, but not one of this app (it has no schema revision)."),
    "backup_damaged_refused": QT_TRANSLATE_NOOP("messages", "{path} is damaged: nothing was restored. Try an older backup."),
    "backup_newer_refused": QT_TRANSLATE_NOOP("messages", "{path} was made by a newer version of this app (schema revision {revision}): update the app, then restore it."),
    "backup_restore_while_sending": QT_TRANSLATE_NOOP("messages", "A send is running on this database (run {run}): stop it or wait until it ends, then restore. Nothing was changed."),
    "backup_created": QT_TRANSLATE_NOOP("messages", "Backup written to {path}"),
    "backup_intact": QT_TRANSLATE_NOOP("messages", "{path}: intact (the integrity check passed)."),
    "backup_damaged": QT_TRANSLATE_NOOP("messages", "{path} is damaged: SQLite's integrity check found {count} problem(s) or could not read it to the end. Do not restore it; use an older backup."),
    "backup_schema_current": QT_TRANSLATE_NOOP("messages", "Schema revision {revision}: the same as this app's."),
    "backup_schema_older": QT_TRANSLATE_NOOP("messages", "Schema revision {revision}, older than this app's {head}: a restore brings it up to date."),
    "backup_schema_newer": QT_TRANSLATE_NOOP("messages", "Schema revision {revision}, newer than this app's {head}: update the app before restoring it."),
    "backup_counts": QT_TRANSLATE_NOOP("messages", "Loans: {loans}, borrowers: {borrowers}, messages: {messages}, audit entries: {audit}."),
    "backup_is_live": QT_TRANSLATE_NOOP("messages", "{path} is the database itself: name a backup file."),
    "backup_busy": QT_TRANSLATE_NOOP("messages", "The database is busy (another program holds it, e.g. a first import loading it): try again in a moment. Nothing was changed."),
    "backup_restored": QT_TRANSLATE_NOOP("messages", "Restored {file} into {path}."),
    "backup_migrated": QT_TRANSLATE_NOOP("messages", "Its schema was brought from revision {revision} up to {head}."),
    "backup_kept": QT_TRANSLATE_NOOP("messages", "The database it replaced is kept as {kept}"),
    "db_schema_unknown": QT_TRANSLATE_NOOP("messages", "The database {url} has schema version {revision}, which this version of the app does not know (written by a newer one?): nothing was changed."),
    "stage_unknown": QT_TRANSLATE_NOOP("messages", "Unknown stage \"{stage}\"; the stages are: {stages}"),
    "col_contract": QT_TRANSLATE_NOOP("messages", "Contract"),
    "col_borrower": QT_TRANSLATE_NOOP("messages", "Borrower"),
    "col_mobile": QT_TRANSLATE_NOOP("messages", "Mobile"),
    "col_outstanding": QT_TRANSLATE_NOOP("messages", "Outstanding"),
    "col_first_due": QT_TRANSLATE_NOOP("messages", "First unpaid due"),
    "col_days_past_due": QT_TRANSLATE_NOOP("messages", "Days past due"),
    "col_stage": QT_TRANSLATE_NOOP("messages", "Stage"),
    "col_excluded": QT_TRANSLATE_NOOP("messages", "Excluded because"),
    "list_separator": QT_TRANSLATE_NOOP("messages", ", "),
    "stage_not_due": QT_TRANSLATE_NOOP("messages", "not due"),
    "stage_pre_due": QT_TRANSLATE_NOOP("messages", "due soon"),
    "stage_due_today": QT_TRANSLATE_NOOP("messages", "due today"),
    "stage_grace": QT_TRANSLATE_NOOP("messages", "grace period"),
    "stage_M1": QT_TRANSLATE_NOOP("messages", "M1 (1-30 days)"),
    "stage_M2": QT_TRANSLATE_NOOP("messages", "M2 (31-60 days)"),
    "stage_M3": QT_TRANSLATE_NOOP("messages", "M3 (61-90 days)"),
    "stage_M3+": QT_TRANSLATE_NOOP("messages", "M3+ (over 90 days)"),
    "stage_paid": QT_TRANSLATE_NOOP("messages", "paid"),
    # HTTP SMS gateways (sms/gateways)
    "gateway_profile_path": QT_TRANSLATE_NOOP("messages", "An HTTP gateway profile is a .toml file: http:PROFILE.toml, got \"{path}\"."),
    "gateway_url": QT_TRANSLATE_NOOP("messages", "The {kind} gateway needs an http:// or https:// address with a host, got \"{url}\"."),
    "gateway_option": QT_TRANSLATE_NOOP("messages", "Unknown gateway option \"{option}\"; the options are: {allowed}."),
    "gateway_option_value": QT_TRANSLATE_NOOP("messages", "The gateway option {option} needs a number of zero or more, got \"{value}\"."),
    "gateway_no_keyring": QT_TRANSLATE_NOOP("messages", "No password in the transport and no system keyring on this computer: set the environment variable {env} or put the password in the transport."),
    "gateway_keyring_failed": QT_TRANSLATE_NOOP("messages", "The system keyring could not be read ({detail}): set the environment variable {env} instead."),
    "gateway_no_secret": QT_TRANSLATE_NOOP("messages", "No password for {account}: store it in the system keyring (service {service}) or set the environment variable {env}."),
    "gateway_unreachable": QT_TRANSLATE_NOOP("messages", "The gateway {gateway} cannot be reached ({detail}): check its address in Settings → Transports, the network and that the gateway is running, then send again."),
    "gateway_timeout": QT_TRANSLATE_NOOP("messages", "The gateway {gateway} stopped answering ({detail}): check that it is running and reachable, then send again. A message it may have taken is shown as in doubt."),
    "gateway_balance": QT_TRANSLATE_NOOP("messages", "The gateway account {gateway} has no balance left ({code}): top it up with the provider, then send again."),
    "gateway_suspended": QT_TRANSLATE_NOOP("messages", "The gateway account {gateway} is suspended or not active ({code}): ask the provider to restore it, then send again."),
    "gateway_ambiguous": QT_TRANSLATE_NOOP("messages", "The connection to {gateway} broke after the message was handed over ({detail}): it may have been sent. It will not be sent again automatically; check and decide."),
    "gateway_busy": QT_TRANSLATE_NOOP("messages", "The gateway {gateway} is busy (HTTP {status}); nothing was sent, try again in {retry_after} s."),
    "gateway_callback_address": QT_TRANSLATE_NOOP("messages", "The callback address {address} cannot be used ({detail}): use HOST:PORT with a free port."),
    "gateway_auth": QT_TRANSLATE_NOOP("messages", "The gateway {gateway} refused the user name or password: check them in Settings → Transports."),
    "gateway_server_error": QT_TRANSLATE_NOOP("messages", "The gateway {gateway} had an error (HTTP {status}: {reason})."),
    "gateway_not_routable": QT_TRANSLATE_NOOP("messages", "The gateway {gateway} cannot route messages to {to}: {reason}"),
    "gateway_rejected": QT_TRANSLATE_NOOP("messages", "The gateway {gateway} rejected the message (HTTP {status}): {reason}"),
    "gateway_invalid_number": QT_TRANSLATE_NOOP("messages", "The gateway {gateway} says {to} is not a valid number: {reason}"),
    "gateway_opted_out": QT_TRANSLATE_NOOP("messages", "{to} has unsubscribed (replied STOP) at the gateway {gateway}: the message was not sent."),
    "gateway_settings": QT_TRANSLATE_NOOP("messages", "The gateway {gateway} refused the account, signature or template ({code}): {reason}"),
    "gateway_limited": QT_TRANSLATE_NOOP("messages", "The gateway {gateway} is limiting sends ({code}); nothing was sent."),
    "gateway_template_needed": QT_TRANSLATE_NOOP("messages", "The gateway {gateway} only sends templates approved in advance: give this message's template the provider's template code."),
    "gateway_bad_answer": QT_TRANSLATE_NOOP("messages", "The gateway {gateway} gave an answer we cannot read (HTTP {status}): the message may have been sent. It will not be sent again automatically."),
    "gateway_profile_unreadable": QT_TRANSLATE_NOOP("messages", "The gateway profile {path} cannot be read: {detail}"),
    "gateway_profile_field": QT_TRANSLATE_NOOP("messages", "The gateway profile {path} has a bad or missing setting \"{field}\"."),
    "gateway_option_missing": QT_TRANSLATE_NOOP("messages", "The {kind} gateway needs {option}=… in the transport."),
    "gateway_charset": QT_TRANSLATE_NOOP("messages", "Unknown character set \"{value}\": use UTF-8 or UTF-16BE."),
    "gateway_param_syntax": QT_TRANSLATE_NOOP("messages", "--param needs NAME=VALUE, got \"{value}\"."),
    # reviewed batches, templates, lint, settings, call list (issue 10)
    "actor_missing": QT_TRANSLATE_NOOP("messages", "Say who you are with --by NAME (1 to 100 characters)."),
    "bad_now": QT_TRANSLATE_NOOP("messages", "OPERATOR_APP_NOW is not a timestamp: \"{value}\" (use e.g. 2026-11-27T09:00:00+08:00)."),
    "setting_unknown": QT_TRANSLATE_NOOP("messages", "Unknown setting \"{key}\"; the settings are: {keys}"),
    "setting_bad_value": QT_TRANSLATE_NOOP("messages", "\"{value}\" is not a valid value for {key} (expected: {hint})."),
    "setting_conflict": QT_TRANSLATE_NOOP("messages", "{key} = {value} does not fit the other settings: {detail}"),
    "setting_saved": QT_TRANSLATE_NOOP("messages", "Saved: {key} = {value}"),
    "setting_default": QT_TRANSLATE_NOOP("messages", "default {default}"),
    "setting_default_none": QT_TRANSLATE_NOOP("messages", "no default: the office sets it"),
    "setting_aside": QT_TRANSLATE_NOOP("messages", "({note})"),  # a note beside a value: full-width in Chinese
    "label_count": QT_TRANSLATE_NOOP("messages", "{label}: {count}"),  # a count after its label: full-width colon in Chinese
    "setting_not_set": QT_TRANSLATE_NOOP("messages", "not set: no batch is approved until it is"),
    "template_syntax": QT_TRANSLATE_NOOP("messages", "The template does not parse (line {line}): {detail}"),
    "template_unknown_variable": QT_TRANSLATE_NOOP("messages", "The template uses {names}, which are not allowed; the variables are: {allowed}"),
    "template_unknown_filter": QT_TRANSLATE_NOOP("messages", "The template uses {names}, which are not allowed; the filters are: {allowed}"),
    "template_render": QT_TRANSLATE_NOOP("messages", "The template cannot be filled in: {detail}"),
    "template_construct": QT_TRANSLATE_NOOP("messages", "The template uses {names}, which an SMS template may not: only text, variables, filters and conditions (if)."),
    "template_budget": QT_TRANSLATE_NOOP("messages", "The template takes too much to fill in (over {chars} characters or {seconds} s): simplify it."),
    "template_too_many_parts": QT_TRANSLATE_NOOP("messages", "The text needs {parts} SMS parts, more than the {limit} a message may have: shorten it."),
    "template_unknown": QT_TRANSLATE_NOOP("messages", "Unknown template \"{key}\"; the templates are: {keys}"),
    "locale_unknown": QT_TRANSLATE_NOOP("messages", "Unknown language \"{locale}\"; use one of: {locales}"),
    "template_file_unreadable": QT_TRANSLATE_NOOP("messages", "Cannot read the template file {path}: {detail}"),
    "template_provider_bad": QT_TRANSLATE_NOOP("messages", "The provider section \"{provider}\" needs a code and a params table."),
    "template_empty": QT_TRANSLATE_NOOP("messages", "The template file {path} has no text."),
    "template_saved": QT_TRANSLATE_NOOP("messages", "Template {key} ({locale}) saved as version {version}."),
    "template_saved_as_draft": QT_TRANSLATE_NOOP("messages", "Template {key} ({locale}) fails the compliance check, so it was saved as draft version {version} and the live version {active} is unchanged: {findings}"),
    "template_lint_count": QT_TRANSLATE_NOOP("messages", "{errors} lint error(s)"),
    "batch_unknown": QT_TRANSLATE_NOOP("messages", "There is no batch {id}."),
    "batch_not_draft": QT_TRANSLATE_NOOP("messages", "Batch {id} is {status}: only a draft can be approved."),
    "batch_self_approval": QT_TRANSLATE_NOOP("messages", "{name} created batch {id} and cannot also approve it: a second person must check it."),
    "batch_other_day": QT_TRANSLATE_NOOP("messages", "Batch {id} was planned for {as_of}, not for today ({today}): create a new batch for today."),
    "batch_lint_errors": QT_TRANSLATE_NOOP("messages", "Batch {id}: {count} message(s) fail the compliance check. First, {contract_no}: {finding} Fix the template and create the batch again."),
    "batch_office_gaps": QT_TRANSLATE_NOOP("messages", "Batch {id}: {count} message(s) were made before the office's signature and phone were set: cancel the batch and create it again."),
    "office_details_missing": QT_TRANSLATE_NOOP("messages", "Fill in office.signature (the SMS signature) and office.phone (the office phone) under Settings first."),
    "batch_stale_data": QT_TRANSLATE_NOOP("messages", "The loan book was last imported on {date}, more than {days} day(s) ago: a borrower may have paid since. Import the latest sheet, or approve with --confirm-stale."),
    "batch_never_imported": QT_TRANSLATE_NOOP("messages", "No loan sheet has been imported into this database yet, so nothing says who has paid lately. Import the latest sheet, or approve with --confirm-stale."),
    "batch_not_cancellable": QT_TRANSLATE_NOOP("messages", "Batch {id} is {status} and can no longer be cancelled."),
    "batch_summary": QT_TRANSLATE_NOOP("messages", "Batch {id} for {as_of}: {status}, {messages} message(s), {excluded} loan(s) excluded; created by {created_by}, approved by {approved_by}."),
    "batch_parts_total": QT_TRANSLATE_NOOP("messages", "{parts} SMS part(s) in all: what the office pays for."),
    "sms_part_count": QT_TRANSLATE_NOOP("messages", "{parts} part(s)"),
    "batch_next_step": QT_TRANSLATE_NOOP("messages", "A second person approves it with: batch approve {id} --by NAME"),
    "batch_next_step_signed": QT_TRANSLATE_NOOP("messages", "A second person approves it, signed in as themselves: --user NAME batch approve {id}"),
    "batch_nothing_to_send": QT_TRANSLATE_NOOP("messages", "Batch {id} has no message to send (the loans above are all excluded): there is nothing to approve. Cancel it with: batch cancel {id} --by NAME"),
    "batch_nothing_to_send_signed": QT_TRANSLATE_NOOP("messages", "Batch {id} has no message to send (the loans above are all excluded): there is nothing to approve. Cancel it with: batch cancel {id}"),
    "batch_exported": QT_TRANSLATE_NOOP("messages", "Batch {id} ({messages} messages) written to {path}"),
    "export_unwritable": QT_TRANSLATE_NOOP("messages", "Cannot write {path}: {detail}"),
    "calls_exported": QT_TRANSLATE_NOOP("messages", "{count} borrower(s) to call written to {path}"),
    "export_messages_sheet": QT_TRANSLATE_NOOP("messages", "Messages"),
    "export_excluded_sheet": QT_TRANSLATE_NOOP("messages", "Excluded"),
    "export_batch_sheet": QT_TRANSLATE_NOOP("messages", "Batch"),
    "export_batch_id": QT_TRANSLATE_NOOP("messages", "Batch no."),
    "export_batch_as_of": QT_TRANSLATE_NOOP("messages", "For the day"),
    "export_batch_status": QT_TRANSLATE_NOOP("messages", "Batch status"),
    "export_batch_created_by": QT_TRANSLATE_NOOP("messages", "Created by"),
    "export_batch_approved_by": QT_TRANSLATE_NOOP("messages", "Approved by"),
    "export_col_id": QT_TRANSLATE_NOOP("messages", "No."),
    "export_col_contract_no": QT_TRANSLATE_NOOP("messages", "Contract no."),
    "export_col_to": QT_TRANSLATE_NOOP("messages", "To"),
    "export_col_stage": QT_TRANSLATE_NOOP("messages", "Stage"),
    "export_col_text": QT_TRANSLATE_NOOP("messages", "Text"),
    "export_col_encoding": QT_TRANSLATE_NOOP("messages", "Encoding"),
    "export_col_segments": QT_TRANSLATE_NOOP("messages", "Parts"),
    "export_col_status": QT_TRANSLATE_NOOP("messages", "Status"),
    "export_col_reason": QT_TRANSLATE_NOOP("messages", "Reason"),
    "export_col_reasons": QT_TRANSLATE_NOOP("messages", "Reasons"),
    "export_col_borrower": QT_TRANSLATE_NOOP("messages", "Borrower"),
    "export_col_phone": QT_TRANSLATE_NOOP("messages", "Phone"),
    "export_col_owed": QT_TRANSLATE_NOOP("messages", "Owed (yuan)"),
    "export_col_days_past_due": QT_TRANSLATE_NOOP("messages", "Days past due"),
    "export_col_priority": QT_TRANSLATE_NOOP("messages", "Priority"),
    "reason_opted_out": QT_TRANSLATE_NOOP("messages", "opted out"),
    "reason_on_hold": QT_TRANSLATE_NOOP("messages", "on hold"),
    "reason_paid": QT_TRANSLATE_NOOP("messages", "paid"),
    "reason_not_due": QT_TRANSLATE_NOOP("messages", "not due"),
    "reason_missing_name": QT_TRANSLATE_NOOP("messages", "no name"),
    "reason_invalid_phone": QT_TRANSLATE_NOOP("messages", "no usable mobile number"),
    "reason_shared_phone": QT_TRANSLATE_NOOP("messages", "number shared by several borrowers"),
    "reason_quiet_hours": QT_TRANSLATE_NOOP("messages", "outside the sending hours"),
    "reason_working_days_only": QT_TRANSLATE_NOOP("messages", "not a working day"),
    "reason_daily_cap": QT_TRANSLATE_NOOP("messages", "daily limit reached"),
    "reason_weekly_cap": QT_TRANSLATE_NOOP("messages", "weekly limit reached"),
    "reason_same_text_24h": QT_TRANSLATE_NOOP("messages", "same text within 24 hours"),
    "reason_one_per_borrower": QT_TRANSLATE_NOOP("messages", "another loan of this borrower gets today's message"),
    "reason_too_many_parts": QT_TRANSLATE_NOOP("messages", "the text is longer than 10 SMS parts"),
    "reason_template_failed": QT_TRANSLATE_NOOP("messages", "the template could not be filled in for this loan"),
    "reason_opted_out_overdue": QT_TRANSLATE_NOOP("messages", "opted out but overdue"),
    "reason_no_response": QT_TRANSLATE_NOOP("messages", "no payment or reply after several messages"),
    "reason_wrong_number": QT_TRANSLATE_NOOP("messages", "wrong number: call for a new one"),
    "reason_batch_cancelled": QT_TRANSLATE_NOOP("messages", "batch cancelled"),
    # the borrower's own contact preferences (issue 20 item 5)
    "reason_borrower_no_sms": QT_TRANSLATE_NOOP("messages", "the borrower asked for no SMS: call instead"),
    "reason_borrower_weekdays_only": QT_TRANSLATE_NOOP("messages", "the borrower asked for working days only"),
    "reason_borrower_window": QT_TRANSLATE_NOOP("messages", "outside the hours the borrower asked for"),
    "reason_borrower_weekly": QT_TRANSLATE_NOOP("messages", "the borrower's own weekly limit reached"),
    "col_prefs": QT_TRANSLATE_NOOP("messages", "Wishes"),
    "prefs_short_weekdays": QT_TRANSLATE_NOOP("messages", "Mon-Fri"),
    "prefs_short_weekly": QT_TRANSLATE_NOOP("messages", "≤{n}/wk"),
    "prefs_no_sms": QT_TRANSLATE_NOOP("messages", "no SMS (call only)"),
    "prefs_weekdays_only": QT_TRANSLATE_NOOP("messages", "working days only"),
    "prefs_window": QT_TRANSLATE_NOOP("messages", "only {window}"),
    "prefs_weekly": QT_TRANSLATE_NOOP("messages", "at most {n} a week"),
    "prefs_none": QT_TRANSLATE_NOOP("messages", "no preferences"),
    "prefs_line": QT_TRANSLATE_NOOP("messages", "{borrower} ({contracts}): {prefs}"),
    "prefs_note": QT_TRANSLATE_NOOP("messages", "Note: {note}"),
    "prefs_set": QT_TRANSLATE_NOOP("messages", "Set by {by} at {at}"),
    "prefs_withdrawn": QT_TRANSLATE_NOOP("messages", "{withdrawn} message(s) not yet sent withdrawn: the borrower asked for no SMS."),
    "prefs_who_unknown": QT_TRANSLATE_NOOP("messages", "There is no contract or borrower's mobile number \"{key}\"."),
    "prefs_nothing": QT_TRANSLATE_NOOP("messages", "Nothing to change: give --weekdays-only, --window, --weekly-max, --no-sms, --clear or --note."),
    "prefs_window_bad": QT_TRANSLATE_NOOP("messages", "\"{window}\" is not a time window: write it as 18:00-20:00, the start before the end."),
    "prefs_weekly_bad": QT_TRANSLATE_NOOP("messages", "The borrower's weekly limit must be 1 to 7 messages (0: no limit of their own)."),
    "lint_missing_signature": QT_TRANSLATE_NOOP("messages", "No signature: start the text with the office's name in 【】."),
    "lint_missing_opt_out": QT_TRANSLATE_NOOP("messages", "No opt-out hint: add \"{hint}\" at the end."),
    "lint_banned_word": QT_TRANSLATE_NOOP("messages", "Threatening or insulting wording: {word} ({why}); rephrase it."),
    "lint_office_unset": QT_TRANSLATE_NOOP("messages", "{key} was not set when this text was made: fill it in under Settings, then create the batch again."),
    "lint_third_party": QT_TRANSLATE_NOOP("messages", "\"{word}\" brings in other people ({why}): write to the borrower only."),
    "lint_personal_data": QT_TRANSLATE_NOOP("messages", "\"{word}\" asks for personal data ({why}): only the name and amounts may appear."),
    "lint_id_number": QT_TRANSLATE_NOOP("messages", "This looks like an ID number: remove it (only the name and amounts may appear)."),
    "lint_bank_card": QT_TRANSLATE_NOOP("messages", "This looks like a bank card number: remove it."),
    "lint_url": QT_TRANSLATE_NOOP("messages", "No links ({url}): borrowers are told not to trust links in SMS; name the app or the office phone instead."),
    "lint_too_many_segments": QT_TRANSLATE_NOOP("messages", "The text needs {segments} SMS parts (more than {limit}): shorten it."),
    "lint_ucs2": QT_TRANSLATE_NOOP("messages", "\"{char}\" makes this a UCS-2 (Unicode) message: {segments} part(s), 70 characters each (67 when split)."),
    # importing (issue 9: amounts, import edges)
    "issue_amounts_disagree": QT_TRANSLATE_NOOP("messages", "Principal {principal} less paid {paid} is {difference}, but the sheet says {outstanding} is outstanding: the sheet's outstanding is kept."),
    "issue_amounts_disagree_due": QT_TRANSLATE_NOOP("messages", "Amount due {amount_due} less paid {paid} is {difference}, but the sheet says {outstanding} is outstanding: the sheet's outstanding is kept."),
    "file_is_folder": QT_TRANSLATE_NOOP("messages", "{path} is a folder, not a file: choose a spreadsheet file."),
    "sheet_on_csv": QT_TRANSLATE_NOOP("messages", "{path} is a CSV file, which has no sheets: leave out --sheet \"{sheet}\"."),
    "report_none": QT_TRANSLATE_NOOP("messages", "No problem rows, so no report was written to {path}."),
    # exactly-once dispatch: send, outbox decisions, replies, stops, effectiveness (issue 11)
    "send_no_transport": QT_TRANSLATE_NOOP("messages", "Name at least one --transport to send through."),
    "batch_not_approved": QT_TRANSLATE_NOOP("messages", "Batch {id} is {status}: only an approved batch can be sent."),
    "send_progress": QT_TRANSLATE_NOOP("messages", "Sending: {done} of {total}, about {eta} s left"),
    "send_summary": QT_TRANSLATE_NOOP("messages", "Batch {batch} ({status}): {sent_now} sent now; in all {counts}."),
    "state_count": QT_TRANSLATE_NOOP("messages", "{count} {state}"),  # one of a summary's counts: the state in its one word
    "send_recovered": QT_TRANSLATE_NOOP("messages", "{count} message(s) were cut mid-send by an earlier crash: they are now unknown and are not sent again unless you resend them (message resend ID --by NAME)."),
    "send_waits": QT_TRANSLATE_NOOP("messages", "{count} wait ({reason}) until {until}"),
    "send_cancelled": QT_TRANSLATE_NOOP("messages", "{count} cancelled: {reason}"),
    "send_expires": QT_TRANSLATE_NOOP("messages", "{count} cannot go before their day's sending hours end at {until}: they will be cancelled as expired, and the next day's batch plans them again."),
    "message_resolved": QT_TRANSLATE_NOOP("messages", "Message {id} recorded as {status}."),
    "message_requeued": QT_TRANSLATE_NOOP("messages", "Message {id} is queued again: the next send of its batch takes it."),
    "message_resolve_refused": QT_TRANSLATE_NOOP("messages", "Message {id} is {status}: only an unknown message can be resolved."),
    "message_resend_refused": QT_TRANSLATE_NOOP("messages", "Message {id} is {status}: only a failed or unknown message can be resent."),
    "message_resend_expired": QT_TRANSLATE_NOOP("messages", "Message {id} was written for {day}, and that day's sending hours are over: its text is no longer true. The next day's batch writes the loan a new message."),
    "message_unknown": QT_TRANSLATE_NOOP("messages", "There is no message {id}."),
    "status_unknown": QT_TRANSLATE_NOOP("messages", "Unknown status \"{status}\"; the statuses are: {statuses}"),
    "resolve_as_unknown": QT_TRANSLATE_NOOP("messages", "A message can be resolved as sent or failed, not \"{value}\"."),
    "inbox_synced": QT_TRANSLATE_NOOP("messages", "{read} reply(ies) read from the SIM and stored: {opted_out} opt-out(s), {held} put on hold ({wrong_number} of them wrong numbers, on the call list)."),
    "inbox_unsupported": QT_TRANSLATE_NOOP("messages", "A {kind} transport keeps no replies to read."),
    "reply_action_opt_out": QT_TRANSLATE_NOOP("messages", "opted out"),
    "reply_action_hold": QT_TRANSLATE_NOOP("messages", "on hold for review"),
    "reply_action_wrong_number": QT_TRANSLATE_NOOP("messages", "wrong number: on hold, on the call list"),
    "reply_action_none": QT_TRANSLATE_NOOP("messages", "no action"),
    "hold_done": QT_TRANSLATE_NOOP("messages", "The borrower of {contract_no} is on hold: {withdrawn} queued message(s) withdrawn."),
    "release_done": QT_TRANSLATE_NOOP("messages", "The hold on the borrower of {contract_no} is released."),
    "opt_out_done": QT_TRANSLATE_NOOP("messages", "{borrowers} borrower(s) opted out: {withdrawn} queued message(s) withdrawn."),
    "contract_unknown": QT_TRANSLATE_NOOP("messages", "There is no contract \"{contract_no}\"."),
    "contract_no_borrower": QT_TRANSLATE_NOOP("messages", "Contract {contract_no} has no borrower yet: import the loan sheet first."),
    "hold_reason_missing": QT_TRANSLATE_NOOP("messages", "Give the reason for the hold with --reason."),
    "phone_unusable": QT_TRANSLATE_NOOP("messages", "\"{phone}\" is not a phone number."),
    "phone_unknown": QT_TRANSLATE_NOOP("messages", "No borrower has the number {phone}."),
    "report_period": QT_TRANSLATE_NOOP("messages", "Messages sent from {start} to {end} (office days; --from and --to change it)"),
    "report_by_stage": QT_TRANSLATE_NOOP("messages", "By stage"),
    "report_by_template": QT_TRANSLATE_NOOP("messages", "By template"),
    "report_col_sent": QT_TRANSLATE_NOOP("messages", "sent"),
    "report_col_delivered": QT_TRANSLATE_NOOP("messages", "delivered"),
    "report_col_failed": QT_TRANSLATE_NOOP("messages", "failed"),
    "report_col_opted_out": QT_TRANSLATE_NOOP("messages", "opted out"),
    "report_col_paid_within_3d": QT_TRANSLATE_NOOP("messages", "paid within 3 days"),
    "report_col_paid_within_7d": QT_TRANSLATE_NOOP("messages", "paid within 7 days"),
    "report_range": QT_TRANSLATE_NOOP("messages", "The report starts ({start}) after it ends ({end})."),
    "outbox_claim_lost": QT_TRANSLATE_NOOP("messages", "Message {message} was taken by another sender at the same moment; it was not sent here."),
    "send_crashed": QT_TRANSLATE_NOOP("messages", "The send stopped on an unexpected error ({detail}): the message may have gone."),
    "send_paused": QT_TRANSLATE_NOOP("messages", "{transport} paused until {until}: {reason}"),
    "reason_daily_quota": QT_TRANSLATE_NOOP("messages", "this SIM's daily quota is used up"),
    "reason_paid_since_approval": QT_TRANSLATE_NOOP("messages", "paid since the batch was approved"),
    "reason_expired": QT_TRANSLATE_NOOP("messages", "not sent on its day (the text was true for that day only)"),
    "reason_contact_changed": QT_TRANSLATE_NOOP("messages", "the borrower's name or number changed since it was written"),
    "reason_cut_mid_send": QT_TRANSLATE_NOOP("messages", "cut mid-send (the app stopped while sending): may have gone"),
    "reason_delivery_failed": QT_TRANSLATE_NOOP("messages", "the delivery report says not delivered"),
    "reason_modem_command_error": QT_TRANSLATE_NOOP("messages", "refused by the modem or the network"),
    "reason_resolved_by_operator": QT_TRANSLATE_NOOP("messages", "resolved by an operator"),
    # saved transports and their secrets, the gateway test (issue 13: Settings → Transports)
    "secret_keyring_failed": QT_TRANSLATE_NOOP("messages", "The system keyring refused the password ({detail}): unlock the keyring and try again; nothing was changed."),
    "secret_file_failed": QT_TRANSLATE_NOOP("messages", "The password file {path} cannot be read or written ({detail}); nothing was changed."),
    "secret_place_keyring": QT_TRANSLATE_NOOP("messages", "Passwords are kept in this computer's system keyring ({detail}), not in the database."),
    "secret_place_file": QT_TRANSLATE_NOOP("messages", "No system keyring on this computer: passwords are saved in the file {path}, readable only by your user account but NOT encrypted. They are never put in the database."),
    "secret_saved": QT_TRANSLATE_NOOP("messages", "saved on this computer"),
    "secret_missing": QT_TRANSLATE_NOOP("messages", "not on this computer: enter it again"),
    "secret_none": QT_TRANSLATE_NOOP("messages", "none needed"),
    "transport_profile_name": QT_TRANSLATE_NOOP("messages", "A transport name is 1-40 letters, digits, '.', '-' or '_' (no spaces), got \"{name}\"."),
    "transport_profile_kind": QT_TRANSLATE_NOOP("messages", "Unknown transport kind \"{kind}\"; the kinds are: {kinds}."),
    "transport_profile_userinfo": QT_TRANSLATE_NOOP("messages", "Put the user name and the password in their own fields, not in the address."),
    "transport_profile_secret_option": QT_TRANSLATE_NOOP("messages", "The PIN or password goes in its own field, not among the options (and a saved transport cannot read it from an environment variable)."),
    "transport_profile_unknown": QT_TRANSLATE_NOOP("messages", "No saved transport is called \"{name}\"; the saved ones are: {names}."),
    "id_key_missing": QT_TRANSLATE_NOOP("messages", "This computer does not have the office's ID-number key: on a computer that imported ID numbers, run `id-key export`, then here `id-key import` and paste it."),
    "id_key_wrong": QT_TRANSLATE_NOOP("messages", "The ID-number key on this computer belongs to another office: bring this office's key over with `id-key export` and `id-key import`."),
    "id_key_bad": QT_TRANSLATE_NOOP("messages", "That is not this office's ID-number key: paste the whole line `id-key export` printed on the office's other computer."),
    "id_key_exported": QT_TRANSLATE_NOOP("messages", "This is the key that protects the ID numbers: pass it to the office's other computer only, and do not keep it anywhere else."),
    "id_key_imported": QT_TRANSLATE_NOOP("messages", "The office's ID-number key is kept on this computer now."),
    "transport_secret_rebind": QT_TRANSLATE_NOOP("messages", "Transport \"{name}\" now goes to another address or account: type its password or PIN (and webhook secret) again; a saved secret is never sent anywhere else."),
    "transport_secret_elsewhere": QT_TRANSLATE_NOOP("messages", "This saved transport's address was changed after its password was entered: type the password again in Settings → Transports before sending."),
    "transport_profile_no_secret": QT_TRANSLATE_NOOP("messages", "The password or PIN of transport \"{name}\" is not saved on this computer: enter it in Settings → Transports (or transports add)."),
    "transports_saved": QT_TRANSLATE_NOOP("messages", "Transport {name} saved: {spec}"),
    "transports_deleted": QT_TRANSLATE_NOOP("messages", "Transport {name} deleted."),
    "transports_none": QT_TRANSLATE_NOOP("messages", "No saved transports yet."),
    "transports_line": QT_TRANSLATE_NOOP("messages", "{name}: {spec} (password: {secret})"),
    "check_unreachable": QT_TRANSLATE_NOOP("messages", "Cannot reach {gateway} ({detail}): check the address, the network and that the gateway is running."),
    "check_unexpected": QT_TRANSLATE_NOOP("messages", "{gateway} gave an unexpected answer to the test (HTTP {status}): {reason}"),
    "check_kannel_ok": QT_TRANSLATE_NOOP("messages", "Kannel {gateway} is reachable and accepted the user name and password (the test asked it to send to nobody: nothing was sent)."),
    "check_android_ok": QT_TRANSLATE_NOOP("messages", "The phone gateway {gateway} is reachable and accepted the user name and password ({webhooks} webhooks registered); nothing was sent."),
    "check_twilio_ok": QT_TRANSLATE_NOOP("messages", "The account {account} at {gateway} is active and accepted the credentials; nothing was sent."),
    "check_aliyun_ok": QT_TRANSLATE_NOOP("messages", "Aliyun SMS accepted the AccessKey and the signature {sign} is approved; nothing was sent."),
    "check_aliyun_sign_pending": QT_TRANSLATE_NOOP("messages", "Aliyun SMS accepted the AccessKey, but the signature {sign} is still under review: messages will be refused until it is approved."),
    "check_aliyun_sign_rejected": QT_TRANSLATE_NOOP("messages", "Aliyun SMS accepted the AccessKey, but the signature {sign} was rejected: {reason}"),
    "check_aliyun_sign_unknown": QT_TRANSLATE_NOOP("messages", "Aliyun SMS accepted the AccessKey; the state of the signature {sign} is not known."),
    "check_http_reachable": QT_TRANSLATE_NOOP("messages", "{gateway} answers (HTTP {status}); the key of a generic profile is checked only by the first real message."),
    # batches from the queue's selection or filter (issue 13), `batch create --contract`
    "batch_no_loans": QT_TRANSLATE_NOOP("messages", "No loan was chosen: select loans in the queue, or change the filter so it shows some."),
    "batch_loan_unknown": QT_TRANSLATE_NOOP("messages", "There is no loan {id} ({count} of the chosen loans are unknown): refresh the queue and choose again."),
    "batch_contract_unknown": QT_TRANSLATE_NOOP("messages", "There is no loan with contract number {contract_no} ({count} unknown): check the number."),
    # coordinator: batch and message states in words (plain CLI output; --json keeps the codes)
    "state_draft": QT_TRANSLATE_NOOP("messages", "draft"),
    "state_approved": QT_TRANSLATE_NOOP("messages", "approved"),
    "state_sending": QT_TRANSLATE_NOOP("messages", "sending"),
    "state_done": QT_TRANSLATE_NOOP("messages", "done"),
    "state_cancelled": QT_TRANSLATE_NOOP("messages", "cancelled"),
    "state_queued": QT_TRANSLATE_NOOP("messages", "queued"),
    "state_sent": QT_TRANSLATE_NOOP("messages", "sent"),
    "state_delivered": QT_TRANSLATE_NOOP("messages", "delivered"),
    "state_failed": QT_TRANSLATE_NOOP("messages", "failed"),
    "state_unknown": QT_TRANSLATE_NOOP("messages", "unknown"),
    "template_firm_suffix": QT_TRANSLATE_NOOP("messages", " · firm"),  # after a stage's name: its template for repeat offenders
    "col_message": QT_TRANSLATE_NOOP("messages", "Message"),
    "col_batch": QT_TRANSLATE_NOOP("messages", "Batch"),
    "col_status": QT_TRANSLATE_NOOP("messages", "Status"),
    "col_attempts": QT_TRANSLATE_NOOP("messages", "Attempts"),
    "col_references": QT_TRANSLATE_NOOP("messages", "References"),
    "col_why": QT_TRANSLATE_NOOP("messages", "Why"),
    "col_reply": QT_TRANSLATE_NOOP("messages", "Reply"),
    "col_received": QT_TRANSLATE_NOOP("messages", "Received"),
    "col_sender": QT_TRANSLATE_NOOP("messages", "From"),
    "col_action": QT_TRANSLATE_NOOP("messages", "Action"),
    "col_text": QT_TRANSLATE_NOOP("messages", "Text"),
    # late delivery reports: `inbox sync` collects stored and polled reports
    "inbox_reports_synced": QT_TRANSLATE_NOOP("messages", "{reports_stored} delivery report(s) stored; {messages_changed} message(s) now delivered or failed."),
    # every sentence in the operator's language (issue 21): why a system call failed (errors.os_reason),
    # import issue lines, template and setting words, lint severities, argparse type errors
    "why_not_found": QT_TRANSLATE_NOOP("messages", "there is no such file or folder"),
    "why_permission": QT_TRANSLATE_NOOP("messages", "no permission: it is open in another program or belongs to another user"),
    "why_is_folder": QT_TRANSLATE_NOOP("messages", "it is a folder"),
    "why_busy": QT_TRANSLATE_NOOP("messages", "it is in use by another program"),
    "why_disk_full": QT_TRANSLATE_NOOP("messages", "the disk is full"),
    "why_read_only": QT_TRANSLATE_NOOP("messages", "the disk is read-only"),
    "why_no_device": QT_TRANSLATE_NOOP("messages", "there is no such device (unplugged?)"),
    "why_io": QT_TRANSLATE_NOOP("messages", "the disk or the device failed to read or write"),
    "why_refused": QT_TRANSLATE_NOOP("messages", "the connection was refused"),
    "why_timeout": QT_TRANSLATE_NOOP("messages", "no answer in time"),
    "why_unknown_host": QT_TRANSLATE_NOOP("messages", "the host name in the address is not known (typing error, or no network?)"),
    "why_no_route": QT_TRANSLATE_NOOP("messages", "the network cannot reach it"),
    "why_address_in_use": QT_TRANSLATE_NOOP("messages", "the port is already in use"),
    "why_other": QT_TRANSLATE_NOOP("messages", "the system refused it"),
    "why_not_spreadsheet": QT_TRANSLATE_NOOP("messages", "it is neither an Excel workbook nor a CSV file"),
    "why_bad_address": QT_TRANSLATE_NOOP("messages", "the address does not start with http:// or https://"),
    "why_connection_broken": QT_TRANSLATE_NOOP("messages", "the connection broke"),
    "why_not_utf8": QT_TRANSLATE_NOOP("messages", "the text is not saved as UTF-8"),
    "why_db_login": QT_TRANSLATE_NOOP("messages", "the user name or password was refused"),
    "why_not_json": QT_TRANSLATE_NOOP("messages", "it is not a settings file of this app"),
    "why_no_such_database": QT_TRANSLATE_NOOP("messages", "the server has no database of that name"),
    "office_config_bad": QT_TRANSLATE_NOOP("messages", "The office's settings file {path} cannot be read: {detail}. Fix it, or move it away to set the office up again."),
    "why_pre_due_days": QT_TRANSLATE_NOOP("messages", "reminder days before due are 1 or more"),
    "why_stage_days_order": QT_TRANSLATE_NOOP("messages", "the stage days must rise: grace days for repeat offenders ≤ grace days < end of M1 < end of M2 < end of M3"),
    "why_window_order": QT_TRANSLATE_NOOP("messages", "sending must start before it ends"),
    "why_caps_negative": QT_TRANSLATE_NOOP("messages", "the limits are counts of 0 or more"),
    "why_template_syntax": QT_TRANSLATE_NOOP("messages", "check that the double braces around each variable come in pairs"),
    "why_template_render": QT_TRANSLATE_NOOP("messages", "a variable or a filter is used in a way it does not allow"),
    "why_not_toml": QT_TRANSLATE_NOOP("messages", "it is not a valid TOML file (check the quotes and brackets)"),
    "why_keyring_locked": QT_TRANSLATE_NOOP("messages", "the keyring is locked"),
    "why_no_keyring": QT_TRANSLATE_NOOP("messages", "there is no keyring"),
    "why_keyring_error": QT_TRANSLATE_NOOP("messages", "the keyring gave an error"),
    "reason_gateway_unreachable": QT_TRANSLATE_NOOP("messages", "the gateway cannot be reached"),
    "reason_gateway_busy": QT_TRANSLATE_NOOP("messages", "the gateway is busy"),
    "reason_gateway_limited": QT_TRANSLATE_NOOP("messages", "the gateway is limiting sends"),
    "reason_gateway_server_error": QT_TRANSLATE_NOOP("messages", "the gateway had an error"),
    "reason_modem_timeout": QT_TRANSLATE_NOOP("messages", "the modem did not answer"),
    "reason_modem_port_gone": QT_TRANSLATE_NOOP("messages", "the modem went away (unplugged?)"),
    "reason_modem_not_open": QT_TRANSLATE_NOOP("messages", "the modem is not connected"),
    "reason_modem_pool_down": QT_TRANSLATE_NOOP("messages", "no modem can send right now"),
    "reason_modem_port_open_failed": QT_TRANSLATE_NOOP("messages", "the modem's port cannot be opened"),
    "reason_gateway_ambiguous": QT_TRANSLATE_NOOP("messages", "the connection broke after the message was handed over: it may have gone"),
    "reason_gateway_auth": QT_TRANSLATE_NOOP("messages", "the gateway refused the user name or password"),
    "reason_gateway_balance": QT_TRANSLATE_NOOP("messages", "the gateway account has no balance left"),
    "reason_gateway_timeout": QT_TRANSLATE_NOOP("messages", "the gateway stopped answering"),
    "reason_gateway_suspended": QT_TRANSLATE_NOOP("messages", "the gateway account is suspended"),
    "reason_modem_gone": QT_TRANSLATE_NOOP("messages", "the modem was unplugged and did not come back"),
    "reason_sms_parts_unknown": QT_TRANSLATE_NOOP("messages", "asked for parts the text does not have"),
    "reason_gateway_bad_answer": QT_TRANSLATE_NOOP("messages", "the gateway's answer could not be read: it may have gone"),
    "reason_gateway_invalid_number": QT_TRANSLATE_NOOP("messages", "the gateway says the number is not valid"),
    "reason_gateway_not_routable": QT_TRANSLATE_NOOP("messages", "the gateway cannot route to this number"),
    "reason_gateway_opted_out": QT_TRANSLATE_NOOP("messages", "the borrower unsubscribed at the gateway"),
    "reason_gateway_rejected": QT_TRANSLATE_NOOP("messages", "the gateway rejected the message"),
    "reason_gateway_settings": QT_TRANSLATE_NOOP("messages", "the gateway refused the account, signature or template"),
    "reason_gateway_template_needed": QT_TRANSLATE_NOOP("messages", "the gateway needs the provider's template code"),
    "reason_modem_partial_send": QT_TRANSLATE_NOOP("messages", "only part of the message went out"),
    "reason_modem_send_ambiguous": QT_TRANSLATE_NOOP("messages", "the modem stopped answering mid-send: it may have gone"),
    "reason_sms_too_long": QT_TRANSLATE_NOOP("messages", "the text is too long"),
    "reason_outbox_claim_lost": QT_TRANSLATE_NOOP("messages", "another sender took it at the same moment"),
    "reason_send_crashed": QT_TRANSLATE_NOOP("messages", "the send stopped on an unexpected error: it may have gone"),
    "reason_modem_pin_needed": QT_TRANSLATE_NOOP("messages", "the SIM card needs its PIN"),
    "reason_modem_sim_problem": QT_TRANSLATE_NOOP("messages", "the SIM card is not ready"),
    "reason_modem_silent": QT_TRANSLATE_NOOP("messages", "the modem does not answer"),
    "import_issue": QT_TRANSLATE_NOOP("messages", "Row {row}: {text}"),
    "import_issue_column": QT_TRANSLATE_NOOP("messages", "Row {row}, column {column}: {text}"),
    "not_positive_int": QT_TRANSLATE_NOOP("messages", "not a whole number of 1 or more: \"{value}\""),
    "locale_zh_CN": QT_TRANSLATE_NOOP("messages", "Chinese"),
    "locale_en": QT_TRANSLATE_NOOP("messages", "English"),
    "actor_system": QT_TRANSLATE_NOOP("messages", "built in"),
    "severity_error": QT_TRANSLATE_NOOP("messages", "error"),
    "severity_warning": QT_TRANSLATE_NOOP("messages", "warning"),
    "severity_info": QT_TRANSLATE_NOOP("messages", "note"),
    "col_template": QT_TRANSLATE_NOOP("messages", "Template"),
    "col_language": QT_TRANSLATE_NOOP("messages", "Language"),
    "col_version": QT_TRANSLATE_NOOP("messages", "Version"),
    "col_created_by": QT_TRANSLATE_NOOP("messages", "By"),
    "col_lint": QT_TRANSLATE_NOOP("messages", "Check"),
    "col_setting": QT_TRANSLATE_NOOP("messages", "Setting"),
    "col_value": QT_TRANSLATE_NOOP("messages", "Value"),
    "col_name": QT_TRANSLATE_NOOP("messages", "Name"),
    "col_reason": QT_TRANSLATE_NOOP("messages", "Reason"),
    "template_heading": QT_TRANSLATE_NOOP("messages", "[{key}, {locale}, version {version}]"),
    "min_payment_overdue_installments": QT_TRANSLATE_NOOP("messages", "every overdue installment in full"),
    "min_payment_hint": QT_TRANSLATE_NOOP("messages", "the words shown, or a share of the overdue amount such as 30%"),
    "min_payment_share": QT_TRANSLATE_NOOP("messages", "{percent}% of the overdue amount"),
    "report_col_stage": QT_TRANSLATE_NOOP("messages", "Stage"),
    "report_col_template": QT_TRANSLATE_NOOP("messages", "Template"),
    "queue_csv_outstanding": QT_TRANSLATE_NOOP("messages", "Outstanding (yuan)"),
    "queue_csv_eligible": QT_TRANSLATE_NOOP("messages", "Gets SMS"),
    "modem_marker": QT_TRANSLATE_NOOP("messages", "← modem"),
    # operator accounts and sign-in (issue 19)
    "sign_in_required": QT_TRANSLATE_NOOP("messages", "Sign in first: --user NAME (this office has accounts)."),
    "sign_in_failed": QT_TRANSLATE_NOOP("messages", "Wrong name or password for \"{name}\"."),
    "account_locked": QT_TRANSLATE_NOOP("messages", "The account {name} is locked after 5 wrong passwords until {until}: wait, or ask an admin to set a new password."),
    "account_disabled": QT_TRANSLATE_NOOP("messages", "The account {name} is disabled: ask an admin."),
    "role_forbids": QT_TRANSLATE_NOOP("messages", "The account {name} ({role}) may not {action}."),
    "actor_looks_like_account": QT_TRANSLATE_NOOP("messages", "\"{name}\" looks like an account: sign in with --user instead."),
    "by_not_signed_in": QT_TRANSLATE_NOOP("messages", "--by {by} does not name the signed-in account {user}: leave --by out, the account acts."),
    "name_empty": QT_TRANSLATE_NOOP("messages", "An account needs a name."),
    "name_too_long": QT_TRANSLATE_NOOP("messages", "The name \"{name}\" is too long (at most 100 characters)."),
    "name_bad_character": QT_TRANSLATE_NOOP("messages", "The name \"{name}\" has a character that is no letter, digit, space or . _ ' - ·"),
    "name_mixed_scripts": QT_TRANSLATE_NOOP("messages", "The name \"{name}\" mixes scripts (e.g. a Cyrillic letter among Latin ones): write it in one script."),
    "name_confusable": QT_TRANSLATE_NOOP("messages", "The name \"{name}\" is written in letters that look like Latin ones: write it in Latin letters."),
    "account_exists": QT_TRANSLATE_NOOP("messages", "There is already an account {name}."),
    "account_lookalike": QT_TRANSLATE_NOOP("messages", "The name {name} looks like the existing account {other}: choose another."),
    "account_unknown": QT_TRANSLATE_NOOP("messages", "No account {name}."),
    "role_unknown": QT_TRANSLATE_NOOP("messages", "Unknown role \"{role}\"; the roles are: {roles}"),
    "first_account_admin": QT_TRANSLATE_NOOP("messages", "The office's first account must be an admin (--role admin)."),
    "last_admin": QT_TRANSLATE_NOOP("messages", "{name} is the office's last enabled admin: add or enable another admin first."),
    "password_too_short": QT_TRANSLATE_NOOP("messages", "The password must have at least {min} characters."),
    "password_mismatch": QT_TRANSLATE_NOOP("messages", "The two passwords differ: nothing was changed."),
    "password_prompt": QT_TRANSLATE_NOOP("messages", "Password for {name}: "),
    "password_new_prompt": QT_TRANSLATE_NOOP("messages", "New password for {name}: "),
    "password_again_prompt": QT_TRANSLATE_NOOP("messages", "The same password again: "),
    "account_added_line": QT_TRANSLATE_NOOP("messages", "Account {name} added ({role})."),
    "account_password_set": QT_TRANSLATE_NOOP("messages", "The password of {name} is changed."),
    "account_disabled_line": QT_TRANSLATE_NOOP("messages", "Account {name} disabled."),
    "account_enabled_line": QT_TRANSLATE_NOOP("messages", "Account {name} enabled."),
    "accounts_none": QT_TRANSLATE_NOOP("messages", "No accounts: anyone acts with --by NAME. Add the first (an admin) with `users add NAME --role admin`."),
    "account_state_disabled": QT_TRANSLATE_NOOP("messages", "disabled"),
    "account_state_locked": QT_TRANSLATE_NOOP("messages", "locked"),
    "role_clerk": QT_TRANSLATE_NOOP("messages", "clerk"),
    "role_approver": QT_TRANSLATE_NOOP("messages", "approver"),
    "role_admin": QT_TRANSLATE_NOOP("messages", "admin"),
    "permission_import": QT_TRANSLATE_NOOP("messages", "import sheets"),
    "permission_plan": QT_TRANSLATE_NOOP("messages", "plan or cancel batches"),
    "permission_template_draft": QT_TRANSLATE_NOOP("messages", "edit templates"),
    "permission_hold": QT_TRANSLATE_NOOP("messages", "hold, release or opt out borrowers"),
    "permission_inbox": QT_TRANSLATE_NOOP("messages", "read the modem's replies"),
    "permission_approve": QT_TRANSLATE_NOOP("messages", "approve batches"),
    "permission_send": QT_TRANSLATE_NOOP("messages", "send messages"),
    "permission_resolve": QT_TRANSLATE_NOOP("messages", "decide about unknown or failed messages"),
    "permission_accounts": QT_TRANSLATE_NOOP("messages", "manage accounts"),
    "permission_settings": QT_TRANSLATE_NOOP("messages", "change settings"),
    "permission_transports": QT_TRANSLATE_NOOP("messages", "change transports"),
    "permission_templates": QT_TRANSLATE_NOOP("messages", "publish templates"),
    "permission_id_key": QT_TRANSLATE_NOOP("messages", "export or import the ID-number key"),
    "demo_db_has_accounts": QT_TRANSLATE_NOOP("messages", "{path} holds operator accounts: a demo would drop them. Choose another --db."),
    "setting_pending": QT_TRANSLATE_NOOP("messages", "{key} = {value} waits for a second person: an approver or another admin runs `settings confirm {code}`."),
    "setting_pending_mark": QT_TRANSLATE_NOOP("messages", "waiting for confirmation: {value}"),
    "setting_not_pending": QT_TRANSLATE_NOOP("messages", "No change of {key} waits for confirmation."),
    "setting_confirm_self": QT_TRANSLATE_NOOP("messages", "{name} proposed this change of {key}: a second person must confirm it."),
    "template_saved_for_admin": QT_TRANSLATE_NOOP("messages", "Saved as a draft: an admin makes it live by saving it again (`templates set`)."),
    "permission_privacy": QT_TRANSLATE_NOOP("messages", "export or erase a borrower's personal data"),
    "reason_erased": QT_TRANSLATE_NOOP("messages", "the borrower's personal data was erased"),
    "privacy_reason_missing": QT_TRANSLATE_NOOP("messages", "Say why with --reason TEXT (e.g. the borrower's request and its date)."),
    "privacy_unknown_contract": QT_TRANSLATE_NOOP("messages", "No loan with contract number {contract}."),
    "privacy_unknown_key": QT_TRANSLATE_NOOP("messages", "No loan with contract number {key}, and no borrower with that mobile number."),
    "privacy_no_borrower": QT_TRANSLATE_NOOP("messages", "Loan {contract} has no borrower yet: it holds nothing personal."),
    "privacy_already_erased": QT_TRANSLATE_NOOP("messages", "The borrower of {contract} was already erased on {at}."),
    "privacy_while_sending": QT_TRANSLATE_NOOP("messages", "A send is running (run {run}): erase when it has finished, so that nothing goes to this borrower afterwards."),
    "privacy_exported": QT_TRANSLATE_NOOP("messages", "Written {path}: {borrowers} borrower(s), {loans} loan(s), {messages} message(s), {replies} reply(ies)."),
    "privacy_several_borrowers": QT_TRANSLATE_NOOP("messages", "This mobile number belongs to {count} borrowers: all of them are in the file. Check that it is the person asking."),
    "privacy_several_loans": QT_TRANSLATE_NOOP("messages", "The borrower has {count} loans: all of them are in the file."),
    "privacy_erased": QT_TRANSLATE_NOOP("messages", "Erased the borrower of {contracts}: name, mobile, ID digits, the texts of {messages} message(s) and {replies} reply(ies). Amounts and dates are kept."),
    "privacy_erased_loans": QT_TRANSLATE_NOOP("messages", "The erase covers every loan of this borrower: {contracts}."),
    "privacy_erased_withdrawn": QT_TRANSLATE_NOOP("messages", "{count} message(s) not yet sent were withdrawn."),
    "privacy_erased_entries": QT_TRANSLATE_NOOP("messages", "{count} audit entries quoting the borrower were redacted; the audit chain still verifies."),
    "privacy_erased_shared": QT_TRANSLATE_NOOP("messages", "The mobile number is also another borrower's: it stays in that borrower's record."),
    "privacy_wal_busy": QT_TRANSLATE_NOOP("messages", "Another program has the database open, so the file could not be compacted yet: close it and run `privacy purge`, which removes the old copies."),
    "privacy_backups": QT_TRANSLATE_NOOP("messages", "{count} backup file(s) made before still hold this borrower (e.g. {path}). They are not deleted: the daily ones rotate out within weeks; delete the others by hand if the request covers them."),
    "privacy_postgresql": QT_TRANSLATE_NOOP("messages", "The tables were rewritten on the server (VACUUM FULL); the server's own log archive and backups are the server administrator's to handle."),
    "privacy_purged": QT_TRANSLATE_NOOP("messages", "Purged the texts of {messages} message(s) and {replies} reply(ies) of {loans} loan(s) closed before {before}."),
    "privacy_purge_dry_run": QT_TRANSLATE_NOOP("messages", "Dry run: would purge the texts of {messages} message(s) and {replies} reply(ies) of {loans} loan(s) closed before {before}. Nothing was changed."),
    "issue_erased": QT_TRANSLATE_NOOP("messages", "the borrower of contract {contract} was erased on {at}: name, mobile and ID number not imported (take the person out of the sheet)"),
}

_language = "zh_CN"


def pick_language(explicit: str | None = None) -> str:
    """--lang, then OPERATOR_APP_LANG, then the system locale; Chinese when nothing says."""
    for candidate in (explicit, os.environ.get("OPERATOR_APP_LANG"),
                      os.environ.get("LC_ALL"), os.environ.get("LC_MESSAGES"), os.environ.get("LANG")):
        if not candidate:
            continue
        low = candidate.lower()
        if low.startswith("en"):
            return "en"
        if low.startswith("zh"):
            return "zh_CN"
    return "zh_CN"


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else "zh_CN"


def language() -> str:
    return _language


def catalogue(language: str, context: str = CONTEXT) -> dict[str, str]:
    """source -> translation for one context of a .ts file (finished and unfinished entries alike)."""
    return _catalogues(language).get(context, {})


@cache
def _catalogues(language: str) -> dict[str, dict[str, str]]:
    """Every context of a language's .ts file, read once: a command asks for three contexts
    (its messages, the CLI's words, argparse's), and parsing the file is most of what that costs."""
    path = TRANSLATIONS / f"operator_app_{language}.ts"
    if not path.is_file():
        return {}
    out: dict[str, dict[str, str]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        words = out.setdefault(ctx.findtext("name") or "", {})
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is not None and node.get("type") not in ("obsolete", "vanished") and node.text:
                words[source] = node.text
    return out


def translate(context: str, text: str) -> str:
    """`text` of a `context` other than the messages (the CLI's help, argparse's own words) in the
    current language. Written as translate("cli", "...") so that lupdate extracts it."""
    if _language == "en":
        return text
    return catalogue(_language, context).get(text, text)


MESSAGES.update(MODEM_ERROR_MESSAGES)


def msg(code: str, /, **params: object) -> str:
    """The message for `code` in the current language, with its values filled in. Never the
    English source in another language because a value is missing: see `fill`."""
    source = MESSAGES.get(code, code)
    text = catalogue(_language).get(source, source) if _language != "en" else source
    return fill(text, params, code)


def fill(text: str, params: Mapping[str, object], code: str = "",
         word: Callable[[str], str] | None = None) -> str:
    """`text` (already in the operator's language) with its values filled in. A `status` that is
    a batch's or a message's state is given in words (HTTP statuses are numbers). A value the
    caller forgot reads "?" and is logged (tests/test_words.py checks every raise site for them); a
    `why_…` value (errors.os_reason) is put in words."""
    word = word or msg  # the GUI passes Qt's translator: the values in the text's language
    status = params.get("status")
    if isinstance(status, str) and "state_" + status in MESSAGES:
        params = {**params, "status": word("state_" + status)}
    if any(isinstance(v, str) and v.startswith("why_") for v in params.values()):  # errors.os_reason
        params = {k: word(v) if isinstance(v, str) and v in MESSAGES and v.startswith("why_") else v
                  for k, v in params.items()}
    modem_error = params.get("modem_error")  # a modem's refusal, stored as its code ("CMS 38")
    modem_key = "modem_" + modem_error.replace(" ", "_") if isinstance(modem_error, str) else ""
    if modem_key in MESSAGES:
        said = word(modem_key)
        params = {**params, "error": f"{params['error']}: {said}" if params.get("error") else said}
    values = _Missing(params)
    try:
        out = text.format_map(values)
    except (IndexError, ValueError, AttributeError):
        values.missing.append(text)
        out = re.sub(r"\{[^{}]*\}", "?", text)
    if values.missing:
        log.warning("message %s lacks %s", code or text[:40], ", ".join(values.missing))
    return out


def finding_text(code: str, params: dict[str, object], language: str | None = None) -> str:
    """A compliance-lint finding (messaging.lint) in words: its `lint_<code>` message, the reason
    a word is banned in the operator's language (rules.toml gives `why` and `why_en`)."""
    values = dict(params)
    if (language or _language) == "en" and values.get("why_en"):
        values["why"] = values["why_en"]
    key = "lint_" + code
    return msg(key, **values) if key in MESSAGES else code


def reason_key(code: str) -> str | None:
    """The message that says a stored reason code (a message's `reason`, a wait's) in words:
    its reason_ text, else the state or message it names; None when there is none."""
    return next((key for key in ("reason_" + code, "state_" + code, code) if key in MESSAGES), None)


def reason_text(code: str | None, params: Mapping[str, object] | None = None) -> str:
    """A stored reason in words; `params` are the stored error's values when the reason is an
    error code (without them its sentence has "?" where they go)."""
    if not code:
        return ""
    key = reason_key(code)
    return msg(key, **(params or {})) if key else code


def reasons_text(codes: Iterable[str]) -> str:
    """Stored reasons in words, as one list (a loan's exclusions, a batch's reasons for one)."""
    return msg("list_separator").join(reason_text(c) for c in codes)


def _with_words(code: str, words: str, language: str | None) -> str:
    """A code to type with its words beside it (M1's words already start with M1: "M1 (1-30
    days)"; "grace period" does not name the code `grace`)."""
    if words == code or words.startswith((code + " (", code + "（")):
        return words
    return f"{code}（{words}）" if (language or _language) == "zh_CN" else f"{code} ({words})"


def choices(codes: Sequence[str], prefix: str, language: str | None = None) -> str:
    """The codes an option takes, each with its catalogue words (`prefix` + code): what its
    --help lists and what a refusal of a wrong value lists, the one list for both."""
    return msg("list_separator").join(_with_words(c, msg(prefix + c), language) for c in codes)


def code_for(value: str, codes: Sequence[str], prefix: str) -> str:
    """What the operator typed for an option that takes codes: the code itself, whatever its
    case, or a code's catalogue words in any of our languages (`messages --status 已发送`, `queue
    --stage 即将到期`, as the lists show them); else the value unchanged, for the service to
    refuse with the list."""
    typed = value.strip().casefold()
    for code in codes:
        source = MESSAGES.get(prefix + code, "")
        said = {code, source, *(catalogue(lang).get(source, "") for lang in LANGUAGES if lang != "en")}
        if typed in {s.casefold() for s in said if s}:
            return code
    return value


def template_name(key: str, word: Callable[[str], str] | None = None) -> str:
    """A template in words: its stage's name, and "firm" for the repeat-offender version
    (`<stage>_firm`); a key of the office's own that names no stage, as it is."""
    word = word or msg
    stage = key.removesuffix("_firm")
    if "stage_" + stage not in MESSAGES:
        return key
    return word("stage_" + stage) + (word("template_firm_suffix") if key.endswith("_firm") else "")


class _Missing(dict[str, object]):
    def __init__(self, params: Mapping[str, object]) -> None:
        super().__init__(params)
        self.missing: list[str] = []

    def __missing__(self, key: str) -> str:
        self.missing.append(key)
        return "?"
