<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="208"/>
        <source>Administrator account (optional)</source>
        <translation>管理员账户（可选）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="209"/>
        <source>With an administrator, everyone signs in with a password and the records name who did what. Leave it empty to go on without accounts.</source>
        <translation>设了管理员后，每个人都用密码登录，记录里写明谁做了什么。留空则不用账户，直接继续。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="212"/>
        <source>e.g. wang (letters, to sign in with)</source>
        <translation>例如 wang（登录时用的名字）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="214"/>
        <source>e.g. 王经理 (shown in the app)</source>
        <translation>例如 王经理（在程序中显示）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="217"/>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="221"/>
        <source>Account name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="222"/>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="223"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="224"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="240"/>
        <source>Type the account&apos;s name first.</source>
        <translation>请先填写账户名。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="244"/>
        <source>The two passwords are not the same: type them again.</source>
        <translation>两次输入的密码不一致：请重新输入。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../operator_app/ui/app.py" line="65"/>
        <source>New office database</source>
        <translation>新建办公室数据库</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/app.py" line="66"/>
        <source>There is no database at {path} yet.

Create a new, empty office database there? If the name is misspelt, do not create it.</source>
        <translation>{path} 还没有数据库。

要在那里新建一个空的办公室数据库吗？如果名字拼错了，请不要新建。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/app.py" line="71"/>
        <source>Create it</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/app.py" line="72"/>
        <source>Do not create</source>
        <translation>不新建</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/app.py" line="125"/>
        <source>Virtual modem</source>
        <translation>虚拟短信猫</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../operator_app/ui/backup_status.py" line="30"/>
        <source>Backup: …</source>
        <translation>备份：…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/backup_status.py" line="35"/>
        <source>The newest backup of this database, in the backups folder beside it. A backup is made on the first start of each day (setting backup.auto) or with: python main.py backup create</source>
        <translation>此数据库最新的备份，位于数据库旁的 backups 文件夹。每天首次启动时自动备份（设置 backup.auto），也可运行：python main.py backup create</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/backup_status.py" line="58"/>
        <source>No backup</source>
        <translation>无备份</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/backup_status.py" line="60"/>
        <source>Backup: today</source>
        <translation>备份：今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/backup_status.py" line="62"/>
        <source>Backup: %n day(s) ago</source>
        <translation>
            <numerusform>备份：%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="53"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="54"/>
        <source>For</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="55"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="67"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="56"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="101"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="115"/>
        <source>Messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="59"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="116"/>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="60"/>
        <source>Created by</source>
        <translation>制单人</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="61"/>
        <source>Approved by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="64"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="71"/>
        <source>Contract</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="65"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="57"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="66"/>
        <source>Parts</source>
        <translation>分段</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="58"/>
        <source>SMS parts: what the office pays for</source>
        <translation>计费短信条数：办公室按此付费</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="68"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="72"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="99"/>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="106"/>
        <source>Message text</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="107"/>
        <source>Choose a message to read its whole text.</source>
        <translation>选择一条短信，在这里查看全文。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="113"/>
        <source>Excluded loans</source>
        <translation>排除的借款</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="118"/>
        <source>Choose a batch on the left.</source>
        <translation>请在左侧选择一个批次。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="122"/>
        <source>SMS parts</source>
        <translation>计费短信条数</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="127"/>
        <source>Second operator&apos;s name</source>
        <translation>复核人姓名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="128"/>
        <source>Approver</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="129"/>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="253"/>
        <source>Approve</source>
        <translation>复核通过</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="130"/>
        <source>Cancel batch</source>
        <translation>取消批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="131"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="136"/>
        <source>Approver:</source>
        <translation>复核人：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/batches_page.py" line="204"/>
        <source>%n message(s) show a gap where the office&apos;s details go: create the batch again once they are set.</source>
        <translation>
            <numerusform>%n 条短信中办公信息处是空缺：填写后请重新制作批次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/batches_page.py" line="207"/>
        <source>%n message(s) fail the compliance check: approval is blocked until the template is fixed and the batch made again.</source>
        <translation>
            <numerusform>%n 条短信未通过合规检查：需修改模板并重新生成批次后才能复核。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="218"/>
        <source>Messages (%1)</source>
        <translation>短信（%1）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="219"/>
        <source>Excluded (%1)</source>
        <translation>已排除（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/batches_page.py" line="229"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="247"/>
        <source>The checker signs in</source>
        <translation>复核人登录</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="253"/>
        <source>Type the second operator&apos;s name first.</source>
        <translation>请先填写复核人姓名。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="262"/>
        <source>The loan book may be out of date</source>
        <translation>借款数据可能已过时</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="263"/>
        <source>Approve anyway?</source>
        <translation>仍要复核通过吗？</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="292"/>
        <source>Export batch</source>
        <translation>导出批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/batches_page.py" line="293"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="47"/>
        <source>1: on hold, a dispute or complaint waits for a person</source>
        <translation>1：暂停催收，争议或投诉待人工处理</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="48"/>
        <source>2: more than a month overdue (M2 and later)</source>
        <translation>2：逾期超过一个月（M2 及以后）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="49"/>
        <source>3: due today up to a month overdue</source>
        <translation>3：今日到期至逾期一个月内</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="58"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="60"/>
        <source>Contract</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="61"/>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="62"/>
        <source>Phone as imported</source>
        <translation>导入的电话</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="63"/>
        <source>Owed</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="65"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="67"/>
        <source>Why call</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="103"/>
        <source>Search contract, name or phone</source>
        <translation>搜索合同编号、姓名或手机号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="104"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="113"/>
        <source>Borrowers to call</source>
        <translation>需电话联系的借款人</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="123"/>
        <source>Export to Excel…</source>
        <translation>导出为 Excel…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="131"/>
        <source>Priority: 1 on hold (a dispute or complaint to answer) · 2 more than a month overdue · 3 the rest; then the most days overdue, then the most owed.</source>
        <translation>优先级：1 暂停催收（有争议或投诉待答复）· 2 逾期超过一个月 · 3 其余；同级内逾期天数多的在前，再按欠款多少。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/calls_page.py" line="147"/>
        <source>%n borrower(s) to call</source>
        <translation>
            <numerusform>%n 位借款人需电话联系</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="150"/>
        <source>Export call list</source>
        <translation>导出通话名单</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="151"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/calls_page.py" line="167"/>
        <source>Exporting the call list…</source>
        <translation>正在导出通话名单…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="44"/>
        <source>Sent, no report yet</source>
        <translation>已发出，待回执</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="45"/>
        <source>Waiting to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="76"/>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="104"/>
        <source>Loans</source>
        <translation>借款</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="76"/>
        <source>Overdue loans</source>
        <translation>逾期笔数</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="76"/>
        <source>Overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="77"/>
        <source>Last import</source>
        <translation>最近导入</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="77"/>
        <source>Messages waiting</source>
        <translation>待发短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="78"/>
        <source>Batches to approve</source>
        <translation>待复核批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="90"/>
        <source>Loans and amounts by stage</source>
        <translation>各阶段笔数与金额</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="92"/>
        <source>By stage (click one to open the queue)</source>
        <translation>按阶段（点击打开队列）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="96"/>
        <source>No loan sheet imported yet.</source>
        <translation>还没有导入借款台账。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="97"/>
        <source>Go to &lt;a href=&quot;import&quot;&gt;Import&lt;/a&gt; and bring in the office&apos;s loan sheet.</source>
        <translation>去 &lt;a href=&quot;import&quot;&gt;导入&lt;/a&gt; 导入本公司的借款台账。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="98"/>
        <source>Each import adds a bar here.</source>
        <translation>每导入一次，这里多一根柱。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="112"/>
        <source>Nothing sent in the last 30 days.</source>
        <translation>近 30 天还没有发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="113"/>
        <source>Create a batch on the &lt;a href=&quot;queue&quot;&gt;Queue&lt;/a&gt;.</source>
        <translation>去 &lt;a href=&quot;queue&quot;&gt;逾期队列&lt;/a&gt; 创建批次，</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="114"/>
        <source>Have it approved on &lt;a href=&quot;batches&quot;&gt;Batches&lt;/a&gt;.</source>
        <translation>由第二人在 &lt;a href=&quot;batches&quot;&gt;批次&lt;/a&gt; 复核，</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="115"/>
        <source>Send it on &lt;a href=&quot;sending&quot;&gt;Sending&lt;/a&gt;.</source>
        <translation>再到 &lt;a href=&quot;sending&quot;&gt;发送&lt;/a&gt; 发出。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="122"/>
        <source>Paid within 7 days, by stage</source>
        <translation>各阶段 7 天内还款率（短信发出后）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="123"/>
        <source>Once messages have gone out, this shows who paid within 7 days of one, by stage.</source>
        <translation>短信发出后，这里按阶段显示收到短信 7 天内还款的比例。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="124"/>
        <source>Start on the &lt;a href=&quot;queue&quot;&gt;Queue&lt;/a&gt;: create a batch.</source>
        <translation>先去 &lt;a href=&quot;queue&quot;&gt;逾期队列&lt;/a&gt; 创建批次。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="95"/>
        <source>Overdue at each import</source>
        <translation>历次导入时的逾期情况</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="99"/>
        <source>Overdue trend across imports</source>
        <translation>历次导入的逾期趋势</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="102"/>
        <source>Trend shows</source>
        <translation>趋势显示</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="103"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="111"/>
        <source>Sending results, last 30 days</source>
        <translation>近 30 天发送结果</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="116"/>
        <source>Sending results</source>
        <translation>发送结果</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="118"/>
        <source>Opt-outs and holds</source>
        <translation>退订与暂停联系</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="125"/>
        <source>Effectiveness by stage</source>
        <translation>各阶段催收效果</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="127"/>
        <source>Import the loan sheet</source>
        <translation>导入借款台账</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="128"/>
        <source>Create a batch on the Queue</source>
        <translation>去 逾期队列 创建批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="152"/>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="237"/>
        <source>Opted out: %1 (%2 in the last 30 days) · On hold: %3</source>
        <translation>已退订：%1（近 30 天 %2）· 暂停联系：%3</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="241"/>
        <source>%1: %2 paid within 7 days of %3 messages sent</source>
        <translation>%1：发出 %3 条短信，7 天内还款 %2 笔</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/dashboard_page.py" line="206"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="102"/>
        <source>Where the office&apos;s data is kept</source>
        <translation>公司数据存放在哪里</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="103"/>
        <source>One desk: a file on this computer. Several desks: one PostgreSQL server they all reach.</source>
        <translation>一个工位：数据是这台电脑上的一个文件。多个工位：共用一台都能连上的 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="104"/>
        <source>On this computer (one desk)</source>
        <translation>在这台电脑上（一个工位）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="106"/>
        <source>A database file in %1</source>
        <translation>数据库文件放在 %1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="109"/>
        <source>On a PostgreSQL server (several desks share it)</source>
        <translation>在 PostgreSQL 服务器上（多个工位共用）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="114"/>
        <source>e.g. 192.168.1.10</source>
        <translation>例如 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="122"/>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="128"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="129"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="130"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="131"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="132"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="137"/>
        <source>The password is kept in this computer&apos;s secret store, never in a file of the app.</source>
        <translation>密码保存在这台电脑的密钥存储里，从不写进本程序的文件。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="167"/>
        <source>Fill in the server and the database name.</source>
        <translation>请填写服务器和数据库名称。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="170"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="181"/>
        <source>Connected: the server answers.</source>
        <translation>已连接：服务器有应答。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="182"/>
        <source>Connected: this database already holds the office 【%1】. This desk joins it as it is (the first page&apos;s details are not used).</source>
        <translation>已连接：这个数据库里已有公司【%1】。本工位将原样加入（第一页填写的信息不会使用）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="197"/>
        <source>Test the connection first: it must answer before the office is set up there.</source>
        <translation>请先测试连接：服务器有应答后才能把公司数据放在那里。</translation>
    </message>
</context>
<context>
    <name>DelayedProgress</name>
    <message>
        <location filename="../../operator_app/ui/ops.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/ops.py" line="67"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/ops.py" line="90"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../operator_app/ui/dialogs.py" line="25"/>
        <source>Who are you?</source>
        <translation>您是哪位？</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/dialogs.py" line="26"/>
        <source>Your name (it is written in the audit trail):</source>
        <translation>您的姓名（将记入审计日志）：</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/dialogs.py" line="43"/>
        <source>Could not finish</source>
        <translation>未能完成</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../operator_app/ui/errors.py" line="44"/>
        <source>Could not finish</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/errors.py" line="48"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/errors.py" line="49"/>
        <source>Something went wrong that the app did not expect. The details below say where; copy them into a bug report.</source>
        <translation>出现了程序未预料到的错误。下方详情指出了出错位置，请复制到问题报告中。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/errors.py" line="53"/>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
</context>
<context>
    <name>FaultBanner</name>
    <message>
        <location filename="../../operator_app/ui/pages/fault_banner.py" line="24"/>
        <source>Sending stopped: the transport needs you. The messages not sent are still waiting; send again once it is fixed.</source>
        <translation>发送已停止：发送通道需要您处理。未发出的短信仍在等待，修好后重新发送即可。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/fault_banner.py" line="32"/>
        <source>Transport problem</source>
        <translation>通道问题</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/fault_banner.py" line="33"/>
        <source>Open Settings → Transports</source>
        <translation>打开 设置 → 通道</translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="35"/>
        <source>Operator accounts (optional)</source>
        <translation>操作员账户（可选）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="36"/>
        <source>Today anyone at this PC works under a name they type. Create the administrator account to have everyone sign in with a password; the administrator then adds the other accounts (users add). You may also go on without accounts.</source>
        <translation>目前在这台电脑上，谁都可以输入一个姓名来操作。创建管理员账户后，每个人都要用密码登录；其他账户由管理员添加（users add）。也可以不用账户，照常使用。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="41"/>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="54"/>
        <source>Account name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="42"/>
        <source>e.g. wang (letters, to sign in with)</source>
        <translation>例如 wang（登录时用的名字）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="44"/>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="55"/>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="45"/>
        <source>e.g. 王经理 (shown in the app)</source>
        <translation>例如 王经理（在程序中显示）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="48"/>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="56"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="49"/>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="52"/>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="57"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="58"/>
        <source>Create the administrator account</source>
        <translation>创建管理员账户</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="84"/>
        <source>Type the account&apos;s name first.</source>
        <translation>请先填写账户名。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/first_admin_form.py" line="88"/>
        <source>The two passwords are not the same: type them again.</source>
        <translation>两次输入的密码不一致：请重新输入。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../operator_app/ui/first_run.py" line="23"/>
        <source>Set up the office</source>
        <translation>设置公司</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run.py" line="46"/>
        <source>Setting the office up…</source>
        <translation>正在设置公司…</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="36"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="37"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="38"/>
        <source>Contract</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="39"/>
        <source>To</source>
        <translation>收件号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="40"/>
        <location filename="../../operator_app/ui/pages/history_page.py" line="76"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="41"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="42"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="77"/>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="83"/>
        <source>Search contract, number or text</source>
        <translation>搜索合同编号、号码或内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="84"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="93"/>
        <source>Messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/history_page.py" line="105"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/history_page.py" line="121"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>共 %n 条短信</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../operator_app/ui/idle_lock.py" line="102"/>
        <source>Nobody used the app for a while, so it was locked. Sign in to go on, as %1 or as another account. Work already running goes on.</source>
        <translation>一段时间无人使用，程序已锁定。请登录后继续，可用 %1 或其他账户。正在进行的工作（如发送）不受影响。</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="44"/>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="45"/>
        <source>Borrower name</source>
        <translation>借款人姓名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="46"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="47"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="48"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="49"/>
        <source>Disbursed on</source>
        <translation>放款日期</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="50"/>
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="51"/>
        <source>Amount due</source>
        <translation>应还金额</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="52"/>
        <source>Amount paid</source>
        <translation>已还金额</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="53"/>
        <source>Outstanding</source>
        <translation>剩余应还</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="54"/>
        <source>Installment no.</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="55"/>
        <source>Paid on</source>
        <translation>实还日期</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="103"/>
        <source>Import the loan book</source>
        <translation>导入借款台账</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="105"/>
        <source>Choose the borrower spreadsheet the office keeps (.xlsx, .xls or .csv), or drop it on this page. Nothing is written before you confirm.</source>
        <translation>选择公司的借款人表格（.xlsx、.xls 或 .csv），或把文件拖到本页。确认之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="108"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="132"/>
        <source>Import borrower spreadsheet</source>
        <translation>导入借款人表格</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="133"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="153"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="161"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="164"/>
        <source>Column mapping</source>
        <translation>列对应关系</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="165"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="165"/>
        <source>Column in the sheet</source>
        <translation>表格中的列</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="170"/>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="174"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="176"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="181"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="201"/>
        <source>%1 · header on row %2 · %3 data row(s)</source>
        <translation>%1 · 表头在第 %2 行 · %3 行数据</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="213"/>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="238"/>
        <source>In the first %1 rows: %2 would be rejected, %3 problem(s) in all (highlighted; point at a cell for the reason).</source>
        <translation>前 %1 行中：%2 行将被拒绝，共 %3 个问题（已标红；鼠标指向单元格可看原因）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="267"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="268"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="295"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="313"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>已取消导入：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="324"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="325"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="325"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="325"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="328"/>
        <source>Save problems as .xlsx…</source>
        <translation>将问题另存为 .xlsx…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="330"/>
        <source>Import another file</source>
        <translation>导入其他文件</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="360"/>
        <source>Save problems</source>
        <translation>保存问题</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="361"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="377"/>
        <source>Problems saved to %1</source>
        <translation>问题已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/import_page.py" line="378"/>
        <source>Saving the problems…</source>
        <translation>正在保存问题清单…</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="53"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="55"/>
        <source>From</source>
        <translation>来自号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="57"/>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="58"/>
        <source>Contract</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="59"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="60"/>
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="95"/>
        <source>Search number, name, contract or text</source>
        <translation>搜索号码、姓名、合同编号或内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="96"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="105"/>
        <source>modem:auto</source>
        <translation>modem:auto</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="106"/>
        <source>Modem to read</source>
        <translation>要读取的短信猫</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="107"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="108"/>
        <source>Read the replies waiting on the modem&apos;s SIM</source>
        <translation>读取调制解调器 SIM 卡上等待的回复</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="112"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="126"/>
        <source>Opt out</source>
        <translation>退订</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="127"/>
        <source>Hold…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="128"/>
        <source>Release</source>
        <translation>解除暂停</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="129"/>
        <source>Contact wishes…</source>
        <translation>联系偏好…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="130"/>
        <source>The reply asks for certain hours, working days, fewer messages or calls only: record it for this borrower</source>
        <translation>回复中要求特定时段、工作日、少发或只打电话：为该借款人记下来</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="138"/>
        <source>Modem:</source>
        <translation>短信猫：</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="179"/>
        <source>Type the modem first (for example modem:auto).</source>
        <translation>请先填写短信猫（例如 modem:auto）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="183"/>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="191"/>
        <source>Reading the replies on the SIM…</source>
        <translation>正在读取 SIM 卡上的回复…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="195"/>
        <source>%n new reply(s): %1 opted out, %2 put on hold.</source>
        <translation>
            <numerusform>新回复 %n 条：%1 人退订，%2 人暂停。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="213"/>
        <source>%1 is opted out: no more messages to this number.</source>
        <translation>%1 已退订：不再向此号码发送短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="220"/>
        <source>Hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="220"/>
        <source>Why hold this borrower?</source>
        <translation>为什么暂停这位借款人？</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="225"/>
        <source>%1 is on hold: nothing is sent until released.</source>
        <translation>%1 已暂停：解除前不会发送任何短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="233"/>
        <source>%1 is released: messages may go again.</source>
        <translation>%1 已解除暂停：可以再次发送短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/inbox_page.py" line="244"/>
        <source>Reply: %1</source>
        <translation>回复：%1</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../operator_app/ui/idle_lock.py" line="37"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/idle_lock.py" line="43"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="90"/>
        <source>Collections SMS desk</source>
        <translation>催收短信工作台</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="139"/>
        <source>No modem configured</source>
        <translation>未配置短信猫</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="140"/>
        <location filename="../../operator_app/ui/main_window.py" line="320"/>
        <source>Connecting to the modem…</source>
        <translation>正在连接短信猫…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="61"/>
        <source>总览 Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="62"/>
        <source>导入 Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="63"/>
        <source>逾期队列 Queue</source>
        <translation>逾期队列</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="64"/>
        <source>批次 Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="65"/>
        <source>发送 Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="66"/>
        <source>历史 History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="67"/>
        <source>收件箱 Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="68"/>
        <source>模板 Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="69"/>
        <source>通话名单 Calls</source>
        <translation>通话名单</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="70"/>
        <source>设置 Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="110"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="138"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="149"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="150"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="200"/>
        <source>Signed in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="165"/>
        <source>Operator:</source>
        <translation>操作员：</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="253"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="254"/>
        <source>Last import: %1</source>
        <translation>最近导入：%1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="256"/>
        <source>The loan book is out of date: import the latest sheet before approving a batch.</source>
        <translation>借款数据已过时：复核批次前请先导入最新表格。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/main_window.py" line="258"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n 条短信待发</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="267"/>
        <source>Audit trail: intact</source>
        <translation>审计记录：完整</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="267"/>
        <source>Audit trail: broken</source>
        <translation>审计记录：已断裂</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="276"/>
        <source>Audit trail: not checked</source>
        <translation>审计记录：未检查</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="306"/>
        <source>Filling the demo office…</source>
        <translation>正在生成演示办公室…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="325"/>
        <source>%1 %2 · signal %3/5 · %4</source>
        <translation>%1 %2 · 信号 %3/5 · %4</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="329"/>
        <source>no network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="331"/>
        <source>Signal %1 of 5</source>
        <translation>信号 %1/5</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/main_window.py" line="335"/>
        <source>Modem not connected</source>
        <translation>短信猫未连接</translation>
    </message>
