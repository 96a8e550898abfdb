<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="208"/>
        <source>Administrator account (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="209"/>
        <source>With an administrator, everyone signs in with a password and the records name who did what. Leave it empty to go on without accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="212"/>
        <source>e.g. wang (letters, to sign in with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="214"/>
        <source>e.g. 王经理 (shown in the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="217"/>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="221"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="222"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="223"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="224"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="240"/>
        <source>Type the account&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="244"/>
        <source>The two passwords are not the same: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../operator_app/ui/app.py" line="65"/>
        <source>New office database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/app.py" line="66"/>
        <source>There is no database at {path} yet.

Create a new, empty office database there? If the name is misspelt, do not create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/app.py" line="71"/>
        <source>Create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/app.py" line="72"/>
        <source>Do not create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/app.py" line="125"/>
        <source>Virtual modem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../operator_app/ui/backup_status.py" line="30"/>
        <source>Backup: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/backup_status.py" line="35"/>
        <source>The newest backup of this database, in the backups folder beside it. A backup is made on the first start of each day (setting backup.auto) or with: python main.py backup create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/backup_status.py" line="58"/>
        <source>No backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/backup_status.py" line="60"/>
        <source>Backup: today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/backup_status.py" line="62"/>
        <source>Backup: %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="53"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="54"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="55"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="56"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="101"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="115"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="59"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="116"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="60"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="61"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="64"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="71"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="65"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="57"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="66"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="58"/>
        <source>SMS parts: what the office pays for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="68"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="72"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="99"/>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="106"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="107"/>
        <source>Choose a message to read its whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="113"/>
        <source>Excluded loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="118"/>
        <source>Choose a batch on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="122"/>
        <source>SMS parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="127"/>
        <source>Second operator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="128"/>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="129"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="253"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="130"/>
        <source>Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="131"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="136"/>
        <source>Approver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/batches_page.py" line="204"/>
        <source>%n message(s) show a gap where the office&apos;s details go: create the batch again once they are set.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/batches_page.py" line="207"/>
        <source>%n message(s) fail the compliance check: approval is blocked until the template is fixed and the batch made again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="218"/>
        <source>Messages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="219"/>
        <source>Excluded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/batches_page.py" line="229"/>
        <source>%n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="247"/>
        <source>The checker signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="253"/>
        <source>Type the second operator&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="262"/>
        <source>The loan book may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="263"/>
        <source>Approve anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="292"/>
        <source>Export batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="293"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="47"/>
        <source>1: on hold, a dispute or complaint waits for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="48"/>
        <source>2: more than a month overdue (M2 and later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="49"/>
        <source>3: due today up to a month overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="58"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="60"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="61"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="62"/>
        <source>Phone as imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="63"/>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="65"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="67"/>
        <source>Why call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="103"/>
        <source>Search contract, name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="104"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="113"/>
        <source>Borrowers to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="123"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="131"/>
        <source>Priority: 1 on hold (a dispute or complaint to answer) · 2 more than a month overdue · 3 the rest; then the most days overdue, then the most owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/calls_page.py" line="147"/>
        <source>%n borrower(s) to call</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="150"/>
        <source>Export call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="151"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="167"/>
        <source>Exporting the call list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="44"/>
        <source>Sent, no report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="45"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="76"/>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="104"/>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="76"/>
        <source>Overdue loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="76"/>
        <source>Overdue amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="77"/>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="77"/>
        <source>Messages waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="78"/>
        <source>Batches to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="90"/>
        <source>Loans and amounts by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="92"/>
        <source>By stage (click one to open the queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="96"/>
        <source>No loan sheet imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="97"/>
        <source>Go to &lt;a href=&quot;import&quot;&gt;Import&lt;/a&gt; and bring in the office&apos;s loan sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="98"/>
        <source>Each import adds a bar here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="112"/>
        <source>Nothing sent in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="113"/>
        <source>Create a batch on the &lt;a href=&quot;queue&quot;&gt;Queue&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="114"/>
        <source>Have it approved on &lt;a href=&quot;batches&quot;&gt;Batches&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="115"/>
        <source>Send it on &lt;a href=&quot;sending&quot;&gt;Sending&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="122"/>
        <source>Paid within 7 days, by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="123"/>
        <source>Once messages have gone out, this shows who paid within 7 days of one, by stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="124"/>
        <source>Start on the &lt;a href=&quot;queue&quot;&gt;Queue&lt;/a&gt;: create a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="95"/>
        <source>Overdue at each import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="99"/>
        <source>Overdue trend across imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="102"/>
        <source>Trend shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="103"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="111"/>
        <source>Sending results, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="116"/>
        <source>Sending results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="118"/>
        <source>Opt-outs and holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="125"/>
        <source>Effectiveness by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="127"/>
        <source>Import the loan sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="128"/>
        <source>Create a batch on the Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="152"/>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="237"/>
        <source>Opted out: %1 (%2 in the last 30 days) · On hold: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="241"/>
        <source>%1: %2 paid within 7 days of %3 messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="206"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="102"/>
        <source>Where the office&apos;s data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="103"/>
        <source>One desk: a file on this computer. Several desks: one PostgreSQL server they all reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="104"/>
        <source>On this computer (one desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="106"/>
        <source>A database file in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="109"/>
        <source>On a PostgreSQL server (several desks share it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="114"/>
        <source>e.g. 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="122"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="128"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="129"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="130"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="131"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="132"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="137"/>
        <source>The password is kept in this computer&apos;s secret store, never in a file of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="167"/>
        <source>Fill in the server and the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="170"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="181"/>
        <source>Connected: the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="182"/>
        <source>Connected: this database already holds the office 【%1】. This desk joins it as it is (the first page&apos;s details are not used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="197"/>
        <source>Test the connection first: it must answer before the office is set up there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelayedProgress</name>
    <message>
        <location filename="../../operator_app/ui/ops.py" line="65"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/ops.py" line="67"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/ops.py" line="90"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../operator_app/ui/dialogs.py" line="25"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/dialogs.py" line="26"/>
        <source>Your name (it is written in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/dialogs.py" line="43"/>
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
    <name>FaultBanner</name>
    <message>
        <location filename="../../operator_app/ui/pages/fault_banner.py" line="24"/>
        <source>Sending stopped: the transport needs you. The messages not sent are still waiting; send again once it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/fault_banner.py" line="32"/>
        <source>Transport problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/fault_banner.py" line="33"/>
        <source>Open Settings → Transports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="35"/>
        <source>Operator accounts (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="36"/>
        <source>Today anyone at this PC works under a name they type. Create the administrator account to have everyone sign in with a password; the administrator then adds the other accounts (users add). You may also go on without accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="41"/>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="54"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="42"/>
        <source>e.g. wang (letters, to sign in with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="44"/>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="55"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="45"/>
        <source>e.g. 王经理 (shown in the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="48"/>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="56"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="49"/>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="52"/>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="57"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="58"/>
        <source>Create the administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="84"/>
        <source>Type the account&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="88"/>
        <source>The two passwords are not the same: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../operator_app/ui/first_run.py" line="23"/>
        <source>Set up the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run.py" line="46"/>
        <source>Setting the office up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="36"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="37"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="38"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="39"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="40"/>
        <location filename="../../operator_app/ui/pages/history_page.py" line="76"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="41"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="42"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="77"/>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="83"/>
        <source>Search contract, number or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="84"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="93"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="105"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/history_page.py" line="121"/>
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../operator_app/ui/idle_lock.py" line="102"/>
        <source>Nobody used the app for a while, so it was locked. Sign in to go on, as %1 or as another account. Work already running goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="44"/>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="45"/>
        <source>Borrower name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="46"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="47"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="48"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="49"/>
        <source>Disbursed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="50"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="51"/>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="52"/>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="53"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="54"/>
        <source>Installment no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="55"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="103"/>
        <source>Import the loan book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="105"/>
        <source>Choose the borrower spreadsheet the office keeps (.xlsx, .xls or .csv), or drop it on this page. Nothing is written before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="108"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="132"/>
        <source>Import borrower spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="133"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="153"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="161"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="164"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="165"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="165"/>
        <source>Column in the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="170"/>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="174"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="176"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="181"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="201"/>
        <source>%1 · header on row %2 · %3 data row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="213"/>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="238"/>
        <source>In the first %1 rows: %2 would be rejected, %3 problem(s) in all (highlighted; point at a cell for the reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="267"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="268"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="295"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="313"/>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="324"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="325"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="325"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="325"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="328"/>
        <source>Save problems as .xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="330"/>
        <source>Import another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="360"/>
        <source>Save problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="361"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="377"/>
        <source>Problems saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="378"/>
        <source>Saving the problems…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="53"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="55"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="57"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="58"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="59"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="60"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="95"/>
        <source>Search number, name, contract or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="96"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="105"/>
        <source>modem:auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="106"/>
        <source>Modem to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="107"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="108"/>
        <source>Read the replies waiting on the modem&apos;s SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="112"/>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="126"/>
        <source>Opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="127"/>
        <source>Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="128"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="129"/>
        <source>Contact wishes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="130"/>
        <source>The reply asks for certain hours, working days, fewer messages or calls only: record it for this borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="138"/>
        <source>Modem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="179"/>
        <source>Type the modem first (for example modem:auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="183"/>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="191"/>
        <source>Reading the replies on the SIM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="195"/>
        <source>%n new reply(s): %1 opted out, %2 put on hold.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="213"/>
        <source>%1 is opted out: no more messages to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="220"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="220"/>
        <source>Why hold this borrower?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="225"/>
        <source>%1 is on hold: nothing is sent until released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="233"/>
        <source>%1 is released: messages may go again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="244"/>
        <source>Reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../operator_app/ui/idle_lock.py" line="37"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/idle_lock.py" line="43"/>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="90"/>
        <source>Collections SMS desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="139"/>
        <source>No modem configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="140"/>
        <location filename="../../operator_app/ui/main_window.py" line="320"/>
        <source>Connecting to the modem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="61"/>
        <source>总览 Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="62"/>
        <source>导入 Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="63"/>
        <source>逾期队列 Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="64"/>
        <source>批次 Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="65"/>
        <source>发送 Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="66"/>
        <source>历史 History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="67"/>
        <source>收件箱 Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="68"/>
        <source>模板 Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="69"/>
        <source>通话名单 Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="70"/>
        <source>设置 Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="110"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="138"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="149"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="150"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="200"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="165"/>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="253"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="254"/>
        <source>Last import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="256"/>
        <source>The loan book is out of date: import the latest sheet before approving a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/main_window.py" line="258"/>
        <source>%n message(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="267"/>
        <source>Audit trail: intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="267"/>
        <source>Audit trail: broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="276"/>
        <source>Audit trail: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="306"/>
        <source>Filling the demo office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="325"/>
        <source>%1 %2 · signal %3/5 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="329"/>
        <source>no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="331"/>
        <source>Signal %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="335"/>
        <source>Modem not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeDetailsForm</name>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="41"/>
        <source>Your office&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="42"/>
        <source>Every SMS starts with the office&apos;s name and gives a phone number to call. Fill them in before the first batch can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="47"/>
        <source>2-12 characters, e.g. 安信小贷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="48"/>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="62"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="53"/>
        <source>e.g. 0571-88886666 or 400-800-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="54"/>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="64"/>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="56"/>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="65"/>
        <source>Where borrowers pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="60"/>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="66"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="67"/>
        <source>Save office details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="98"/>
        <source>Each SMS starts with 【%1】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="99"/>
        <source>Each SMS starts with the signature in 【】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="114"/>
        <source>Saved. Messages now start with 【%1】.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="46"/>
        <source>Your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="47"/>
        <source>Every SMS starts with the office&apos;s signature in 【】 and gives a phone number to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="50"/>
        <source>e.g. 杭州安信小额贷款有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="53"/>
        <source>2-12 characters, e.g. 安信小贷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="55"/>
        <source>e.g. 0571-88886666 or 400-800-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="60"/>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="61"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="62"/>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="63"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="71"/>
        <source>Type the office&apos;s full name (up to 60 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="72"/>
        <source>The signature is 2-12 characters without 【】, e.g. 安信小贷.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="73"/>
        <source>Type the phone number borrowers call, e.g. 0571-88886666 or 400-800-1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="75"/>
        <source>That is not a time zone: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrefsDialog</name>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="47"/>
        <source>Contact preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="49"/>
        <source>%1 (%2): as the borrower asked, in a reply or on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="52"/>
        <source>No SMS at all: call instead (the loan goes on the call list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="54"/>
        <source>Working days only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="56"/>
        <source>Only between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="58"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="59"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="67"/>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="71"/>
        <source> message(s) in 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="74"/>
        <source>e.g. reply of 3 Dec: please only in the evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="76"/>
        <source>Within the office&apos;s own send window and caps; a message already approved waits for these hours at sending, or is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="93"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="95"/>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="34"/>
        <source>Export personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="35"/>
        <source>Everything the office holds about this loan&apos;s borrower, as a workbook (the borrower&apos;s right to a copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="37"/>
        <source>Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="38"/>
        <source>Erase this borrower&apos;s name, mobile, ID digits, message texts and replies; amounts and dates are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="58"/>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="59"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="79"/>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="84"/>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="80"/>
        <source>Why (e.g. the borrower&apos;s request and its date)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="85"/>
        <source>Erase the personal data of the borrower of %1, with all their loans? Their name, mobile, ID digits, message texts and replies are replaced; amounts and dates stay. This cannot be undone, and backups made before still hold them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="78"/>
        <source>Search contract, name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="80"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="82"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="83"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="87"/>
        <source>Days past due from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="87"/>
        <source>Days past due to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="93"/>
        <source>Outstanding from (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="94"/>
        <source>Outstanding to (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="101"/>
        <source>Needs action only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="102"/>
        <source>Overdue loans and loans due within the reminder days. Untick to see every loan, paid and not yet due ones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="106"/>
        <source>With contact wishes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="107"/>
        <source>Borrowers who asked for working days only, certain hours, fewer messages or no SMS (set from a reply or a call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="110"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="116"/>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="120"/>
        <source>Amount ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="128"/>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="155"/>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="180"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="160"/>
        <source>Contact wishes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="161"/>
        <source>What the borrower asked for in a reply or a call: working days only, certain hours, fewer messages, or no SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="165"/>
        <source>Create batch from this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="166"/>
        <source>Plans today&apos;s messages for the loans the queue shows (the whole book when nothing is filtered); a second operator approves them on the Batches page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="170"/>
        <source>Create batch from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="171"/>
        <source>Plans today&apos;s messages for the selected loans only (Ctrl or Shift + click to select several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/queue_page.py" line="209"/>
        <source>%n loan(s)</source>
        <translation type="unfinished">
            <numerusform>%n loan</numerusform>
            <numerusform>%n loans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="273"/>
        <source>No SMS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="276"/>
        <source>Borrower&apos;s wishes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="311"/>
        <source>Nothing sent, paid or replied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="317"/>
        <source>This loan gets no message at this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="344"/>
        <source>Contact wishes of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendStates</name>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="30"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="30"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="31"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="31"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="32"/>
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
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="31"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="32"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="33"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="34"/>
        <source>Why unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="35"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="66"/>
        <source>Messages in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="70"/>
        <source>It went: mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="71"/>
        <source>It did not go: mark failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="72"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="70"/>
        <source>Approved batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="78"/>
        <source>e.g. modem:auto or emulator: (several: separate with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="79"/>
        <source>Pick a transport saved in Settings, or type one (several: separate with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="80"/>
        <source>Transports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="81"/>
        <source>Start sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="82"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="83"/>
        <source>Pauses after the message in hand; Resume goes on with the same batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="84"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="85"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="86"/>
        <source>Stops after the message in hand: nothing is cut mid-send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="93"/>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="95"/>
        <source>Choose an approved batch and the transport, then start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="101"/>
        <source>Every message of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="122"/>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="124"/>
        <source>Transports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="131"/>
        <source>Every message of the batch, as it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="83"/>
        <source>Messages in doubt (the app cannot know whether they went)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="164"/>
        <source>Batch %1 for %2 (%3, %4 messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="211"/>
        <source>The message states could not be read just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="216"/>
        <source>No batch chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="217"/>
        <source>This batch has no messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="220"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="112"/>
        <source>%n message(s) in doubt: ask the borrower or check the carrier&apos;s records, then mark each one sent or failed, or send it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="115"/>
        <source>None: every message is accounted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="248"/>
        <source>Type the transport first (for example modem:auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="267"/>
        <source>Opening the transport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="281"/>
        <source>Pausing after the message in hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="287"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="292"/>
        <source>Stopping after the message in hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="302"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="305"/>
        <source>about %1 min %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="319"/>
        <source>Paused: Resume goes on with this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="332"/>
        <source>Sending stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="339"/>
        <source>Stopped by you. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="340"/>
        <source>Sent now: %1. In this batch: %2 sent (%3 delivered), %4 failed, %5 in doubt, %6 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="346"/>
        <source>%1 cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/sending_page.py" line="350"/>
        <source>%n message(s) cannot go before their day&apos;s sending hours end at %1: they will be cancelled as expired, and the next day&apos;s batch plans them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/sending_page.py" line="354"/>
        <source>%n message(s) wait (%1) until %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="357"/>
        <source>%1 paused until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="361"/>
        <source>Nothing left to send in this batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="42"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="43"/>
        <source>Sending window and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="44"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="45"/>
        <source>Batches, lint and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="14"/>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="15"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="16"/>
        <source>Signature 【…】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="17"/>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="18"/>
        <source>Where borrowers pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="19"/>
        <source>Send from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="20"/>
        <source>Send until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="21"/>
        <source>Working days only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="22"/>
        <source>Messages per borrower a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="23"/>
        <source>Messages per borrower a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="24"/>
        <source>Same text not again within (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="25"/>
        <source>Reminder days before due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="26"/>
        <source>Grace days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="27"/>
        <source>Grace days for repeat offenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="28"/>
        <source>M1 ends at day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="29"/>
        <source>M2 ends at day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="30"/>
        <source>M3 ends at day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="31"/>
        <source>Minimum payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="32"/>
        <source>Loan book stale after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="33"/>
        <source>Most SMS parts per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="34"/>
        <source>Call after messages without response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="35"/>
        <source>Back up daily on the first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="36"/>
        <source>Keep texts of closed loans (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="46"/>
        <source>Backups and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="89"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="91"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="96"/>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="98"/>
        <source>Language (after a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="103"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="143"/>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="150"/>
        <source>Default: %1 · accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="177"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="190"/>
        <source>Waiting for a second person to confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="192"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="207"/>
        <source>The language changes the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../operator_app/ui/sign_in_dialog.py" line="21"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/sign_in_dialog.py" line="23"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/sign_in_dialog.py" line="26"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/sign_in_dialog.py" line="33"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/sign_in_dialog.py" line="34"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/sign_in_dialog.py" line="39"/>
        <source>This office has operator accounts: sign in to work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsBubble</name>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="55"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/bubble.py" line="84"/>
        <source>%1 · %n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/bubble.py" line="85"/>
        <source>%n character(s) left in this part</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="87"/>
        <source>UCS-2 because of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="94"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="94"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="97"/>
        <source>No compliance problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="61"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="62"/>
        <source>not checked in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="69"/>
        <source>the gateway answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="57"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="58"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="59"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="60"/>
        <source>Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="76"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="83"/>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="88"/>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="107"/>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="93"/>
        <source>Double-click to insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="98"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="121"/>
        <source>Preview on a sample borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="156"/>
        <source>%1 (%2), version %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="183"/>
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
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="36"/>
        <source>GSM modem (serial port or TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="37"/>
        <source>Virtual modem (this PC, sends nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="38"/>
        <source>Kannel SMS gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="39"/>
        <source>Android phone (android-sms-gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="40"/>
        <source>Aliyun SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="41"/>
        <source>Twilio-compatible API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="42"/>
        <source>Other HTTP platform (.toml profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="46"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="48"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="46"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="49"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="47"/>
        <source>Sender (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="50"/>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="51"/>
        <source>AccessKey secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="52"/>
        <source>Approved signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="53"/>
        <source>Account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="53"/>
        <source>Auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="54"/>
        <source>From number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="73"/>
        <source>Edit transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="73"/>
        <source>Add a transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="76"/>
        <source>e.g. office-modem (letters, digits, - and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="85"/>
        <source>COM3, /dev/ttyUSB0, socket://HOST:PORT or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="86"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="115"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="87"/>
        <source>Ask every port in the list for a modem (AT) and pick the one that answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="96"/>
        <source>from the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="98"/>
        <source>0 = no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="100"/>
        <source>name=value&amp;name=value (e.g. callback=0.0.0.0:8099)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="110"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="129"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="110"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="129"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="110"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="129"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="111"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="130"/>
        <source>Speed (baud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="111"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="130"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="194"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="112"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="112"/>
        <source>Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="113"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="113"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="131"/>
        <source>Seconds between messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="114"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="132"/>
        <source>Messages a day at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="114"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="132"/>
        <source>Other options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="115"/>
        <source>Probe or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="138"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="139"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="183"/>
        <source>saved on this computer: leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="185"/>
        <source>not saved on this computer: type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="194"/>
        <source>Profile file (.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="202"/>
        <source>SIM PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="203"/>
        <source>Probe the modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="203"/>
        <source>Test the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="205"/>
        <source>A modem simulated inside this program: for training and trying out. Nothing reaches a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="207"/>
        <source>The profile file describes the platform&apos;s API; its key comes from the variable or keyring entry the file names. The test only checks that the address answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="209"/>
        <source>The test sends Kannel a request without a recipient: it checks the user name and password, and nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="211"/>
        <source>The test lists the phone&apos;s webhooks: it checks the user name and password, and nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="213"/>
        <source>The test asks Aliyun about the signature (QuerySmsSign): it checks the AccessKey and whether the signature is approved. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="215"/>
        <source>The test reads the account&apos;s own record: it checks the SID and token. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="217"/>
        <source>The probe asks the modem for its network, signal and registration. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="263"/>
        <source>Asking the modem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="264"/>
        <source>Asking the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="290"/>
        <source>Looking for a modem on %n port(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="302"/>
        <source>A modem answers on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="332"/>
        <source>%1 · signal %2 %3/5 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="333"/>
        <source>no operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="335"/>
        <source>registered on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="336"/>
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
        <location filename="../../operator_app/ui/pages/transports_box.py" line="174"/>
        <source>Delete transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="175"/>
        <source>Delete the transport %1 and forget its password on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="185"/>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="199"/>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="219"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportsStatus</name>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="89"/>
        <source>Saved transports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="110"/>
        <source>Saved transports: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../operator_app/ui/pages/welcome_page.py" line="21"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/welcome_page.py" line="27"/>
        <source>This database holds no loans yet. Import the office&apos;s borrower spreadsheet to start, or try the app on a demo office with made-up borrowers and a virtual modem (nothing leaves this PC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/welcome_page.py" line="31"/>
        <source>Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/welcome_page.py" line="32"/>
        <source>Open the demo office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../operator_app/ui/words.py" line="29"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="30"/>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="31"/>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="32"/>
        <source>on hold until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="33"/>
        <source>contact wishes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../operator_app/cli_words.py" line="19"/>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="20"/>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="21"/>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="22"/>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="23"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="24"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="25"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="26"/>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="27"/>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="28"/>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="29"/>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="30"/>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="31"/>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="32"/>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="33"/>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="34"/>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="35"/>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="36"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="37"/>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="38"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="39"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="40"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../operator_app/cli.py" line="90"/>
        <source>Collections SMS desk: import loan sheets, plan, approve and send reminder messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="92"/>
        <source>print the app&apos;s version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="93"/>
        <source>database: a file path, sqlite:///FILE or postgresql+psycopg://HOST/NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="94"/>
        <source>open a generated demo office with a virtual modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="95"/>
        <source>language of messages: zh_CN (Chinese, the default) or en (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="96"/>
        <source>show the technical details (tracebacks) of an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="97"/>
        <source>sign in as this account; the password from OPERATOR_APP_PASSWORD, else asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="98"/>
        <location filename="../../operator_app/cli.py" line="131"/>
        <location filename="../../operator_app/cli.py" line="145"/>
        <location filename="../../operator_app/cli_backup.py" line="23"/>
        <location filename="../../operator_app/cli_batches.py" line="24"/>
        <location filename="../../operator_app/cli_batches.py" line="50"/>
        <location filename="../../operator_app/cli_batches.py" line="63"/>
        <location filename="../../operator_app/cli_outbox.py" line="39"/>
        <location filename="../../operator_app/cli_outbox.py" line="50"/>
        <location filename="../../operator_app/cli_outbox.py" line="68"/>
        <location filename="../../operator_app/cli_privacy.py" line="19"/>
        <location filename="../../operator_app/cli_transports.py" line="24"/>
        <location filename="../../operator_app/cli_transports.py" line="43"/>
        <location filename="../../operator_app/cli_users.py" line="34"/>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="100"/>
        <source>import a borrower spreadsheet (.xlsx, .xls, .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="101"/>
        <source>the spreadsheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="102"/>
        <source>the sheet to read (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="104"/>
        <source>which column holds a field when its header is not recognised (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="105"/>
        <source>sheet kind: loan (one row per loan) or installment (one row per installment); detected when omitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="106"/>
        <source>read and check the sheet, write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="107"/>
        <source>write the problem rows to this workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="108"/>
        <source>who imports (for the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="109"/>
        <location filename="../../operator_app/cli.py" line="128"/>
        <location filename="../../operator_app/cli.py" line="142"/>
        <location filename="../../operator_app/cli.py" line="148"/>
        <location filename="../../operator_app/cli_batches.py" line="34"/>
        <location filename="../../operator_app/cli_batches.py" line="37"/>
        <location filename="../../operator_app/cli_batches.py" line="52"/>
        <location filename="../../operator_app/cli_batches.py" line="55"/>
        <location filename="../../operator_app/cli_batches.py" line="65"/>
        <location filename="../../operator_app/cli_batches.py" line="77"/>
        <location filename="../../operator_app/cli_outbox.py" line="30"/>
        <location filename="../../operator_app/cli_outbox.py" line="36"/>
        <location filename="../../operator_app/cli_outbox.py" line="53"/>
        <location filename="../../operator_app/cli_outbox.py" line="54"/>
        <location filename="../../operator_app/cli_outbox.py" line="78"/>
        <location filename="../../operator_app/cli_outbox.py" line="83"/>
        <location filename="../../operator_app/cli_transports.py" line="26"/>
        <location filename="../../operator_app/cli_transports.py" line="38"/>
        <location filename="../../operator_app/cli_transports.py" line="41"/>
        <location filename="../../operator_app/cli_users.py" line="42"/>
        <source>print the result as JSON (codes, for programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="111"/>
        <source>loans with outstanding amounts, days past due and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="112"/>
        <location filename="../../operator_app/cli_batches.py" line="75"/>
        <source>the day to look from (default: today in the office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="113"/>
        <source>only this stage: {stages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="116"/>
        <source>print the result as JSON (codes, amounts in fen, for programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="117"/>
        <source>print CSV for Excel (headers in the operator&apos;s language, amounts in yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="119"/>
        <source>generate the demo office into --db, else into the default database (data/operator.db), where `queue` and the GUI find it; an earlier demo there is replaced, a database holding the office&apos;s own loans is refused (exit 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="123"/>
        <source>how many loans (default: 3000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="124"/>
        <source>the demo&apos;s today (default: today in the office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="126"/>
        <source>the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="127"/>
        <source>verify: check that no entry was changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="130"/>
        <source>send one SMS directly (no loans involved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="132"/>
        <source>send one SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="133"/>
        <source>how to send: modem:PORT, emulator:, kannel:URL, … or a saved transport&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="134"/>
        <location filename="../../operator_app/cli_outbox.py" line="64"/>
        <source>the mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="135"/>
        <source>the text of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="136"/>
        <source>do not ask for a delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="138"/>
        <source>wait this long for delivery reports and print the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="139"/>
        <source>the provider&apos;s approved template (Aliyun SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="141"/>
        <source>a value of the provider&apos;s template (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="144"/>
        <source>GSM modem tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="146"/>
        <source>ask a modem who it is, its SIM and its signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="147"/>
        <source>modem:PORT, modem:auto, emulator: or a saved transport&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="149"/>
        <source>serve a virtual modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="151"/>
        <source>listen on this TCP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="152"/>
        <source>make a pseudo-terminal and link it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="153"/>
        <source>append every received message as a JSON line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="154"/>
        <source>the virtual SIM asks for this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="155"/>
        <source>+CMS ERROR on every Nth send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="157"/>
        <source>the +CMS ERROR code of --fail-every (e.g. 38: network out of order, temporary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="158"/>
        <source>act as a modem with no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="159"/>
        <source>act as unplugged after N messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="160"/>
        <source>answer each command this much later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="161"/>
        <source>sprinkle unsolicited ^RSSI lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="162"/>
        <source>refuse sends beyond this many a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="164"/>
        <source>drop the line on the Nth send before the prompt (nothing sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="166"/>
        <source>drop the line after accepting the Nth message, before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="168"/>
        <source>stop after this long (default: until Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="23"/>
        <source>reviewed batches: create, show, approve, cancel, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="25"/>
        <source>plan today&apos;s messages as a draft batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="26"/>
        <source>one template for every loan (default: each stage&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="27"/>
        <source>the day to plan for (default: today in the office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="32"/>
        <source>only this loan (may be given several times; the stages still apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="22"/>
        <source>back up the office&apos;s database file, check a backup, put one back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="24"/>
        <source>a consistent copy of the database, also while others work in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="26"/>
        <source>where to write it (default: the backups folder beside the database, named by the time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="27"/>
        <location filename="../../operator_app/cli_backup.py" line="32"/>
        <location filename="../../operator_app/cli_batches.py" line="33"/>
        <location filename="../../operator_app/cli_batches.py" line="40"/>
        <location filename="../../operator_app/cli_batches.py" line="44"/>
        <location filename="../../operator_app/cli_batches.py" line="60"/>
        <location filename="../../operator_app/cli_batches.py" line="69"/>
        <location filename="../../operator_app/cli_batches.py" line="72"/>
        <location filename="../../operator_app/cli_outbox.py" line="44"/>
        <location filename="../../operator_app/cli_outbox.py" line="47"/>
        <location filename="../../operator_app/cli_outbox.py" line="59"/>
        <location filename="../../operator_app/cli_outbox.py" line="62"/>
        <location filename="../../operator_app/cli_outbox.py" line="65"/>
        <location filename="../../operator_app/cli_outbox.py" line="77"/>
        <location filename="../../operator_app/cli_privacy.py" line="23"/>
        <location filename="../../operator_app/cli_privacy.py" line="28"/>
        <location filename="../../operator_app/cli_privacy.py" line="33"/>
        <location filename="../../operator_app/cli_transports.py" line="32"/>
        <location filename="../../operator_app/cli_transports.py" line="35"/>
        <source>who does it (for the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="28"/>
        <source>check a backup: intact, its schema, what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="29"/>
        <location filename="../../operator_app/cli_backup.py" line="31"/>
        <source>the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="30"/>
        <source>put a backup in place of the database (the replaced one is kept beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="29"/>
        <source>only loans in this stage (repeatable; default: every stage): {stages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="35"/>
        <source>every message of a batch and why loans were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="36"/>
        <location filename="../../operator_app/cli_batches.py" line="39"/>
        <location filename="../../operator_app/cli_batches.py" line="43"/>
        <location filename="../../operator_app/cli_batches.py" line="46"/>
        <location filename="../../operator_app/cli_outbox.py" line="25"/>
        <source>the batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="38"/>
        <source>the second person&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="41"/>
        <source>approve although the loan book is old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="42"/>
        <source>cancel a batch: its unsent messages are not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="45"/>
        <source>the batch as .xlsx for offline review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="47"/>
        <location filename="../../operator_app/cli_privacy.py" line="22"/>
        <source>the workbook to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="49"/>
        <source>message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="51"/>
        <source>every template, its language and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="53"/>
        <source>a template&apos;s text and its compliance findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="54"/>
        <location filename="../../operator_app/cli_batches.py" line="57"/>
        <source>the template&apos;s name, e.g. M1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="56"/>
        <source>a new version of a template from a .txt or .toml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="58"/>
        <source>the .txt or .toml file with the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="59"/>
        <source>the text&apos;s language: zh_CN (default) or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="62"/>
        <source>office settings (contact policy, stages, signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="64"/>
        <source>every setting and its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="66"/>
        <source>change one setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="67"/>
        <location filename="../../operator_app/cli_batches.py" line="71"/>
        <source>the setting&apos;s name as `settings show` prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="68"/>
        <source>its new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="70"/>
        <source>a second person confirms a pending contact-policy change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="74"/>
        <source>borrowers to phone: SMS cannot or did not reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="78"/>
        <source>write the list to this workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="24"/>
        <source>send an approved batch through one or more transports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="27"/>
        <source>how to send: modem:PORT, kannel:URL, … or a saved transport&apos;s name (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="28"/>
        <source>keep going through the send window, caps and backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="29"/>
        <source>who sends (for the audit trail; signed in with --user, the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="32"/>
        <source>the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="33"/>
        <source>only this batch&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="34"/>
        <source>only messages in this state: {states}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="38"/>
        <source>an operator&apos;s decision about one message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="40"/>
        <source>say what became of an unknown message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="41"/>
        <location filename="../../operator_app/cli_outbox.py" line="46"/>
        <source>the message number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="43"/>
        <source>sent (it went out) or failed (it did not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="45"/>
        <source>queue a failed or unknown message again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="49"/>
        <source>borrowers&apos; replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="51"/>
        <source>read the replies stored on a modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="52"/>
        <source>the modem: modem:PORT or a saved transport&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="56"/>
        <source>stop messages to a contract&apos;s borrower (dispute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="57"/>
        <location filename="../../operator_app/cli_outbox.py" line="61"/>
        <source>the contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="58"/>
        <source>why (kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="60"/>
        <source>end a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="63"/>
        <source>a number asked for no more messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="67"/>
        <source>a borrower&apos;s own wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="69"/>
        <source>show or change a borrower&apos;s contact preferences (from a reply or a call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="70"/>
        <source>the contract number, or the borrower&apos;s mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="71"/>
        <source>only on working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="72"/>
        <source>only between these times, e.g. 18:00-20:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="73"/>
        <source>at most N messages in 7 days (0: no limit of their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="74"/>
        <source>no SMS at all: call instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="75"/>
        <source>remove the preferences first (then apply any given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="76"/>
        <source>where the wish came from (a reply, a call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="80"/>
        <source>effectiveness per stage and template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="81"/>
        <source>the first day counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="82"/>
        <source>the last day counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="23"/>
        <source>saved transports (modems, gateways) with their secrets in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="25"/>
        <source>the saved transports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="27"/>
        <source>save (or replace) a transport under a name; its password goes to the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="28"/>
        <source>the transport&apos;s name: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="29"/>
        <source>how to send: modem:PORT, kannel:URL, android-gateway:URL, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="31"/>
        <source>read the password or PIN from the first line of stdin (keeps it out of the shell history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="33"/>
        <source>delete a saved transport and its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="34"/>
        <location filename="../../operator_app/cli_transports.py" line="37"/>
        <source>the transport&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="36"/>
        <source>probe a saved modem or test a saved gateway (nothing is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="39"/>
        <source>this computer&apos;s serial ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="40"/>
        <source>also say which one a modem answers on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="42"/>
        <source>the office&apos;s ID-number key, kept on each workstation (never in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="44"/>
        <source>print this office&apos;s key, to carry to another workstation of the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="45"/>
        <source>keep this office&apos;s key on this computer (read from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="33"/>
        <source>operator accounts: who may sign in and what they may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="35"/>
        <source>add an account (the office&apos;s first must be an admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="36"/>
        <source>the name to sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="38"/>
        <source>clerk (import, plan, hold), approver (+ approve, send, resolve) or admin (+ accounts, settings, transports, templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="39"/>
        <source>the name shown on screen (default: NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="40"/>
        <location filename="../../operator_app/cli_users.py" line="49"/>
        <source>read the new password from the first line of stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="41"/>
        <source>every account, its role and whether it is disabled or locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="43"/>
        <source>stop an account from signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="44"/>
        <source>let a disabled account sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="46"/>
        <location filename="../../operator_app/cli_users.py" line="48"/>
        <source>the account&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="47"/>
        <source>set an account&apos;s password (an admin, or the account itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="18"/>
        <source>borrowers&apos; rights: a copy of a borrower&apos;s data, erasure, retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="20"/>
        <source>everything the office holds about a borrower, as a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="21"/>
        <source>a contract number, or the borrower&apos;s mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="24"/>
        <location filename="../../operator_app/cli_privacy.py" line="29"/>
        <location filename="../../operator_app/cli_privacy.py" line="34"/>
        <source>print the result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="25"/>
        <source>erase a borrower&apos;s personal data; amounts and dates are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="26"/>
        <source>a contract number of the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="27"/>
        <source>why (e.g. the borrower&apos;s request and its date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="30"/>
        <source>remove the texts of loans closed longer ago than the retention setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="31"/>
        <source>loans closed before this day (default: privacy.retention_months ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="32"/>
        <source>count only, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../operator_app/i18n.py" line="33"/>
        <source>File not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="34"/>
        <source>The file {path} is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="35"/>
        <source>{path} is not a spreadsheet: use .xlsx, .xls or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="36"/>
        <source>{path} is password-protected: open it in Excel, remove the password and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="37"/>
        <source>{path} cannot be read as a spreadsheet (damaged or not a spreadsheet): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="38"/>
        <source>{path}: the text encoding is not UTF-8 or GB18030; save it as CSV UTF-8 from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="39"/>
        <source>No sheet named &quot;{sheet}&quot;; the sheets are: {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="40"/>
        <source>No header row found in the first 30 rows; name the columns with --map field=header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="41"/>
        <source>No contract number column among: {headers}. Use --map contract_no=&lt;header&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="42"/>
        <source>--map needs field=header, got &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="43"/>
        <source>Unknown field &quot;{field}&quot;; the fields are: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="44"/>
        <source>No column &quot;{header}&quot; in the header row: {headers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="45"/>
        <source>An installment sheet needs a contract number, an installment number, a due date and an amount due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="53"/>
        <source>Cannot write the report {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="55"/>
        <source>Cannot open the database {url}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="56"/>
        <source>The database folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="59"/>
        <source>Not a date: &quot;{value}&quot; (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="61"/>
        <source>Totals row skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="62"/>
        <source>No contract number: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="63"/>
        <source>The contract number is too long to be one: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="64"/>
        <source>&quot;{value}&quot; is not an amount of money: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="65"/>
        <source>No amount due: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="66"/>
        <source>&quot;{value}&quot; is not a date: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="67"/>
        <source>No due date: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="68"/>
        <source>&quot;{value}&quot; is not an installment number: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="69"/>
        <source>No name: the loan is kept but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="70"/>
        <source>The name has {length} characters, too long to be a name: the loan is kept but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="71"/>
        <source>No phone number: the loan is kept but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="72"/>
        <source>&quot;{value}&quot; is a landline: the loan is kept for a phone call but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="73"/>
        <source>&quot;{value}&quot; is not a valid mobile number: the loan is kept but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="74"/>
        <source>Contract {contract_no} also on row {first_row}: the rows were merged into one loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="76"/>
        <source>Read {rows_read} rows: {loans_created} loans created, {loans_updated} updated, {loans_unchanged} unchanged, {installments} installments written; {rejected} rows rejected, {warnings} warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="78"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="79"/>
        <source>Problem rows written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="80"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="81"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="82"/>
        <source>Unexpected error: {detail} (run with --debug for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="83"/>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="86"/>
        <source>Unknown or bad transport option &quot;{option}&quot; (baud, pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="87"/>
        <source>The modem transport needs a port, e.g. modem:/dev/ttyUSB0 or modem:COM3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="88"/>
        <source>No modem answered on any serial port: check the cable and the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="90"/>
        <source>Nothing on {port} answers AT commands: is it the modem&apos;s AT port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="92"/>
        <source>The SIM card rejected the PIN. Check it before trying again: three wrong PINs lock the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="93"/>
        <source>The SIM card is locked and needs its PUK code: unlock it in a phone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="94"/>
        <source>The SIM card is not ready ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="95"/>
        <source>The modem on {port} is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="96"/>
        <source>The modem did not answer {command} within {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="97"/>
        <source>The modem went away (unplugged?): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="98"/>
        <source>The modem refused {command}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="99"/>
        <source>Only {sent} of {parts} parts were sent (references {references}) before the modem failed; the rest were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="104"/>
        <source>No modem in the pool can send right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="105"/>
        <source>The text needs {parts} parts; at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="107"/>
        <source>&quot;{number}&quot; is not a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="108"/>
        <source>Sent to {to}: {parts} part(s), {encoding}, references {references}; status: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="109"/>
        <source>Virtual modem ready on {where}. Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="110"/>
        <source>{manufacturer} {model} (firmware {revision}), IMEI {imei}, SIM {sim}; signal {signal_dbm} dBm ({bars}/5), registered: {registered}, operator: {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="111"/>
        <source>Audit trail intact: {entries} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="113"/>
        <source>Audit trail broken at entry {entry}: an entry was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="119"/>
        <source>Demo office created in {path}: {loans} loans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="121"/>
        <source>The modem {port} stopped answering after part {part} of {parts} was handed to it: the message may have been sent. It will not be sent again automatically; check before resending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="122"/>
        <source>The modem took the message but its answer never came: it may have been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="123"/>
        <source>A {kind} transport is not a modem: only modem: and emulator: can be probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="85"/>
        <source>Unknown transport &quot;{spec}&quot;: use modem:PORT, modem:auto, emulator:, kannel:URL, android-gateway:URL, aliyun:URL, twilio:URL or http:PROFILE.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="124"/>
        <source>This transport is not understood (it is not shown, as it may hold a password): use modem:PORT, modem:auto, emulator:, kannel:URL, android-gateway:URL, aliyun:URL, twilio:URL or http:PROFILE.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="125"/>
        <source>The transport&apos;s options cannot be read (they are not shown, as they may hold a password): write them as ?name=value&amp;name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="126"/>
        <source>The text is empty: there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="127"/>
        <location filename="../../operator_app/i18n.py" line="380"/>
        <location filename="../../operator_app/i18n.py" line="444"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="128"/>
        <location filename="../../operator_app/i18n.py" line="381"/>
        <location filename="../../operator_app/i18n.py" line="445"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="129"/>
        <source>waiting for the delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="130"/>
        <source>not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="131"/>
        <source>GSM 7-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="132"/>
        <source>UCS-2 (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="133"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="134"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="349"/>
        <source>Batch {batch} ({status}): {sent_now} sent now; in all {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="350"/>
        <source>{count} {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="447"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="136"/>
        <source>{manufacturer} {model} (firmware {revision}), IMEI {imei}, SIM {sim}; no signal, registered: {registered}, operator: {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="139"/>
        <source>Bad usage: {detail} (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="140"/>
        <source>{path} is a folder, not a database file: give a file name, e.g. {path}/operator.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="141"/>
        <source>{path} is not a database file (SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="142"/>
        <source>&quot;{url}&quot; is not a database: use a file path, sqlite:///FILE or postgresql+psycopg://HOST/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="143"/>
        <source>{path} already holds {loans} loans of the office&apos;s own: the demo goes only into an empty database. Name another one with --db, e.g. --db data/demo.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="144"/>
        <source>See it with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="168"/>
        <source>The database {url} has schema version {revision}, which this version of the app does not know (written by a newer one?): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="169"/>
        <source>Unknown stage &quot;{stage}&quot;; the stages are: {stages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="170"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="171"/>
        <location filename="../../operator_app/i18n.py" line="283"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="172"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="173"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="174"/>
        <source>First unpaid due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="175"/>
        <location filename="../../operator_app/i18n.py" line="286"/>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="176"/>
        <location filename="../../operator_app/i18n.py" line="276"/>
        <location filename="../../operator_app/i18n.py" line="549"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="177"/>
        <source>Excluded because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="178"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="179"/>
        <location filename="../../operator_app/i18n.py" line="291"/>
        <source>not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="180"/>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="181"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="182"/>
        <source>grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="183"/>
        <source>M1 (1-30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="184"/>
        <source>M2 (31-60 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="185"/>
        <source>M3 (61-90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="186"/>
        <source>M3+ (over 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="187"/>
        <location filename="../../operator_app/i18n.py" line="290"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="292"/>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="294"/>
        <source>number shared by several borrowers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="288"/>
        <location filename="../../operator_app/i18n.py" line="365"/>
        <location filename="../../operator_app/i18n.py" line="383"/>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="189"/>
        <source>An HTTP gateway profile is a .toml file: http:PROFILE.toml, got &quot;{path}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="190"/>
        <source>The {kind} gateway needs an http:// or https:// address with a host, got &quot;{url}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="191"/>
        <source>Unknown gateway option &quot;{option}&quot;; the options are: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="192"/>
        <source>The gateway option {option} needs a number of zero or more, got &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="193"/>
        <source>No password in the transport and no system keyring on this computer: set the environment variable {env} or put the password in the transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="194"/>
        <source>The system keyring could not be read ({detail}): set the environment variable {env} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="195"/>
        <source>No password for {account}: store it in the system keyring (service {service}) or set the environment variable {env}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="200"/>
        <source>The connection to {gateway} broke after the message was handed over ({detail}): it may have been sent. It will not be sent again automatically; check and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="201"/>
        <source>The gateway {gateway} is busy (HTTP {status}); nothing was sent, try again in {retry_after} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="202"/>
        <source>The callback address {address} cannot be used ({detail}): use HOST:PORT with a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="205"/>
        <source>The gateway {gateway} cannot route messages to {to}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="206"/>
        <source>The gateway {gateway} rejected the message (HTTP {status}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="207"/>
        <source>The gateway {gateway} says {to} is not a valid number: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="208"/>
        <source>{to} has unsubscribed (replied STOP) at the gateway {gateway}: the message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="209"/>
        <source>The gateway {gateway} refused the account, signature or template ({code}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="106"/>
        <source>The text has {parts} parts; parts {asked} were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="204"/>
        <source>The gateway {gateway} had an error (HTTP {status}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="210"/>
        <source>The gateway {gateway} is limiting sends ({code}); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="211"/>
        <source>The gateway {gateway} only sends templates approved in advance: give this message&apos;s template the provider&apos;s template code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="212"/>
        <source>The gateway {gateway} gave an answer we cannot read (HTTP {status}): the message may have been sent. It will not be sent again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="213"/>
        <source>The gateway profile {path} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="214"/>
        <source>The gateway profile {path} has a bad or missing setting &quot;{field}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="215"/>
        <source>The {kind} gateway needs {option}=… in the transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="216"/>
        <source>Unknown character set &quot;{value}&quot;: use UTF-8 or UTF-16BE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="217"/>
        <source>--param needs NAME=VALUE, got &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="219"/>
        <source>Say who you are with --by NAME (1 to 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="220"/>
        <source>OPERATOR_APP_NOW is not a timestamp: &quot;{value}&quot; (use e.g. 2026-11-27T09:00:00+08:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="221"/>
        <source>Unknown setting &quot;{key}&quot;; the settings are: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="222"/>
        <source>&quot;{value}&quot; is not a valid value for {key} (expected: {hint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="223"/>
        <source>{key} = {value} does not fit the other settings: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="224"/>
        <source>Saved: {key} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="225"/>
        <source>default {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="229"/>
        <source>not set: no batch is approved until it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="230"/>
        <source>The template does not parse (line {line}): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="231"/>
        <source>The template uses {names}, which are not allowed; the variables are: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="232"/>
        <source>The template uses {names}, which are not allowed; the filters are: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="233"/>
        <source>The template cannot be filled in: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="234"/>
        <source>The template uses {names}, which an SMS template may not: only text, variables, filters and conditions (if).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="237"/>
        <source>Unknown template &quot;{key}&quot;; the templates are: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="238"/>
        <source>Unknown language &quot;{locale}&quot;; use one of: {locales}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="239"/>
        <source>Cannot read the template file {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="240"/>
        <source>The provider section &quot;{provider}&quot; needs a code and a params table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="241"/>
        <source>The template file {path} has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="242"/>
        <source>Template {key} ({locale}) saved as version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="243"/>
        <source>Template {key} ({locale}) fails the compliance check, so it was saved as draft version {version} and the live version {active} is unchanged: {findings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="244"/>
        <source>{errors} lint error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="245"/>
        <source>There is no batch {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="246"/>
        <source>Batch {id} is {status}: only a draft can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="247"/>
        <source>{name} created batch {id} and cannot also approve it: a second person must check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="248"/>
        <source>Batch {id} was planned for {as_of}, not for today ({today}): create a new batch for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="252"/>
        <source>The loan book was last imported on {date}, more than {days} day(s) ago: a borrower may have paid since. Import the latest sheet, or approve with --confirm-stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="253"/>
        <source>No loan sheet has been imported into this database yet, so nothing says who has paid lately. Import the latest sheet, or approve with --confirm-stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="254"/>
        <source>Batch {id} is {status} and can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="255"/>
        <source>Batch {id} for {as_of}: {status}, {messages} message(s), {excluded} loan(s) excluded; created by {created_by}, approved by {approved_by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="258"/>
        <source>A second person approves it with: batch approve {id} --by NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="262"/>
        <source>Batch {id} ({messages} messages) written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="149"/>
        <location filename="../../operator_app/i18n.py" line="263"/>
        <source>Cannot write {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="264"/>
        <source>{count} borrower(s) to call written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="265"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="266"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="267"/>
        <location filename="../../operator_app/i18n.py" line="450"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="273"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="274"/>
        <source>Contract no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="275"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="277"/>
        <location filename="../../operator_app/i18n.py" line="459"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="278"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="279"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="280"/>
        <location filename="../../operator_app/i18n.py" line="451"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="281"/>
        <location filename="../../operator_app/i18n.py" line="544"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="282"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="284"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="289"/>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="293"/>
        <source>no usable mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="295"/>
        <source>outside the sending hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="296"/>
        <source>not a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="297"/>
        <source>daily limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="298"/>
        <source>weekly limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="299"/>
        <source>same text within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="300"/>
        <source>another loan of this borrower gets today&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="303"/>
        <source>opted out but overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="304"/>
        <source>no payment or reply after several messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="305"/>
        <source>wrong number: call for a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="306"/>
        <source>batch cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="328"/>
        <source>No signature: start the text with the office&apos;s name in 【】.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="329"/>
        <source>No opt-out hint: add &quot;{hint}&quot; at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="249"/>
        <source>Batch {id}: {count} message(s) fail the compliance check. First, {contract_no}: {finding} Fix the template and create the batch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="46"/>
        <source>{path} is {mb} MB, more than the {limit_mb} MB a loan sheet may be: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="47"/>
        <source>{path} unpacks to {mb} MB, more than the {limit_mb} MB a loan sheet may: it is damaged or built to harm, nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="48"/>
        <source>The sheet reaches {rows} rows by {columns} columns, more than the importer reads (at most {max_rows} rows, {max_columns} columns, {max_cells} cells): delete the stray cells far below or to the right, or copy the loans into a new sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="49"/>
        <source>{path} has a cell of more than {limit} characters, Excel&apos;s own limit: it is damaged or not a loan sheet, nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="50"/>
        <source>{path} could not be read within the reader&apos;s memory limit of {limit_mb} MB: it is damaged or built to harm, nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="51"/>
        <source>{path} holds {chars} characters of text, more than the {limit} a loan sheet may: it is damaged or built to harm, nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="52"/>
        <source>The sheet has a header row but no data rows under it: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="57"/>
        <source>No such database file: {path}. Is it misspelt? (Only import and demo create a new one.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="58"/>
        <source>No office database at {path} yet: a dry run compares the sheet with the office&apos;s loans and creates nothing. Import without --dry-run to start the office there (or check --db for a typo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="77"/>
        <source>{count} queued or draft message(s) withdrawn: the borrower&apos;s name or number changed since they were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="89"/>
        <source>Cannot open the port {port} (wrong, busy or unplugged: {detail}): plug the modem in and check the port in Settings → Transports, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="91"/>
        <source>The SIM card in {port} needs its PIN: enter it in Settings → Transports (or add ?pin=XXXX to the transport), then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="100"/>
        <source>The modem is not registered on a network ({error}): check the antenna, the signal and that the SIM card has service and credit, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="101"/>
        <source>The SIM card cannot send ({error}): check that it is inserted, unlocked, has SMS service and credit, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="102"/>
        <source>The modem {port} was unplugged or stopped answering and did not come back: plug it in, check the port in Settings → Transports, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="103"/>
        <source>Interrupted: {sent} sent, {left} still to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="112"/>
        <source>Entries written since this computer last wrote: {unseen}, from entry {entry} on; by other desks, or added outside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="114"/>
        <source>Audit trail broken: the chain ends at entry {head}, before entry {entry}, the last one this computer saw. Entries were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="115"/>
        <source>Audit trail broken at entry {entry}: the chain goes on past the last entry this computer saw. Entries were added outside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="116"/>
        <source>Audit trail broken at entry {entry}: it is not the entry this computer saw there. The chain was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="117"/>
        <source>Audit trail broken at entry {entry}: a text or recipient of batch {batch} was changed after it was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="118"/>
        <source>Audit trail cannot be vouched for: this computer&apos;s record of its last entry cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="135"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="146"/>
        <source>This office&apos;s database is on a PostgreSQL server: back it up and restore it with the server&apos;s own tools (pg_dump, pg_restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="147"/>
        <source>{path} already exists: name another file (a backup never overwrites one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="148"/>
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="150"/>
        <source>Cannot read {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="151"/>
        <source>{path} is not a database file: it is no backup of this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="152"/>
        <source>{path} is a database, but not one of this app (it has no schema revision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="153"/>
        <source>{path} is damaged: nothing was restored. Try an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="154"/>
        <source>{path} was made by a newer version of this app (schema revision {revision}): update the app, then restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="155"/>
        <source>A send is running on this database (run {run}): stop it or wait until it ends, then restore. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="156"/>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="157"/>
        <source>{path}: intact (the integrity check passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="158"/>
        <source>{path} is damaged: SQLite&apos;s integrity check found {count} problem(s) or could not read it to the end. Do not restore it; use an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="159"/>
        <source>Schema revision {revision}: the same as this app&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="160"/>
        <source>Schema revision {revision}, older than this app&apos;s {head}: a restore brings it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="161"/>
        <source>Schema revision {revision}, newer than this app&apos;s {head}: update the app before restoring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="162"/>
        <source>Loans: {loans}, borrowers: {borrowers}, messages: {messages}, audit entries: {audit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="163"/>
        <source>{path} is the database itself: name a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="164"/>
        <source>The database is busy (another program holds it, e.g. a first import loading it): try again in a moment. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="165"/>
        <source>Restored {file} into {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="166"/>
        <source>Its schema was brought from revision {revision} up to {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="167"/>
        <source>The database it replaced is kept as {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="196"/>
        <source>The gateway {gateway} cannot be reached ({detail}): check its address in Settings → Transports, the network and that the gateway is running, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="197"/>
        <source>The gateway {gateway} stopped answering ({detail}): check that it is running and reachable, then send again. A message it may have taken is shown as in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="198"/>
        <source>The gateway account {gateway} has no balance left ({code}): top it up with the provider, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="199"/>
        <source>The gateway account {gateway} is suspended or not active ({code}): ask the provider to restore it, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="203"/>
        <source>The gateway {gateway} refused the user name or password: check them in Settings → Transports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="226"/>
        <source>no default: the office sets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="227"/>
        <source>({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="228"/>
        <source>{label}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="235"/>
        <source>The template takes too much to fill in (over {chars} characters or {seconds} s): simplify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="236"/>
        <source>The text needs {parts} SMS parts, more than the {limit} a message may have: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="250"/>
        <source>Batch {id}: {count} message(s) were made before the office&apos;s signature and phone were set: cancel the batch and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="251"/>
        <source>Fill in office.signature (the SMS signature) and office.phone (the office phone) under Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="256"/>
        <source>{parts} SMS part(s) in all: what the office pays for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="257"/>
        <source>{parts} part(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="259"/>
        <source>A second person approves it, signed in as themselves: --user NAME batch approve {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="260"/>
        <source>Batch {id} has no message to send (the loans above are all excluded): there is nothing to approve. Cancel it with: batch cancel {id} --by NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="261"/>
        <source>Batch {id} has no message to send (the loans above are all excluded): there is nothing to approve. Cancel it with: batch cancel {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="268"/>
        <source>Batch no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="269"/>
        <source>For the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="270"/>
        <source>Batch status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="271"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="272"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="285"/>
        <source>Owed (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="287"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="301"/>
        <source>the text is longer than 10 SMS parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="302"/>
        <source>the template could not be filled in for this loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="308"/>
        <source>the borrower asked for no SMS: call instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="309"/>
        <source>the borrower asked for working days only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="310"/>
        <source>outside the hours the borrower asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="311"/>
        <source>the borrower&apos;s own weekly limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="312"/>
        <source>Wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="313"/>
        <source>Mon-Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="314"/>
        <source>≤{n}/wk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="315"/>
        <source>no SMS (call only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="316"/>
        <source>working days only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="317"/>
        <source>only {window}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="318"/>
        <source>at most {n} a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="319"/>
        <source>no preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="320"/>
        <source>{borrower} ({contracts}): {prefs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="321"/>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="322"/>
        <source>Set by {by} at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="323"/>
        <source>{withdrawn} message(s) not yet sent withdrawn: the borrower asked for no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="324"/>
        <source>There is no contract or borrower&apos;s mobile number &quot;{key}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="325"/>
        <source>Nothing to change: give --weekdays-only, --window, --weekly-max, --no-sms, --clear or --note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="326"/>
        <source>&quot;{window}&quot; is not a time window: write it as 18:00-20:00, the start before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="327"/>
        <source>The borrower&apos;s weekly limit must be 1 to 7 messages (0: no limit of their own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="330"/>
        <source>Threatening or insulting wording: {word} ({why}); rephrase it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="331"/>
        <source>{key} was not set when this text was made: fill it in under Settings, then create the batch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="332"/>
        <source>&quot;{word}&quot; brings in other people ({why}): write to the borrower only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="333"/>
        <source>&quot;{word}&quot; asks for personal data ({why}): only the name and amounts may appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="334"/>
        <source>This looks like an ID number: remove it (only the name and amounts may appear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="335"/>
        <source>This looks like a bank card number: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="336"/>
        <source>No links ({url}): borrowers are told not to trust links in SMS; name the app or the office phone instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="337"/>
        <source>The text needs {segments} SMS parts (more than {limit}): shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="338"/>
        <source>&quot;{char}&quot; makes this a UCS-2 (Unicode) message: {segments} part(s), 70 characters each (67 when split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="340"/>
        <source>Principal {principal} less paid {paid} is {difference}, but the sheet says {outstanding} is outstanding: the sheet&apos;s outstanding is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="341"/>
        <source>Amount due {amount_due} less paid {paid} is {difference}, but the sheet says {outstanding} is outstanding: the sheet&apos;s outstanding is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="342"/>
        <source>{path} is a folder, not a file: choose a spreadsheet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="343"/>
        <source>{path} is a CSV file, which has no sheets: leave out --sheet &quot;{sheet}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="344"/>
        <source>No problem rows, so no report was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="346"/>
        <source>Name at least one --transport to send through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="347"/>
        <source>Batch {id} is {status}: only an approved batch can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="348"/>
        <source>Sending: {done} of {total}, about {eta} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="351"/>
        <source>{count} message(s) were cut mid-send by an earlier crash: they are now unknown and are not sent again unless you resend them (message resend ID --by NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="352"/>
        <source>{count} wait ({reason}) until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="353"/>
        <source>{count} cancelled: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="354"/>
        <source>{count} cannot go before their day&apos;s sending hours end at {until}: they will be cancelled as expired, and the next day&apos;s batch plans them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="355"/>
        <source>Message {id} recorded as {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="356"/>
        <source>Message {id} is queued again: the next send of its batch takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="357"/>
        <source>Message {id} is {status}: only an unknown message can be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="358"/>
        <source>Message {id} is {status}: only a failed or unknown message can be resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="359"/>
        <source>Message {id} was written for {day}, and that day&apos;s sending hours are over: its text is no longer true. The next day&apos;s batch writes the loan a new message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="360"/>
        <source>There is no message {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="361"/>
        <source>Unknown status &quot;{status}&quot;; the statuses are: {statuses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="362"/>
        <source>A message can be resolved as sent or failed, not &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="363"/>
        <source>{read} reply(ies) read from the SIM and stored: {opted_out} opt-out(s), {held} put on hold ({wrong_number} of them wrong numbers, on the call list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="364"/>
        <source>A {kind} transport keeps no replies to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="366"/>
        <source>on hold for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="367"/>
        <source>wrong number: on hold, on the call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="368"/>
        <source>no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="369"/>
        <source>The borrower of {contract_no} is on hold: {withdrawn} queued message(s) withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="370"/>
        <source>The hold on the borrower of {contract_no} is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="371"/>
        <source>{borrowers} borrower(s) opted out: {withdrawn} queued message(s) withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="372"/>
        <source>There is no contract &quot;{contract_no}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="373"/>
        <source>Contract {contract_no} has no borrower yet: import the loan sheet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="374"/>
        <source>Give the reason for the hold with --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="375"/>
        <source>&quot;{phone}&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="376"/>
        <source>No borrower has the number {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="377"/>
        <source>Messages sent from {start} to {end} (office days; --from and --to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="378"/>
        <source>By stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="379"/>
        <source>By template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="382"/>
        <location filename="../../operator_app/i18n.py" line="446"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="384"/>
        <source>paid within 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="385"/>
        <source>paid within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="386"/>
        <source>The report starts ({start}) after it ends ({end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="387"/>
        <source>Message {message} was taken by another sender at the same moment; it was not sent here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="388"/>
        <source>The send stopped on an unexpected error ({detail}): the message may have gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="389"/>
        <source>{transport} paused until {until}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="390"/>
        <source>this SIM&apos;s daily quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="391"/>
        <source>paid since the batch was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="392"/>
        <source>not sent on its day (the text was true for that day only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="393"/>
        <source>the borrower&apos;s name or number changed since it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="394"/>
        <source>cut mid-send (the app stopped while sending): may have gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="395"/>
        <source>the delivery report says not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="396"/>
        <source>refused by the modem or the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="397"/>
        <source>resolved by an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="399"/>
        <source>The system keyring refused the password ({detail}): unlock the keyring and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="400"/>
        <source>The password file {path} cannot be read or written ({detail}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="401"/>
        <source>Passwords are kept in this computer&apos;s system keyring ({detail}), not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="402"/>
        <source>No system keyring on this computer: passwords are saved in the file {path}, readable only by your user account but NOT encrypted. They are never put in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="403"/>
        <source>saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="404"/>
        <source>not on this computer: enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="405"/>
        <source>none needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="406"/>
        <source>A transport name is 1-40 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (no spaces), got &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="407"/>
        <source>Unknown transport kind &quot;{kind}&quot;; the kinds are: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="408"/>
        <source>Put the user name and the password in their own fields, not in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="409"/>
        <source>The PIN or password goes in its own field, not among the options (and a saved transport cannot read it from an environment variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="410"/>
        <source>No saved transport is called &quot;{name}&quot;; the saved ones are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="411"/>
        <source>This computer does not have the office&apos;s ID-number key: on a computer that imported ID numbers, run `id-key export`, then here `id-key import` and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="412"/>
        <source>The ID-number key on this computer belongs to another office: bring this office&apos;s key over with `id-key export` and `id-key import`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="413"/>
        <source>That is not this office&apos;s ID-number key: paste the whole line `id-key export` printed on the office&apos;s other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="414"/>
        <source>This is the key that protects the ID numbers: pass it to the office&apos;s other computer only, and do not keep it anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="415"/>
        <source>The office&apos;s ID-number key is kept on this computer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="416"/>
        <source>Transport &quot;{name}&quot; now goes to another address or account: type its password or PIN (and webhook secret) again; a saved secret is never sent anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="417"/>
        <source>This saved transport&apos;s address was changed after its password was entered: type the password again in Settings → Transports before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="418"/>
        <source>The password or PIN of transport &quot;{name}&quot; is not saved on this computer: enter it in Settings → Transports (or transports add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="419"/>
        <source>Transport {name} saved: {spec}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="420"/>
        <source>Transport {name} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="421"/>
        <source>No saved transports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="422"/>
        <source>{name}: {spec} (password: {secret})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="423"/>
        <source>Cannot reach {gateway} ({detail}): check the address, the network and that the gateway is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="424"/>
        <source>{gateway} gave an unexpected answer to the test (HTTP {status}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="425"/>
        <source>Kannel {gateway} is reachable and accepted the user name and password (the test asked it to send to nobody: nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="426"/>
        <source>The phone gateway {gateway} is reachable and accepted the user name and password ({webhooks} webhooks registered); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="427"/>
        <source>The account {account} at {gateway} is active and accepted the credentials; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="428"/>
        <source>Aliyun SMS accepted the AccessKey and the signature {sign} is approved; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="429"/>
        <source>Aliyun SMS accepted the AccessKey, but the signature {sign} is still under review: messages will be refused until it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="430"/>
        <source>Aliyun SMS accepted the AccessKey, but the signature {sign} was rejected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="431"/>
        <source>Aliyun SMS accepted the AccessKey; the state of the signature {sign} is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="432"/>
        <source>{gateway} answers (HTTP {status}); the key of a generic profile is checked only by the first real message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="434"/>
        <source>No loan was chosen: select loans in the queue, or change the filter so it shows some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="435"/>
        <source>There is no loan {id} ({count} of the chosen loans are unknown): refresh the queue and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="436"/>
        <source>There is no loan with contract number {contract_no} ({count} unknown): check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="438"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="439"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="440"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="441"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="442"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="443"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="448"/>
        <source> · firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="449"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="452"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="453"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="454"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="455"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="456"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="457"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="458"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="461"/>
        <source>{reports_stored} delivery report(s) stored; {messages_changed} message(s) now delivered or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="464"/>
        <source>there is no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="465"/>
        <source>no permission: it is open in another program or belongs to another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="466"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="467"/>
        <source>it is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="468"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="469"/>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="470"/>
        <source>there is no such device (unplugged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="471"/>
        <source>the disk or the device failed to read or write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="472"/>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="473"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="474"/>
        <source>the host name in the address is not known (typing error, or no network?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="475"/>
        <source>the network cannot reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="476"/>
        <source>the port is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="477"/>
        <source>the system refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="478"/>
        <source>it is neither an Excel workbook nor a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="479"/>
        <source>the address does not start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="480"/>
        <source>the connection broke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="481"/>
        <source>the text is not saved as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="482"/>
        <source>the user name or password was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="483"/>
        <source>it is not a settings file of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="484"/>
        <source>the server has no database of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="485"/>
        <source>The office&apos;s settings file {path} cannot be read: {detail}. Fix it, or move it away to set the office up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="486"/>
        <source>reminder days before due are 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="487"/>
        <source>the stage days must rise: grace days for repeat offenders ≤ grace days &lt; end of M1 &lt; end of M2 &lt; end of M3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="488"/>
        <source>sending must start before it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="489"/>
        <source>the limits are counts of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="490"/>
        <source>check that the double braces around each variable come in pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="491"/>
        <source>a variable or a filter is used in a way it does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="492"/>
        <source>it is not a valid TOML file (check the quotes and brackets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="493"/>
        <source>the keyring is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="494"/>
        <source>there is no keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="495"/>
        <source>the keyring gave an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="496"/>
        <source>the gateway cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="497"/>
        <source>the gateway is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="498"/>
        <source>the gateway is limiting sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="499"/>
        <source>the gateway had an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="500"/>
        <source>the modem did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="501"/>
        <source>the modem went away (unplugged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="502"/>
        <source>the modem is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="503"/>
        <source>no modem can send right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="504"/>
        <source>the modem&apos;s port cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="505"/>
        <source>the connection broke after the message was handed over: it may have gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="506"/>
        <source>the gateway refused the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="507"/>
        <source>the gateway account has no balance left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="508"/>
        <source>the gateway stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="509"/>
        <source>the gateway account is suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="510"/>
        <source>the modem was unplugged and did not come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="511"/>
        <source>asked for parts the text does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="512"/>
        <source>the gateway&apos;s answer could not be read: it may have gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="513"/>
        <source>the gateway says the number is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="514"/>
        <source>the gateway cannot route to this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="515"/>
        <source>the borrower unsubscribed at the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="516"/>
        <source>the gateway rejected the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="517"/>
        <source>the gateway refused the account, signature or template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="518"/>
        <source>the gateway needs the provider&apos;s template code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="519"/>
        <source>only part of the message went out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="520"/>
        <source>the modem stopped answering mid-send: it may have gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="521"/>
        <source>the text is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="522"/>
        <source>another sender took it at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="523"/>
        <source>the send stopped on an unexpected error: it may have gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="524"/>
        <source>the SIM card needs its PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="525"/>
        <source>the SIM card is not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="526"/>
        <source>the modem does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="527"/>
        <source>Row {row}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="528"/>
        <source>Row {row}, column {column}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="529"/>
        <source>not a whole number of 1 or more: &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="530"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="531"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="532"/>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="533"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="534"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="535"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="536"/>
        <location filename="../../operator_app/i18n.py" line="550"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="537"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="538"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="539"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="540"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="541"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="542"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="543"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="545"/>
        <source>[{key}, {locale}, version {version}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="546"/>
        <source>every overdue installment in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="547"/>
        <source>the words shown, or a share of the overdue amount such as 30%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="548"/>
        <source>{percent}% of the overdue amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="551"/>
        <source>Outstanding (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="552"/>
        <source>Gets SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="553"/>
        <source>← modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="555"/>
        <source>Sign in first: --user NAME (this office has accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="556"/>
        <source>Wrong name or password for &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="557"/>
        <source>The account {name} is locked after 5 wrong passwords until {until}: wait, or ask an admin to set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="558"/>
        <source>The account {name} is disabled: ask an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="559"/>
        <source>The account {name} ({role}) may not {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="560"/>
        <source>&quot;{name}&quot; looks like an account: sign in with --user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="561"/>
        <source>--by {by} does not name the signed-in account {user}: leave --by out, the account acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="562"/>
        <source>An account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="563"/>
        <source>The name &quot;{name}&quot; is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="564"/>
        <source>The name &quot;{name}&quot; has a character that is no letter, digit, space or . _ &apos; - ·</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="565"/>
        <source>The name &quot;{name}&quot; mixes scripts (e.g. a Cyrillic letter among Latin ones): write it in one script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="566"/>
        <source>The name &quot;{name}&quot; is written in letters that look like Latin ones: write it in Latin letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="567"/>
        <source>There is already an account {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="568"/>
        <source>The name {name} looks like the existing account {other}: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="569"/>
        <source>No account {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="570"/>
        <source>Unknown role &quot;{role}&quot;; the roles are: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="571"/>
        <source>The office&apos;s first account must be an admin (--role admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="572"/>
        <source>{name} is the office&apos;s last enabled admin: add or enable another admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="573"/>
        <source>The password must have at least {min} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="574"/>
        <source>The two passwords differ: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="575"/>
        <source>Password for {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="576"/>
        <source>New password for {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="577"/>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="578"/>
        <source>Account {name} added ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="579"/>
        <source>The password of {name} is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="580"/>
        <source>Account {name} disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="581"/>
        <source>Account {name} enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="582"/>
        <source>No accounts: anyone acts with --by NAME. Add the first (an admin) with `users add NAME --role admin`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="583"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="584"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="585"/>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="586"/>
        <source>approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="587"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="588"/>
        <source>import sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="589"/>
        <source>plan or cancel batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="590"/>
        <source>edit templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="591"/>
        <source>hold, release or opt out borrowers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="592"/>
        <source>read the modem&apos;s replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="593"/>
        <source>approve batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="594"/>
        <source>send messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="595"/>
        <source>decide about unknown or failed messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="596"/>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="597"/>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="598"/>
        <source>change transports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="599"/>
        <source>publish templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="600"/>
        <source>export or import the ID-number key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="601"/>
        <source>{path} holds operator accounts: a demo would drop them. Choose another --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="602"/>
        <source>{key} = {value} waits for a second person: an approver or another admin runs `settings confirm {code}`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="603"/>
        <source>waiting for confirmation: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="604"/>
        <source>No change of {key} waits for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="605"/>
        <source>{name} proposed this change of {key}: a second person must confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="606"/>
        <source>Saved as a draft: an admin makes it live by saving it again (`templates set`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="607"/>
        <source>export or erase a borrower&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="608"/>
        <source>the borrower&apos;s personal data was erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="609"/>
        <source>Say why with --reason TEXT (e.g. the borrower&apos;s request and its date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="610"/>
        <source>No loan with contract number {contract}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="611"/>
        <source>No loan with contract number {key}, and no borrower with that mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="612"/>
        <source>Loan {contract} has no borrower yet: it holds nothing personal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="613"/>
        <source>The borrower of {contract} was already erased on {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="614"/>
        <source>A send is running (run {run}): erase when it has finished, so that nothing goes to this borrower afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="615"/>
        <source>Written {path}: {borrowers} borrower(s), {loans} loan(s), {messages} message(s), {replies} reply(ies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="616"/>
        <source>This mobile number belongs to {count} borrowers: all of them are in the file. Check that it is the person asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="617"/>
        <source>The borrower has {count} loans: all of them are in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="618"/>
        <source>Erased the borrower of {contracts}: name, mobile, ID digits, the texts of {messages} message(s) and {replies} reply(ies). Amounts and dates are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="619"/>
        <source>The erase covers every loan of this borrower: {contracts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="620"/>
        <source>{count} message(s) not yet sent were withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="621"/>
        <source>{count} audit entries quoting the borrower were redacted; the audit chain still verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="622"/>
        <source>The mobile number is also another borrower&apos;s: it stays in that borrower&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="623"/>
        <source>Another program has the database open, so the file could not be compacted yet: close it and run `privacy purge`, which removes the old copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="624"/>
        <source>{count} backup file(s) made before still hold this borrower (e.g. {path}). They are not deleted: the daily ones rotate out within weeks; delete the others by hand if the request covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="625"/>
        <source>The tables were rewritten on the server (VACUUM FULL); the server&apos;s own log archive and backups are the server administrator&apos;s to handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="626"/>
        <source>Purged the texts of {messages} message(s) and {replies} reply(ies) of {loans} loan(s) closed before {before}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="627"/>
        <source>Dry run: would purge the texts of {messages} message(s) and {replies} reply(ies) of {loans} loan(s) closed before {before}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="628"/>
        <source>the borrower of contract {contract} was erased on {at}: name, mobile and ID number not imported (take the person out of the sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="110"/>
        <source>the office&apos;s full name, up to 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="112"/>
        <source>2-12 characters, without 【】 (the templates add them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="113"/>
        <source>a phone number, e.g. 0571-88886666 or 400-800-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="114"/>
        <source>where borrowers pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="115"/>
        <location filename="../../operator_app/messaging/settings_registry.py" line="116"/>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="117"/>
        <location filename="../../operator_app/messaging/settings_registry.py" line="131"/>
        <source>true|false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="121"/>
        <source>e.g. 3,1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="123"/>
        <source>0-29, at most stages.grace_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="127"/>
        <source>overdue_installments|share:PERCENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="14"/>
        <source>unassigned (unallocated) number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="15"/>
        <source>operator determined barring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="16"/>
        <source>call barred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="17"/>
        <source>short message transfer rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="18"/>
        <source>memory capacity exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="19"/>
        <source>destination out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="20"/>
        <source>unidentified subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="21"/>
        <source>facility rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="22"/>
        <source>unknown subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="23"/>
        <source>network out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="24"/>
        <source>temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="25"/>
        <source>congestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="26"/>
        <source>resources unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="27"/>
        <source>requested facility not subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="28"/>
        <source>requested facility not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="29"/>
        <source>invalid mandatory information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="30"/>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="31"/>
        <source>interworking unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="32"/>
        <source>ME failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="33"/>
        <source>SMS service of ME reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="34"/>
        <location filename="../../operator_app/modem_words.py" line="54"/>
        <source>operation not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="35"/>
        <location filename="../../operator_app/modem_words.py" line="55"/>
        <source>operation not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="36"/>
        <source>invalid PDU mode parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="37"/>
        <source>invalid text mode parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="38"/>
        <location filename="../../operator_app/modem_words.py" line="56"/>
        <source>SIM not inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="39"/>
        <location filename="../../operator_app/modem_words.py" line="57"/>
        <source>SIM PIN required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="40"/>
        <source>PH-SIM PIN required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="41"/>
        <location filename="../../operator_app/modem_words.py" line="59"/>
        <source>SIM failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="42"/>
        <location filename="../../operator_app/modem_words.py" line="60"/>
        <source>SIM busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="43"/>
        <location filename="../../operator_app/modem_words.py" line="61"/>
        <source>SIM wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="44"/>
        <location filename="../../operator_app/modem_words.py" line="58"/>
        <source>SIM PUK required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="45"/>
        <location filename="../../operator_app/modem_words.py" line="68"/>
        <source>memory failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="46"/>
        <source>invalid memory index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="47"/>
        <location filename="../../operator_app/modem_words.py" line="65"/>
        <source>memory full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="48"/>
        <source>SMSC address unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="49"/>
        <location filename="../../operator_app/modem_words.py" line="69"/>
        <source>no network service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="50"/>
        <location filename="../../operator_app/modem_words.py" line="70"/>
        <source>network timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="51"/>
        <source>no +CNMA acknowledgement expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="52"/>
        <location filename="../../operator_app/modem_words.py" line="72"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="53"/>
        <source>phone failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="62"/>
        <source>incorrect password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="63"/>
        <source>SIM PIN2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="64"/>
        <source>SIM PUK2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="66"/>
        <source>invalid index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="67"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="71"/>
        <source>network not allowed - emergency calls only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="73"/>
        <source>the network rejected the message (TP failure cause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="74"/>
        <source>unknown modem error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="11"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="12"/>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="13"/>
        <source>Installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="14"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="15"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="16"/>
        <source>Message history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="17"/>
        <source>Delivery reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="18"/>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="21"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="22"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="23"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="24"/>
        <source>Phone as imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="25"/>
        <source>Phone problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="26"/>
        <source>ID number, last 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="27"/>
        <source>Opted out at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="28"/>
        <source>On hold until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="29"/>
        <source>Hold reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="30"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="31"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="32"/>
        <source>Erased at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="33"/>
        <source>Contact on weekdays only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="34"/>
        <source>Contact from (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="35"/>
        <source>Contact until (minutes after midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="36"/>
        <source>At most SMS a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="37"/>
        <source>No SMS (call only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="38"/>
        <source>Note on contact wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="39"/>
        <source>Contact wishes set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="40"/>
        <source>Contact wishes set at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="41"/>
        <source>Contract no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="42"/>
        <source>Borrower no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="43"/>
        <source>Principal (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="44"/>
        <source>Disbursed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="45"/>
        <source>Outstanding on the sheet (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="46"/>
        <source>Owed (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="48"/>
        <source>Updated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="49"/>
        <source>Loan no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="50"/>
        <source>Installment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="51"/>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="52"/>
        <source>Amount due (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="53"/>
        <source>Amount paid (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="54"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="55"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="56"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="57"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="58"/>
        <source>Installment no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="59"/>
        <source>Template no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="60"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="61"/>
        <location filename="../../operator_app/privacy_words.py" line="87"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="62"/>
        <source>SMS parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="63"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="64"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="65"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="66"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="67"/>
        <source>Sent through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="68"/>
        <source>Provider reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="69"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="70"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="71"/>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="72"/>
        <source>Approved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="73"/>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="74"/>
        <source>Delivered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="75"/>
        <source>Message no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="76"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="77"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="78"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="79"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="80"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="81"/>
        <source>Status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="82"/>
        <source>Submitted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="83"/>
        <source>Delivered (network) at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="84"/>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="85"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="86"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="88"/>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
