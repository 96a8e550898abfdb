<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../operator_app/ui/app.py" line="46"/>
        <source>New office database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/app.py" line="47"/>
        <source>There is no database at {path} yet.

Create a new, empty office database there? If the name is misspelt, do not create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/app.py" line="52"/>
        <source>Create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/app.py" line="53"/>
        <source>Do not create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/app.py" line="77"/>
        <source>Virtual modem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="47"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="48"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="49"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="50"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="92"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="96"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="51"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="97"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="52"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="53"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="56"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="63"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="57"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="58"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="60"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="64"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="90"/>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="94"/>
        <source>Excluded loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="99"/>
        <source>Choose a batch on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="106"/>
        <source>Second operator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="107"/>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="108"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="191"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="109"/>
        <source>Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="110"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="115"/>
        <source>Approver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/batches_page.py" line="168"/>
        <source>%n message(s) fail the compliance check: approval is blocked until the template is fixed and the batch made again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="175"/>
        <source>Messages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="176"/>
        <source>Excluded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="191"/>
        <source>Type the second operator&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="199"/>
        <source>The loan book may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="200"/>
        <source>Approve anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="229"/>
        <source>Export batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="230"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="36"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="37"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="38"/>
        <source>Phone as imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="39"/>
        <source>Why call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="54"/>
        <source>Search contract, name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="55"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="60"/>
        <source>Borrowers to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="67"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/calls_page.py" line="87"/>
        <source>%n borrower(s) to call</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="91"/>
        <source>Export call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="92"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="38"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="39"/>
        <source>Sent, no report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="40"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="41"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="42"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="70"/>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="96"/>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="70"/>
        <source>Overdue loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="70"/>
        <source>Overdue amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="71"/>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="71"/>
        <source>Messages waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="72"/>
        <source>Batches to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="84"/>
        <source>Loans and amounts by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="86"/>
        <source>By stage (click one to open the queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="110"/>
        <source>Paid within 7 days, by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="89"/>
        <source>Overdue at each import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="90"/>
        <source>The trend appears after the first import of the office&apos;s loan sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="91"/>
        <source>Overdue trend across imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="94"/>
        <source>Trend shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="95"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="103"/>
        <source>Sending results, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="103"/>
        <source>No messages in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="104"/>
        <source>Sending results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="106"/>
        <source>Opt-outs and holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="111"/>
        <source>No messages went out in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="112"/>
        <source>Effectiveness by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="211"/>
        <source>Opted out: %1 (%2 in the last 30 days) · On hold: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="215"/>
        <source>%1: %2 paid within 7 days of %3 messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="180"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelayedProgress</name>
    <message>
        <location filename="../../operator_app/ui/ops.py" line="63"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/ops.py" line="65"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/ops.py" line="88"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../operator_app/ui/dialogs.py" line="23"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/dialogs.py" line="24"/>
        <source>Your name (it is written in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/dialogs.py" line="40"/>
        <source>Could not finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../operator_app/ui/errors.py" line="44"/>
        <source>Could not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/errors.py" line="48"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/errors.py" line="49"/>
        <source>Something went wrong that the app did not expect. The details below say where; copy them into a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/errors.py" line="53"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="37"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="38"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="39"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="40"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="41"/>
        <location filename="../../operator_app/ui/pages/history_page.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="42"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="43"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="69"/>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="75"/>
        <source>Search contract, number or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="76"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="82"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="92"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/history_page.py" line="113"/>
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="43"/>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="44"/>
        <source>Borrower name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="45"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="46"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="47"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="48"/>
        <source>Disbursed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="49"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="50"/>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="51"/>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="52"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="53"/>
        <source>Installment no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="54"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="102"/>
        <source>Import the loan book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="104"/>
        <source>Choose the borrower spreadsheet the office keeps (.xlsx, .xls or .csv), or drop it on this page. Nothing is written before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="107"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="131"/>
        <source>Import borrower spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="132"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="152"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="160"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="163"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="164"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="164"/>
        <source>Column in the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="169"/>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="173"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="175"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="180"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="200"/>
        <source>%1 · header on row %2 · %3 data row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="212"/>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="237"/>
        <source>In the first %1 rows: %2 would be rejected, %3 problem(s) in all (highlighted; point at a cell for the reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="266"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="267"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="290"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="308"/>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="319"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="320"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="320"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="320"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="323"/>
        <source>Save problems as .xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="325"/>
        <source>Import another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="355"/>
        <source>Save problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="356"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="372"/>
        <source>Problems saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="373"/>
        <source>Saving the problems…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="34"/>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="35"/>
        <source>on hold, to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="36"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="46"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="48"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="49"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="50"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="51"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="52"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="68"/>
        <source>Search number, name, contract or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="69"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="74"/>
        <source>modem:auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="75"/>
        <source>Modem to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="76"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="77"/>
        <source>Read the replies waiting on the modem&apos;s SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="81"/>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="93"/>
        <source>Opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="94"/>
        <source>Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="95"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="101"/>
        <source>Modem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="141"/>
        <source>Type the modem first (for example modem:auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="145"/>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="153"/>
        <source>Reading the replies on the SIM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="157"/>
        <source>%n new reply(s): %1 opted out, %2 put on hold.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="177"/>
        <source>%1 is opted out: no more messages to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="184"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="184"/>
        <source>Why hold this borrower?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="189"/>
        <source>%1 is on hold: nothing is sent until released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="197"/>
        <source>%1 is released: messages may go again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="77"/>
        <source>Collections SMS desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="124"/>
        <source>No modem configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="125"/>
        <location filename="../../operator_app/ui/main_window.py" line="239"/>
        <source>Connecting to the modem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="56"/>
        <source>总览 Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="57"/>
        <source>导入 Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="58"/>
        <source>逾期队列 Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="59"/>
        <source>批次 Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="60"/>
        <source>发送 Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="61"/>
        <source>历史 History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="62"/>
        <source>收件箱 Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="63"/>
        <source>模板 Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="64"/>
        <source>通话名单 Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="65"/>
        <source>设置 Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="97"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="121"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="131"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="132"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="141"/>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="203"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="204"/>
        <source>Last import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="206"/>
        <source>The loan book is out of date: import the latest sheet before approving a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/main_window.py" line="208"/>
        <source>%n message(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="225"/>
        <source>Filling the demo office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="244"/>
        <source>%1 %2 · signal %3/5 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="248"/>
        <source>no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="250"/>
        <source>Signal %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="254"/>
        <source>Modem not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="68"/>
        <source>Search contract, name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="70"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="72"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="73"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="77"/>
        <source>Days past due from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="77"/>
        <source>Days past due to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="83"/>
        <source>Outstanding from (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="84"/>
        <source>Outstanding to (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="91"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="97"/>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="101"/>
        <source>Amount ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="109"/>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="133"/>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="149"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="135"/>
        <source>Create batch from this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="136"/>
        <source>Plans today&apos;s messages for the loans the queue shows (the whole book when nothing is filtered); a second operator approves them on the Batches page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="140"/>
        <source>Create batch from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="141"/>
        <source>Plans today&apos;s messages for the selected loans only (Ctrl or Shift + click to select several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/queue_page.py" line="169"/>
        <source>%n loan(s)</source>
        <translation type="unfinished">
            <numerusform>%n loan</numerusform>
            <numerusform>%n loans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="222"/>
        <source>No SMS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="250"/>
        <source>Nothing sent, paid or replied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="256"/>
        <source>This loan gets no message at this stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendStates</name>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="29"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="29"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="30"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="30"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="31"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="46"/>
        <source>waiting until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="59"/>
        <source>arrived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="62"/>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendingPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="30"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="31"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="32"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="33"/>
        <source>Why unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="34"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="65"/>
        <source>Messages in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="69"/>
        <source>It went: mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="70"/>
        <source>It did not go: mark failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="71"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="65"/>
        <source>Approved batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="73"/>
        <source>e.g. modem:auto or emulator: (several: separate with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="74"/>
        <source>Pick a transport saved in Settings, or type one (several: separate with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="75"/>
        <source>Transports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="76"/>
        <source>Start sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="77"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="78"/>
        <source>Pauses after the message in hand; Resume goes on with the same batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="79"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="80"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="81"/>
        <source>Stops after the message in hand: nothing is cut mid-send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="88"/>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="90"/>
        <source>Choose an approved batch and the transport, then start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="93"/>
        <source>Every message of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="114"/>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="116"/>
        <source>Transports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="123"/>
        <source>Every message of the batch, as it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="82"/>
        <source>Messages in doubt (the app cannot know whether they went)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="155"/>
        <source>Batch %1 for %2 (%3, %4 messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="202"/>
        <source>The message states could not be read just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="207"/>
        <source>No batch chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="208"/>
        <source>This batch has no messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="211"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="111"/>
        <source>%n message(s) in doubt: ask the borrower or check the carrier&apos;s records, then mark each one sent or failed, or send it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="114"/>
        <source>None: every message is accounted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="239"/>
        <source>Type the transport first (for example modem:auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="258"/>
        <source>Opening the transport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="271"/>
        <source>Pausing after the message in hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="277"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="282"/>
        <source>Stopping after the message in hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="292"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="295"/>
        <source>about %1 min %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="309"/>
        <source>Paused: Resume goes on with this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="322"/>
        <source>Sending stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="330"/>
        <source>Stopped by you. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="331"/>
        <source>Sent now: %1. In this batch: %2 sent (%3 delivered), %4 failed, %5 in doubt, %6 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/sending_page.py" line="338"/>
        <source>%n message(s) wait (%1) until %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="341"/>
        <source>%1 paused until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="344"/>
        <source>Nothing left to send in this batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="37"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="38"/>
        <source>Sending window and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="39"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="40"/>
        <source>Batches, lint and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="43"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="44"/>
        <source>Signature 【…】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="45"/>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="46"/>
        <source>Where borrowers pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="47"/>
        <source>Send from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="48"/>
        <source>Send until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="49"/>
        <source>Working days only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="50"/>
        <source>Messages per borrower a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="51"/>
        <source>Messages per borrower a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="52"/>
        <source>Same text not again within (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="53"/>
        <source>Reminder days before due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="54"/>
        <source>Grace days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="55"/>
        <source>Grace days for repeat offenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="56"/>
        <source>M1 ends at day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="57"/>
        <source>M2 ends at day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="58"/>
        <source>M3 ends at day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="59"/>
        <source>Minimum payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="60"/>
        <source>Loan book stale after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="61"/>
        <source>Most SMS parts per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="62"/>
        <source>Call after messages without response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="82"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="84"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="89"/>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="91"/>
        <source>Language (after a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="94"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="125"/>
        <source>%1 · default %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="132"/>
        <source>%1 · default %2 · accepted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="155"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="166"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="183"/>
        <source>The language changes the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsBubble</name>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="51"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/bubble.py" line="80"/>
        <source>%1 · %n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/bubble.py" line="81"/>
        <source>%n character(s) left in this part</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="83"/>
        <source>UCS-2 because of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="90"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="90"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="93"/>
        <source>No compliance problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="60"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="61"/>
        <source>not checked in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="68"/>
        <source>the gateway answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="48"/>
        <source>firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="52"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="53"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="54"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="55"/>
        <source>Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="70"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="77"/>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="82"/>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="101"/>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="87"/>
        <source>Double-click to insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="92"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="115"/>
        <source>Preview on a sample borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="150"/>
        <source>%1 (%2), version %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="176"/>
        <source>The template cannot be filled in yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestSendBox</name>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="35"/>
        <source>e.g. 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="36"/>
        <source>Your own phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="39"/>
        <source>Send a test to my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="40"/>
        <source>Send a test message to your own phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="42"/>
        <source>Checks the line before a batch goes; it is not a borrower&apos;s message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="46"/>
        <source>Your phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="61"/>
        <source>Type your own mobile number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="64"/>
        <source>Type the transport first (for example modem:auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="67"/>
        <source>Test message: if you can read this, sending works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="73"/>
        <source>Sending the test to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="75"/>
        <source>Sending a test message to your phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="81"/>
        <source>The test reached %1: delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="83"/>
        <source>The test to %1 was sent but the network says it was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="85"/>
        <source>The test to %1 went out (%2); no delivery report yet: check your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="96"/>
        <source>The test did not go: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="98"/>
        <source>The test did not go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportDialog</name>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="35"/>
        <source>GSM modem (serial port or TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="36"/>
        <source>Virtual modem (this PC, sends nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="37"/>
        <source>Kannel SMS gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="38"/>
        <source>Android phone (android-sms-gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="39"/>
        <source>Aliyun SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="40"/>
        <source>Twilio-compatible API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="41"/>
        <source>Other HTTP platform (.toml profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="45"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="47"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="45"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="48"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="46"/>
        <source>Sender (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="49"/>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="50"/>
        <source>AccessKey secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="51"/>
        <source>Approved signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="52"/>
        <source>Account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="52"/>
        <source>Auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="53"/>
        <source>From number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="72"/>
        <source>Edit transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="72"/>
        <source>Add a transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="75"/>
        <source>e.g. office-modem (letters, digits, - and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="84"/>
        <source>COM3, /dev/ttyUSB0, socket://HOST:PORT or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="85"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="114"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="86"/>
        <source>Ask every port in the list for a modem (AT) and pick the one that answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="95"/>
        <source>from the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="97"/>
        <source>0 = no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="99"/>
        <source>name=value&amp;name=value (e.g. callback=0.0.0.0:8099)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="109"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="128"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="109"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="128"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="109"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="128"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="110"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="129"/>
        <source>Speed (baud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="110"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="129"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="192"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="111"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="111"/>
        <source>Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="112"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="112"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="130"/>
        <source>Seconds between messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="113"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="131"/>
        <source>Messages a day at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="113"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="131"/>
        <source>Other options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="114"/>
        <source>Probe or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="137"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="138"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="181"/>
        <source>saved on this computer: leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="183"/>
        <source>not saved on this computer: type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="192"/>
        <source>Profile file (.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="200"/>
        <source>SIM PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="201"/>
        <source>Probe the modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="201"/>
        <source>Test the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="203"/>
        <source>A modem simulated inside this program: for training and trying out. Nothing reaches a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="205"/>
        <source>The profile file describes the platform&apos;s API; its key comes from the variable or keyring entry the file names. The test only checks that the address answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="207"/>
        <source>The test sends Kannel a request without a recipient: it checks the user name and password, and nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="209"/>
        <source>The test lists the phone&apos;s webhooks: it checks the user name and password, and nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="211"/>
        <source>The test asks Aliyun about the signature (QuerySmsSign): it checks the AccessKey and whether the signature is approved. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="213"/>
        <source>The test reads the account&apos;s own record: it checks the SID and token. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="215"/>
        <source>The probe asks the modem for its network, signal and registration. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="261"/>
        <source>Asking the modem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="262"/>
        <source>Asking the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="288"/>
        <source>Looking for a modem on %n port(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="300"/>
        <source>A modem answers on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="330"/>
        <source>%1 · signal %2 %3/5 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="331"/>
        <source>no operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="333"/>
        <source>registered on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="334"/>
        <source>NOT registered: no network, check the SIM and antenna</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportsBox</name>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="36"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="37"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="37"/>
        <source>Password / PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="46"/>
        <source>通道 Transports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="51"/>
        <source>Saved transports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="65"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="66"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="67"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="68"/>
        <source>Probe / test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="69"/>
        <source>Probe the modem or test the gateway: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="80"/>
        <source>On the sending page or in the command line, use a saved transport by its name: profile:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="164"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="175"/>
        <source>Delete transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="176"/>
        <source>Delete the transport %1 and forget its password on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="186"/>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="201"/>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="221"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportsStatus</name>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="88"/>
        <source>Saved transports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="109"/>
        <source>Saved transports: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../operator_app/ui/pages/welcome_page.py" line="15"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/welcome_page.py" line="17"/>
        <source>This database holds no loans yet. Import the office&apos;s borrower spreadsheet to start, or try the app on a demo office with made-up borrowers and a virtual modem (nothing leaves this PC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/welcome_page.py" line="22"/>
        <source>Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/welcome_page.py" line="23"/>
        <source>Open the demo office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../operator_app/ui/words.py" line="24"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="25"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="26"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="27"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="28"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="29"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="30"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="31"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="32"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="33"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="38"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="39"/>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="40"/>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="41"/>
        <source>on hold until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="42"/>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../operator_app/i18n.py" line="27"/>
        <source>File not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="28"/>
        <source>The file {path} is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="29"/>
        <source>{path} is not a spreadsheet: use .xlsx, .xls or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="30"/>
        <source>{path} is password-protected: open it in Excel, remove the password and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="31"/>
        <source>{path} cannot be read as a spreadsheet (damaged or not a spreadsheet): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="32"/>
        <source>{path}: the text encoding is not UTF-8 or GB18030; save it as CSV UTF-8 from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="33"/>
        <source>No sheet named &quot;{sheet}&quot;; the sheets are: {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="34"/>
        <source>No header row found in the first 30 rows; name the columns with --map field=header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="35"/>
        <source>No contract number column among: {headers}. Use --map contract_no=&lt;header&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="36"/>
        <source>--map needs field=header, got &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="37"/>
        <source>Unknown field &quot;{field}&quot;; the fields are: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="38"/>
        <source>No column &quot;{header}&quot; in the header row: {headers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="39"/>
        <source>An installment sheet needs a contract number, an installment number, a due date and an amount due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="47"/>
        <source>Cannot write the report {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="49"/>
        <source>Cannot open the database {url}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="50"/>
        <source>The database folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="52"/>
        <source>Not a date: &quot;{value}&quot; (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="54"/>
        <source>Totals row skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="55"/>
        <source>No contract number: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="56"/>
        <source>The contract number is too long to be one: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="57"/>
        <source>&quot;{value}&quot; is not an amount of money: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="58"/>
        <source>No amount due: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="59"/>
        <source>&quot;{value}&quot; is not a date: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="60"/>
        <source>No due date: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="61"/>
        <source>&quot;{value}&quot; is not an installment number: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="62"/>
        <source>No name: the loan is kept but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="63"/>
        <source>The name has {length} characters, too long to be a name: the loan is kept but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="64"/>
        <source>No phone number: the loan is kept but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="65"/>
        <source>&quot;{value}&quot; is a landline: the loan is kept for a phone call but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="66"/>
        <source>&quot;{value}&quot; is not a valid mobile number: the loan is kept but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="67"/>
        <source>Contract {contract_no} also on row {first_row}: the rows were merged into one loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="69"/>
        <source>Read {rows_read} rows: {loans_created} loans created, {loans_updated} updated, {loans_unchanged} unchanged, {installments} installments written; {rejected} rows rejected, {warnings} warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="70"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="71"/>
        <source>Problem rows written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="72"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="73"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="74"/>
        <source>Unexpected error: {detail} (run with --debug for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="75"/>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="78"/>
        <source>Unknown or bad transport option &quot;{option}&quot; (baud, pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="79"/>
        <source>The modem transport needs a port, e.g. modem:/dev/ttyUSB0 or modem:COM3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="80"/>
        <source>No modem answered on any serial port: check the cable and the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="81"/>
        <source>Cannot open the port {port} (wrong, busy or unplugged): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="82"/>
        <source>Nothing on {port} answers AT commands: is it the modem&apos;s AT port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="83"/>
        <source>The SIM card in {port} needs its PIN: add ?pin=XXXX to the transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="84"/>
        <source>The SIM card rejected the PIN. Check it before trying again: three wrong PINs lock the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="85"/>
        <source>The SIM card is locked and needs its PUK code: unlock it in a phone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="86"/>
        <source>The SIM card is not ready ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="87"/>
        <source>The modem on {port} is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="88"/>
        <source>The modem did not answer {command} within {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="89"/>
        <source>The modem went away (unplugged?): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="90"/>
        <source>The modem refused {command}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="91"/>
        <source>Only {sent} of {parts} parts were sent (references {references}) before the modem failed; the rest were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="92"/>
        <source>No modem in the pool can send right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="93"/>
        <source>The text needs {parts} parts; at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="94"/>
        <source>&quot;{number}&quot; is not a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="95"/>
        <source>Sent to {to}: {parts} part(s), {encoding}, references {references}; status: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="96"/>
        <source>Virtual modem ready on {where}. Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="97"/>
        <source>{manufacturer} {model} (firmware {revision}), IMEI {imei}, SIM {sim}; signal {signal_dbm} dBm ({bars}/5), registered: {registered}, operator: {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="98"/>
        <source>Audit trail intact: {entries} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="99"/>
        <source>Audit trail broken at entry {entry}: an entry was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="100"/>
        <source>Demo office created in {path}: {loans} loans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="102"/>
        <source>The modem {port} stopped answering after part {part} of {parts} was handed to it: the message may have been sent. It will not be sent again automatically; check before resending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="103"/>
        <source>The modem took the message but its answer never came: it may have been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="104"/>
        <source>A {kind} transport is not a modem: only modem: and emulator: can be probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="77"/>
        <source>Unknown transport &quot;{spec}&quot;: use modem:PORT, modem:auto, emulator:, kannel:URL, android-gateway:URL, aliyun:URL, twilio:URL or http:PROFILE.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="105"/>
        <source>This transport is not understood (it is not shown, as it may hold a password): use modem:PORT, modem:auto, emulator:, kannel:URL, android-gateway:URL, aliyun:URL, twilio:URL or http:PROFILE.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="106"/>
        <source>The transport&apos;s options cannot be read (they are not shown, as they may hold a password): write them as ?name=value&amp;name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="107"/>
        <source>The text is empty: there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="108"/>
        <location filename="../../operator_app/i18n.py" line="292"/>
        <location filename="../../operator_app/i18n.py" line="346"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="109"/>
        <location filename="../../operator_app/i18n.py" line="293"/>
        <location filename="../../operator_app/i18n.py" line="347"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="110"/>
        <source>waiting for the delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="111"/>
        <source>not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="112"/>
        <source>GSM 7-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="113"/>
        <source>UCS-2 (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="114"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="115"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="116"/>
        <location filename="../../operator_app/i18n.py" line="349"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="117"/>
        <source>{manufacturer} {model} (firmware {revision}), IMEI {imei}, SIM {sim}; no signal, registered: {registered}, operator: {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="120"/>
        <source>Bad usage: {detail} (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="121"/>
        <source>{path} is a folder, not a database file: give a file name, e.g. {path}/operator.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="122"/>
        <source>{path} is not a database file (SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="123"/>
        <source>&quot;{url}&quot; is not a database: use a file path, sqlite:///FILE or postgresql+psycopg://HOST/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="124"/>
        <source>{path} already holds {loans} loans of the office&apos;s own: the demo goes only into an empty database. Name another one with --db, e.g. --db data/demo.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="125"/>
        <source>See it with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="126"/>
        <source>The database {url} has schema version {revision}, which this version of the app does not know (written by a newer one?): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="127"/>
        <source>Unknown stage &quot;{stage}&quot;; the stages are: {stages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="128"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="129"/>
        <location filename="../../operator_app/i18n.py" line="228"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="130"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="131"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="132"/>
        <source>First unpaid due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="133"/>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="134"/>
        <location filename="../../operator_app/i18n.py" line="221"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="135"/>
        <source>Excluded because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="136"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="137"/>
        <location filename="../../operator_app/i18n.py" line="147"/>
        <location filename="../../operator_app/i18n.py" line="233"/>
        <source>not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="138"/>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="139"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="140"/>
        <source>grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="141"/>
        <source>M1 (1-30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="142"/>
        <source>M2 (31-60 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="143"/>
        <source>M3 (61-90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="144"/>
        <source>M3+ (over 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="145"/>
        <location filename="../../operator_app/i18n.py" line="232"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="146"/>
        <source>paid off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="148"/>
        <location filename="../../operator_app/i18n.py" line="234"/>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="149"/>
        <source>no mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="150"/>
        <location filename="../../operator_app/i18n.py" line="236"/>
        <source>number shared by several borrowers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="151"/>
        <location filename="../../operator_app/i18n.py" line="230"/>
        <location filename="../../operator_app/i18n.py" line="279"/>
        <location filename="../../operator_app/i18n.py" line="295"/>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="152"/>
        <source>on hold (dispute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="154"/>
        <source>An HTTP gateway profile is a .toml file: http:PROFILE.toml, got &quot;{path}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="155"/>
        <source>The {kind} gateway needs an http:// or https:// address with a host, got &quot;{url}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="156"/>
        <source>Unknown gateway option &quot;{option}&quot;; the options are: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="157"/>
        <source>The gateway option {option} needs a number of zero or more, got &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="158"/>
        <source>No password in the transport and no system keyring on this computer: set the environment variable {env} or put the password in the transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="159"/>
        <source>The system keyring could not be read ({detail}): set the environment variable {env} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="160"/>
        <source>No password for {account}: store it in the system keyring (service {service}) or set the environment variable {env}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="162"/>
        <source>The connection to {gateway} broke after the message was handed over ({detail}): it may have been sent. It will not be sent again automatically; check and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="163"/>
        <source>The gateway {gateway} is busy (HTTP {status}); nothing was sent, try again in {retry_after} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="164"/>
        <source>The callback address {address} cannot be used ({detail}): use HOST:PORT with a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="165"/>
        <source>The gateway {gateway} refused the user name or password: check the transport settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="167"/>
        <source>The gateway {gateway} cannot route messages to {to}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="168"/>
        <source>The gateway {gateway} rejected the message (HTTP {status}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="169"/>
        <source>The gateway {gateway} says {to} is not a valid number: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="170"/>
        <source>{to} has unsubscribed (replied STOP) at the gateway {gateway}: the message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="171"/>
        <source>The gateway {gateway} refused the account, signature or template ({code}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="161"/>
        <source>The gateway {gateway} cannot be reached ({detail}); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="40"/>
        <source>{path} is {mb} MB, more than the {limit_mb} MB a loan sheet may be: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="41"/>
        <source>{path} unpacks to {mb} MB, more than the {limit_mb} MB a loan sheet may: it is damaged or built to harm, nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="42"/>
        <source>The sheet reaches {rows} rows by {columns} columns, more than the importer reads (at most {max_rows} rows, {max_columns} columns, {max_cells} cells): delete the stray cells far below or to the right, or copy the loans into a new sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="43"/>
        <source>{path} has a cell of more than {limit} characters, Excel&apos;s own limit: it is damaged or not a loan sheet, nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="44"/>
        <source>{path} could not be read within the reader&apos;s memory limit of {limit_mb} MB: it is damaged or built to harm, nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="45"/>
        <source>{path} holds {chars} characters of text, more than the {limit} a loan sheet may: it is damaged or built to harm, nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="46"/>
        <source>The sheet has a header row but no data rows under it: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="51"/>
        <source>No such database file: {path}. Is it misspelt? (Only import and demo create a new one.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="166"/>
        <source>The gateway {gateway} had an error (HTTP {status}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="172"/>
        <source>The gateway {gateway} is limiting sends ({code}); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="173"/>
        <source>The gateway {gateway} only sends templates approved in advance: give this message&apos;s template the provider&apos;s template code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="174"/>
        <source>The gateway {gateway} gave an answer we cannot read (HTTP {status}): the message may have been sent. It will not be sent again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="175"/>
        <source>The gateway profile {path} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="176"/>
        <source>The gateway profile {path} has a bad or missing setting &quot;{field}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="177"/>
        <source>The {kind} gateway needs {option}=… in the transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="178"/>
        <source>Unknown character set &quot;{value}&quot;: use UTF-8 or UTF-16BE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="179"/>
        <source>--param needs NAME=VALUE, got &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="181"/>
        <source>Say who you are with --by NAME (1 to 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="182"/>
        <source>OPERATOR_APP_NOW is not a timestamp: &quot;{value}&quot; (use e.g. 2026-11-27T09:00:00+08:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="183"/>
        <source>Unknown setting &quot;{key}&quot;; the settings are: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="184"/>
        <source>&quot;{value}&quot; is not a valid value for {key} (expected: {hint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="185"/>
        <source>{key} = {value} does not fit the other settings: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="186"/>
        <source>Saved: {key} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="187"/>
        <source>default {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="188"/>
        <source>The template does not parse (line {line}): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="189"/>
        <source>The template uses {names}, which are not allowed; the variables are: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="190"/>
        <source>The template uses {names}, which are not allowed; the filters are: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="191"/>
        <source>The template cannot be filled in: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="192"/>
        <source>The template uses {names}, which an SMS template may not: only text, variables, filters and {{% if %}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="193"/>
        <source>The template takes too much to fill in (over {chars} characters or {seconds} s): simplify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="194"/>
        <source>The text needs {parts} SMS parts, more than the {limit} a message may have: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="195"/>
        <source>Unknown template &quot;{key}&quot;; the templates are: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="196"/>
        <source>Unknown language &quot;{locale}&quot;; use one of: {locales}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="197"/>
        <source>Cannot read the template file {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="198"/>
        <source>The provider section &quot;{provider}&quot; needs a code and a params table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="199"/>
        <source>The template file {path} has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="200"/>
        <source>Template {key} ({locale}) saved as version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="201"/>
        <source>{errors} lint error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="202"/>
        <source>There is no batch {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="203"/>
        <source>Batch {id} is {status}: only a draft can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="204"/>
        <source>{name} created batch {id} and cannot also approve it: a second person must check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="205"/>
        <source>Batch {id} was planned for {as_of}, not for today ({today}): create a new batch for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="206"/>
        <source>Batch {id} has {count} message(s) failing the compliance check (first: {contract_no}, {finding}): fix the template and create the batch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="207"/>
        <source>The loan book was last imported on {date}, more than {days} day(s) ago: a borrower may have paid since. Import the latest sheet, or approve with --confirm-stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="208"/>
        <source>No loan sheet has been imported into this database yet, so nothing says who has paid lately. Import the latest sheet, or approve with --confirm-stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="209"/>
        <source>Batch {id} is {status} and can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="210"/>
        <source>Batch {id} for {as_of}: {status}, {messages} message(s), {excluded} loan(s) excluded; created by {created_by}, approved by {approved_by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="211"/>
        <source>A second person approves it with: batch approve {id} --by NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="212"/>
        <source>Batch {id} ({messages} messages) written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="213"/>
        <source>Cannot write {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="214"/>
        <source>{count} borrower(s) to call written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="215"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="216"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="217"/>
        <location filename="../../operator_app/i18n.py" line="351"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="218"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="219"/>
        <source>Contract no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="220"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="222"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="223"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="224"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="225"/>
        <location filename="../../operator_app/i18n.py" line="352"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="226"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="227"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="229"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="231"/>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="235"/>
        <source>no usable mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="237"/>
        <source>outside the sending hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="238"/>
        <source>not a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="239"/>
        <source>daily limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="240"/>
        <source>weekly limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="241"/>
        <source>same text within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="242"/>
        <source>another loan of this borrower gets today&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="243"/>
        <source>the text is longer than 10 SMS parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="244"/>
        <source>the template could not be filled in for this loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="245"/>
        <source>opted out but overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="246"/>
        <source>no payment or reply after several messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="247"/>
        <source>batch cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="248"/>
        <source>No signature: start the text with the office&apos;s name in 【】.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="249"/>
        <source>No opt-out hint: add &quot;{hint}&quot; at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="250"/>
        <source>&quot;{word}&quot; must not be used ({why}): rephrase it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="251"/>
        <source>&quot;{word}&quot; brings in other people ({why}): write to the borrower only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="252"/>
        <source>&quot;{word}&quot; asks for personal data ({why}): only the name and amounts may appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="253"/>
        <source>This looks like an ID number: remove it (only the name and amounts may appear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="254"/>
        <source>This looks like a bank card number: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="255"/>
        <source>No links ({url}): borrowers are told not to trust links in SMS; name the app or the office phone instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="256"/>
        <source>The text needs {segments} SMS parts (more than {limit}): shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="257"/>
        <source>&quot;{char}&quot; makes this a UCS-2 (Unicode) message: {segments} part(s), 70 characters each (67 when split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="259"/>
        <source>Principal {principal} less paid {paid} is {difference}, but the sheet says {outstanding} is outstanding: the sheet&apos;s outstanding is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="260"/>
        <source>{path} is a folder, not a file: choose a spreadsheet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="261"/>
        <source>{path} is a CSV file, which has no sheets: leave out --sheet &quot;{sheet}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="262"/>
        <source>No problem rows, so no report was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="264"/>
        <source>Name at least one --transport to send through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="265"/>
        <source>Batch {id} is {status}: only an approved batch can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="266"/>
        <source>Sending: {done} of {total}, about {eta} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="267"/>
        <source>Batch {batch} ({status}): {sent_now} sent now; in all {sent} sent, {delivered} delivered, {failed} failed, {unknown} unknown, {cancelled} cancelled, {queued} waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="268"/>
        <source>{count} message(s) were cut mid-send by an earlier crash: they are now unknown and are not sent again unless you resend them (message resend ID --by NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="269"/>
        <source>{count} wait ({reason}) until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="270"/>
        <source>Message {id} recorded as {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="271"/>
        <source>Message {id} is queued again: the next send of its batch takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="272"/>
        <source>Message {id} is {status}: only an unknown message can be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="273"/>
        <source>Message {id} is {status}: only a failed or unknown message can be resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="274"/>
        <source>There is no message {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="275"/>
        <source>Unknown status &quot;{status}&quot;; the statuses are: {statuses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="276"/>
        <source>A message can be resolved as sent or failed, not &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="277"/>
        <source>{read} reply(ies) read from the SIM and stored: {opted_out} opt-out(s), {held} put on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="278"/>
        <source>A {kind} transport keeps no replies to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="280"/>
        <source>on hold for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="281"/>
        <source>no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="282"/>
        <source>The borrower of {contract_no} is on hold: {withdrawn} queued message(s) withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="283"/>
        <source>The hold on the borrower of {contract_no} is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="284"/>
        <source>{borrowers} borrower(s) opted out: {withdrawn} queued message(s) withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="285"/>
        <source>There is no contract &quot;{contract_no}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="286"/>
        <source>Contract {contract_no} has no borrower yet: import the loan sheet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="287"/>
        <source>Give the reason for the hold with --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="288"/>
        <source>&quot;{phone}&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="289"/>
        <source>No borrower has the number {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="290"/>
        <source>By stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="291"/>
        <source>By template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="294"/>
        <location filename="../../operator_app/i18n.py" line="348"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="296"/>
        <source>paid within 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="297"/>
        <source>paid within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="298"/>
        <source>The report starts ({start}) after it ends ({end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="299"/>
        <source>Message {message} was taken by another sender at the same moment; it was not sent here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="300"/>
        <source>The send stopped on an unexpected error ({detail}): the message may have gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="301"/>
        <source>{transport} paused until {until}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="302"/>
        <source>this SIM&apos;s daily quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="303"/>
        <source>paid since the batch was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="304"/>
        <source>cut mid-send (the app stopped while sending): may have gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="305"/>
        <source>the delivery report says not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="306"/>
        <source>resolved by an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="308"/>
        <source>The system keyring refused the password ({detail}): unlock the keyring and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="309"/>
        <source>The password file {path} cannot be read or written ({detail}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="310"/>
        <source>Passwords are kept in this computer&apos;s system keyring ({detail}), not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="311"/>
        <source>No system keyring on this computer: passwords are saved in the file {path}, readable only by your user account but NOT encrypted. They are never put in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="312"/>
        <source>saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="313"/>
        <source>not on this computer: enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="314"/>
        <source>none needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="315"/>
        <source>A transport name is 1-40 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (no spaces), got &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="316"/>
        <source>Unknown transport kind &quot;{kind}&quot;; the kinds are: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="317"/>
        <source>Put the user name and the password in their own fields, not in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="318"/>
        <source>The PIN or password goes in its own field, not among the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="319"/>
        <source>No saved transport is called &quot;{name}&quot;; the saved ones are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="320"/>
        <source>The password or PIN of transport &quot;{name}&quot; is not saved on this computer: enter it in Settings → Transports (or transports add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="321"/>
        <source>Transport {name} saved: {spec}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="322"/>
        <source>Transport {name} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="323"/>
        <source>No saved transports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="324"/>
        <source>{name}: {spec} (password: {secret})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="325"/>
        <source>Cannot reach {gateway} ({detail}): check the address, the network and that the gateway is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="326"/>
        <source>{gateway} gave an unexpected answer to the test (HTTP {status}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="327"/>
        <source>Kannel {gateway} is reachable and accepted the user name and password (the test asked it to send to nobody: nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="328"/>
        <source>The phone gateway {gateway} is reachable and accepted the user name and password ({webhooks} webhooks registered); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="329"/>
        <source>The account {account} at {gateway} is active and accepted the credentials; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="330"/>
        <source>Aliyun SMS accepted the AccessKey and the signature {sign} is approved; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="331"/>
        <source>Aliyun SMS accepted the AccessKey, but the signature {sign} is still under review: messages will be refused until it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="332"/>
        <source>Aliyun SMS accepted the AccessKey, but the signature {sign} was rejected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="333"/>
        <source>Aliyun SMS accepted the AccessKey; the state of the signature {sign} is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="334"/>
        <source>{gateway} answers (HTTP {status}); the key of a generic profile is checked only by the first real message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="336"/>
        <source>No loan was chosen: select loans in the queue, or change the filter so it shows some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="337"/>
        <source>There is no loan {id} ({count} of the chosen loans are unknown): refresh the queue and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="338"/>
        <source>There is no loan with contract number {contract_no} ({count} unknown): check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="340"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="341"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="342"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="343"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="344"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="345"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="350"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="353"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="354"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="355"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="357"/>
        <source>{reports_stored} delivery report(s) stored; {messages_changed} message(s) now delivered or failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