</context>
<context>
    <name>OfficeDetailsForm</name>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="41"/>
        <source>Your office&apos;s details</source>
        <translation>本机构信息</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="42"/>
        <source>Every SMS starts with the office&apos;s name and gives a phone number to call. Fill them in before the first batch can be approved.</source>
        <translation>每条短信都以机构名称开头，并留有联系电话。请先填写，之后批次才能复核通过。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="47"/>
        <source>2-12 characters, e.g. 安信小贷</source>
        <translation>2-12 个字，例如 安信小贷</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="48"/>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="62"/>
        <source>Signature</source>
        <translation>短信签名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="53"/>
        <source>e.g. 0571-88886666 or 400-800-1234</source>
        <translation>例如 0571-88886666 或 400-800-1234</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="54"/>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="64"/>
        <source>Office phone</source>
        <translation>公司电话</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="56"/>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="65"/>
        <source>Where borrowers pay</source>
        <translation>还款渠道</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="60"/>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="66"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="67"/>
        <source>Save office details</source>
        <translation>保存机构信息</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="98"/>
        <source>Each SMS starts with 【%1】</source>
        <translation>每条短信以【%1】开头</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="99"/>
        <source>Each SMS starts with the signature in 【】</source>
        <translation>每条短信以【签名】开头</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/office_details_form.py" line="114"/>
        <source>Saved. Messages now start with 【%1】.</source>
        <translation>已保存。短信现在以【%1】开头。</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="46"/>
        <source>Your office</source>
        <translation>公司信息</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="47"/>
        <source>Every SMS starts with the office&apos;s signature in 【】 and gives a phone number to call.</source>
        <translation>每条短信以【】里的短信签名开头，并留一个联系电话。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="50"/>
        <source>e.g. 杭州安信小额贷款有限公司</source>
        <translation>例如 杭州安信小额贷款有限公司</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="53"/>
        <source>2-12 characters, e.g. 安信小贷</source>
        <translation>2-12 个字，例如 安信小贷</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="55"/>
        <source>e.g. 0571-88886666 or 400-800-1234</source>
        <translation>例如 0571-88886666 或 400-800-1234</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="60"/>
        <source>Office name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="61"/>
        <source>Signature</source>
        <translation>短信签名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="62"/>
        <source>Office phone</source>
        <translation>公司电话</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="63"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="71"/>
        <source>Type the office&apos;s full name (up to 60 characters).</source>
        <translation>请填写公司全称（最多 60 个字）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="72"/>
        <source>The signature is 2-12 characters without 【】, e.g. 安信小贷.</source>
        <translation>短信签名为 2-12 个字，不带【】，例如 安信小贷。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="73"/>
        <source>Type the phone number borrowers call, e.g. 0571-88886666 or 400-800-1234.</source>
        <translation>请填写借款人可以拨打的电话，例如 0571-88886666 或 400-800-1234。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/first_run_pages.py" line="75"/>
        <source>That is not a time zone: pick one from the list.</source>
        <translation>这不是时区：请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>PrefsDialog</name>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="47"/>
        <source>Contact preferences</source>
        <translation>联系偏好</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="49"/>
        <source>%1 (%2): as the borrower asked, in a reply or on the phone.</source>
        <translation>%1（%2）：按借款人在短信回复或电话中的要求填写。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="52"/>
        <source>No SMS at all: call instead (the loan goes on the call list)</source>
        <translation>完全不发短信：改为电话联系（该借款进入电话名单）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="54"/>
        <source>Working days only</source>
        <translation>仅工作日</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="56"/>
        <source>Only between</source>
        <translation>只在此时段</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="58"/>
        <source>From</source>
        <translation>发信号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="59"/>
        <source>To</source>
        <translation>收件号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="67"/>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="71"/>
        <source> message(s) in 7 days</source>
        <translation> 条 / 7 天</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="74"/>
        <source>e.g. reply of 3 Dec: please only in the evening</source>
        <translation>例如：12月3日回复，只在晚上联系</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="76"/>
        <source>Within the office&apos;s own send window and caps; a message already approved waits for these hours at sending, or is withdrawn.</source>
        <translation>仍在本公司的发送时段和条数上限之内；已复核的短信在发送时等到这个时段，或被撤回。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="93"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/prefs_dialog.py" line="95"/>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="34"/>
        <source>Export personal data…</source>
        <translation>导出个人信息…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="35"/>
        <source>Everything the office holds about this loan&apos;s borrower, as a workbook (the borrower&apos;s right to a copy).</source>
        <translation>导出本机构持有的该借款人的全部信息（Excel 工作簿；借款人有权获取副本）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="37"/>
        <source>Erase personal data…</source>
        <translation>删除个人信息…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="38"/>
        <source>Erase this borrower&apos;s name, mobile, ID digits, message texts and replies; amounts and dates are kept.</source>
        <translation>删除该借款人的姓名、手机号、身份证号信息、短信和回复内容；金额和日期保留。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="58"/>
        <source>Export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="59"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="79"/>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="84"/>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="80"/>
        <source>Why (e.g. the borrower&apos;s request and its date)?</source>
        <translation>删除理由（例如借款人的申请及日期）：</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/privacy_actions.py" line="85"/>
        <source>Erase the personal data of the borrower of %1, with all their loans? Their name, mobile, ID digits, message texts and replies are replaced; amounts and dates stay. This cannot be undone, and backups made before still hold them.</source>
        <translation>删除合同 %1 借款人（含其全部借款）的个人信息？姓名、手机号、身份证号信息、短信和回复内容将被替换；金额和日期保留。此操作无法撤销，之前的备份中仍含有这些信息。</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="78"/>
        <source>Search contract, name or phone</source>
        <translation>搜索合同编号、姓名或手机号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="80"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="82"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="83"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="87"/>
        <source>Days past due from</source>
        <translation>逾期天数下限</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="87"/>
        <source>Days past due to</source>
        <translation>逾期天数上限</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="93"/>
        <source>Outstanding from (yuan)</source>
        <translation>剩余应还下限（元）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="94"/>
        <source>Outstanding to (yuan)</source>
        <translation>剩余应还上限（元）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="101"/>
        <source>Needs action only</source>
        <translation>只看需处理的</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="102"/>
        <source>Overdue loans and loans due within the reminder days. Untick to see every loan, paid and not yet due ones too.</source>
        <translation>逾期的借款，以及在提醒天数内到期的借款。取消勾选可查看全部借款，包括已结清和未到期的。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="106"/>
        <source>With contact wishes only</source>
        <translation>只看有联系偏好的</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="107"/>
        <source>Borrowers who asked for working days only, certain hours, fewer messages or no SMS (set from a reply or a call).</source>
        <translation>要求只在工作日、特定时段、少发或不发短信的借款人（根据回复或电话设置）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="110"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="116"/>
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="120"/>
        <source>Amount ¥</source>
        <translation>金额 ¥</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="128"/>
        <source>Loans</source>
        <translation>借款</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="155"/>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="180"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="160"/>
        <source>Contact wishes…</source>
        <translation>联系偏好…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="161"/>
        <source>What the borrower asked for in a reply or a call: working days only, certain hours, fewer messages, or no SMS</source>
        <translation>借款人在回复或电话中提出的要求：只在工作日、特定时段、少发或不发短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="165"/>
        <source>Create batch from this filter</source>
        <translation>按此筛选生成批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="166"/>
        <source>Plans today&apos;s messages for the loans the queue shows (the whole book when nothing is filtered); a second operator approves them on the Batches page.</source>
        <translation>为队列当前显示的借款生成今天的短信（未设筛选时为全部借款）；由另一位操作员在“批次”页复核。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="170"/>
        <source>Create batch from selection</source>
        <translation>为所选创建批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="171"/>
        <source>Plans today&apos;s messages for the selected loans only (Ctrl or Shift + click to select several).</source>
        <translation>只为选中的借款生成今天的短信（按住 Ctrl 或 Shift 点击可多选）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/queue_page.py" line="209"/>
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n 笔借款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="273"/>
        <source>No SMS: %1</source>
        <translation>不发短信：%1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="276"/>
        <source>Borrower&apos;s wishes: %1</source>
        <translation>借款人要求：%1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="311"/>
        <source>Nothing sent, paid or replied yet.</source>
        <translation>尚无短信、还款或回复记录。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="317"/>
        <source>This loan gets no message at this stage.</source>
        <translation>该借款在此阶段不发短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/queue_page.py" line="344"/>
        <source>Contact wishes of %1…</source>
        <translation>%1 的联系偏好…</translation>
    </message>
</context>
<context>
    <name>SendStates</name>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="30"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="30"/>
        <source>Contract</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="31"/>
        <source>To</source>
        <translation>收件号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="31"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="32"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="46"/>
        <source>waiting until %1</source>
        <translation>等待至 %1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="59"/>
        <source>arrived %1</source>
        <translation>%1 已送达</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/send_states_model.py" line="62"/>
        <source>sent %1</source>
        <translation>%1 已发出</translation>
    </message>
