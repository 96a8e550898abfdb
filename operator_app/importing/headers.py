"""Find the header row under title rows and map its columns to our fields.

Offices name columns freely; the synonyms below are the ones seen in real loan books, in
Chinese and English. Any of them can be overridden with `--map field=header`.
"""

from __future__ import annotations

from dataclasses import dataclass

from operator_app.domain.amounts import owed_basis
from operator_app.domain.identity import mask_id_number
from operator_app.domain.text import clean_text, header_key
from operator_app.importing.errors import ImportFileError

SYNONYMS: dict[str, tuple[str, ...]] = {
    "contract_no": ("合同编号", "合同号", "合同编码", "借款合同号", "借款合同编号", "借据号", "借据编号",
                    "贷款编号", "借款编号", "contract_no", "contract", "contract no", "contract number",
                    "loan id", "loan no"),
    "name": ("姓名", "借款人", "借款人姓名", "客户姓名", "客户名称", "客户", "户名", "name", "borrower",
             "borrower name", "customer", "customer name"),
    "phone": ("手机", "手机号", "手机号码", "联系电话", "联系方式", "电话", "电话号码", "移动电话", "mobile",
              "phone", "phone number", "mobile number", "tel", "cell"),
    "id_number": ("身份证号", "身份证", "身份证号码", "证件号码", "证件号", "id number", "id no", "idcard",
                  "id card", "id"),
    "principal": ("借款金额", "本金", "贷款金额", "放款金额", "合同金额", "借款本金", "principal",
                  "loan amount", "amount borrowed"),
    "disbursed_on": ("放款日期", "借款日期", "放款日", "起息日", "disbursed on", "disbursed",
                     "disbursement date", "loan date"),
    "due_on": ("应还日期", "到期日", "到期日期", "还款日", "还款日期", "应还款日", "应还款日期", "due date",
               "due", "due on"),
    "amount_due": ("应还金额", "本期应还", "应还款额", "应还本息", "应还总额", "应还本息合计", "每期应还", "期供", "amount due",
                   "due amount", "installment amount"),
    "amount_paid": ("已还金额", "实还金额", "已还", "已还款", "paid", "amount paid", "paid amount"),
    "outstanding": ("剩余本金", "剩余应还", "待还金额", "未还金额", "欠款金额", "剩余金额", "outstanding",
                    "balance", "remaining"),
    "seq": ("期数", "期次", "第几期", "期号", "当前期数", "当前期次", "installment no", "installment",
            "seq", "period", "term no"),
    "paid_on": ("实还日期", "实际还款日期", "还清日期", "paid on", "paid date", "payment date"),
}
FIELDS = tuple(SYNONYMS)
_BY_KEY = {header_key(s): f for f, names in SYNONYMS.items() for s in names}
HEADER_SCAN_ROWS = 30


@dataclass(frozen=True)
class HeaderMap:
    row_index: int  # 0-based index into the table's rows
    columns: dict[str, int]  # field -> column index
    headers: list[str]  # the header row's own text, for messages and the report
    # The outstanding column counts principal only (剩余本金) beside an amount-due column: on a row
    # that states the whole amount due, it is not what the borrower owes (`principal_only_outstanding`).
    principal_outstanding: bool = False

    def header_of(self, field: str) -> str:
        return self.headers[self.columns[field]]

    def as_names(self) -> dict[str, str]:
        return {f: self.headers[c] for f, c in self.columns.items()}

    def shown_row(self, row: list[object]) -> list[object]:
        """A row as a person may see it (the import preview, the problem report): never a whole
        ID number, its last four only (PIPL: minimum necessary)."""
        col = self.columns.get("id_number")
        if col is None or col >= len(row) or row[col] in (None, ""):
            return row
        return [*row[:col], mask_id_number(row[col]), *row[col + 1:]]


def field_for(cell: object) -> str | None:
    key = header_key(cell)
    if not key:
        return None
    if key in _BY_KEY:
        return _BY_KEY[key]
    # Chinese headers put the noun last: "借款人手机号" is a phone, "客户身份证号码" an ID number.
    best: tuple[int, str] | None = None
    for syn_key, field in _BY_KEY.items():
        if len(syn_key) >= 2 and key.endswith(syn_key) and (best is None or len(syn_key) > best[0]):
            best = (len(syn_key), field)
    return best[1] if best else None


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        field = field.strip()
        if not sep or not header.strip():
            raise ImportFileError("map_syntax", value=pair)
        if field not in SYNONYMS:
            raise ImportFileError("map_unknown_field", field=field, fields=", ".join(FIELDS))
        out[field] = header.strip()
    return out


def find_header(rows: list[list[object]], overrides: dict[str, str] | None = None) -> HeaderMap:
    overrides = overrides or {}
    override_keys = {header_key(h): f for f, h in overrides.items()}
    best: tuple[int, int] | None = None  # (score, row index)
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        fields = {override_keys.get(header_key(c)) or field_for(c) for c in row}
        fields.discard(None)
        score = len(fields)
        if score >= 2 and (best is None or score > best[0]):
            best = (score, index)
    if best is None:
        raise ImportFileError("no_header")
    index = best[1]
    headers = [clean_text(c) for c in rows[index]]
    columns: dict[str, int] = {}
    for col, cell in enumerate(headers):
        key = header_key(cell)
        field = override_keys.get(key) or (None if key in override_keys else field_for(cell))
        if field and field not in columns and field not in overrides:
            columns[field] = col
    for field, header in overrides.items():
        matches = [c for c, h in enumerate(headers) if header_key(h) == header_key(header)]
        if not matches:
            raise ImportFileError("map_header_missing", header=header, headers="、".join(h for h in headers if h))
        columns[field] = matches[0]
    principal_outstanding = "outstanding" not in overrides and _owed_not_principal(columns, headers)
    if "contract_no" not in columns:
        raise ImportFileError("no_contract_column", headers="、".join(h for h in headers if h))
    return HeaderMap(index, columns, headers, principal_outstanding)


# Outstanding headers that count principal only (剩余本金): what the borrower owes only when the
# sheet states no amount due; beside an amount due (principal plus interest and fees) they would
# tell a borrower less than the sheet says is owed.
PRINCIPAL_ONLY = frozenset(header_key(h) for h in ("剩余本金", "remaining principal"))


def _owed_not_principal(columns: dict[str, int], headers: list[str]) -> bool:
    """The outstanding column is the one that counts what is owed: a 剩余应还-like column wins over
    a 剩余本金 column wherever the two stand. True when the one left counts principal only and
    the sheet has an amount-due column: then, on a row that states the whole amount due, it is
    not read as the loan's outstanding (domain.amounts works out amount due − paid); a row
    without one keeps it. `--map outstanding=` decides otherwise."""
    col = columns.get("outstanding")
    if col is None or header_key(headers[col]) not in PRINCIPAL_ONLY:
        return False
    others = [c for c, h in enumerate(headers)
              if c != col and field_for(h) == "outstanding" and header_key(h) not in PRINCIPAL_ONLY]
    if others:
        columns["outstanding"] = others[0]
        return False
    return "amount_due" in columns


def principal_only_outstanding(principal_fen: int | None, amount_due_fen: int | None) -> bool:
    """On a sheet whose outstanding counts principal only: whether this row's outstanding must be
    left unread because the row states the whole amount due (domain.amounts.owed_basis)."""
    return amount_due_fen is not None and owed_basis(principal_fen, amount_due_fen) == amount_due_fen
