from __future__ import annotations

from datetime import date, datetime

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from operator_app.domain.dates import DateError, add_months, parse_date
from operator_app.domain.money import AmountError, format_fen, parse_fen
from operator_app.domain.overdue import days_past_due, stage_for
from operator_app.domain.phones import mask_phone, normalize_phone
from operator_app.domain.text import clean_name, header_key, shown_cell, spreadsheet_safe, to_halfwidth
from operator_app.importing.records import Issue


@pytest.mark.parametrize("raw, fen", [
    (12000, 1200000), (1200.5, 120050), (1234.5600000001, 123456), ("¥12,000.00", 1200000),
    ("￥12,000.00", 1200000), ("1.2万", 1200000), ("１２００", 120000), ("3000元", 300000),
    (" 500 ", 50000), ("0", 0), ("1.23456万", 1234560), ("RMB 88.8", 8880),
])
def test_parse_fen_accepts_office_shapes(raw: object, fen: int) -> None:
    assert parse_fen(raw) == fen


@pytest.mark.parametrize("raw", ["", "abc", "-5", -5, "12.345", "1.2.3", True, float("nan"), "1e5", 12.3456, 10**11])
def test_parse_fen_rejects_what_it_cannot_trust(raw: object) -> None:
    with pytest.raises(AmountError):
        parse_fen(raw)


@given(st.integers(min_value=0, max_value=10**11))
def test_fen_round_trips_through_text(fen: int) -> None:
    text = format_fen(fen)
    assert parse_fen(text) == fen


@given(st.integers(min_value=0, max_value=10**9))
def test_fen_from_float_yuan_is_exact(fen: int) -> None:
    assert parse_fen(fen / 100) == fen


@pytest.mark.parametrize("raw, day", [
    (date(2026, 3, 5), date(2026, 3, 5)), (datetime(2026, 3, 5, 13, 0), date(2026, 3, 5)),
    (46086, date(2026, 3, 5)), (46086.0, date(2026, 3, 5)), ("46086", date(2026, 3, 5)),
    ("2026/3/5", date(2026, 3, 5)), ("2026-03-05", date(2026, 3, 5)), ("2026年3月5日", date(2026, 3, 5)),
    ("20260305", date(2026, 3, 5)), ("2026.3.5", date(2026, 3, 5)), ("２０２６－０３－０５", date(2026, 3, 5)),
    ("2026-03-05 00:00:00", date(2026, 3, 5)),
    ("11-Mar-2026", date(2026, 3, 11)), ("11 Mar 2026", date(2026, 3, 11)), ("Mar 11, 2026", date(2026, 3, 11)),
    ("11-March-2026", date(2026, 3, 11)), ("2026-Mar-11", date(2026, 3, 11)), ("11-MAR-2026", date(2026, 3, 11)),
    ("mar 11, 2026", date(2026, 3, 11)), ("11-Sept-2026", date(2026, 9, 11)), ("1 may 2026", date(2026, 5, 1)),
    ("December 31, 2026", date(2026, 12, 31)), ("11-Mar-2026 00:00:00", date(2026, 3, 11)),
])
def test_parse_date_shapes(raw: object, day: date) -> None:
    assert parse_date(raw) == day


@pytest.mark.parametrize("raw", ["", "tomorrow", "2026/2/30", "2026-13-01", 12, 9999999, "3/5/2026", True,
                                 "31-Feb-2026", "11-Foo-2026", "Mayday 11 2026", "Mar 2026", "11-Mar-26"])
def test_parse_date_rejects(raw: object) -> None:
    with pytest.raises(DateError):
        parse_date(raw)


@given(st.dates(min_value=date(1951, 1, 1), max_value=date(2099, 12, 31)))
def test_excel_serial_round_trip(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    assert parse_date(serial) == day
    assert parse_date(f"{day.year}年{day.month}月{day.day}日") == day


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 3, 15), -3) == date(2025, 12, 15)


