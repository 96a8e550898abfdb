<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../operator_app/ui/app.py" line="59"/>
        <source>Virtual modem</source>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="50"/>
        <source>Collections SMS desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="66"/>
        <source>Search contract, name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="72"/>
        <source>Import spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="86"/>
        <source>No modem configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="86"/>
        <source>Connecting to the modem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="89"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="109"/>
        <source>%1 %2 · signal %3/5 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="113"/>
        <source>no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="116"/>
        <source>Modem not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/main_window.py" line="123"/>
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n loan</numerusform>
            <numerusform>%n loans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="129"/>
        <source>Import borrower spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="130"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="137"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="137"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="160"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="169"/>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="172"/>
        <source>Import failed</source>
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
        <location filename="../../operator_app/i18n.py" line="40"/>
        <source>Cannot write the report {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="42"/>
        <source>Cannot open the database {url}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="43"/>
        <source>The database folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="44"/>
        <source>Not a date: &quot;{value}&quot; (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="46"/>
        <source>Totals row skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="47"/>
        <source>No contract number: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="48"/>
        <source>The contract number is too long to be one: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="49"/>
        <source>&quot;{value}&quot; is not an amount of money: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="50"/>
        <source>No amount due: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="51"/>
        <source>&quot;{value}&quot; is not a date: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="52"/>
        <source>No due date: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="53"/>
        <source>&quot;{value}&quot; is not an installment number: the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="54"/>
        <source>No name: the loan is kept but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="55"/>
        <source>The name has {length} characters, too long to be a name: the loan is kept but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="56"/>
        <source>No phone number: the loan is kept but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="57"/>
        <source>&quot;{value}&quot; is a landline: the loan is kept for a phone call but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="58"/>
        <source>&quot;{value}&quot; is not a valid mobile number: the loan is kept but gets no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="59"/>
        <source>Contract {contract_no} also on row {first_row}: the rows were merged into one loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="61"/>
        <source>Read {rows_read} rows: {loans_created} loans created, {loans_updated} updated, {loans_unchanged} unchanged, {installments} installments written; {rejected} rows rejected, {warnings} warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="62"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="63"/>
        <source>Problem rows written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="64"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="65"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="66"/>
        <source>Unexpected error: {detail} (run with --debug for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="67"/>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="69"/>
        <source>Unknown transport &quot;{spec}&quot;: use modem:PORT, modem:socket://HOST:PORT, modem:auto or emulator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="70"/>
        <source>Unknown or bad transport option &quot;{option}&quot; (baud, pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="71"/>
        <source>The modem transport needs a port, e.g. modem:/dev/ttyUSB0 or modem:COM3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="72"/>
        <source>No modem answered on any serial port: check the cable and the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="73"/>
        <source>Cannot open the port {port} (wrong, busy or unplugged): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="74"/>
        <source>Nothing on {port} answers AT commands: is it the modem&apos;s AT port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="75"/>
        <source>The SIM card in {port} needs its PIN: add ?pin=XXXX to the transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="76"/>
        <source>The SIM card rejected the PIN. Check it before trying again: three wrong PINs lock the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="77"/>
        <source>The SIM card is locked and needs its PUK code: unlock it in a phone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="78"/>
        <source>The SIM card is not ready ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="79"/>
        <source>The modem on {port} is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="80"/>
        <source>The modem did not answer {command} within {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="81"/>
        <source>The modem went away (unplugged?): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="82"/>
        <source>The modem refused {command}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="83"/>
        <source>Only {sent} of {parts} parts were sent (references {references}) before the modem failed; the rest were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="84"/>
        <source>No modem in the pool can send right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="85"/>
        <source>The text needs {parts} parts; at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="86"/>
        <source>&quot;{number}&quot; is not a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="87"/>
        <source>Sent to {to}: {parts} part(s), {encoding}, references {references}; status: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="88"/>
        <source>Virtual modem ready on {where}. Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="89"/>
        <source>{manufacturer} {model} (firmware {revision}), IMEI {imei}, SIM {sim}; signal {signal_dbm} dBm ({bars}/5), registered: {registered}, operator: {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="90"/>
        <source>Audit trail intact: {entries} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="91"/>
        <source>Audit trail broken at entry {entry}: an entry was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="92"/>
        <source>Demo office created in {path}: {loans} loans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="94"/>
        <source>The modem {port} stopped answering after part {part} of {parts} was handed to it: the message may have been sent. It will not be sent again automatically; check before resending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="95"/>
        <source>The modem took the message but its answer never came: it may have been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="96"/>
        <source>A {kind} transport is not a modem: only modem: and emulator: can be probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="97"/>
        <source>This transport is not understood (it is not shown, as it may hold a password): use modem:PORT, modem:socket://HOST:PORT, modem:auto or emulator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="98"/>
        <source>The transport&apos;s options cannot be read (they are not shown, as they may hold a password): write them as ?name=value&amp;name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="99"/>
        <source>The text is empty: there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="100"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="101"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="102"/>
        <source>waiting for the delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="103"/>
        <source>not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="104"/>
        <source>GSM 7-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="105"/>
        <source>UCS-2 (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="106"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="107"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="108"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="109"/>
        <source>{manufacturer} {model} (firmware {revision}), IMEI {imei}, SIM {sim}; no signal, registered: {registered}, operator: {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="112"/>
        <source>Bad usage: {detail} (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="113"/>
        <source>{path} is a folder, not a database file: give a file name, e.g. {path}/operator.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="114"/>
        <source>{path} is not a database file (SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="115"/>
        <source>&quot;{url}&quot; is not a database: use a file path, sqlite:///FILE or postgresql+psycopg://HOST/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="116"/>
        <source>{path} already holds {loans} loans of the office&apos;s own: the demo goes only into an empty database. Name another one with --db, e.g. --db data/demo.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="117"/>
        <source>See it with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="118"/>
        <source>The database {url} has schema version {revision}, which this version of the app does not know (written by a newer one?): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="119"/>
        <source>Unknown stage &quot;{stage}&quot;; the stages are: {stages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="120"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="121"/>
        <location filename="../../operator_app/i18n.py" line="189"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="122"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="123"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="124"/>
        <source>First unpaid due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="125"/>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="126"/>
        <location filename="../../operator_app/i18n.py" line="182"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="127"/>
        <source>Excluded because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="128"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="129"/>
        <location filename="../../operator_app/i18n.py" line="139"/>
        <location filename="../../operator_app/i18n.py" line="194"/>
        <source>not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="130"/>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="131"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="132"/>
        <source>grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="133"/>
        <source>M1 (1-30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="134"/>
        <source>M2 (31-60 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="135"/>
        <source>M3 (61-90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="136"/>
        <source>M3+ (over 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="137"/>
        <location filename="../../operator_app/i18n.py" line="193"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="138"/>
        <source>paid off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="140"/>
        <location filename="../../operator_app/i18n.py" line="195"/>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="141"/>
        <source>no mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="142"/>
        <location filename="../../operator_app/i18n.py" line="197"/>
        <source>number shared by several borrowers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="143"/>
        <location filename="../../operator_app/i18n.py" line="191"/>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="144"/>
        <source>on hold (dispute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="146"/>
        <source>Say who you are with --by NAME (1 to 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="147"/>
        <source>OPERATOR_APP_NOW is not a timestamp: &quot;{value}&quot; (use e.g. 2026-11-27T09:00:00+08:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="148"/>
        <source>Unknown setting &quot;{key}&quot;; the settings are: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="149"/>
        <source>&quot;{value}&quot; is not a valid value for {key} (expected: {hint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="150"/>
        <source>{key} = {value} does not fit the other settings: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="151"/>
        <source>Saved: {key} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="152"/>
        <source>default {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="153"/>
        <source>The template does not parse (line {line}): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="154"/>
        <source>The template uses {names}, which are not allowed; the variables are: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="155"/>
        <source>The template uses {names}, which are not allowed; the filters are: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="156"/>
        <source>The template cannot be filled in: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="157"/>
        <source>Unknown template &quot;{key}&quot;; the templates are: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="158"/>
        <source>Unknown language &quot;{locale}&quot;; use one of: {locales}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="159"/>
        <source>Cannot read the template file {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="160"/>
        <source>The provider section &quot;{provider}&quot; needs a code and a params table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="161"/>
        <source>The template file {path} has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="162"/>
        <source>Template {key} ({locale}) saved as version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="163"/>
        <source>{errors} lint error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="164"/>
        <source>There is no batch {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="165"/>
        <source>Batch {id} is {status}: only a draft can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="166"/>
        <source>{name} created batch {id} and cannot also approve it: a second person must check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="167"/>
        <source>Batch {id} was planned for {as_of}, not for today ({today}): create a new batch for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="168"/>
        <source>Batch {id} has {count} message(s) failing the compliance check (first: {contract_no}, {finding}): fix the template and create the batch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="169"/>
        <source>The loan book was last imported on {date}, more than {days} day(s) ago: a borrower may have paid since. Import the latest sheet, or approve with --confirm-stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="170"/>
        <source>Batch {id} is {status} and can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="171"/>
        <source>Batch {id} for {as_of}: {status}, {messages} message(s), {excluded} loan(s) excluded; created by {created_by}, approved by {approved_by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="172"/>
        <source>A second person approves it with: batch approve {id} --by NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="173"/>
        <source>Batch {id} ({messages} messages) written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="174"/>
        <source>Cannot write {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="175"/>
        <source>{count} borrower(s) to call written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="176"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="177"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="178"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="179"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="180"/>
        <source>Contract no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="181"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="183"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="184"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="185"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="186"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="187"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="188"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="190"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="192"/>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="196"/>
        <source>no usable mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="198"/>
        <source>outside the sending hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="199"/>
        <source>not a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="200"/>
        <source>daily limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="201"/>
        <source>weekly limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="202"/>
        <source>same text within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="203"/>
        <source>another loan of this borrower gets today&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="204"/>
        <source>opted out but overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="205"/>
        <source>no payment or reply after several messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="206"/>
        <source>batch cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="207"/>
        <source>No signature: start the text with the office&apos;s name in 【】.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="208"/>
        <source>No opt-out hint: add &quot;{hint}&quot; at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="209"/>
        <source>&quot;{word}&quot; must not be used ({why}): rephrase it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="210"/>
        <source>&quot;{word}&quot; brings in other people ({why}): write to the borrower only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="211"/>
        <source>&quot;{word}&quot; asks for personal data ({why}): only the name and amounts may appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="212"/>
        <source>This looks like an ID number: remove it (only the name and amounts may appear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="213"/>
        <source>This looks like a bank card number: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="214"/>
        <source>No links ({url}): borrowers are told not to trust links in SMS; name the app or the office phone instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="215"/>
        <source>The text needs {segments} SMS parts (more than {limit}): shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="216"/>
        <source>&quot;{char}&quot; makes this a UCS-2 (Unicode) message: {segments} part(s), 70 characters each (67 when split).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