</context>
<context>
    <name>SendingPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="31"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="32"/>
        <source>Contract</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="33"/>
        <source>To</source>
        <translation>收件号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="34"/>
        <source>Why unknown</source>
        <translation>存疑原因</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="35"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="66"/>
        <source>Messages in doubt</source>
        <translation>存疑短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="70"/>
        <source>It went: mark sent</source>
        <translation>已发出：标记为已发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="71"/>
        <source>It did not go: mark failed</source>
        <translation>未发出：标记为失败</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="72"/>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="70"/>
        <source>Approved batch</source>
        <translation>已复核的批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="78"/>
        <source>e.g. modem:auto or emulator: (several: separate with spaces)</source>
        <translation>例如 modem:auto 或 emulator:（多个请用空格分隔）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="79"/>
        <source>Pick a transport saved in Settings, or type one (several: separate with spaces).</source>
        <translation>选择“设置”中保存的通道，或直接输入（多个通道用空格分隔）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="80"/>
        <source>Transports</source>
        <translation>发送通道</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="81"/>
        <source>Start sending</source>
        <translation>开始发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="82"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="83"/>
        <source>Pauses after the message in hand; Resume goes on with the same batch.</source>
        <translation>发完手头这条后暂停；点“继续”接着发送同一批次。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="84"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="85"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="86"/>
        <source>Stops after the message in hand: nothing is cut mid-send.</source>
        <translation>发完当前这条后停止：不会中途打断。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="93"/>
        <source>Sending progress</source>
        <translation>发送进度</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="95"/>
        <source>Choose an approved batch and the transport, then start.</source>
        <translation>请选择已复核的批次和发送通道，然后开始。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="101"/>
        <source>Every message of the batch</source>
        <translation>本批次的每条短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="122"/>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="124"/>
        <source>Transports:</source>
        <translation>发送通道：</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="131"/>
        <source>Every message of the batch, as it goes</source>
        <translation>本批次每条短信的实时状态</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="83"/>
        <source>Messages in doubt (the app cannot know whether they went)</source>
        <translation>存疑短信（系统无法确定是否已发出）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="164"/>
        <source>Batch %1 for %2 (%3, %4 messages)</source>
        <translation>批次 %1，%2（%3，%4 条短信）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="211"/>
        <source>The message states could not be read just now.</source>
        <translation>暂时无法读取短信状态。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="216"/>
        <source>No batch chosen.</source>
        <translation>未选择批次。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="217"/>
        <source>This batch has no messages.</source>
        <translation>此批次没有短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="220"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="112"/>
        <source>%n message(s) in doubt: ask the borrower or check the carrier&apos;s records, then mark each one sent or failed, or send it again.</source>
        <translation>
            <numerusform>%n 条短信存疑：请询问借款人或查询运营商记录，然后逐条标记为已发送或失败，或重新发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/doubt_box.py" line="115"/>
        <source>None: every message is accounted for.</source>
        <translation>没有：每条短信的状态都已确定。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="248"/>
        <source>Type the transport first (for example modem:auto).</source>
        <translation>请先填写发送通道（例如 modem:auto）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="267"/>
        <source>Opening the transport…</source>
        <translation>正在打开发送通道…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="281"/>
        <source>Pausing after the message in hand…</source>
        <translation>发完手头这条后暂停…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="287"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="292"/>
        <source>Stopping after the message in hand…</source>
        <translation>发完当前这条后停止…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="302"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="305"/>
        <source>about %1 min %2 s left</source>
        <translation>约剩 %1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="319"/>
        <source>Paused: Resume goes on with this batch.</source>
        <translation>已暂停：点“继续”接着发送本批次。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="332"/>
        <source>Sending stopped.</source>
        <translation>发送已停止。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="339"/>
        <source>Stopped by you. </source>
        <translation>已由您停止。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="340"/>
        <source>Sent now: %1. In this batch: %2 sent (%3 delivered), %4 failed, %5 in doubt, %6 cancelled.</source>
        <translation>本次发出 %1 条。本批次共：已发送 %2 条（已送达 %3 条），失败 %4 条，存疑 %5 条，已取消 %6 条。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="346"/>
        <source>%1 cancelled: %2</source>
        <translation>%1 条已取消：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/sending_page.py" line="350"/>
        <source>%n message(s) cannot go before their day&apos;s sending hours end at %1: they will be cancelled as expired, and the next day&apos;s batch plans them again.</source>
        <translation>
            <numerusform>%n 条短信在当天发送时段结束（%1）前无法发出：届时将作为过期短信取消，次日的批次会重新安排。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/sending_page.py" line="354"/>
        <source>%n message(s) wait (%1) until %2.</source>
        <translation>
            <numerusform>%n 条短信等待中（%1），最早 %2 发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="357"/>
        <source>%1 paused until %2: %3</source>
        <translation>%1 暂停至 %2：%3</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/sending_page.py" line="361"/>
        <source>Nothing left to send in this batch.</source>
        <translation>本批次已没有待发送的短信。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="42"/>
        <source>Office</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="43"/>
        <source>Sending window and limits</source>
        <translation>发送时段与限额</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="44"/>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="45"/>
        <source>Batches, lint and calls</source>
        <translation>批次、合规检查与电话</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="14"/>
        <source>Office name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="15"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="16"/>
        <source>Signature 【…】</source>
        <translation>签名【…】</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="17"/>
        <source>Office phone</source>
        <translation>公司电话</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="18"/>
        <source>Where borrowers pay</source>
        <translation>还款渠道</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="19"/>
        <source>Send from</source>
        <translation>发送开始时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="20"/>
        <source>Send until</source>
        <translation>发送结束时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="21"/>
        <source>Working days only</source>
        <translation>仅工作日</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="22"/>
        <source>Messages per borrower a day</source>
        <translation>每人每天最多短信数</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="23"/>
        <source>Messages per borrower a week</source>
        <translation>每人每周最多短信数</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="24"/>
        <source>Same text not again within (hours)</source>
        <translation>相同内容间隔（小时）</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="25"/>
        <source>Reminder days before due</source>
        <translation>到期前提醒天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="26"/>
        <source>Grace days</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="27"/>
        <source>Grace days for repeat offenders</source>
        <translation>多次逾期者的宽限天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="28"/>
        <source>M1 ends at day</source>
        <translation>M1 截止天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="29"/>
        <source>M2 ends at day</source>
        <translation>M2 截止天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="30"/>
        <source>M3 ends at day</source>
        <translation>M3 截止天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="31"/>
        <source>Minimum payment</source>
        <translation>最低还款</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="32"/>
        <source>Loan book stale after (days)</source>
        <translation>数据过时天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="33"/>
        <source>Most SMS parts per message</source>
        <translation>每条短信最多分段数</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="34"/>
        <source>Call after messages without response</source>
        <translation>几条短信无回应后转电话</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="35"/>
        <source>Back up daily on the first start</source>
        <translation>每天首次启动时自动备份</translation>
    </message>
    <message>
        <location filename="../../operator_app/setting_words.py" line="36"/>
        <source>Keep texts of closed loans (months)</source>
        <translation>结清借款的短信保留月数</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="46"/>
        <source>Backups and retention</source>
        <translation>备份与保留期限</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="89"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="91"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="96"/>
        <source>This workstation</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="98"/>
        <source>Language (after a restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="103"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="143"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="150"/>
        <source>Default: %1 · accepted: %2</source>
        <translation>默认：%1 · 可填：%2</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="177"/>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="190"/>
        <source>Waiting for a second person to confirm: %1</source>
        <translation>等待第二个人确认：%1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="192"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/settings_page.py" line="207"/>
        <source>The language changes the next time the app starts.</source>
        <translation>语言将在下次启动时更改。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../operator_app/ui/sign_in_dialog.py" line="21"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/sign_in_dialog.py" line="23"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/sign_in_dialog.py" line="26"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/sign_in_dialog.py" line="33"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/sign_in_dialog.py" line="34"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/sign_in_dialog.py" line="39"/>
        <source>This office has operator accounts: sign in to work.</source>
        <translation>本办公室已启用操作员账户：请登录后工作。</translation>
    </message>
</context>
<context>
    <name>SmsBubble</name>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="55"/>
        <source>Message text</source>
        <translation>短信内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/bubble.py" line="84"/>
        <source>%1 · %n part(s)</source>
        <translation>
            <numerusform>%1 · %n 段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/bubble.py" line="85"/>
        <source>%n character(s) left in this part</source>
        <translation>
            <numerusform>本段还剩 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="87"/>
        <source>UCS-2 because of “%1”</source>
        <translation>因“%1”使用 UCS-2</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="94"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="94"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/bubble.py" line="97"/>
        <source>No compliance problems found.</source>
        <translation>未发现合规问题。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="61"/>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="62"/>
        <source>not checked in this session</source>
        <translation>本次运行尚未检查</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="69"/>
        <source>the gateway answers</source>
        <translation>网关有应答</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="57"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="58"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="59"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="60"/>
        <source>Lint</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="76"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="83"/>
        <source>Template text</source>
        <translation>模板内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="88"/>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="107"/>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="93"/>
        <source>Double-click to insert at the cursor</source>
        <translation>双击插入到光标处</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="98"/>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="121"/>
        <source>Preview on a sample borrower</source>
        <translation>示例借款人预览</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="156"/>
        <source>%1 (%2), version %3 by %4</source>
        <translation>%1（%2），第 %3 版，%4 编写</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/templates_page.py" line="183"/>
        <source>The template cannot be filled in yet.</source>
        <translation>模板暂时无法填充。</translation>
    </message>
</context>
<context>
    <name>TestSendBox</name>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="35"/>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="36"/>
        <source>Your own phone number</source>
        <translation>您自己的手机号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="39"/>
        <source>Send a test to my phone</source>
        <translation>发测试短信到我的手机</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="40"/>
        <source>Send a test message to your own phone</source>
        <translation>发一条测试短信到您自己的手机</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="42"/>
        <source>Checks the line before a batch goes; it is not a borrower&apos;s message.</source>
        <translation>在批次发送前检查线路；这不是发给借款人的短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="46"/>
        <source>Your phone:</source>
        <translation>您的手机：</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="61"/>
        <source>Type your own mobile number first.</source>
        <translation>请先输入您自己的手机号码。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="64"/>
        <source>Type the transport first (for example modem:auto).</source>
        <translation>请先填写发送通道（例如 modem:auto）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="67"/>
        <source>Test message: if you can read this, sending works.</source>
        <translation>测试短信：收到即说明发送正常。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="73"/>
        <source>Sending the test to %1…</source>
        <translation>正在向 %1 发送测试短信…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="75"/>
        <source>Sending a test message to your phone…</source>
        <translation>正在向您的手机发送测试短信…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="81"/>
        <source>The test reached %1: delivered.</source>
        <translation>测试短信已送达 %1。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="83"/>
        <source>The test to %1 was sent but the network says it was not delivered.</source>
        <translation>发往 %1 的测试短信已发出，但网络回报未送达。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="85"/>
        <source>The test to %1 went out (%2); no delivery report yet: check your phone.</source>
        <translation>发往 %1 的测试短信已发出（%2），尚无送达回执：请查看您的手机。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="96"/>
        <source>The test did not go: %1</source>
        <translation>测试短信未发出：%1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/test_send_box.py" line="98"/>
        <source>The test did not go.</source>
        <translation>测试短信未发出。</translation>
    </message>
</context>
<context>
    <name>TransportDialog</name>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="36"/>
        <source>GSM modem (serial port or TCP)</source>
        <translation>GSM 短信猫（串口或 TCP）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="37"/>
        <source>Virtual modem (this PC, sends nothing)</source>
        <translation>虚拟短信猫（本机模拟，不会真的发出）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="38"/>
        <source>Kannel SMS gateway</source>
        <translation>Kannel 短信网关</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="39"/>
        <source>Android phone (android-sms-gateway)</source>
        <translation>安卓手机（android-sms-gateway）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="40"/>
        <source>Aliyun SMS</source>
        <translation>阿里云短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="41"/>
        <source>Twilio-compatible API</source>
        <translation>Twilio 兼容接口</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="42"/>
        <source>Other HTTP platform (.toml profile)</source>
        <translation>其他 HTTP 平台（.toml 配置文件）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="46"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="48"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="46"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="49"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="47"/>
        <source>Sender (from)</source>
        <translation>发送方号码（from）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="50"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="51"/>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="52"/>
        <source>Approved signature</source>
        <translation>已审核的签名</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="53"/>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="53"/>
        <source>Auth token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="54"/>
        <source>From number</source>
        <translation>发送号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="73"/>
        <source>Edit transport</source>
        <translation>编辑通道</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="73"/>
        <source>Add a transport</source>
        <translation>添加通道</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="76"/>
        <source>e.g. office-modem (letters, digits, - and _)</source>
        <translation>例如 office-modem（字母、数字、- 和 _）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="85"/>
        <source>COM3, /dev/ttyUSB0, socket://HOST:PORT or auto</source>
        <translation>COM3、/dev/ttyUSB0、socket://主机:端口 或 auto</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="86"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="115"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="87"/>
        <source>Ask every port in the list for a modem (AT) and pick the one that answers.</source>
        <translation>向列表中的每个端口发送 AT 指令，选中有短信猫应答的那个。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="96"/>
        <source>from the settings</source>
        <translation>按系统设置</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="98"/>
        <source>0 = no limit</source>
        <translation>0 = 不限</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="100"/>
        <source>name=value&amp;name=value (e.g. callback=0.0.0.0:8099)</source>
        <translation>名称=值&amp;名称=值（例如 callback=0.0.0.0:8099）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="110"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="129"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="110"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="129"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="110"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="129"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="111"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="130"/>
        <source>Speed (baud)</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="111"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="130"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="194"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="112"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="112"/>
        <source>Password or PIN</source>
        <translation>密码或 PIN</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="113"/>
        <source>Sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="113"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="131"/>
        <source>Seconds between messages</source>
        <translation>每条间隔（秒）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="114"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="132"/>
        <source>Messages a day at most</source>
        <translation>每天最多条数</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="114"/>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="132"/>
        <source>Other options</source>
        <translation>其他选项</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="115"/>
        <source>Probe or test</source>
        <translation>检测或测试</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="138"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="139"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="183"/>
        <source>saved on this computer: leave empty to keep it</source>
        <translation>已保存在本机：留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="185"/>
        <source>not saved on this computer: type it</source>
        <translation>本机未保存：请输入</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="194"/>
        <source>Profile file (.toml)</source>
        <translation>配置文件（.toml）</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="202"/>
        <source>SIM PIN</source>
        <translation>SIM 卡 PIN</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="203"/>
        <source>Probe the modem</source>
        <translation>检测短信猫</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="203"/>
        <source>Test the gateway</source>
        <translation>测试网关</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="205"/>
        <source>A modem simulated inside this program: for training and trying out. Nothing reaches a phone.</source>
        <translation>在本程序内模拟的短信猫，用于培训和试用，短信不会到达任何手机。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="207"/>
        <source>The profile file describes the platform&apos;s API; its key comes from the variable or keyring entry the file names. The test only checks that the address answers.</source>
        <translation>配置文件描述平台的接口，密钥来自文件中指定的环境变量或钥匙串条目。测试只检查地址能否连通。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="209"/>
        <source>The test sends Kannel a request without a recipient: it checks the user name and password, and nothing is sent.</source>
        <translation>测试会向 Kannel 发送一个不带接收号码的请求：只核对用户名和密码，不会发出任何短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="211"/>
        <source>The test lists the phone&apos;s webhooks: it checks the user name and password, and nothing is sent.</source>
        <translation>测试会读取手机网关的 Webhook 列表：只核对用户名和密码，不会发出任何短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="213"/>
        <source>The test asks Aliyun about the signature (QuerySmsSign): it checks the AccessKey and whether the signature is approved. Nothing is sent.</source>
        <translation>测试会向阿里云查询签名（QuerySmsSign）：核对 AccessKey 并查看签名是否已审核通过，不会发出任何短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="215"/>
        <source>The test reads the account&apos;s own record: it checks the SID and token. Nothing is sent.</source>
        <translation>测试会读取账户本身的信息：核对 SID 和 Token，不会发出任何短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="217"/>
        <source>The probe asks the modem for its network, signal and registration. Nothing is sent.</source>
        <translation>检测会询问短信猫的运营商、信号和入网状态，不会发出任何短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="263"/>
        <source>Asking the modem…</source>
        <translation>正在询问短信猫…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="264"/>
        <source>Asking the gateway…</source>
        <translation>正在询问网关…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="290"/>
        <source>Looking for a modem on %n port(s)…</source>
        <translation>
            <numerusform>正在 %n 个端口上查找短信猫…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="302"/>
        <source>A modem answers on %1.</source>
        <translation>%1 上有短信猫应答。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="332"/>
        <source>%1 · signal %2 %3/5 · %4</source>
        <translation>%1 · 信号 %2 %3/5 · %4</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="333"/>
        <source>no operator</source>
        <translation>无运营商</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="335"/>
        <source>registered on the network</source>
        <translation>已入网</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transport_dialog.py" line="336"/>
        <source>NOT registered: no network, check the SIM and antenna</source>
        <translation>未入网：没有网络，请检查 SIM 卡和天线</translation>
    </message>
</context>
<context>
    <name>TransportsBox</name>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="36"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="36"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="37"/>
        <source>Where</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="37"/>
        <source>Password / PIN</source>
        <translation>密码 / PIN</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="46"/>
        <source>通道 Transports</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="51"/>
        <source>Saved transports</source>
        <translation>已保存的通道</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="65"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="66"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="67"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="68"/>
        <source>Probe / test</source>
        <translation>检测 / 测试</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="69"/>
        <source>Probe the modem or test the gateway: nothing is sent.</source>
        <translation>检测短信猫或测试网关：不会发出任何短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="80"/>
        <source>On the sending page or in the command line, use a saved transport by its name: profile:NAME.</source>
        <translation>在发送页面或命令行中，可按名称使用已保存的通道：profile:名称。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="164"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="174"/>
        <source>Delete transport</source>
        <translation>删除通道</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="175"/>
        <source>Delete the transport %1 and forget its password on this computer?</source>
        <translation>删除通道 %1，并清除本机保存的密码？</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="185"/>
        <source>Deleted: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="199"/>
        <location filename="../../operator_app/ui/pages/transports_box.py" line="219"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
</context>
<context>
    <name>TransportsStatus</name>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="89"/>
        <source>Saved transports</source>
        <translation>已保存的通道</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/status_bar.py" line="110"/>
        <source>Saved transports: %1</source>
        <translation>已保存的通道：%1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../operator_app/ui/pages/welcome_page.py" line="21"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/welcome_page.py" line="27"/>
        <source>This database holds no loans yet. Import the office&apos;s borrower spreadsheet to start, or try the app on a demo office with made-up borrowers and a virtual modem (nothing leaves this PC).</source>
        <translation>数据库中还没有借款。请导入公司的借款人表格开始使用，或先用演示公司试用（虚构的借款人和虚拟短信猫，不会有任何短信发出）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/welcome_page.py" line="31"/>
        <source>Import a spreadsheet…</source>
        <translation>导入表格…</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/pages/welcome_page.py" line="32"/>
        <source>Open the demo office</source>
        <translation>打开演示公司</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../operator_app/ui/words.py" line="29"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="30"/>
        <source>reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="31"/>
        <source>payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="32"/>
        <source>on hold until</source>
        <translation>暂停催收至</translation>
    </message>
    <message>
        <location filename="../../operator_app/ui/words.py" line="33"/>
        <source>contact wishes</source>
        <translation>联系偏好</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../operator_app/cli_words.py" line="19"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="20"/>
        <source>positional arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="21"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="22"/>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="23"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="24"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>没有命令 %(parser_name)r（可用：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="25"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="26"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="27"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="28"/>
        <source>ignored explicit argument %r</source>
        <translation>多余的值 %r</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="29"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必填参数：%s</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="30"/>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 必须给出其中一个</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="31"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="32"/>
        <source>expected at most one argument</source>
        <translation>最多一个值</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="33"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="34"/>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="35"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="36"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项 %(option)s 不明确，可能是：%(matches)s</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="37"/>
        <source>unexpected option string: %s</source>
        <translation>多余的选项：%s</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="38"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r 不是有效的值</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="39"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择 %(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_words.py" line="40"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../operator_app/cli.py" line="90"/>
        <source>Collections SMS desk: import loan sheets, plan, approve and send reminder messages.</source>
        <translation>催收短信工作台：导入借款表，制定、复核并发送提醒短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="92"/>
        <source>print the app&apos;s version and exit</source>
        <translation>显示程序版本后退出</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="93"/>
        <source>database: a file path, sqlite:///FILE or postgresql+psycopg://HOST/NAME</source>
        <translation>数据库：文件路径、sqlite:///文件 或 postgresql+psycopg://主机/库名</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="94"/>
        <source>open a generated demo office with a virtual modem</source>
        <translation>打开自动生成的演示机构（带虚拟短信猫）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="95"/>
        <source>language of messages: zh_CN (Chinese, the default) or en (English)</source>
        <translation>提示语言：zh_CN（中文，默认）或 en（英文）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="96"/>
        <source>show the technical details (tracebacks) of an error</source>
        <translation>出错时显示技术细节（调用栈）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="97"/>
        <source>sign in as this account; the password from OPERATOR_APP_PASSWORD, else asked for</source>
        <translation>以此账户登录；密码取自 OPERATOR_APP_PASSWORD，否则会提示输入</translation>
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
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="100"/>
        <source>import a borrower spreadsheet (.xlsx, .xls, .csv)</source>
        <translation>导入借款人表格（.xlsx、.xls、.csv）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="101"/>
        <source>the spreadsheet to import</source>
        <translation>要导入的表格文件</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="102"/>
        <source>the sheet to read (default: the first)</source>
        <translation>要读取的工作表（默认第一个）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="104"/>
        <source>which column holds a field when its header is not recognised (repeatable)</source>
        <translation>表头无法识别时，指定某字段在哪一列（可多次使用）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="105"/>
        <source>sheet kind: loan (one row per loan) or installment (one row per installment); detected when omitted</source>
        <translation>表格类型：loan（每行一笔借款）或 installment（每行一期）；不填则自动判断</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="106"/>
        <source>read and check the sheet, write nothing</source>
        <translation>只读取并检查表格，不写入任何数据</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="107"/>
        <source>write the problem rows to this workbook</source>
        <translation>把有问题的行写入此工作簿</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="108"/>
        <source>who imports (for the audit trail)</source>
        <translation>导入人（记入审计记录）</translation>
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
        <translation>以 JSON 输出结果（代码形式，供程序使用）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="111"/>
        <source>loans with outstanding amounts, days past due and stage</source>
        <translation>列出借款的未还金额、逾期天数和阶段</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="112"/>
        <location filename="../../operator_app/cli_batches.py" line="75"/>
        <source>the day to look from (default: today in the office)</source>
        <translation>按哪一天计算（默认：本机构的今天）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="113"/>
        <source>only this stage: {stages}</source>
        <translation>只看此阶段：{stages}</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="116"/>
        <source>print the result as JSON (codes, amounts in fen, for programs)</source>
        <translation>以 JSON 输出结果（代码形式，金额以分计，供程序使用）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="117"/>
        <source>print CSV for Excel (headers in the operator&apos;s language, amounts in yuan)</source>
        <translation>输出可用 Excel 打开的 CSV（中文表头，金额以元计）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="119"/>
        <source>generate the demo office into --db, else into the default database (data/operator.db), where `queue` and the GUI find it; an earlier demo there is replaced, a database holding the office&apos;s own loans is refused (exit 2)</source>
        <translation>生成演示机构，写入 --db 指定的数据库，未指定时写入默认数据库（data/operator.db），queue 命令和图形界面都会在那里找到它；原有的演示数据会被替换，已有本机构真实借款的数据库会被拒绝（退出码 2）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="123"/>
        <source>how many loans (default: 3000)</source>
        <translation>借款笔数（默认 3000）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="124"/>
        <source>the demo&apos;s today (default: today in the office)</source>
        <translation>演示数据的“今天”（默认：本机构的今天）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="126"/>
        <source>the audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="127"/>
        <source>verify: check that no entry was changed or removed</source>
        <translation>verify：检查没有记录被修改或删除</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="130"/>
        <source>send one SMS directly (no loans involved)</source>
        <translation>直接发送一条短信（与借款无关）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="132"/>
        <source>send one SMS</source>
        <translation>发送一条短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="133"/>
        <source>how to send: modem:PORT, emulator:, kannel:URL, … or a saved transport&apos;s name</source>
        <translation>发送方式：modem:端口、emulator:、kannel:网址……或已保存通道的名称</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="134"/>
        <location filename="../../operator_app/cli_outbox.py" line="64"/>
        <source>the mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="135"/>
        <source>the text of the message</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="136"/>
        <source>do not ask for a delivery report</source>
        <translation>不要求送达报告</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="138"/>
        <source>wait this long for delivery reports and print the outcome</source>
        <translation>等待送达报告的秒数，并显示结果</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="139"/>
        <source>the provider&apos;s approved template (Aliyun SMS)</source>
        <translation>服务商已审核的模板（阿里云短信）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="141"/>
        <source>a value of the provider&apos;s template (repeatable)</source>
        <translation>服务商模板中的一个变量值（可多次使用）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="144"/>
        <source>GSM modem tools</source>
        <translation>短信猫工具</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="146"/>
        <source>ask a modem who it is, its SIM and its signal</source>
        <translation>查询短信猫的型号、SIM 卡和信号</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="147"/>
        <source>modem:PORT, modem:auto, emulator: or a saved transport&apos;s name</source>
        <translation>modem:端口、modem:auto、emulator: 或已保存通道的名称</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="149"/>
        <source>serve a virtual modem</source>
        <translation>运行一个虚拟短信猫</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="151"/>
        <source>listen on this TCP port</source>
        <translation>在此 TCP 端口监听</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="152"/>
        <source>make a pseudo-terminal and link it here</source>
        <translation>创建一个虚拟串口并链接到此路径</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="153"/>
        <source>append every received message as a JSON line</source>
        <translation>把收到的每条短信以一行 JSON 追加到此文件</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="154"/>
        <source>the virtual SIM asks for this PIN</source>
        <translation>虚拟 SIM 卡要求输入此 PIN 码</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="155"/>
        <source>+CMS ERROR on every Nth send</source>
        <translation>每发送 N 条就回一次 +CMS ERROR</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="157"/>
        <source>the +CMS ERROR code of --fail-every (e.g. 38: network out of order, temporary)</source>
        <translation>--fail-every 返回的 +CMS ERROR 代码（例如 38：网络故障，暂时性）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="158"/>
        <source>act as a modem with no network</source>
        <translation>模拟没有网络的短信猫</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="159"/>
        <source>act as unplugged after N messages</source>
        <translation>发送 N 条后模拟被拔出</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="160"/>
        <source>answer each command this much later</source>
        <translation>每个命令延迟这么多秒再应答</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="161"/>
        <source>sprinkle unsolicited ^RSSI lines</source>
        <translation>夹杂主动上报的 ^RSSI 行</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="162"/>
        <source>refuse sends beyond this many a minute</source>
        <translation>每分钟超过这么多条就拒绝发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="164"/>
        <source>drop the line on the Nth send before the prompt (nothing sent)</source>
        <translation>第 N 次发送在提示符前断开（未发出）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="166"/>
        <source>drop the line after accepting the Nth message, before answering</source>
        <translation>接收第 N 条短信后、应答前断开</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli.py" line="168"/>
        <source>stop after this long (default: until Ctrl+C)</source>
        <translation>运行这么多秒后停止（默认：直到按 Ctrl+C）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="23"/>
        <source>reviewed batches: create, show, approve, cancel, export</source>
        <translation>批次：创建、查看、复核、取消、导出</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="25"/>
        <source>plan today&apos;s messages as a draft batch</source>
        <translation>把今天要发的短信生成一个草稿批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="26"/>
        <source>one template for every loan (default: each stage&apos;s own)</source>
        <translation>所有借款都用这一个模板（默认：各阶段用各自的模板）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="27"/>
        <source>the day to plan for (default: today in the office)</source>
        <translation>为哪一天制定（默认：本机构的今天）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="32"/>
        <source>only this loan (may be given several times; the stages still apply)</source>
        <translation>只含这笔借款（可多次使用；仍按阶段筛选）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="22"/>
        <source>back up the office&apos;s database file, check a backup, put one back</source>
        <translation>备份本机构的数据库文件、检查备份、恢复备份</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="24"/>
        <source>a consistent copy of the database, also while others work in it</source>
        <translation>数据库的一致副本（他人正在使用时也可备份）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="26"/>
        <source>where to write it (default: the backups folder beside the database, named by the time)</source>
        <translation>写到哪里（默认：数据库旁的 backups 文件夹，按时间命名）</translation>
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
        <translation>操作人（记入审计记录）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="28"/>
        <source>check a backup: intact, its schema, what it holds</source>
        <translation>检查备份：是否完好、结构版本、包含哪些数据</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="29"/>
        <location filename="../../operator_app/cli_backup.py" line="31"/>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_backup.py" line="30"/>
        <source>put a backup in place of the database (the replaced one is kept beside it)</source>
        <translation>用备份替换数据库（被替换的数据库另存在旁边）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="29"/>
        <source>only loans in this stage (repeatable; default: every stage): {stages}</source>
        <translation>只含此阶段的借款（可多次指定；默认：所有阶段）：{stages}</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="35"/>
        <source>every message of a batch and why loans were left out</source>
        <translation>批次中的每条短信，以及借款被排除的原因</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="36"/>
        <location filename="../../operator_app/cli_batches.py" line="39"/>
        <location filename="../../operator_app/cli_batches.py" line="43"/>
        <location filename="../../operator_app/cli_batches.py" line="46"/>
        <location filename="../../operator_app/cli_outbox.py" line="25"/>
        <source>the batch number</source>
        <translation>批次编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="38"/>
        <source>the second person&apos;s approval</source>
        <translation>由第二个人复核</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="41"/>
        <source>approve although the loan book is old</source>
        <translation>即使借款数据已过时也复核</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="42"/>
        <source>cancel a batch: its unsent messages are not sent</source>
        <translation>取消批次：尚未发出的短信不再发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="45"/>
        <source>the batch as .xlsx for offline review</source>
        <translation>把批次导出为 .xlsx，供离线审阅</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="47"/>
        <location filename="../../operator_app/cli_privacy.py" line="22"/>
        <source>the workbook to write</source>
        <translation>要写入的工作簿</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="49"/>
        <source>message templates</source>
        <translation>短信模板</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="51"/>
        <source>every template, its language and version</source>
        <translation>所有模板及其语言和版本</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="53"/>
        <source>a template&apos;s text and its compliance findings</source>
        <translation>模板内容及合规检查结果</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="54"/>
        <location filename="../../operator_app/cli_batches.py" line="57"/>
        <source>the template&apos;s name, e.g. M1</source>
        <translation>模板名称，例如 M1</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="56"/>
        <source>a new version of a template from a .txt or .toml file</source>
        <translation>用 .txt 或 .toml 文件保存模板的新版本</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="58"/>
        <source>the .txt or .toml file with the text</source>
        <translation>含模板内容的 .txt 或 .toml 文件</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="59"/>
        <source>the text&apos;s language: zh_CN (default) or en</source>
        <translation>模板语言：zh_CN（中文，默认）或 en（英文）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="62"/>
        <source>office settings (contact policy, stages, signature)</source>
        <translation>机构设置（联系规则、阶段、签名）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="64"/>
        <source>every setting and its value</source>
        <translation>所有设置及其当前值</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="66"/>
        <source>change one setting</source>
        <translation>修改一项设置</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="67"/>
        <location filename="../../operator_app/cli_batches.py" line="71"/>
        <source>the setting&apos;s name as `settings show` prints it</source>
        <translation>设置项名称（即 settings show 第一列）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="68"/>
        <source>its new value</source>
        <translation>新的值</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="70"/>
        <source>a second person confirms a pending contact-policy change</source>
        <translation>第二个人确认一项待定的联系策略更改</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="74"/>
        <source>borrowers to phone: SMS cannot or did not reach them</source>
        <translation>需要电话联系的借款人：短信无法或未能送达</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_batches.py" line="78"/>
        <source>write the list to this workbook</source>
        <translation>把名单写入此工作簿</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="24"/>
        <source>send an approved batch through one or more transports</source>
        <translation>通过一个或多个通道发送已复核的批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="27"/>
        <source>how to send: modem:PORT, kannel:URL, … or a saved transport&apos;s name (repeatable)</source>
        <translation>发送方式：modem:端口、kannel:网址……或已保存通道的名称（可多次使用）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="28"/>
        <source>keep going through the send window, caps and backoff</source>
        <translation>遇到发送时段、条数上限和重试等待时继续等候发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="29"/>
        <source>who sends (for the audit trail; signed in with --user, the account)</source>
        <translation>谁发送（记入审计记录；用 --user 登录时即该账户）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="32"/>
        <source>the outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="33"/>
        <source>only this batch&apos;s messages</source>
        <translation>只看此批次的短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="34"/>
        <source>only messages in this state: {states}</source>
        <translation>只看此状态的短信：{states}</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="38"/>
        <source>an operator&apos;s decision about one message</source>
        <translation>操作员对某条短信的处理</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="40"/>
        <source>say what became of an unknown message</source>
        <translation>确认一条状态不明的短信的结果</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="41"/>
        <location filename="../../operator_app/cli_outbox.py" line="46"/>
        <source>the message number</source>
        <translation>短信编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="43"/>
        <source>sent (it went out) or failed (it did not)</source>
        <translation>sent（已发出）或 failed（未发出）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="45"/>
        <source>queue a failed or unknown message again</source>
        <translation>把失败或状态不明的短信重新排队</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="49"/>
        <source>borrowers&apos; replies</source>
        <translation>借款人回复</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="51"/>
        <source>read the replies stored on a modem</source>
        <translation>读取短信猫里存储的回复</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="52"/>
        <source>the modem: modem:PORT or a saved transport&apos;s name</source>
        <translation>短信猫：modem:端口 或已保存通道的名称</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="56"/>
        <source>stop messages to a contract&apos;s borrower (dispute)</source>
        <translation>暂停给某合同借款人发短信（有争议）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="57"/>
        <location filename="../../operator_app/cli_outbox.py" line="61"/>
        <source>the contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="58"/>
        <source>why (kept in the audit trail)</source>
        <translation>原因（记入审计记录）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="60"/>
        <source>end a hold</source>
        <translation>解除暂停</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="63"/>
        <source>a number asked for no more messages</source>
        <translation>某号码要求不再接收短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="67"/>
        <source>a borrower&apos;s own wishes</source>
        <translation>借款人本人的联系偏好</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="69"/>
        <source>show or change a borrower&apos;s contact preferences (from a reply or a call)</source>
        <translation>查看或修改借款人的联系偏好（来自回复或电话）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="70"/>
        <source>the contract number, or the borrower&apos;s mobile number</source>
        <translation>合同编号，或借款人的手机号</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="71"/>
        <source>only on working days</source>
        <translation>只在工作日发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="72"/>
        <source>only between these times, e.g. 18:00-20:00</source>
        <translation>只在这个时段内发送，例如 18:00-20:00</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="73"/>
        <source>at most N messages in 7 days (0: no limit of their own)</source>
        <translation>7 天内最多 N 条（0 表示不单独限制）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="74"/>
        <source>no SMS at all: call instead</source>
        <translation>完全不发短信：改为电话联系</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="75"/>
        <source>remove the preferences first (then apply any given)</source>
        <translation>先清除全部偏好（再应用本次给出的选项）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="76"/>
        <source>where the wish came from (a reply, a call)</source>
        <translation>偏好的来源（短信回复、电话）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="80"/>
        <source>effectiveness per stage and template</source>
        <translation>按阶段和模板统计催收效果</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="81"/>
        <source>the first day counted</source>
        <translation>统计开始日期</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_outbox.py" line="82"/>
        <source>the last day counted</source>
        <translation>统计结束日期</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="23"/>
        <source>saved transports (modems, gateways) with their secrets in the keyring</source>
        <translation>已保存的发送通道（短信猫、网关），密码存在系统钥匙串中</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="25"/>
        <source>the saved transports</source>
        <translation>已保存的发送通道</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="27"/>
        <source>save (or replace) a transport under a name; its password goes to the keyring</source>
        <translation>以某名称保存（或替换）发送通道；密码存入系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="28"/>
        <source>the transport&apos;s name: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>通道名称：字母、数字、“.”、“-”或“_”</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="29"/>
        <source>how to send: modem:PORT, kannel:URL, android-gateway:URL, …</source>
        <translation>发送方式：modem:端口、kannel:网址、android-gateway:网址……</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="31"/>
        <source>read the password or PIN from the first line of stdin (keeps it out of the shell history)</source>
        <translation>从标准输入的第一行读取密码或 PIN 码（不会留在命令历史中）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="33"/>
        <source>delete a saved transport and its password</source>
        <translation>删除已保存的通道及其密码</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="34"/>
        <location filename="../../operator_app/cli_transports.py" line="37"/>
        <source>the transport&apos;s name</source>
        <translation>通道名称</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="36"/>
        <source>probe a saved modem or test a saved gateway (nothing is sent)</source>
        <translation>检测已保存的短信猫或测试已保存的网关（不会发出短信）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="39"/>
        <source>this computer&apos;s serial ports</source>
        <translation>本机的串口</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="40"/>
        <source>also say which one a modem answers on</source>
        <translation>同时找出短信猫接在哪个串口上</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="42"/>
        <source>the office&apos;s ID-number key, kept on each workstation (never in the database)</source>
        <translation>本办公室的身份证号密钥，保存在每台工作电脑上（从不存入数据库）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="44"/>
        <source>print this office&apos;s key, to carry to another workstation of the office</source>
        <translation>打印本办公室的密钥，用于带到办公室的另一台电脑</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_transports.py" line="45"/>
        <source>keep this office&apos;s key on this computer (read from stdin)</source>
        <translation>把本办公室的密钥保存到这台电脑（从标准输入读取）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="33"/>
        <source>operator accounts: who may sign in and what they may do</source>
        <translation>操作员账户：谁可以登录、可以做什么</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="35"/>
        <source>add an account (the office&apos;s first must be an admin)</source>
        <translation>添加账户（本办公室的第一个账户必须是管理员）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="36"/>
        <source>the name to sign in with</source>
        <translation>登录用的名字</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="38"/>
        <source>clerk (import, plan, hold), approver (+ approve, send, resolve) or admin (+ accounts, settings, transports, templates)</source>
        <translation>clerk 专员（导入、制定批次、暂停）、approver 复核员（另可复核、发送、处理）或 admin 管理员（另可管理账户、设置、通道、模板）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="39"/>
        <source>the name shown on screen (default: NAME)</source>
        <translation>界面上显示的名字（默认：NAME）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="40"/>
        <location filename="../../operator_app/cli_users.py" line="49"/>
        <source>read the new password from the first line of stdin</source>
        <translation>从标准输入的第一行读取新密码</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="41"/>
        <source>every account, its role and whether it is disabled or locked</source>
        <translation>所有账户、其角色以及是否停用或锁定</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="43"/>
        <source>stop an account from signing in</source>
        <translation>停用账户，使其不能登录</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="44"/>
        <source>let a disabled account sign in again</source>
        <translation>重新启用已停用的账户</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="46"/>
        <location filename="../../operator_app/cli_users.py" line="48"/>
        <source>the account&apos;s name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_users.py" line="47"/>
        <source>set an account&apos;s password (an admin, or the account itself)</source>
        <translation>设置账户密码（管理员，或账户本人）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="18"/>
        <source>borrowers&apos; rights: a copy of a borrower&apos;s data, erasure, retention</source>
        <translation>借款人权利：个人信息副本、删除、保留期限</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="20"/>
        <source>everything the office holds about a borrower, as a workbook</source>
        <translation>导出本机构持有的某借款人的全部信息（Excel 工作簿）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="21"/>
        <source>a contract number, or the borrower&apos;s mobile number</source>
        <translation>合同编号，或借款人的手机号</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="24"/>
        <location filename="../../operator_app/cli_privacy.py" line="29"/>
        <location filename="../../operator_app/cli_privacy.py" line="34"/>
        <source>print the result as JSON</source>
        <translation>以 JSON 输出结果</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="25"/>
        <source>erase a borrower&apos;s personal data; amounts and dates are kept</source>
        <translation>删除借款人的个人信息；金额和日期保留</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="26"/>
        <source>a contract number of the borrower</source>
        <translation>该借款人的一个合同编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="27"/>
        <source>why (e.g. the borrower&apos;s request and its date)</source>
        <translation>理由（例如借款人的申请及日期）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="30"/>
        <source>remove the texts of loans closed longer ago than the retention setting</source>
        <translation>清除结清时间超过保留期限的借款的短信内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="31"/>
        <source>loans closed before this day (default: privacy.retention_months ago)</source>
        <translation>在此日期之前结清的借款（默认：privacy.retention_months 个月之前）</translation>
    </message>
    <message>
        <location filename="../../operator_app/cli_privacy.py" line="32"/>
        <source>count only, change nothing</source>
        <translation>只统计，不做更改</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../operator_app/i18n.py" line="33"/>
        <source>File not found: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="34"/>
        <source>The file {path} is empty: there is nothing to import.</source>
        <translation>文件 {path} 是空的，没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="35"/>
        <source>{path} is not a spreadsheet: use .xlsx, .xls or .csv.</source>
        <translation>{path} 不是表格文件，请使用 .xlsx、.xls 或 .csv。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="36"/>
        <source>{path} is password-protected: open it in Excel, remove the password and save it again.</source>
        <translation>{path} 设有密码保护：请在 Excel 中打开，取消密码后重新保存。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="37"/>
        <source>{path} cannot be read as a spreadsheet (damaged or not a spreadsheet): {detail}</source>
        <translation>无法读取 {path}（文件已损坏或不是表格）：{detail}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="38"/>
        <source>{path}: the text encoding is not UTF-8 or GB18030; save it as CSV UTF-8 from Excel.</source>
        <translation>{path} 的文字编码既不是 UTF-8 也不是 GB18030，请在 Excel 中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="39"/>
        <source>No sheet named &quot;{sheet}&quot;; the sheets are: {sheets}</source>
        <translation>没有名为“{sheet}”的工作表；现有工作表：{sheets}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="40"/>
        <source>No header row found in the first 30 rows; name the columns with --map field=header.</source>
        <translation>前 30 行中找不到表头，请用 --map 字段=表头 指定列。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="41"/>
        <source>No contract number column among: {headers}. Use --map contract_no=&lt;header&gt;.</source>
        <translation>以下列中没有合同编号：{headers}。请用 --map contract_no=&lt;表头&gt; 指定。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="42"/>
        <source>--map needs field=header, got &quot;{value}&quot;</source>
        <translation>--map 的格式应为 字段=表头，收到的是“{value}”</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="43"/>
        <source>Unknown field &quot;{field}&quot;; the fields are: {fields}</source>
        <translation>未知字段“{field}”；可用字段：{fields}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="44"/>
        <source>No column &quot;{header}&quot; in the header row: {headers}</source>
        <translation>表头中没有“{header}”这一列：{headers}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="45"/>
        <source>An installment sheet needs a contract number, an installment number, a due date and an amount due.</source>
        <translation>分期表需要合同编号、期次、应还日期和应还金额四列。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="53"/>
        <source>Cannot write the report {path}: {detail}</source>
        <translation>无法写入问题报告 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="55"/>
        <source>Cannot open the database {url}: {detail}</source>
        <translation>无法打开数据库 {url}：{detail}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="56"/>
        <source>The database folder {path} does not exist.</source>
        <translation>数据库所在文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="59"/>
        <source>Not a date: &quot;{value}&quot; (use YYYY-MM-DD).</source>
        <translation>“{value}”不是日期（请用 YYYY-MM-DD 格式）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="61"/>
        <source>Totals row skipped.</source>
        <translation>合计行，已跳过。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="62"/>
        <source>No contract number: the row was not imported.</source>
        <translation>缺少合同编号，此行未导入。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="63"/>
        <source>The contract number is too long to be one: the row was not imported.</source>
        <translation>合同编号过长，不像合同编号，此行未导入。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="64"/>
        <source>&quot;{value}&quot; is not an amount of money: the row was not imported.</source>
        <translation>“{value}”不是有效金额，此行未导入。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="65"/>
        <source>No amount due: the row was not imported.</source>
        <translation>缺少应还金额，此行未导入。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="66"/>
        <source>&quot;{value}&quot; is not a date: the row was not imported.</source>
        <translation>“{value}”不是有效日期，此行未导入。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="67"/>
        <source>No due date: the row was not imported.</source>
        <translation>缺少应还日期，此行未导入。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="68"/>
        <source>&quot;{value}&quot; is not an installment number: the row was not imported.</source>
        <translation>“{value}”不是有效期次，此行未导入。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="69"/>
        <source>No name: the loan is kept but gets no SMS.</source>
        <translation>缺少姓名：借款已保存，但不会发送短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="70"/>
        <source>The name has {length} characters, too long to be a name: the loan is kept but gets no SMS.</source>
        <translation>姓名有 {length} 个字符，过长不像姓名：借款已保存，但不会发送短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="71"/>
        <source>No phone number: the loan is kept but gets no SMS.</source>
        <translation>缺少手机号：借款已保存，但不会发送短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="72"/>
        <source>&quot;{value}&quot; is a landline: the loan is kept for a phone call but gets no SMS.</source>
        <translation>“{value}”是固定电话：借款已保存，列入电话联系名单，不发短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="73"/>
        <source>&quot;{value}&quot; is not a valid mobile number: the loan is kept but gets no SMS.</source>
        <translation>“{value}”不是有效手机号：借款已保存，但不会发送短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="74"/>
        <source>Contract {contract_no} also on row {first_row}: the rows were merged into one loan.</source>
        <translation>合同 {contract_no} 与第 {first_row} 行重复，已合并为一笔借款。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="76"/>
        <source>Read {rows_read} rows: {loans_created} loans created, {loans_updated} updated, {loans_unchanged} unchanged, {installments} installments written; {rejected} rows rejected, {warnings} warnings.</source>
        <translation>读取 {rows_read} 行：新增 {loans_created} 笔借款，更新 {loans_updated} 笔，未变 {loans_unchanged} 笔，写入 {installments} 期；拒绝 {rejected} 行，提醒 {warnings} 条。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="78"/>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="79"/>
        <source>Problem rows written to {path}</source>
        <translation>问题行已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="80"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="81"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="82"/>
        <source>Unexpected error: {detail} (run with --debug for details)</source>
        <translation>意外错误：{detail}（加 --debug 查看详情）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="83"/>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="86"/>
        <source>Unknown or bad transport option &quot;{option}&quot; (baud, pin).</source>
        <translation>发送通道参数“{option}”未知或有误（可用：baud、pin）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="87"/>
        <source>The modem transport needs a port, e.g. modem:/dev/ttyUSB0 or modem:COM3.</source>
        <translation>短信猫通道需要指定端口，例如 modem:/dev/ttyUSB0 或 modem:COM3。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="88"/>
        <source>No modem answered on any serial port: check the cable and the driver.</source>
        <translation>所有串口都没有短信猫应答：请检查数据线和驱动。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="90"/>
        <source>Nothing on {port} answers AT commands: is it the modem&apos;s AT port?</source>
        <translation>{port} 上没有设备响应 AT 指令：这是短信猫的 AT 端口吗？</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="92"/>
        <source>The SIM card rejected the PIN. Check it before trying again: three wrong PINs lock the card.</source>
        <translation>SIM 卡拒绝了该 PIN 码。请核对后再试：连续输错三次会锁卡。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="93"/>
        <source>The SIM card is locked and needs its PUK code: unlock it in a phone first.</source>
        <translation>SIM 卡已锁，需要 PUK 码：请先在手机上解锁。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="94"/>
        <source>The SIM card is not ready ({state}).</source>
        <translation>SIM 卡未就绪（{state}）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="95"/>
        <source>The modem on {port} is not connected.</source>
        <translation>{port} 上的短信猫未连接。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="96"/>
        <source>The modem did not answer {command} within {seconds} seconds.</source>
        <translation>短信猫在 {seconds} 秒内没有回应 {command}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="97"/>
        <source>The modem went away (unplugged?): {detail}</source>
        <translation>短信猫连接中断（被拔出？）：{detail}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="98"/>
        <source>The modem refused {command}: {error}</source>
        <translation>短信猫拒绝了 {command}：{error}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="99"/>
        <source>Only {sent} of {parts} parts were sent (references {references}) before the modem failed; the rest were not sent.</source>
        <translation>短信猫出错前只发出了 {parts} 段中的 {sent} 段（参考号 {references}），其余未发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="104"/>
        <source>No modem in the pool can send right now.</source>
        <translation>目前没有可用的短信猫。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="105"/>
        <source>The text needs {parts} parts; at most {limit} are allowed.</source>
        <translation>该短信需要分成 {parts} 段，最多允许 {limit} 段。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="107"/>
        <source>&quot;{number}&quot; is not a mobile number.</source>
        <translation>“{number}”不是手机号码。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="108"/>
        <source>Sent to {to}: {parts} part(s), {encoding}, references {references}; status: {status}.</source>
        <translation>已发送至 {to}：共 {parts} 段，编码 {encoding}，参考号 {references}；状态：{status}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="109"/>
        <source>Virtual modem ready on {where}. Press Ctrl+C to stop.</source>
        <translation>虚拟短信猫已就绪：{where}。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="110"/>
        <source>{manufacturer} {model} (firmware {revision}), IMEI {imei}, SIM {sim}; signal {signal_dbm} dBm ({bars}/5), registered: {registered}, operator: {operator}</source>
        <translation>{manufacturer} {model}（固件 {revision}），IMEI {imei}，SIM {sim}；信号 {signal_dbm} dBm（{bars}/5），已注册网络：{registered}，运营商：{operator}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="111"/>
        <source>Audit trail intact: {entries} entries.</source>
        <translation>审计记录完整：共 {entries} 条。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="113"/>
        <source>Audit trail broken at entry {entry}: an entry was changed or removed.</source>
        <translation>审计记录在第 {entry} 条处断裂：有记录被修改或删除。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="119"/>
        <source>Demo office created in {path}: {loans} loans.</source>
        <translation>演示数据已生成于 {path}：{loans} 笔借款。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="121"/>
        <source>The modem {port} stopped answering after part {part} of {parts} was handed to it: the message may have been sent. It will not be sent again automatically; check before resending.</source>
        <translation>短信猫 {port} 在收下第 {part} 段（共 {parts} 段）后没有回应：这条短信可能已经发出。系统不会自动重发，请先核实再决定是否重发。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="122"/>
        <source>The modem took the message but its answer never came: it may have been sent.</source>
        <translation>短信猫已收下短信，但一直没有回应：短信可能已经发出。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="123"/>
        <source>A {kind} transport is not a modem: only modem: and emulator: can be probed.</source>
        <translation>{kind} 通道不是短信猫：只能检测 modem: 和 emulator: 通道。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="85"/>
        <source>Unknown transport &quot;{spec}&quot;: use modem:PORT, modem:auto, emulator:, kannel:URL, android-gateway:URL, aliyun:URL, twilio:URL or http:PROFILE.toml</source>
        <translation>未知的发送通道“{spec}”：请使用 modem:端口、modem:auto、emulator:、kannel:网址、android-gateway:网址、aliyun:网址、twilio:网址 或 http:配置文件.toml</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="124"/>
        <source>This transport is not understood (it is not shown, as it may hold a password): use modem:PORT, modem:auto, emulator:, kannel:URL, android-gateway:URL, aliyun:URL, twilio:URL or http:PROFILE.toml</source>
        <translation>无法识别该发送通道（可能含有密码，因此不予显示）：请使用 modem:端口、modem:auto、emulator:、kannel:网址、android-gateway:网址、aliyun:网址、twilio:网址 或 http:配置文件.toml</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="125"/>
        <source>The transport&apos;s options cannot be read (they are not shown, as they may hold a password): write them as ?name=value&amp;name=value.</source>
        <translation>无法读取发送通道的参数（可能含有密码，故不显示）：请写成 ?名称=值&amp;名称=值 的形式。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="126"/>
        <source>The text is empty: there is nothing to send.</source>
        <translation>短信内容为空，没有可发送的内容。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="127"/>
        <location filename="../../operator_app/i18n.py" line="380"/>
        <location filename="../../operator_app/i18n.py" line="444"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="128"/>
        <location filename="../../operator_app/i18n.py" line="381"/>
        <location filename="../../operator_app/i18n.py" line="445"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="129"/>
        <source>waiting for the delivery report</source>
        <translation>等待状态报告</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="130"/>
        <source>not delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="131"/>
        <source>GSM 7-bit</source>
        <translation>GSM 7 位编码</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="132"/>
        <source>UCS-2 (Chinese)</source>
        <translation>UCS-2（中文）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="133"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="134"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="349"/>
        <source>Batch {batch} ({status}): {sent_now} sent now; in all {counts}.</source>
        <translation>批次 {batch}（{status}）：本次发出 {sent_now} 条；合计{counts}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="350"/>
        <source>{count} {state}</source>
        <translation>{state} {count}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="447"/>
        <source>unknown</source>
        <translation>状态不明</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="136"/>
        <source>{manufacturer} {model} (firmware {revision}), IMEI {imei}, SIM {sim}; no signal, registered: {registered}, operator: {operator}</source>
        <translation>{manufacturer} {model}（固件 {revision}），IMEI {imei}，SIM 卡 {sim}；无信号，已注册网络：{registered}，运营商：{operator}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="139"/>
        <source>Bad usage: {detail} (see --help).</source>
        <translation>用法有误：{detail}（运行 --help 查看用法）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="140"/>
        <source>{path} is a folder, not a database file: give a file name, e.g. {path}/operator.db.</source>
        <translation>{path} 是文件夹，不是数据库文件：请给出文件名，例如 {path}/operator.db。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="141"/>
        <source>{path} is not a database file (SQLite).</source>
        <translation>{path} 不是数据库文件（SQLite）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="142"/>
        <source>&quot;{url}&quot; is not a database: use a file path, sqlite:///FILE or postgresql+psycopg://HOST/NAME.</source>
        <translation>“{url}”不是数据库地址：请使用文件路径、sqlite:///文件 或 postgresql+psycopg://主机/库名。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="143"/>
        <source>{path} already holds {loans} loans of the office&apos;s own: the demo goes only into an empty database. Name another one with --db, e.g. --db data/demo.db.</source>
        <translation>{path} 中已有本机构的 {loans} 笔借款：演示数据只写入空数据库。请用 --db 另指定一个，例如 --db data/demo.db。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="144"/>
        <source>See it with: {command}</source>
        <translation>查看方式：{command}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="168"/>
        <source>The database {url} has schema version {revision}, which this version of the app does not know (written by a newer one?): nothing was changed.</source>
        <translation>数据库 {url} 的结构版本为 {revision}，本版本程序无法识别（可能由更新版本的程序写入），未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="169"/>
        <source>Unknown stage &quot;{stage}&quot;; the stages are: {stages}</source>
        <translation>没有“{stage}”这个阶段；可用的阶段：{stages}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="170"/>
        <source>Contract</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="171"/>
        <location filename="../../operator_app/i18n.py" line="283"/>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="172"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="173"/>
        <source>Outstanding</source>
        <translation>剩余应还</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="174"/>
        <source>First unpaid due</source>
        <translation>最早未还应还日</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="175"/>
        <location filename="../../operator_app/i18n.py" line="286"/>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="176"/>
        <location filename="../../operator_app/i18n.py" line="276"/>
        <location filename="../../operator_app/i18n.py" line="549"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="177"/>
        <source>Excluded because</source>
        <translation>不发送原因</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="178"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="179"/>
        <location filename="../../operator_app/i18n.py" line="291"/>
        <source>not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="180"/>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="181"/>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="182"/>
        <source>grace period</source>
        <translation>宽限期</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="183"/>
        <source>M1 (1-30 days)</source>
        <translation>M1（逾期1-30天）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="184"/>
        <source>M2 (31-60 days)</source>
        <translation>M2（逾期31-60天）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="185"/>
        <source>M3 (61-90 days)</source>
        <translation>M3（逾期61-90天）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="186"/>
        <source>M3+ (over 90 days)</source>
        <translation>M3+（逾期90天以上）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="187"/>
        <location filename="../../operator_app/i18n.py" line="290"/>
        <source>paid</source>
        <translation>已结清</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="292"/>
        <source>no name</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="294"/>
        <source>number shared by several borrowers</source>
        <translation>多名借款人共用此号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="288"/>
        <location filename="../../operator_app/i18n.py" line="365"/>
        <location filename="../../operator_app/i18n.py" line="383"/>
        <source>opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="189"/>
        <source>An HTTP gateway profile is a .toml file: http:PROFILE.toml, got &quot;{path}&quot;.</source>
        <translation>HTTP 网关配置应为 .toml 文件：http:配置文件.toml，收到的是“{path}”。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="190"/>
        <source>The {kind} gateway needs an http:// or https:// address with a host, got &quot;{url}&quot;.</source>
        <translation>{kind} 网关需要带主机名的 http:// 或 https:// 地址，收到的是“{url}”。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="191"/>
        <source>Unknown gateway option &quot;{option}&quot;; the options are: {allowed}.</source>
        <translation>未知的网关选项“{option}”；可用选项：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="192"/>
        <source>The gateway option {option} needs a number of zero or more, got &quot;{value}&quot;.</source>
        <translation>网关选项 {option} 需要大于或等于零的数字，收到的是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="193"/>
        <source>No password in the transport and no system keyring on this computer: set the environment variable {env} or put the password in the transport.</source>
        <translation>传输设置中没有密码，这台电脑也没有系统密钥环：请设置环境变量 {env}，或把密码写进传输设置。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="194"/>
        <source>The system keyring could not be read ({detail}): set the environment variable {env} instead.</source>
        <translation>无法读取系统密钥环（{detail}）：请改为设置环境变量 {env}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="195"/>
        <source>No password for {account}: store it in the system keyring (service {service}) or set the environment variable {env}.</source>
        <translation>找不到 {account} 的密码：请把它存入系统密钥环（服务名 {service}），或设置环境变量 {env}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="200"/>
        <source>The connection to {gateway} broke after the message was handed over ({detail}): it may have been sent. It will not be sent again automatically; check and decide.</source>
        <translation>短信交给网关 {gateway} 后连接中断（{detail}）：可能已经发出。系统不会自动重发，请核实后再决定。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="201"/>
        <source>The gateway {gateway} is busy (HTTP {status}); nothing was sent, try again in {retry_after} s.</source>
        <translation>网关 {gateway} 繁忙（HTTP {status}）；短信未发出，请 {retry_after} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="202"/>
        <source>The callback address {address} cannot be used ({detail}): use HOST:PORT with a free port.</source>
        <translation>回调地址 {address} 无法使用（{detail}）：请使用“主机:端口”格式并选一个空闲端口。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="205"/>
        <source>The gateway {gateway} cannot route messages to {to}: {reason}</source>
        <translation>网关 {gateway} 无法把短信发送到 {to}：{reason}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="206"/>
        <source>The gateway {gateway} rejected the message (HTTP {status}): {reason}</source>
        <translation>网关 {gateway} 拒收了这条短信（HTTP {status}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="207"/>
        <source>The gateway {gateway} says {to} is not a valid number: {reason}</source>
        <translation>网关 {gateway} 认为 {to} 不是有效号码：{reason}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="208"/>
        <source>{to} has unsubscribed (replied STOP) at the gateway {gateway}: the message was not sent.</source>
        <translation>{to} 已在网关 {gateway} 退订（回复了 STOP）：短信未发出。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="209"/>
        <source>The gateway {gateway} refused the account, signature or template ({code}): {reason}</source>
        <translation>网关 {gateway} 拒绝了账号、签名或模板（{code}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="106"/>
        <source>The text has {parts} parts; parts {asked} were asked for.</source>
        <translation>这条短信共 {parts} 段，却要求发送第 {asked} 段。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="204"/>
        <source>The gateway {gateway} had an error (HTTP {status}: {reason}).</source>
        <translation>网关 {gateway} 出错（HTTP {status}：{reason}）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="210"/>
        <source>The gateway {gateway} is limiting sends ({code}); nothing was sent.</source>
        <translation>网关 {gateway} 正在限制发送（{code}）；短信未发出。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="211"/>
        <source>The gateway {gateway} only sends templates approved in advance: give this message&apos;s template the provider&apos;s template code.</source>
        <translation>网关 {gateway} 只能发送预先审核通过的模板：请为这条短信的模板填写服务商的模板编号。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="212"/>
        <source>The gateway {gateway} gave an answer we cannot read (HTTP {status}): the message may have been sent. It will not be sent again automatically.</source>
        <translation>网关 {gateway} 的回复无法识别（HTTP {status}）：短信可能已经发出。系统不会自动重发。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="213"/>
        <source>The gateway profile {path} cannot be read: {detail}</source>
        <translation>无法读取网关配置 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="214"/>
        <source>The gateway profile {path} has a bad or missing setting &quot;{field}&quot;.</source>
        <translation>网关配置 {path} 中的设置“{field}”有误或缺失。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="215"/>
        <source>The {kind} gateway needs {option}=… in the transport.</source>
        <translation>{kind} 网关需要在传输设置中填写 {option}=…。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="216"/>
        <source>Unknown character set &quot;{value}&quot;: use UTF-8 or UTF-16BE.</source>
        <translation>未知的字符集“{value}”：请使用 UTF-8 或 UTF-16BE。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="217"/>
        <source>--param needs NAME=VALUE, got &quot;{value}&quot;.</source>
        <translation>--param 需要“名称=值”的格式，收到的是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="219"/>
        <source>Say who you are with --by NAME (1 to 100 characters).</source>
        <translation>请用 --by 姓名 说明操作人（1 到 100 个字符）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="220"/>
        <source>OPERATOR_APP_NOW is not a timestamp: &quot;{value}&quot; (use e.g. 2026-11-27T09:00:00+08:00).</source>
        <translation>OPERATOR_APP_NOW 不是有效的时间：“{value}”（示例：2026-11-27T09:00:00+08:00）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="221"/>
        <source>Unknown setting &quot;{key}&quot;; the settings are: {keys}</source>
        <translation>没有名为“{key}”的设置；可用的设置有：{keys}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="222"/>
        <source>&quot;{value}&quot; is not a valid value for {key} (expected: {hint}).</source>
        <translation>“{value}”不是 {key} 的有效值（应为：{hint}）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="223"/>
        <source>{key} = {value} does not fit the other settings: {detail}</source>
        <translation>{key} = {value} 与其他设置冲突：{detail}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="224"/>
        <source>Saved: {key} = {value}</source>
        <translation>已保存：{key} = {value}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="225"/>
        <source>default {default}</source>
        <translation>默认 {default}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="229"/>
        <source>not set: no batch is approved until it is</source>
        <translation>未设置：填写前任何批次都不能复核通过</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="230"/>
        <source>The template does not parse (line {line}): {detail}</source>
        <translation>模板无法解析（第 {line} 行）：{detail}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="231"/>
        <source>The template uses {names}, which are not allowed; the variables are: {allowed}</source>
        <translation>模板使用了不允许的变量 {names}；可用的变量有：{allowed}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="232"/>
        <source>The template uses {names}, which are not allowed; the filters are: {allowed}</source>
        <translation>模板使用了不允许的过滤器 {names}；可用的过滤器有：{allowed}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="233"/>
        <source>The template cannot be filled in: {detail}</source>
        <translation>模板无法填入数据：{detail}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="234"/>
        <source>The template uses {names}, which an SMS template may not: only text, variables, filters and conditions (if).</source>
        <translation>模板使用了 {names}，短信模板不允许：只能用文字、变量、过滤器和条件判断。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="237"/>
        <source>Unknown template &quot;{key}&quot;; the templates are: {keys}</source>
        <translation>没有名为“{key}”的模板；可用的模板有：{keys}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="238"/>
        <source>Unknown language &quot;{locale}&quot;; use one of: {locales}</source>
        <translation>不支持的语言“{locale}”；可选：{locales}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="239"/>
        <source>Cannot read the template file {path}: {detail}</source>
        <translation>无法读取模板文件 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="240"/>
        <source>The provider section &quot;{provider}&quot; needs a code and a params table.</source>
        <translation>服务商设置“{provider}”需要 code 和 params 两项。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="241"/>
        <source>The template file {path} has no text.</source>
        <translation>模板文件 {path} 没有内容。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="242"/>
        <source>Template {key} ({locale}) saved as version {version}.</source>
        <translation>模板 {key}（{locale}）已保存为第 {version} 版。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="243"/>
        <source>Template {key} ({locale}) fails the compliance check, so it was saved as draft version {version} and the live version {active} is unchanged: {findings}</source>
        <translation>模板 {key}（{locale}）未通过合规检查，已存为草稿版本 {version}，正在使用的版本 {active} 不变：{findings}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="244"/>
        <source>{errors} lint error(s)</source>
        <translation>{errors} 个合规错误</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="245"/>
        <source>There is no batch {id}.</source>
        <translation>没有编号为 {id} 的批次。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="246"/>
        <source>Batch {id} is {status}: only a draft can be approved.</source>
        <translation>批次 {id} 的状态是 {status}：只有草稿批次可以复核通过。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="247"/>
        <source>{name} created batch {id} and cannot also approve it: a second person must check it.</source>
        <translation>{name} 是批次 {id} 的制单人，不能自己复核：需要另一位同事复核。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="248"/>
        <source>Batch {id} was planned for {as_of}, not for today ({today}): create a new batch for today.</source>
        <translation>批次 {id} 是为 {as_of} 制作的，不是今天（{today}）：请为今天重新制作批次。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="252"/>
        <source>The loan book was last imported on {date}, more than {days} day(s) ago: a borrower may have paid since. Import the latest sheet, or approve with --confirm-stale.</source>
        <translation>借款台账最近一次导入是 {date}，已超过 {days} 天：期间可能有借款人已还款。请先导入最新台账，或加 --confirm-stale 确认后复核。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="253"/>
        <source>No loan sheet has been imported into this database yet, so nothing says who has paid lately. Import the latest sheet, or approve with --confirm-stale.</source>
        <translation>这个数据库还没有导入过借款台账，无从知道谁最近已还款。请先导入最新台账，或加 --confirm-stale 确认后复核。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="254"/>
        <source>Batch {id} is {status} and can no longer be cancelled.</source>
        <translation>批次 {id} 的状态是 {status}，已不能取消。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="255"/>
        <source>Batch {id} for {as_of}: {status}, {messages} message(s), {excluded} loan(s) excluded; created by {created_by}, approved by {approved_by}.</source>
        <translation>批次 {id}（{as_of}）：{status}，{messages} 条短信，{excluded} 笔借款被排除；制单 {created_by}，复核 {approved_by}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="258"/>
        <source>A second person approves it with: batch approve {id} --by NAME</source>
        <translation>请另一位同事复核：batch approve {id} --by 姓名</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="262"/>
        <source>Batch {id} ({messages} messages) written to {path}</source>
        <translation>批次 {id}（{messages} 条短信）已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="149"/>
        <location filename="../../operator_app/i18n.py" line="263"/>
        <source>Cannot write {path}: {detail}</source>
        <translation>无法写入 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="264"/>
        <source>{count} borrower(s) to call written to {path}</source>
        <translation>{count} 位需电话联系的借款人已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="265"/>
        <source>Messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="266"/>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="267"/>
        <location filename="../../operator_app/i18n.py" line="450"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="273"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="274"/>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="275"/>
        <source>To</source>
        <translation>收件号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="277"/>
        <location filename="../../operator_app/i18n.py" line="459"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="278"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="279"/>
        <source>Parts</source>
        <translation>分段</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="280"/>
        <location filename="../../operator_app/i18n.py" line="451"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="281"/>
        <location filename="../../operator_app/i18n.py" line="544"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="282"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="284"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="289"/>
        <source>on hold</source>
        <translation>暂停催收</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="293"/>
        <source>no usable mobile number</source>
        <translation>无可用手机号</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="295"/>
        <source>outside the sending hours</source>
        <translation>不在发送时段内</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="296"/>
        <source>not a working day</source>
        <translation>非工作日</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="297"/>
        <source>daily limit reached</source>
        <translation>已达每日上限</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="298"/>
        <source>weekly limit reached</source>
        <translation>已达每周上限</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="299"/>
        <source>same text within 24 hours</source>
        <translation>24小时内已发过相同内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="300"/>
        <source>another loan of this borrower gets today&apos;s message</source>
        <translation>该借款人的另一笔借款已安排今天的短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="303"/>
        <source>opted out but overdue</source>
        <translation>已退订但仍逾期</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="304"/>
        <source>no payment or reply after several messages</source>
        <translation>多次短信后仍未还款或回复</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="305"/>
        <source>wrong number: call for a new one</source>
        <translation>号码错误：请致电索取新号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="306"/>
        <source>batch cancelled</source>
        <translation>批次已取消</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="328"/>
        <source>No signature: start the text with the office&apos;s name in 【】.</source>
        <translation>缺少签名：请在短信开头用【】写明机构名称。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="329"/>
        <source>No opt-out hint: add &quot;{hint}&quot; at the end.</source>
        <translation>缺少退订提示：请在末尾加上“{hint}”。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="249"/>
        <source>Batch {id}: {count} message(s) fail the compliance check. First, {contract_no}: {finding} Fix the template and create the batch again.</source>
        <translation>批次 {id} 有 {count} 条短信未通过合规检查。第一条 {contract_no}：{finding} 请修改模板后重新制作批次。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="46"/>
        <source>{path} is {mb} MB, more than the {limit_mb} MB a loan sheet may be: nothing was imported.</source>
        <translation>{path} 有 {mb} MB，超过借款表允许的 {limit_mb} MB：未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="47"/>
        <source>{path} unpacks to {mb} MB, more than the {limit_mb} MB a loan sheet may: it is damaged or built to harm, nothing was imported.</source>
        <translation>{path} 解压后有 {mb} MB，超过借款表允许的 {limit_mb} MB：文件已损坏或是恶意构造的，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="48"/>
        <source>The sheet reaches {rows} rows by {columns} columns, more than the importer reads (at most {max_rows} rows, {max_columns} columns, {max_cells} cells): delete the stray cells far below or to the right, or copy the loans into a new sheet.</source>
        <translation>该工作表达到 {rows} 行 × {columns} 列，超出导入能读取的范围（最多 {max_rows} 行、{max_columns} 列、{max_cells} 个单元格）：请删除远在下方或右侧的零散单元格，或把借款数据复制到新工作表。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="49"/>
        <source>{path} has a cell of more than {limit} characters, Excel&apos;s own limit: it is damaged or not a loan sheet, nothing was imported.</source>
        <translation>{path} 中有单元格超过 {limit} 个字符（Excel 自身的上限）：文件已损坏或不是借款表，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="50"/>
        <source>{path} could not be read within the reader&apos;s memory limit of {limit_mb} MB: it is damaged or built to harm, nothing was imported.</source>
        <translation>{path} 在读取进程的内存上限 {limit_mb} MB 内无法读完：文件已损坏或是恶意构造的，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="51"/>
        <source>{path} holds {chars} characters of text, more than the {limit} a loan sheet may: it is damaged or built to harm, nothing was imported.</source>
        <translation>{path} 含有 {chars} 个文字字符，超过借款表允许的 {limit} 个：文件已损坏或是恶意构造的，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="52"/>
        <source>The sheet has a header row but no data rows under it: nothing to import.</source>
        <translation>该工作表只有表头，下面没有数据行：没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="57"/>
        <source>No such database file: {path}. Is it misspelt? (Only import and demo create a new one.)</source>
        <translation>没有这个数据库文件：{path} 是否拼写错误？（只有 import 和 demo 会新建数据库。）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="58"/>
        <source>No office database at {path} yet: a dry run compares the sheet with the office&apos;s loans and creates nothing. Import without --dry-run to start the office there (or check --db for a typo).</source>
        <translation>{path} 还没有机构数据库：试运行只把表格与本机构已有的借款对比，不会新建任何东西。去掉 --dry-run 导入即可在此新建机构（或检查 --db 是否拼写错误）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="77"/>
        <source>{count} queued or draft message(s) withdrawn: the borrower&apos;s name or number changed since they were written.</source>
        <translation>已撤回 {count} 条待发或草稿短信：生成后借款人的姓名或手机号已变更。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="89"/>
        <source>Cannot open the port {port} (wrong, busy or unplugged: {detail}): plug the modem in and check the port in Settings → Transports, then send again.</source>
        <translation>无法打开端口 {port}（端口错误、被占用或已拔出：{detail}）：请插好短信猫，并在 设置 → 通道 中检查端口，然后重新发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="91"/>
        <source>The SIM card in {port} needs its PIN: enter it in Settings → Transports (or add ?pin=XXXX to the transport), then send again.</source>
        <translation>{port} 中的 SIM 卡需要 PIN 码：请在 设置 → 通道 中输入（或在通道后加 ?pin=XXXX），然后重新发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="100"/>
        <source>The modem is not registered on a network ({error}): check the antenna, the signal and that the SIM card has service and credit, then send again.</source>
        <translation>短信猫未注册到网络（{error}）：请检查天线、信号以及 SIM 卡是否开通服务、有无余额，然后重新发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="101"/>
        <source>The SIM card cannot send ({error}): check that it is inserted, unlocked, has SMS service and credit, then send again.</source>
        <translation>SIM 卡无法发送（{error}）：请检查 SIM 卡是否插好、已解锁、开通短信业务且有余额，然后重新发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="102"/>
        <source>The modem {port} was unplugged or stopped answering and did not come back: plug it in, check the port in Settings → Transports, then send again.</source>
        <translation>短信猫 {port} 已被拔出或停止响应，且未恢复：请插好短信猫，在 设置 → 通道 中检查端口，然后重新发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="103"/>
        <source>Interrupted: {sent} sent, {left} still to send.</source>
        <translation>已中断：{sent} 条已发出，{left} 条仍待发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="112"/>
        <source>Entries written since this computer last wrote: {unseen}, from entry {entry} on; by other desks, or added outside the app.</source>
        <translation>自本机上次写入以来新增的记录：{unseen} 条（从第 {entry} 条起），由其他电脑写入，或是在本软件之外添加的。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="114"/>
        <source>Audit trail broken: the chain ends at entry {head}, before entry {entry}, the last one this computer saw. Entries were removed.</source>
        <translation>审计记录已断裂：记录链止于第 {head} 条，而本机最后见到的是第 {entry} 条。有记录被删除。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="115"/>
        <source>Audit trail broken at entry {entry}: the chain goes on past the last entry this computer saw. Entries were added outside the app.</source>
        <translation>审计记录在第 {entry} 条处断裂：本机最后见到的那条之后还有记录，是在本软件之外添加的。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="116"/>
        <source>Audit trail broken at entry {entry}: it is not the entry this computer saw there. The chain was rewritten.</source>
        <translation>审计记录在第 {entry} 条处断裂：这一条与本机当时见到的不同，记录链被改写过。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="117"/>
        <source>Audit trail broken at entry {entry}: a text or recipient of batch {batch} was changed after it was approved.</source>
        <translation>审计记录在第 {entry} 条处断裂：批次 {batch} 复核通过后，其中的短信内容或收信号码被改过。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="118"/>
        <source>Audit trail cannot be vouched for: this computer&apos;s record of its last entry cannot be read.</source>
        <translation>无法确认审计记录完整：本机保存的最后一条记录的信息无法读取。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="135"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="146"/>
        <source>This office&apos;s database is on a PostgreSQL server: back it up and restore it with the server&apos;s own tools (pg_dump, pg_restore).</source>
        <translation>本机构的数据库在 PostgreSQL 服务器上：请用服务器自带的工具（pg_dump、pg_restore）备份和恢复。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="147"/>
        <source>{path} already exists: name another file (a backup never overwrites one).</source>
        <translation>{path} 已存在：请换一个文件名（备份从不覆盖已有文件）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="148"/>
        <source>The folder {path} does not exist.</source>
        <translation>文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="150"/>
        <source>Cannot read {path}: {detail}</source>
        <translation>无法读取 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="151"/>
        <source>{path} is not a database file: it is no backup of this app.</source>
        <translation>{path} 不是数据库文件，不是本程序的备份。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="152"/>
        <source>{path} is a database, but not one of this app (it has no schema revision).</source>
        <translation>{path} 是数据库，但不是本程序的数据库（没有结构版本）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="153"/>
        <source>{path} is damaged: nothing was restored. Try an older backup.</source>
        <translation>{path} 已损坏，未做任何恢复。请换一个较早的备份。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="154"/>
        <source>{path} was made by a newer version of this app (schema revision {revision}): update the app, then restore it.</source>
        <translation>{path} 由更新版本的程序生成（结构版本 {revision}）：请先升级程序，再恢复。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="155"/>
        <source>A send is running on this database (run {run}): stop it or wait until it ends, then restore. Nothing was changed.</source>
        <translation>此数据库正在发送短信（发送进程 {run}）：请先停止或等待发送结束，再恢复。未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="156"/>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="157"/>
        <source>{path}: intact (the integrity check passed).</source>
        <translation>{path}：完好（完整性检查通过）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="158"/>
        <source>{path} is damaged: SQLite&apos;s integrity check found {count} problem(s) or could not read it to the end. Do not restore it; use an older backup.</source>
        <translation>{path} 已损坏：SQLite 完整性检查发现 {count} 处问题，或无法读到文件末尾。请勿恢复此文件，请使用较早的备份。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="159"/>
        <source>Schema revision {revision}: the same as this app&apos;s.</source>
        <translation>结构版本 {revision}：与本程序一致。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="160"/>
        <source>Schema revision {revision}, older than this app&apos;s {head}: a restore brings it up to date.</source>
        <translation>结构版本 {revision}，早于本程序的 {head}：恢复时会自动升级。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="161"/>
        <source>Schema revision {revision}, newer than this app&apos;s {head}: update the app before restoring it.</source>
        <translation>结构版本 {revision}，新于本程序的 {head}：请先升级程序再恢复。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="162"/>
        <source>Loans: {loans}, borrowers: {borrowers}, messages: {messages}, audit entries: {audit}.</source>
        <translation>借款 {loans} 笔，借款人 {borrowers} 人，短信 {messages} 条，审计记录 {audit} 条。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="163"/>
        <source>{path} is the database itself: name a backup file.</source>
        <translation>{path} 就是数据库本身：请指定一个备份文件。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="164"/>
        <source>The database is busy (another program holds it, e.g. a first import loading it): try again in a moment. Nothing was changed.</source>
        <translation>数据库正忙（另一个程序正在使用，例如首次导入正在写入）：请稍后再试。未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="165"/>
        <source>Restored {file} into {path}.</source>
        <translation>已将 {file} 恢复到 {path}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="166"/>
        <source>Its schema was brought from revision {revision} up to {head}.</source>
        <translation>其结构已从版本 {revision} 升级到 {head}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="167"/>
        <source>The database it replaced is kept as {kept}</source>
        <translation>被替换的数据库已另存为 {kept}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="196"/>
        <source>The gateway {gateway} cannot be reached ({detail}): check its address in Settings → Transports, the network and that the gateway is running, then send again.</source>
        <translation>无法连接网关 {gateway}（{detail}）：请在 设置 → 通道 中检查地址，并检查网络和网关是否在运行，然后重新发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="197"/>
        <source>The gateway {gateway} stopped answering ({detail}): check that it is running and reachable, then send again. A message it may have taken is shown as in doubt.</source>
        <translation>网关 {gateway} 停止响应（{detail}）：请检查网关是否在运行、能否连通，然后重新发送。它可能已接收的那条短信标为“状态不明”。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="198"/>
        <source>The gateway account {gateway} has no balance left ({code}): top it up with the provider, then send again.</source>
        <translation>网关账户 {gateway} 余额不足（{code}）：请向服务商充值，然后重新发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="199"/>
        <source>The gateway account {gateway} is suspended or not active ({code}): ask the provider to restore it, then send again.</source>
        <translation>网关账户 {gateway} 已停用或未开通（{code}）：请联系服务商恢复，然后重新发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="203"/>
        <source>The gateway {gateway} refused the user name or password: check them in Settings → Transports.</source>
        <translation>网关 {gateway} 拒绝了用户名或密码：请在 设置 → 通道 中检查。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="226"/>
        <source>no default: the office sets it</source>
        <translation>无默认值，由本公司填写</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="227"/>
        <source>({note})</source>
        <translation>（{note}）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="228"/>
        <source>{label}: {count}</source>
        <translation>{label}：{count}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="235"/>
        <source>The template takes too much to fill in (over {chars} characters or {seconds} s): simplify it.</source>
        <translation>模板填充开销过大（超过 {chars} 个字符或 {seconds} 秒）：请简化模板。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="236"/>
        <source>The text needs {parts} SMS parts, more than the {limit} a message may have: shorten it.</source>
        <translation>该短信需要拆成 {parts} 条，超过每条短信允许的 {limit} 条：请缩短。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="250"/>
        <source>Batch {id}: {count} message(s) were made before the office&apos;s signature and phone were set: cancel the batch and create it again.</source>
        <translation>批次 {id} 有 {count} 条短信制作于填写机构签名和电话之前：请取消该批次后重新制作。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="251"/>
        <source>Fill in office.signature (the SMS signature) and office.phone (the office phone) under Settings first.</source>
        <translation>请先在 设置 中填写 office.signature（短信签名）和 office.phone（办公电话）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="256"/>
        <source>{parts} SMS part(s) in all: what the office pays for.</source>
        <translation>共 {parts} 条计费短信（按条数计费）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="257"/>
        <source>{parts} part(s)</source>
        <translation>{parts} 条</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="259"/>
        <source>A second person approves it, signed in as themselves: --user NAME batch approve {id}</source>
        <translation>请另一位同事用自己的账户登录后复核：--user 姓名 batch approve {id}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="260"/>
        <source>Batch {id} has no message to send (the loans above are all excluded): there is nothing to approve. Cancel it with: batch cancel {id} --by NAME</source>
        <translation>批次 {id} 没有要发送的短信（上面的借款都被排除）：无需复核。可以取消：batch cancel {id} --by 姓名</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="261"/>
        <source>Batch {id} has no message to send (the loans above are all excluded): there is nothing to approve. Cancel it with: batch cancel {id}</source>
        <translation>批次 {id} 没有要发送的短信（上面的借款都被排除）：无需复核。可以取消：batch cancel {id}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="268"/>
        <source>Batch no.</source>
        <translation>批次编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="269"/>
        <source>For the day</source>
        <translation>发送日</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="270"/>
        <source>Batch status</source>
        <translation>批次状态</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="271"/>
        <source>Created by</source>
        <translation>制单人</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="272"/>
        <source>Approved by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="285"/>
        <source>Owed (yuan)</source>
        <translation>欠款（元）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="287"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="301"/>
        <source>the text is longer than 10 SMS parts</source>
        <translation>短信超过 10 条拆分</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="302"/>
        <source>the template could not be filled in for this loan</source>
        <translation>该笔借款无法填入模板</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="308"/>
        <source>the borrower asked for no SMS: call instead</source>
        <translation>借款人要求不发短信：请改为电话联系</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="309"/>
        <source>the borrower asked for working days only</source>
        <translation>借款人要求只在工作日联系</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="310"/>
        <source>outside the hours the borrower asked for</source>
        <translation>不在借款人要求的联系时段内</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="311"/>
        <source>the borrower&apos;s own weekly limit reached</source>
        <translation>已达借款人要求的每周条数上限</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="312"/>
        <source>Wishes</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="313"/>
        <source>Mon-Fri</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="314"/>
        <source>≤{n}/wk</source>
        <translation>周≤{n}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="315"/>
        <source>no SMS (call only)</source>
        <translation>不发短信（只打电话）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="316"/>
        <source>working days only</source>
        <translation>只在工作日</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="317"/>
        <source>only {window}</source>
        <translation>只在 {window}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="318"/>
        <source>at most {n} a week</source>
        <translation>每周最多 {n} 条</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="319"/>
        <source>no preferences</source>
        <translation>无联系偏好</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="320"/>
        <source>{borrower} ({contracts}): {prefs}</source>
        <translation>{borrower}（{contracts}）：{prefs}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="321"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="322"/>
        <source>Set by {by} at {at}</source>
        <translation>由 {by} 于 {at} 设置</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="323"/>
        <source>{withdrawn} message(s) not yet sent withdrawn: the borrower asked for no SMS.</source>
        <translation>已撤回 {withdrawn} 条尚未发送的短信：借款人要求不发短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="324"/>
        <source>There is no contract or borrower&apos;s mobile number &quot;{key}&quot;.</source>
        <translation>没有合同编号或借款人手机号为“{key}”的记录。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="325"/>
        <source>Nothing to change: give --weekdays-only, --window, --weekly-max, --no-sms, --clear or --note.</source>
        <translation>没有要更改的内容：请给出 --weekdays-only、--window、--weekly-max、--no-sms、--clear 或 --note。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="326"/>
        <source>&quot;{window}&quot; is not a time window: write it as 18:00-20:00, the start before the end.</source>
        <translation>“{window}”不是有效的时段：请写成 18:00-20:00，开始时间早于结束时间。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="327"/>
        <source>The borrower&apos;s weekly limit must be 1 to 7 messages (0: no limit of their own).</source>
        <translation>借款人的每周上限须为 1 到 7 条（0 表示不单独限制）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="330"/>
        <source>Threatening or insulting wording: {word} ({why}); rephrase it.</source>
        <translation>含有威胁或侮辱性用语：{word}（{why}），请改写。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="331"/>
        <source>{key} was not set when this text was made: fill it in under Settings, then create the batch again.</source>
        <translation>制作这条短信时尚未填写 {key}：请在 设置 中填写后重新制作批次。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="332"/>
        <source>&quot;{word}&quot; brings in other people ({why}): write to the borrower only.</source>
        <translation>“{word}”涉及第三方（{why}）：短信只能面向借款人本人。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="333"/>
        <source>&quot;{word}&quot; asks for personal data ({why}): only the name and amounts may appear.</source>
        <translation>“{word}”涉及个人信息（{why}）：短信中只能出现姓名和金额。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="334"/>
        <source>This looks like an ID number: remove it (only the name and amounts may appear).</source>
        <translation>疑似身份证号：请删除（短信中只能出现姓名和金额）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="335"/>
        <source>This looks like a bank card number: remove it.</source>
        <translation>疑似银行卡号：请删除。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="336"/>
        <source>No links ({url}): borrowers are told not to trust links in SMS; name the app or the office phone instead.</source>
        <translation>不得包含链接（{url}）：借款人被提醒不要相信短信链接，请改为写明APP名称或客服电话。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="337"/>
        <source>The text needs {segments} SMS parts (more than {limit}): shorten it.</source>
        <translation>这条短信需要 {segments} 条（超过 {limit} 条）：请精简。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="338"/>
        <source>&quot;{char}&quot; makes this a UCS-2 (Unicode) message: {segments} part(s), 70 characters each (67 when split).</source>
        <translation>“{char}”使短信采用 UCS-2（Unicode）编码：共 {segments} 条，每条 70 字（分条时 67 字）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="340"/>
        <source>Principal {principal} less paid {paid} is {difference}, but the sheet says {outstanding} is outstanding: the sheet&apos;s outstanding is kept.</source>
        <translation>借款金额 {principal} 减去已还 {paid} 为 {difference}，但表中剩余金额为 {outstanding}：以表中的剩余金额为准。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="341"/>
        <source>Amount due {amount_due} less paid {paid} is {difference}, but the sheet says {outstanding} is outstanding: the sheet&apos;s outstanding is kept.</source>
        <translation>应还金额 {amount_due} 减去已还 {paid} 为 {difference}，但表中剩余应还为 {outstanding}：以表中的剩余应还为准。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="342"/>
        <source>{path} is a folder, not a file: choose a spreadsheet file.</source>
        <translation>{path} 是文件夹，不是文件：请选择一个表格文件。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="343"/>
        <source>{path} is a CSV file, which has no sheets: leave out --sheet &quot;{sheet}&quot;.</source>
        <translation>{path} 是 CSV 文件，没有工作表：请去掉 --sheet &quot;{sheet}&quot;。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="344"/>
        <source>No problem rows, so no report was written to {path}.</source>
        <translation>没有问题行，因此未写出报告 {path}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="346"/>
        <source>Name at least one --transport to send through.</source>
        <translation>请用 --transport 指定至少一个发送通道。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="347"/>
        <source>Batch {id} is {status}: only an approved batch can be sent.</source>
        <translation>批次 {id} 的状态是 {status}：只有已复核的批次才能发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="348"/>
        <source>Sending: {done} of {total}, about {eta} s left</source>
        <translation>正在发送：{done}/{total}，预计还需 {eta} 秒</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="351"/>
        <source>{count} message(s) were cut mid-send by an earlier crash: they are now unknown and are not sent again unless you resend them (message resend ID --by NAME).</source>
        <translation>有 {count} 条短信在上次异常中断时正在发送：已标为“状态不明”，除非您重发（message resend ID --by 姓名），不会再次发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="352"/>
        <source>{count} wait ({reason}) until {until}</source>
        <translation>{count} 条等待中（{reason}），最早 {until} 可发</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="353"/>
        <source>{count} cancelled: {reason}</source>
        <translation>{count} 条已取消：{reason}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="354"/>
        <source>{count} cannot go before their day&apos;s sending hours end at {until}: they will be cancelled as expired, and the next day&apos;s batch plans them again.</source>
        <translation>{count} 条在当天发送时段结束（{until}）前无法发出：届时将作为过期短信取消，次日的批次会重新安排。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="355"/>
        <source>Message {id} recorded as {status}.</source>
        <translation>短信 {id} 已记录为 {status}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="356"/>
        <source>Message {id} is queued again: the next send of its batch takes it.</source>
        <translation>短信 {id} 已重新排队：该批次下次发送时会发出。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="357"/>
        <source>Message {id} is {status}: only an unknown message can be resolved.</source>
        <translation>短信 {id} 的状态是 {status}：只有“状态不明”的短信才能确认结果。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="358"/>
        <source>Message {id} is {status}: only a failed or unknown message can be resent.</source>
        <translation>短信 {id} 的状态是 {status}：只有失败或状态不明的短信才能重发。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="359"/>
        <source>Message {id} was written for {day}, and that day&apos;s sending hours are over: its text is no longer true. The next day&apos;s batch writes the loan a new message.</source>
        <translation>短信 {id} 是为 {day} 生成的，当天发送时段已结束，内容已不再准确。次日的批次会为该借款重新生成短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="360"/>
        <source>There is no message {id}.</source>
        <translation>没有编号为 {id} 的短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="361"/>
        <source>Unknown status &quot;{status}&quot;; the statuses are: {statuses}</source>
        <translation>未知状态“{status}”；可用的状态：{statuses}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="362"/>
        <source>A message can be resolved as sent or failed, not &quot;{value}&quot;.</source>
        <translation>短信只能确认为已发送（--as sent）或失败（--as failed），不能是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="363"/>
        <source>{read} reply(ies) read from the SIM and stored: {opted_out} opt-out(s), {held} put on hold ({wrong_number} of them wrong numbers, on the call list).</source>
        <translation>已从 SIM 卡读取并保存 {read} 条回复：退订 {opted_out} 条，暂停催收 {held} 条（其中号码错误 {wrong_number} 条，已列入电话名单）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="364"/>
        <source>A {kind} transport keeps no replies to read.</source>
        <translation>{kind} 通道没有可读取的回复。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="366"/>
        <source>on hold for review</source>
        <translation>暂停催收待核实</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="367"/>
        <source>wrong number: on hold, on the call list</source>
        <translation>号码错误：已暂停催收，已列入电话名单</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="368"/>
        <source>no action</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="369"/>
        <source>The borrower of {contract_no} is on hold: {withdrawn} queued message(s) withdrawn.</source>
        <translation>合同 {contract_no} 的借款人已暂停催收：撤回 {withdrawn} 条待发短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="370"/>
        <source>The hold on the borrower of {contract_no} is released.</source>
        <translation>合同 {contract_no} 的借款人已恢复催收。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="371"/>
        <source>{borrowers} borrower(s) opted out: {withdrawn} queued message(s) withdrawn.</source>
        <translation>{borrowers} 位借款人已退订：撤回 {withdrawn} 条待发短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="372"/>
        <source>There is no contract &quot;{contract_no}&quot;.</source>
        <translation>没有合同编号“{contract_no}”。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="373"/>
        <source>Contract {contract_no} has no borrower yet: import the loan sheet first.</source>
        <translation>合同 {contract_no} 还没有借款人信息：请先导入借款台账。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="374"/>
        <source>Give the reason for the hold with --reason.</source>
        <translation>请用 --reason 说明暂停原因。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="375"/>
        <source>&quot;{phone}&quot; is not a phone number.</source>
        <translation>“{phone}”不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="376"/>
        <source>No borrower has the number {phone}.</source>
        <translation>没有借款人使用号码 {phone}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="377"/>
        <source>Messages sent from {start} to {end} (office days; --from and --to change it)</source>
        <translation>统计 {start} 至 {end} 发出的短信（按本机构日期；可用 --from、--to 调整）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="378"/>
        <source>By stage</source>
        <translation>按阶段</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="379"/>
        <source>By template</source>
        <translation>按模板</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="382"/>
        <location filename="../../operator_app/i18n.py" line="446"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="384"/>
        <source>paid within 3 days</source>
        <translation>3天内还款</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="385"/>
        <source>paid within 7 days</source>
        <translation>7天内还款</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="386"/>
        <source>The report starts ({start}) after it ends ({end}).</source>
        <translation>报表开始日期（{start}）晚于结束日期（{end}）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="387"/>
        <source>Message {message} was taken by another sender at the same moment; it was not sent here.</source>
        <translation>短信 {message} 同时被另一个发送端领取，本机没有发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="388"/>
        <source>The send stopped on an unexpected error ({detail}): the message may have gone.</source>
        <translation>发送因意外错误中断（{detail}）：短信可能已发出。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="389"/>
        <source>{transport} paused until {until}: {reason}</source>
        <translation>{transport} 暂停至 {until}：{reason}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="390"/>
        <source>this SIM&apos;s daily quota is used up</source>
        <translation>该 SIM 卡今日发送额度已用完</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="391"/>
        <source>paid since the batch was approved</source>
        <translation>批次复核后已还款</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="392"/>
        <source>not sent on its day (the text was true for that day only)</source>
        <translation>当天未发出（短信内容仅对当天有效），已过期</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="393"/>
        <source>the borrower&apos;s name or number changed since it was written</source>
        <translation>短信生成后借款人的姓名或手机号已变更</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="394"/>
        <source>cut mid-send (the app stopped while sending): may have gone</source>
        <translation>发送中途中断（程序停止）：可能已发出</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="395"/>
        <source>the delivery report says not delivered</source>
        <translation>状态报告显示未送达</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="396"/>
        <source>refused by the modem or the network</source>
        <translation>被短信猫或网络拒绝</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="397"/>
        <source>resolved by an operator</source>
        <translation>已由操作员确认</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="399"/>
        <source>The system keyring refused the password ({detail}): unlock the keyring and try again; nothing was changed.</source>
        <translation>系统钥匙串拒绝保存密码（{detail}）：请解锁钥匙串后重试；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="400"/>
        <source>The password file {path} cannot be read or written ({detail}); nothing was changed.</source>
        <translation>无法读写密码文件 {path}（{detail}）；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="401"/>
        <source>Passwords are kept in this computer&apos;s system keyring ({detail}), not in the database.</source>
        <translation>密码保存在本机的系统钥匙串中（{detail}），不存入数据库。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="402"/>
        <source>No system keyring on this computer: passwords are saved in the file {path}, readable only by your user account but NOT encrypted. They are never put in the database.</source>
        <translation>本机没有系统钥匙串：密码保存在文件 {path} 中，只有您的用户账户可以读取，但没有加密。密码永远不会存入数据库。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="403"/>
        <source>saved on this computer</source>
        <translation>已保存在本机</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="404"/>
        <source>not on this computer: enter it again</source>
        <translation>本机没有：请重新输入</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="405"/>
        <source>none needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="406"/>
        <source>A transport name is 1-40 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (no spaces), got &quot;{name}&quot;.</source>
        <translation>通道名称须为 1-40 个字母、数字、“.”、“-”或“_”（不能有空格），收到的是“{name}”。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="407"/>
        <source>Unknown transport kind &quot;{kind}&quot;; the kinds are: {kinds}.</source>
        <translation>未知的通道类型“{kind}”；可用类型：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="408"/>
        <source>Put the user name and the password in their own fields, not in the address.</source>
        <translation>请把用户名和密码填在各自的栏里，不要写在地址中。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="409"/>
        <source>The PIN or password goes in its own field, not among the options (and a saved transport cannot read it from an environment variable).</source>
        <translation>PIN 或密码请填在专门的输入框里，不要写在选项中（已保存的通道也不能从环境变量读取密码）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="410"/>
        <source>No saved transport is called &quot;{name}&quot;; the saved ones are: {names}.</source>
        <translation>没有名为“{name}”的已保存通道；已保存的有：{names}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="411"/>
        <source>This computer does not have the office&apos;s ID-number key: on a computer that imported ID numbers, run `id-key export`, then here `id-key import` and paste it.</source>
        <translation>这台电脑上没有本办公室的身份证号密钥：请在导入过身份证号的电脑上运行 id-key export，再在这台电脑上运行 id-key import 并粘贴。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="412"/>
        <source>The ID-number key on this computer belongs to another office: bring this office&apos;s key over with `id-key export` and `id-key import`.</source>
        <translation>这台电脑上的身份证号密钥属于另一个办公室：请用 `id-key export` 和 `id-key import` 把本办公室的密钥带过来。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="413"/>
        <source>That is not this office&apos;s ID-number key: paste the whole line `id-key export` printed on the office&apos;s other computer.</source>
        <translation>这不是本办公室的身份证号密钥：请粘贴另一台电脑上 `id-key export` 打印出的整行内容。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="414"/>
        <source>This is the key that protects the ID numbers: pass it to the office&apos;s other computer only, and do not keep it anywhere else.</source>
        <translation>这是保护身份证号的密钥：只能交给本办公室的另一台电脑，不要保存在其他地方。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="415"/>
        <source>The office&apos;s ID-number key is kept on this computer now.</source>
        <translation>本办公室的身份证号密钥已保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="416"/>
        <source>Transport &quot;{name}&quot; now goes to another address or account: type its password or PIN (and webhook secret) again; a saved secret is never sent anywhere else.</source>
        <translation>通道“{name}”的地址或账号已更改：请重新输入密码或 PIN（以及回调密钥）；已保存的密码绝不会发往别处。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="417"/>
        <source>This saved transport&apos;s address was changed after its password was entered: type the password again in Settings → Transports before sending.</source>
        <translation>这个已保存通道的地址在输入密码之后被改过：请先在 设置→通道 中重新输入密码再发送。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="418"/>
        <source>The password or PIN of transport &quot;{name}&quot; is not saved on this computer: enter it in Settings → Transports (or transports add).</source>
        <translation>通道“{name}”的密码或 PIN 没有保存在本机：请在 设置 → 通道 中输入（或使用 transports add）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="419"/>
        <source>Transport {name} saved: {spec}</source>
        <translation>通道 {name} 已保存：{spec}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="420"/>
        <source>Transport {name} deleted.</source>
        <translation>通道 {name} 已删除。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="421"/>
        <source>No saved transports yet.</source>
        <translation>还没有保存任何通道。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="422"/>
        <source>{name}: {spec} (password: {secret})</source>
        <translation>{name}：{spec}（密码：{secret}）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="423"/>
        <source>Cannot reach {gateway} ({detail}): check the address, the network and that the gateway is running.</source>
        <translation>无法连接 {gateway}（{detail}）：请检查地址、网络，以及网关是否在运行。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="424"/>
        <source>{gateway} gave an unexpected answer to the test (HTTP {status}): {reason}</source>
        <translation>{gateway} 对测试的回答出乎意料（HTTP {status}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="425"/>
        <source>Kannel {gateway} is reachable and accepted the user name and password (the test asked it to send to nobody: nothing was sent).</source>
        <translation>Kannel {gateway} 可以连通，用户名和密码正确（测试请求没有接收号码，未发出任何短信）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="426"/>
        <source>The phone gateway {gateway} is reachable and accepted the user name and password ({webhooks} webhooks registered); nothing was sent.</source>
        <translation>手机网关 {gateway} 可以连通，用户名和密码正确（已登记 {webhooks} 个 Webhook）；未发出任何短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="427"/>
        <source>The account {account} at {gateway} is active and accepted the credentials; nothing was sent.</source>
        <translation>{gateway} 上的账户 {account} 状态正常，凭据正确；未发出任何短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="428"/>
        <source>Aliyun SMS accepted the AccessKey and the signature {sign} is approved; nothing was sent.</source>
        <translation>阿里云短信接受了 AccessKey，签名 {sign} 已审核通过；未发出任何短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="429"/>
        <source>Aliyun SMS accepted the AccessKey, but the signature {sign} is still under review: messages will be refused until it is approved.</source>
        <translation>阿里云短信接受了 AccessKey，但签名 {sign} 仍在审核中：审核通过前短信会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="430"/>
        <source>Aliyun SMS accepted the AccessKey, but the signature {sign} was rejected: {reason}</source>
        <translation>阿里云短信接受了 AccessKey，但签名 {sign} 未通过审核：{reason}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="431"/>
        <source>Aliyun SMS accepted the AccessKey; the state of the signature {sign} is not known.</source>
        <translation>阿里云短信接受了 AccessKey；签名 {sign} 的审核状态未知。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="432"/>
        <source>{gateway} answers (HTTP {status}); the key of a generic profile is checked only by the first real message.</source>
        <translation>{gateway} 有应答（HTTP {status}）；通用配置的密钥要到发送第一条真实短信时才会核对。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="434"/>
        <source>No loan was chosen: select loans in the queue, or change the filter so it shows some.</source>
        <translation>未选择任何借款：请在队列中选中借款，或调整筛选条件使其显示借款。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="435"/>
        <source>There is no loan {id} ({count} of the chosen loans are unknown): refresh the queue and choose again.</source>
        <translation>借款 {id} 不存在（所选借款中有 {count} 笔未找到）：请刷新队列后重新选择。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="436"/>
        <source>There is no loan with contract number {contract_no} ({count} unknown): check the number.</source>
        <translation>没有合同编号为 {contract_no} 的借款（共 {count} 个未找到）：请核对编号。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="438"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="439"/>
        <source>approved</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="440"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="441"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="442"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="443"/>
        <source>queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="448"/>
        <source> · firm</source>
        <translation> · 严厉版</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="449"/>
        <source>Message</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="452"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="453"/>
        <source>References</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="454"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="455"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="456"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="457"/>
        <source>From</source>
        <translation>发信号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="458"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="461"/>
        <source>{reports_stored} delivery report(s) stored; {messages_changed} message(s) now delivered or failed.</source>
        <translation>已保存 {reports_stored} 条状态报告；{messages_changed} 条短信状态更新为已送达或失败。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="464"/>
        <source>there is no such file or folder</source>
        <translation>找不到该文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="465"/>
        <source>no permission: it is open in another program or belongs to another user</source>
        <translation>没有权限：文件正被其他程序打开，或属于其他用户</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="466"/>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="467"/>
        <source>it is in use by another program</source>
        <translation>正被其他程序占用</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="468"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="469"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="470"/>
        <source>there is no such device (unplugged?)</source>
        <translation>没有该设备（是否已拔出？）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="471"/>
        <source>the disk or the device failed to read or write</source>
        <translation>磁盘或设备读写出错</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="472"/>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="473"/>
        <source>no answer in time</source>
        <translation>等待应答超时</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="474"/>
        <source>the host name in the address is not known (typing error, or no network?)</source>
        <translation>找不到地址中的主机名，是否输错或没有网络</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="475"/>
        <source>the network cannot reach it</source>
        <translation>网络无法到达</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="476"/>
        <source>the port is already in use</source>
        <translation>端口已被占用</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="477"/>
        <source>the system refused it</source>
        <translation>系统拒绝了该操作</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="478"/>
        <source>it is neither an Excel workbook nor a CSV file</source>
        <translation>不是 Excel 表格，也不是 CSV</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="479"/>
        <source>the address does not start with http:// or https://</source>
        <translation>地址不是以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="480"/>
        <source>the connection broke</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="481"/>
        <source>the text is not saved as UTF-8</source>
        <translation>文件不是以 UTF-8 编码保存的</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="482"/>
        <source>the user name or password was refused</source>
        <translation>用户名或密码被拒绝</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="483"/>
        <source>it is not a settings file of this app</source>
        <translation>它不是本程序的设置文件</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="484"/>
        <source>the server has no database of that name</source>
        <translation>服务器上没有这个名称的数据库</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="485"/>
        <source>The office&apos;s settings file {path} cannot be read: {detail}. Fix it, or move it away to set the office up again.</source>
        <translation>无法读取公司设置文件 {path}：{detail}。请修好它，或把它移走后重新设置公司。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="486"/>
        <source>reminder days before due are 1 or more</source>
        <translation>到期前提醒天数须为 1 或以上</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="487"/>
        <source>the stage days must rise: grace days for repeat offenders ≤ grace days &lt; end of M1 &lt; end of M2 &lt; end of M3</source>
        <translation>阶段天数须逐级增大：多次逾期者的宽限天数 ≤ 宽限天数 &lt; M1 截止天数 &lt; M2 截止天数 &lt; M3 截止天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="488"/>
        <source>sending must start before it ends</source>
        <translation>发送开始时间须早于结束时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="489"/>
        <source>the limits are counts of 0 or more</source>
        <translation>各项上限须为 0 或以上</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="490"/>
        <source>check that the double braces around each variable come in pairs</source>
        <translation>请检查每个变量两侧的双花括号是否成对</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="491"/>
        <source>a variable or a filter is used in a way it does not allow</source>
        <translation>某个变量或过滤器的用法不对</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="492"/>
        <source>it is not a valid TOML file (check the quotes and brackets)</source>
        <translation>不是有效的 TOML 文件（请检查引号和括号）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="493"/>
        <source>the keyring is locked</source>
        <translation>系统钥匙串已锁定</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="494"/>
        <source>there is no keyring</source>
        <translation>没有系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="495"/>
        <source>the keyring gave an error</source>
        <translation>系统钥匙串出错</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="496"/>
        <source>the gateway cannot be reached</source>
        <translation>网关无法连接</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="497"/>
        <source>the gateway is busy</source>
        <translation>网关繁忙</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="498"/>
        <source>the gateway is limiting sends</source>
        <translation>网关正在限制发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="499"/>
        <source>the gateway had an error</source>
        <translation>网关出错</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="500"/>
        <source>the modem did not answer</source>
        <translation>短信猫没有应答</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="501"/>
        <source>the modem went away (unplugged?)</source>
        <translation>短信猫断开了（是否被拔出？）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="502"/>
        <source>the modem is not connected</source>
        <translation>短信猫未连接</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="503"/>
        <source>no modem can send right now</source>
        <translation>目前没有可发送的短信猫</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="504"/>
        <source>the modem&apos;s port cannot be opened</source>
        <translation>无法打开短信猫的端口</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="505"/>
        <source>the connection broke after the message was handed over: it may have gone</source>
        <translation>消息交出后连接中断：可能已发出</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="506"/>
        <source>the gateway refused the user name or password</source>
        <translation>网关拒绝了用户名或密码</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="507"/>
        <source>the gateway account has no balance left</source>
        <translation>网关账户余额不足</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="508"/>
        <source>the gateway stopped answering</source>
        <translation>网关不再应答</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="509"/>
        <source>the gateway account is suspended</source>
        <translation>网关账户已停用</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="510"/>
        <source>the modem was unplugged and did not come back</source>
        <translation>短信猫被拔出，没有再连上</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="511"/>
        <source>asked for parts the text does not have</source>
        <translation>要求发送的分段超出了短信的分段数</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="512"/>
        <source>the gateway&apos;s answer could not be read: it may have gone</source>
        <translation>无法读取网关的应答：可能已发出</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="513"/>
        <source>the gateway says the number is not valid</source>
        <translation>网关认为号码无效</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="514"/>
        <source>the gateway cannot route to this number</source>
        <translation>网关无法发送到该号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="515"/>
        <source>the borrower unsubscribed at the gateway</source>
        <translation>借款人已在网关退订</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="516"/>
        <source>the gateway rejected the message</source>
        <translation>网关拒收该短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="517"/>
        <source>the gateway refused the account, signature or template</source>
        <translation>网关拒绝了账号、签名或模板</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="518"/>
        <source>the gateway needs the provider&apos;s template code</source>
        <translation>网关需要服务商的模板代码</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="519"/>
        <source>only part of the message went out</source>
        <translation>只发出了部分短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="520"/>
        <source>the modem stopped answering mid-send: it may have gone</source>
        <translation>发送中途短信猫停止应答：可能已发出</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="521"/>
        <source>the text is too long</source>
        <translation>短信内容过长</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="522"/>
        <source>another sender took it at the same moment</source>
        <translation>同一时刻被另一个发送进程领取</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="523"/>
        <source>the send stopped on an unexpected error: it may have gone</source>
        <translation>发送因意外错误中断：可能已发出</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="524"/>
        <source>the SIM card needs its PIN</source>
        <translation>SIM 卡需要 PIN 码</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="525"/>
        <source>the SIM card is not ready</source>
        <translation>SIM 卡未就绪</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="526"/>
        <source>the modem does not answer</source>
        <translation>短信猫无应答</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="527"/>
        <source>Row {row}: {text}</source>
        <translation>第 {row} 行：{text}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="528"/>
        <source>Row {row}, column {column}: {text}</source>
        <translation>第 {row} 行，“{column}”列：{text}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="529"/>
        <source>not a whole number of 1 or more: &quot;{value}&quot;</source>
        <translation>“{value}”不是大于等于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="530"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="531"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="532"/>
        <source>built in</source>
        <translation>系统自带</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="533"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="534"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="535"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="536"/>
        <location filename="../../operator_app/i18n.py" line="550"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="537"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="538"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="539"/>
        <source>By</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="540"/>
        <source>Check</source>
        <translation>合规检查</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="541"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="542"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="543"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="545"/>
        <source>[{key}, {locale}, version {version}]</source>
        <translation>【{key}，{locale}，第 {version} 版】</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="546"/>
        <source>every overdue installment in full</source>
        <translation>全部逾期期款</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="547"/>
        <source>the words shown, or a share of the overdue amount such as 30%</source>
        <translation>如上的文字，或逾期金额的百分比，例如 30%</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="548"/>
        <source>{percent}% of the overdue amount</source>
        <translation>逾期金额的 {percent}%</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="551"/>
        <source>Outstanding (yuan)</source>
        <translation>剩余应还（元）</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="552"/>
        <source>Gets SMS</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="553"/>
        <source>← modem</source>
        <translation>← 短信猫</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="555"/>
        <source>Sign in first: --user NAME (this office has accounts).</source>
        <translation>请先登录：--user 姓名（本办公室已启用账户）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="556"/>
        <source>Wrong name or password for &quot;{name}&quot;.</source>
        <translation>“{name}”的用户名或密码不对。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="557"/>
        <source>The account {name} is locked after 5 wrong passwords until {until}: wait, or ask an admin to set a new password.</source>
        <translation>账户 {name} 因连续 5 次密码错误被锁定到 {until}：请稍后再试，或请管理员重设密码。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="558"/>
        <source>The account {name} is disabled: ask an admin.</source>
        <translation>账户 {name} 已停用：请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="559"/>
        <source>The account {name} ({role}) may not {action}.</source>
        <translation>账户 {name}（{role}）无权{action}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="560"/>
        <source>&quot;{name}&quot; looks like an account: sign in with --user instead.</source>
        <translation>“{name}”看起来像一个账户：请改用 --user 登录。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="561"/>
        <source>--by {by} does not name the signed-in account {user}: leave --by out, the account acts.</source>
        <translation>--by {by} 不是已登录的账户 {user}：可以不写 --by，由登录的账户操作。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="562"/>
        <source>An account needs a name.</source>
        <translation>账户需要一个名字。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="563"/>
        <source>The name &quot;{name}&quot; is too long (at most 100 characters).</source>
        <translation>名字“{name}”太长（最多 100 个字符）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="564"/>
        <source>The name &quot;{name}&quot; has a character that is no letter, digit, space or . _ &apos; - ·</source>
        <translation>名字“{name}”含有字母、数字、空格和 . _ &apos; - · 以外的字符。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="565"/>
        <source>The name &quot;{name}&quot; mixes scripts (e.g. a Cyrillic letter among Latin ones): write it in one script.</source>
        <translation>名字“{name}”混用了不同文字（例如拉丁字母中夹着西里尔字母）：请只用一种文字。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="566"/>
        <source>The name &quot;{name}&quot; is written in letters that look like Latin ones: write it in Latin letters.</source>
        <translation>名字“{name}”用的是看起来像拉丁字母的其他文字：请用拉丁字母书写。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="567"/>
        <source>There is already an account {name}.</source>
        <translation>账户 {name} 已存在。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="568"/>
        <source>The name {name} looks like the existing account {other}: choose another.</source>
        <translation>名字 {name} 和已有账户 {other} 看起来一样：请换一个。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="569"/>
        <source>No account {name}.</source>
        <translation>没有账户 {name}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="570"/>
        <source>Unknown role &quot;{role}&quot;; the roles are: {roles}</source>
        <translation>未知角色“{role}”；可用角色：{roles}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="571"/>
        <source>The office&apos;s first account must be an admin (--role admin).</source>
        <translation>本办公室的第一个账户必须是管理员（--role admin）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="572"/>
        <source>{name} is the office&apos;s last enabled admin: add or enable another admin first.</source>
        <translation>{name} 是本办公室最后一个启用的管理员：请先添加或启用另一个管理员。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="573"/>
        <source>The password must have at least {min} characters.</source>
        <translation>密码至少要 {min} 个字符。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="574"/>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>两次输入的密码不一致：未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="575"/>
        <source>Password for {name}: </source>
        <translation>{name} 的密码：</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="576"/>
        <source>New password for {name}: </source>
        <translation>{name} 的新密码：</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="577"/>
        <source>The same password again: </source>
        <translation>请再输入一次密码：</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="578"/>
        <source>Account {name} added ({role}).</source>
        <translation>已添加账户 {name}（{role}）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="579"/>
        <source>The password of {name} is changed.</source>
        <translation>已更改 {name} 的密码。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="580"/>
        <source>Account {name} disabled.</source>
        <translation>已停用账户 {name}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="581"/>
        <source>Account {name} enabled.</source>
        <translation>已启用账户 {name}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="582"/>
        <source>No accounts: anyone acts with --by NAME. Add the first (an admin) with `users add NAME --role admin`.</source>
        <translation>还没有账户：任何人都用 --by 姓名 操作。用 `users add 姓名 --role admin` 添加第一个账户（管理员）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="583"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="584"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="585"/>
        <source>clerk</source>
        <translation>专员</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="586"/>
        <source>approver</source>
        <translation>复核员</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="587"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="588"/>
        <source>import sheets</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="589"/>
        <source>plan or cancel batches</source>
        <translation>制定或取消批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="590"/>
        <source>edit templates</source>
        <translation>编辑模板</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="591"/>
        <source>hold, release or opt out borrowers</source>
        <translation>暂停、恢复或退订借款人</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="592"/>
        <source>read the modem&apos;s replies</source>
        <translation>读取调制解调器上的回复</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="593"/>
        <source>approve batches</source>
        <translation>复核批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="594"/>
        <source>send messages</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="595"/>
        <source>decide about unknown or failed messages</source>
        <translation>处理状态未知或失败的短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="596"/>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="597"/>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="598"/>
        <source>change transports</source>
        <translation>修改发送通道</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="599"/>
        <source>publish templates</source>
        <translation>发布模板</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="600"/>
        <source>export or import the ID-number key</source>
        <translation>导出或导入身份证号密钥</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="601"/>
        <source>{path} holds operator accounts: a demo would drop them. Choose another --db.</source>
        <translation>{path} 中有操作员账户，生成演示数据会把它们删掉。请换一个 --db。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="602"/>
        <source>{key} = {value} waits for a second person: an approver or another admin runs `settings confirm {code}`.</source>
        <translation>{key} = {value} 需要第二个人确认：请复核员或另一位管理员运行 `settings confirm {code}`。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="603"/>
        <source>waiting for confirmation: {value}</source>
        <translation>待确认：{value}</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="604"/>
        <source>No change of {key} waits for confirmation.</source>
        <translation>{key} 没有待确认的更改。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="605"/>
        <source>{name} proposed this change of {key}: a second person must confirm it.</source>
        <translation>{key} 的这项更改是 {name} 提出的：必须由第二个人确认。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="606"/>
        <source>Saved as a draft: an admin makes it live by saving it again (`templates set`).</source>
        <translation>已保存为草稿：需由管理员再次保存（`templates set`）后才会启用。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="607"/>
        <source>export or erase a borrower&apos;s personal data</source>
        <translation>导出或删除借款人的个人信息</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="608"/>
        <source>the borrower&apos;s personal data was erased</source>
        <translation>借款人的个人信息已删除</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="609"/>
        <source>Say why with --reason TEXT (e.g. the borrower&apos;s request and its date).</source>
        <translation>请用 --reason 说明理由（例如借款人的申请及日期）。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="610"/>
        <source>No loan with contract number {contract}.</source>
        <translation>没有合同编号为 {contract} 的借款。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="611"/>
        <source>No loan with contract number {key}, and no borrower with that mobile number.</source>
        <translation>没有合同编号为 {key} 的借款，也没有使用该手机号的借款人。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="612"/>
        <source>Loan {contract} has no borrower yet: it holds nothing personal.</source>
        <translation>借款 {contract} 尚无借款人：其中没有个人信息。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="613"/>
        <source>The borrower of {contract} was already erased on {at}.</source>
        <translation>合同 {contract} 的借款人已于 {at} 删除个人信息。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="614"/>
        <source>A send is running (run {run}): erase when it has finished, so that nothing goes to this borrower afterwards.</source>
        <translation>正在发送短信（运行 {run}）：请等发送结束后再删除，以免删除后仍有短信发给该借款人。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="615"/>
        <source>Written {path}: {borrowers} borrower(s), {loans} loan(s), {messages} message(s), {replies} reply(ies).</source>
        <translation>已写入 {path}：{borrowers} 位借款人，{loans} 笔借款，{messages} 条短信，{replies} 条回复。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="616"/>
        <source>This mobile number belongs to {count} borrowers: all of them are in the file. Check that it is the person asking.</source>
        <translation>该手机号属于 {count} 位借款人，均已写入文件。请核实申请人是哪一位。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="617"/>
        <source>The borrower has {count} loans: all of them are in the file.</source>
        <translation>该借款人有 {count} 笔借款，均已写入文件。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="618"/>
        <source>Erased the borrower of {contracts}: name, mobile, ID digits, the texts of {messages} message(s) and {replies} reply(ies). Amounts and dates are kept.</source>
        <translation>已删除合同 {contracts} 借款人的个人信息：姓名、手机号、身份证号信息、{messages} 条短信和 {replies} 条回复的内容。金额和日期保留。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="619"/>
        <source>The erase covers every loan of this borrower: {contracts}.</source>
        <translation>删除涉及该借款人的全部借款：{contracts}。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="620"/>
        <source>{count} message(s) not yet sent were withdrawn.</source>
        <translation>已撤回 {count} 条尚未发送的短信。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="621"/>
        <source>{count} audit entries quoting the borrower were redacted; the audit chain still verifies.</source>
        <translation>已涂改 {count} 条引用该借款人的审计记录；审计链仍可校验。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="622"/>
        <source>The mobile number is also another borrower&apos;s: it stays in that borrower&apos;s record.</source>
        <translation>该手机号也属于另一位借款人：在其记录中保留。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="623"/>
        <source>Another program has the database open, so the file could not be compacted yet: close it and run `privacy purge`, which removes the old copies.</source>
        <translation>另一个程序正打开此数据库，文件暂时无法压缩：请关闭该程序后运行 `privacy purge`，以清除旧副本。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="624"/>
        <source>{count} backup file(s) made before still hold this borrower (e.g. {path}). They are not deleted: the daily ones rotate out within weeks; delete the others by hand if the request covers them.</source>
        <translation>之前的 {count} 个备份文件仍含有该借款人（例如 {path}）。备份不会被自动删除：每日备份会在数周内轮换掉；其他备份如申请范围涵盖，请手动删除。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="625"/>
        <source>The tables were rewritten on the server (VACUUM FULL); the server&apos;s own log archive and backups are the server administrator&apos;s to handle.</source>
        <translation>已在服务器上重写相关数据表（VACUUM FULL）；服务器自身的日志归档和备份由服务器管理员处理。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="626"/>
        <source>Purged the texts of {messages} message(s) and {replies} reply(ies) of {loans} loan(s) closed before {before}.</source>
        <translation>已清除 {before} 之前结清的 {loans} 笔借款的 {messages} 条短信和 {replies} 条回复的内容。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="627"/>
        <source>Dry run: would purge the texts of {messages} message(s) and {replies} reply(ies) of {loans} loan(s) closed before {before}. Nothing was changed.</source>
        <translation>试运行：将清除 {before} 之前结清的 {loans} 笔借款的 {messages} 条短信和 {replies} 条回复的内容。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../operator_app/i18n.py" line="628"/>
        <source>the borrower of contract {contract} was erased on {at}: name, mobile and ID number not imported (take the person out of the sheet)</source>
        <translation>合同 {contract} 的借款人已于 {at} 删除个人信息：姓名、手机号和身份证号未导入（请从表格中删去此人）</translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="110"/>
        <source>the office&apos;s full name, up to 60 characters</source>
        <translation>公司全称，最多 60 个字</translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="112"/>
        <source>2-12 characters, without 【】 (the templates add them)</source>
        <translation>2 至 12 个字，不带【】（模板会加上）</translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="113"/>
        <source>a phone number, e.g. 0571-88886666 or 400-800-1234</source>
        <translation>电话号码，例如 0571-88886666 或 400-800-1234</translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="114"/>
        <source>where borrowers pay</source>
        <translation>借款人的还款渠道</translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="115"/>
        <location filename="../../operator_app/messaging/settings_registry.py" line="116"/>
        <source>HH:MM</source>
        <translation>时:分（例如 08:00）</translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="117"/>
        <location filename="../../operator_app/messaging/settings_registry.py" line="131"/>
        <source>true|false</source>
        <translation>是 或 否</translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="121"/>
        <source>e.g. 3,1</source>
        <translation>例如 3,1</translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="123"/>
        <source>0-29, at most stages.grace_days</source>
        <translation>0-29，不超过宽限天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/messaging/settings_registry.py" line="127"/>
        <source>overdue_installments|share:PERCENT</source>
        <translation>overdue_installments（全部逾期期款）或 share:百分比（如 share:30）</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="14"/>
        <source>unassigned (unallocated) number</source>
        <translation>号码不存在（空号）</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="15"/>
        <source>operator determined barring</source>
        <translation>运营商限制发送</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="16"/>
        <source>call barred</source>
        <translation>呼叫被限制</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="17"/>
        <source>short message transfer rejected</source>
        <translation>短信被拒收</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="18"/>
        <source>memory capacity exceeded</source>
        <translation>接收方存储已满</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="19"/>
        <source>destination out of service</source>
        <translation>对方暂时无法接收</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="20"/>
        <source>unidentified subscriber</source>
        <translation>用户无法识别</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="21"/>
        <source>facility rejected</source>
        <translation>业务被拒绝</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="22"/>
        <source>unknown subscriber</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="23"/>
        <source>network out of order</source>
        <translation>网络故障</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="24"/>
        <source>temporary failure</source>
        <translation>网络临时故障</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="25"/>
        <source>congestion</source>
        <translation>网络拥塞</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="26"/>
        <source>resources unavailable</source>
        <translation>网络资源不足</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="27"/>
        <source>requested facility not subscribed</source>
        <translation>未开通短信业务</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="28"/>
        <source>requested facility not implemented</source>
        <translation>网络不支持该业务</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="29"/>
        <source>invalid mandatory information</source>
        <translation>短信参数无效</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="30"/>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="31"/>
        <source>interworking unspecified</source>
        <translation>网间互通错误</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="32"/>
        <source>ME failure</source>
        <translation>模块故障</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="33"/>
        <source>SMS service of ME reserved</source>
        <translation>模块短信功能被占用</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="34"/>
        <location filename="../../operator_app/modem_words.py" line="54"/>
        <source>operation not allowed</source>
        <translation>不允许该操作</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="35"/>
        <location filename="../../operator_app/modem_words.py" line="55"/>
        <source>operation not supported</source>
        <translation>不支持该操作</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="36"/>
        <source>invalid PDU mode parameter</source>
        <translation>PDU 参数无效</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="37"/>
        <source>invalid text mode parameter</source>
        <translation>文本模式参数无效</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="38"/>
        <location filename="../../operator_app/modem_words.py" line="56"/>
        <source>SIM not inserted</source>
        <translation>未插入 SIM 卡</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="39"/>
        <location filename="../../operator_app/modem_words.py" line="57"/>
        <source>SIM PIN required</source>
        <translation>需要输入 SIM 卡 PIN 码</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="40"/>
        <source>PH-SIM PIN required</source>
        <translation>需要输入设备锁 PIN 码</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="41"/>
        <location filename="../../operator_app/modem_words.py" line="59"/>
        <source>SIM failure</source>
        <translation>SIM 卡故障</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="42"/>
        <location filename="../../operator_app/modem_words.py" line="60"/>
        <source>SIM busy</source>
        <translation>SIM 卡忙</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="43"/>
        <location filename="../../operator_app/modem_words.py" line="61"/>
        <source>SIM wrong</source>
        <translation>SIM 卡不匹配</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="44"/>
        <location filename="../../operator_app/modem_words.py" line="58"/>
        <source>SIM PUK required</source>
        <translation>SIM 卡已锁，需要 PUK 码</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="45"/>
        <location filename="../../operator_app/modem_words.py" line="68"/>
        <source>memory failure</source>
        <translation>存储故障</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="46"/>
        <source>invalid memory index</source>
        <translation>存储位置无效</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="47"/>
        <location filename="../../operator_app/modem_words.py" line="65"/>
        <source>memory full</source>
        <translation>存储已满</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="48"/>
        <source>SMSC address unknown</source>
        <translation>短信中心号码未设置</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="49"/>
        <location filename="../../operator_app/modem_words.py" line="69"/>
        <source>no network service</source>
        <translation>无网络服务</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="50"/>
        <location filename="../../operator_app/modem_words.py" line="70"/>
        <source>network timeout</source>
        <translation>网络超时</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="51"/>
        <source>no +CNMA acknowledgement expected</source>
        <translation>无需确认</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="52"/>
        <location filename="../../operator_app/modem_words.py" line="72"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="53"/>
        <source>phone failure</source>
        <translation>模块故障</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="62"/>
        <source>incorrect password</source>
        <translation>PIN 码错误</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="63"/>
        <source>SIM PIN2 required</source>
        <translation>需要 PIN2 码</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="64"/>
        <source>SIM PUK2 required</source>
        <translation>需要 PUK2 码</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="66"/>
        <source>invalid index</source>
        <translation>位置无效</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="67"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="71"/>
        <source>network not allowed - emergency calls only</source>
        <translation>网络拒绝，仅限紧急呼叫</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="73"/>
        <source>the network rejected the message (TP failure cause)</source>
        <translation>网络拒收该短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/modem_words.py" line="74"/>
        <source>unknown modem error</source>
        <translation>未知的模块错误</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="11"/>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="12"/>
        <source>Loans</source>
        <translation>借款</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="13"/>
        <source>Installments</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="14"/>
        <source>Payments</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="15"/>
        <source>Messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="16"/>
        <source>Message history</source>
        <translation>短信记录</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="17"/>
        <source>Delivery reports</source>
        <translation>状态报告</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="18"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="21"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="22"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="23"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="24"/>
        <source>Phone as imported</source>
        <translation>导入时的电话</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="25"/>
        <source>Phone problem</source>
        <translation>电话问题</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="26"/>
        <source>ID number, last 4</source>
        <translation>身份证号后四位</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="27"/>
        <source>Opted out at</source>
        <translation>退订时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="28"/>
        <source>On hold until</source>
        <translation>暂停催收至</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="29"/>
        <source>Hold reason</source>
        <translation>暂停原因</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="30"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="31"/>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="32"/>
        <source>Erased at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="33"/>
        <source>Contact on weekdays only</source>
        <translation>仅工作日联系</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="34"/>
        <source>Contact from (minutes after midnight)</source>
        <translation>可联系开始时间（零点起分钟数）</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="35"/>
        <source>Contact until (minutes after midnight)</source>
        <translation>可联系结束时间（零点起分钟数）</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="36"/>
        <source>At most SMS a week</source>
        <translation>每周最多短信数</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="37"/>
        <source>No SMS (call only)</source>
        <translation>不发短信（仅电话）</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="38"/>
        <source>Note on contact wishes</source>
        <translation>联系意愿备注</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="39"/>
        <source>Contact wishes set by</source>
        <translation>联系意愿登记人</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="40"/>
        <source>Contact wishes set at</source>
        <translation>联系意愿登记时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="41"/>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="42"/>
        <source>Borrower no.</source>
        <translation>借款人编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="43"/>
        <source>Principal (yuan)</source>
        <translation>本金（元）</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="44"/>
        <source>Disbursed on</source>
        <translation>放款日期</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="45"/>
        <source>Outstanding on the sheet (yuan)</source>
        <translation>表格所载剩余应还（元）</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="46"/>
        <source>Owed (yuan)</source>
        <translation>欠款（元）</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="47"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="48"/>
        <source>Updated at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="49"/>
        <source>Loan no.</source>
        <translation>借款编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="50"/>
        <source>Installment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="51"/>
        <source>Due on</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="52"/>
        <source>Amount due (yuan)</source>
        <translation>应还金额（元）</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="53"/>
        <source>Amount paid (yuan)</source>
        <translation>已还金额（元）</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="54"/>
        <source>Paid on</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="55"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="56"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="57"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="58"/>
        <source>Installment no.</source>
        <translation>分期编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="59"/>
        <source>Template no.</source>
        <translation>模板编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="60"/>
        <source>To</source>
        <translation>收信号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="61"/>
        <location filename="../../operator_app/privacy_words.py" line="87"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="62"/>
        <source>SMS parts</source>
        <translation>短信条数</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="63"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="64"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="65"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="66"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="67"/>
        <source>Sent through</source>
        <translation>发送通道</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="68"/>
        <source>Provider reference</source>
        <translation>通道回执编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="69"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="70"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="71"/>
        <source>Planned for</source>
        <translation>计划发送时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="72"/>
        <source>Approved at</source>
        <translation>复核时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="73"/>
        <source>Sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="74"/>
        <source>Delivered at</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="75"/>
        <source>Message no.</source>
        <translation>短信编号</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="76"/>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="77"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="78"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="79"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="80"/>
        <source>Recipient</source>
        <translation>收信人</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="81"/>
        <source>Status code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="82"/>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="83"/>
        <source>Delivered (network) at</source>
        <translation>网络送达时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="84"/>
        <source>Received at</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="85"/>
        <source>Part</source>
        <translation>分段</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="86"/>
        <source>From</source>
        <translation>发信号码</translation>
    </message>
    <message>
        <location filename="../../operator_app/privacy_words.py" line="88"/>
        <source>Action taken</source>
        <translation>处理</translation>
    </message>
</context>
</TS>