@pytest.mark.parametrize("raw", [
    "13800138000", "138 0013 8000", "138-0013-8000", "+86 13800138000", "8613800138000", "008613800138000",
    "１３８００１３８０００", 13800138000.0, 13800138000, "13800138000.0", "(+86) 138-0013-8000", " 13800138000\u3000",
])
def test_phone_shapes_normalise_to_e164(raw: object) -> None:
    phone = normalize_phone(raw)
    assert phone.e164 == "+8613800138000"
    assert phone.problem is None


@pytest.mark.parametrize("raw, problem", [
    ("010-62345678", "landline"), ("02188888888", "landline"), ("12345", "invalid"), ("", "empty"),
    (None, "empty"), ("1380013800", "invalid"), ("abc", "invalid"), ("14012345678", "invalid"),
])
def test_unusable_phones_are_flagged(raw: object, problem: str) -> None:
    phone = normalize_phone(raw)
    assert phone.e164 is None
    assert phone.problem == problem


@settings(max_examples=3000)
@given(st.integers(min_value=10**10, max_value=2 * 10**10 - 1))
def test_fast_path_agrees_with_phonenumbers(value: int) -> None:
    number = str(value)  # every 11-digit number starting with 1
    try:
        parsed = phonenumbers.parse(number, "CN")
        valid = phonenumbers.is_valid_number(parsed)
        kind = phonenumbers.number_type(parsed)
    except phonenumbers.NumberParseException:
        valid, kind = False, None
    mobile = valid and kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    assert kind != phonenumbers.PhoneNumberType.FIXED_LINE or not valid
    ours = normalize_phone(number)
    assert ours.e164 == ("+86" + number if mobile else None)
    assert ours.problem == (None if mobile else "invalid")


def test_mask_phone() -> None:
    assert mask_phone("+8613800138000") == "138****8000"


def test_text_helpers() -> None:
    assert to_halfwidth("ＡＢＣ１２３　") == "ABC123 "
    assert clean_name("\u3000 张三 \u200b") == "张三"
    assert clean_name("Li  Lei") == "Li Lei"
    assert clean_name("\u200d\ufeff 👨\u200d👩\u200d👧 \u200b") == "👨\u200d👩\u200d👧"  # joiners inside stay
    assert clean_name("می\u200cخواهم") == "می\u200cخواهم"
    assert clean_name("李\n雷") == "李 雷"
    assert header_key("应还金额（元）") == header_key("应还金额")
    assert header_key(" Due Date ") == "duedate"
    assert spreadsheet_safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_safe("+86138") == "'+86138"
    assert spreadsheet_safe("张三") == "张三"
    assert spreadsheet_safe(-5) == -5


@pytest.mark.parametrize("due, today, stage, dpd", [
    (date(2026, 12, 1), date(2026, 11, 27), "not_due", 0),
    (date(2026, 11, 30), date(2026, 11, 27), "pre_due", 0),
    (date(2026, 11, 27), date(2026, 11, 27), "due_today", 0),
    (date(2026, 11, 25), date(2026, 11, 27), "grace", 2),
    (date(2026, 11, 20), date(2026, 11, 27), "M1", 7),
    (date(2026, 10, 10), date(2026, 11, 27), "M2", 48),
    (date(2026, 9, 10), date(2026, 11, 27), "M3", 78),
    (date(2026, 1, 10), date(2026, 11, 27), "M3+", 321),
])
def test_stages(due: date, today: date, stage: str, dpd: int) -> None:
    assert stage_for(due, 100, today) == stage
    assert days_past_due(due, today) == dpd


@given(st.dates(min_value=date(1951, 1, 1), max_value=date(2099, 12, 31)), st.booleans())
def test_english_month_names_round_trip(day: date, full: bool) -> None:
    month = day.strftime("%B" if full else "%b")
    for text in (f"{day.day}-{month}-{day.year}", f"{day.day} {month.upper()} {day.year}",
                 f"{month.lower()} {day.day}, {day.year}", f"{day.year}-{month}-{day.day:02d}"):
        assert parse_date(text) == day, text


def test_paid_loan_has_no_stage_even_if_dates_are_old() -> None:
    assert stage_for(None, 0, date(2026, 11, 27)) == "paid"
    assert stage_for(date(2020, 1, 1), 0, date(2026, 11, 27)) == "paid"


@pytest.mark.parametrize("cell, totals", [
    ("合计", True), ("\u3000合\u3000计\u3000", True), ("本页合计：", True), ("总计", True), ("Total:", True),
    ("subtotal", True), ("HT0001", False), ("合计金额说明", False), ("张三", False), ("", False),
])
def test_totals_rows(cell: str, totals: bool) -> None:
    from operator_app.importing.records import is_totals

    assert is_totals([cell, None]) is totals


@settings(max_examples=300)
@given(st.binary(min_size=0, max_size=100), st.text(max_size=30))
def test_id_hasher_is_hmac_sha256(salt: bytes, id_number: str) -> None:
    import hashlib
    import hmac

    from operator_app.domain.identity import IdHasher

    assert IdHasher(salt)(id_number) == hmac.digest(salt, id_number.encode(), hashlib.sha256).hex()
    # a column at once (the reader's fast path): the same, None for an empty cell
    column = [id_number, "", id_number + "X"]
    assert IdHasher(salt).column(column) == [IdHasher(salt)(id_number) if id_number else None, None,
                                             IdHasher(salt)(id_number + "X")]


# Cells as offices type them, clean and messy, for the bulk-vs-row-by-row property below.
_CELLS = st.one_of(
    st.none(), st.just(""), st.just("  "), st.booleans(), st.integers(-5, 10**12),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e13, max_value=1e13),
    st.sampled_from([1.0, 12.0, 12000.0, 45000.0, 13800138000.0, 2024001.0, 0.5, 1200.555]),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(["HT0001", "HT0002", " HT0001 ", "合计", "\u3000小计", "Total:", "小明", "本月合计：", "王伟",
                     "王  伟", "张\u3000三", "13800138000", "138 0013 8000", "+8613800138000", "8613800138000",
                     "010-62345678", "12345", "１３８００１３８０００", "¥12,000.00", "1.2万", "-5", "12.345",
                     "2026/3/5", "2026年3月5日", "20260305", "2026-13-40", "第3期", "3", "0", "²",
                     "110101199003071234", "11010119900307123x", "１１０１０１", "a" * 120, "😀李", "=1+1"]),
    st.text(max_size=12),
)
_HEADERS = ["合同编号", "姓名", "手机号码", "身份证号", "借款金额", "应还日期", "应还金额", "已还金额", "剩余本金",
            "实还日期", "期数", "放款日期"]


_CLEAN = [  # per column of _HEADERS: what a tidy sheet holds there
    st.sampled_from(["HT0001", "HT0002", "HT0003", 2024001.0, 2024002]),
    st.sampled_from(["王伟", "李娜", "张三"]),
    st.sampled_from(["13800138000", 13912345678.0, "15012345678", "19912345678"]),
    st.sampled_from(["110101199003071234", "11010119900307123x", 110101199003071234.0]),
    st.sampled_from([12000, 12000.0, 3000.5, "5000"]),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    st.sampled_from([1000, 1000.0, 83.33]),
    st.sampled_from([0, 0.0, None, 1000]),
    st.sampled_from([12000, 0, None]),
    st.sampled_from([None, date(2026, 1, 5)]),
    st.sampled_from([1, 2, 3.0, "3"]),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
]
_EDGES = [  # per column: the cells each bulk decision must send to `build`
    ["", None, " HT0001 ", "a" * 120, "合计", 2024001.5, "HT\u3000\u30001", True],
    ["", None, "a" * 41, "王  伟", " 小计", "\u3000合\u3000计", "小明", 12, "Total:"],
    ["010-62345678", "12345", "138 0013 8000", "+8613800138000", 1380013800.0, "１３８００１３８０００", None, "",
     True, 13800138000, "10012345678", "23800138000"],
    ["", None, "１１０１０１", "110101 19900307", 12.5, True, "x", " 1101"],
    ["-5", "12.345", "abc", True, None, "", "1.2万", -1.0, 1e13],
    ["2026-13-40", 45000, 45000.0, "abc", True, "20260305", 10.0, None],
    ["-5", "12.345", True, None, "", 10**13],
    ["abc", True, None, "", -3],
    ["abc", False, None, "", "0"],
    ["2026-13-40", "abc", True, 45000],
    ["第3期", "²", 0, -1, "abc", True, 2.5, None, ""],
    ["abc", True, None],
]


@st.composite
def _tidy_row_with_a_flaw_or_two(draw: st.DrawFn) -> list[object]:
    row: list[object] = [draw(clean) for clean in _CLEAN]
    for _ in range(draw(st.integers(0, 2))):
        col = draw(st.integers(0, len(row) - 1))
        row[col] = draw(st.one_of(st.sampled_from(_EDGES[col]), st.sampled_from(_EDGES[col]), _CELLS))
    return row


_ROWS = st.one_of(
    _tidy_row_with_a_flaw_or_two(), _tidy_row_with_a_flaw_or_two(),
    st.lists(_CELLS, min_size=0, max_size=len(_HEADERS) + 1),  # anything, short CSV rows too
)


def _same_both_ways(rows: list[list[object]], kind: str) -> None:
    from operator_app.importing.builder import RecordBuilder
    from operator_app.importing.headers import find_header

    header = find_header([_HEADERS])
    one, bulk = RecordBuilder(header, b"salt", kind), RecordBuilder(header, b"salt", kind)
    issues_one: list[Issue] = []
    expected = [r for i, row in enumerate(rows) if (r := one.build(row, 2 + i, issues_one)) is not None]
    issues_bulk: list[Issue] = []
    assert bulk.build_all(rows, 2, issues_bulk) == expected
    assert issues_bulk == issues_one
    assert bulk.blank_rows == one.blank_rows


@pytest.mark.parametrize("kind", ["loan", "installment"])
def test_bulk_build_sends_every_edge_cell_to_the_rules(kind: str) -> None:
    """Every edge cell of every column, alone in an otherwise tidy row."""
    tidy = ["HT0001", "王伟", "13800138000", "110101199003071234", 12000, date(2026, 1, 5), 1000, 0, 12000, None,
            1, date(2025, 1, 5)]
    rows = [tidy]
    for col, edges in enumerate(_EDGES):
        for edge in edges:
            rows.append([*tidy[:col], edge, *tidy[col + 1:]])
    rows += [tidy[:n] for n in range(len(tidy))]  # short CSV rows
    _same_both_ways(rows, kind)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ROWS, min_size=1, max_size=40), st.sampled_from(["loan", "installment"]))
def test_bulk_build_equals_row_by_row(rows: list[list[object]], kind: str) -> None:
    """`build_all` decides only what is certain and sends the rest through `build`: both give the
    same records, the same issues in the same order, and the same blank-row count."""
    _same_both_ways(rows, kind)


_TOTALS_BITS = st.sampled_from(["合计", "合 计", "总计", "小计", "总额", "total", "TOTAL", "Subtotal", "sum", "ſum",
                                "本页", "本月", "总", " ", "\u3000", ":", "：", "Michael", "Lamb", "计", "额"])


@settings(max_examples=300)
@given(st.lists(st.one_of(st.none(), st.floats(allow_nan=False), st.text(max_size=8),
                          st.lists(_TOTALS_BITS, max_size=4).map("".join)), max_size=30))
def test_totals_scan_of_a_column_finds_exactly_the_totals_cells(cells: list[object]) -> None:
    from operator_app.importing.records import TOTALS_RE, totals_candidates

    expected = [i for i, c in enumerate(cells) if isinstance(c, str) and TOTALS_RE.match(c)]
    assert totals_candidates(cells) == expected


@pytest.mark.parametrize(("cell", "shown"), [
    (13712345603.0, "13712345603"), (5000.0, "5000"), (0.0, "0"), (8640.5, "8640.5"), (-20.0, "-20"),
    (datetime(2026, 12, 7), "2026-12-07"), (datetime(2026, 12, 7, 9, 30), "2026-12-07 09:30:00"),
    (date(2026, 12, 7), "2026-12-07"), ("8,640元", "8,640元"), (None, ""), (True, "True"),
])
def test_a_preview_cell_reads_as_the_sheet_shows_it(cell: object, shown: str) -> None:
    assert shown_cell(cell) == shown
