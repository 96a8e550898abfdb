"""Bad files never hurt the app (issue 21, item 5): every file is parsed in the reader process
under a memory limit, with bounds on a sheet's size, a zip's unpacked size and a cell's length.
The hostile files are made here; each import ends in one translated line, exit 2, and the app's
own process (the CLI, measured from inside) stays far below 500 MB."""

from __future__ import annotations

import io
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from openpyxl import Workbook

from operator_app.errors import KnownError
from operator_app.importing import limits
from operator_app.services.importing.import_preview import preview

ROOT = Path(__file__).resolve().parent.parent
APP_PEAK_MB = 500

# The CLI as `python main.py …`, reporting its own peak memory (not its children's) at exit: the
# high-water mark of its own address space (VmHWM, in kB), which starts afresh at exec. (ru_maxrss
# would carry over what the forking test process had resident, hundreds of MB late in a run.)
RUN_MEASURED = """
import faulthandler, runpy, sys
faulthandler.enable()  # a crash of the app prints where it happened (the test shows the lines)
out, sys.argv = sys.argv[1], ["main.py", *sys.argv[2:]]
try:
    runpy.run_path({main!r}, run_name="__main__")
finally:
    hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    open(out, "w").write(hwm.split()[1])
"""


def _cli_measured(tmp_path: Path, *args: str, lang: str = "en") -> tuple[int, list[str], float]:
    """Exit code, stderr lines and the app process's peak RSS in MB."""
    peak_file = tmp_path / "peak.txt"
    done = subprocess.run([sys.executable, "-c", RUN_MEASURED.format(main=str(ROOT / "main.py")), str(peak_file),
                           "--lang", lang, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)
    lines = [line for line in (done.stderr + done.stdout).splitlines() if line.strip()]
    return done.returncode, lines, int(peak_file.read_text()) / 1024


def _header_book(path: Path) -> Workbook:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["合同编号", "客户姓名", "手机号码", "应还日期", "应还金额"])
    return book


def _xfd_book(path: Path, *, declared: str | None = None) -> Path:
    """A 5 KB workbook with one cell at XFD1048576 (the last cell Excel has). `declared`: the
    dimension the sheet claims instead of its true one (a lying file)."""
    book = _header_book(path)
    book.active["XFD1048576"] = 1  # type: ignore[index]
    book.save(path)
    if declared is not None:
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as original, \
                zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for info in original.infolist():
                data = original.read(info.filename)
                if info.filename.startswith("xl/worksheets/"):
                    data = re.sub(rb'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{declared}"/>'.encode(), data)
                out.writestr(info.filename, data)
    assert path.stat().st_size < 10_000
    return path


def _zip_bomb(path: Path, unpacked: int) -> Path:
    """A workbook whose sheet unpacks to `unpacked` bytes of blanks from about a megabyte,
    written by hand (one deflate piece repeated, sizes and CRC true) so it takes a second."""
    book = _header_book(path)
    book.active.append(["HT1", "张三", "13800138000", "2026-11-01", 100])  # type: ignore[union-attr]
    book.save(path)
    with zipfile.ZipFile(path) as original:
        members = [(i.filename, original.read(i.filename)) for i in original.infolist()]
    chunk = b" " * (1 << 24)
    repeats = unpacked // len(chunk)
    squeezer = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = squeezer.compress(chunk) + squeezer.flush(zlib.Z_SYNC_FLUSH)  # byte-aligned, not final
    head = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    tail = b"</sheetData></worksheet>"
    out = bytearray()
    central = bytearray()
    for name, data in members:
        if name.startswith("xl/worksheets/"):
            first, last = zlib.compressobj(9, zlib.DEFLATED, -15), zlib.compressobj(9, zlib.DEFLATED, -15)
            packed = first.compress(head) + first.flush(zlib.Z_SYNC_FLUSH) + piece * repeats
            packed += last.compress(tail) + last.flush(zlib.Z_FINISH)
            crc = zlib.crc32(head)
            for _ in range(repeats):
                crc = zlib.crc32(chunk, crc)
            crc, size = zlib.crc32(tail, crc), len(head) + len(chunk) * repeats + len(tail)
        else:
            squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
            packed, crc, size = squeeze.compress(data) + squeeze.flush(), zlib.crc32(data), len(data)
        encoded = name.encode()
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc, len(packed), size,
                               len(encoded), 0, 0, 0, 0, 0, len(out)) + encoded
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(packed), size, len(encoded), 0)
        out += encoded + packed
    out += central + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central),
                                 len(out), 0)
    path.write_bytes(bytes(out))
    return path


def test_one_cell_at_xfd1048576_is_one_line_and_the_app_stays_small(tmp_path: Path) -> None:
    book = _xfd_book(tmp_path / "xfd.xlsx")
    code, lines, peak = _cli_measured(tmp_path, "--db", str(tmp_path / "office.db"), "import", str(book))
    assert code == 2, "\n".join(lines)
    assert lines == ["The sheet reaches 1048576 rows by 16384 columns, more than the importer reads (at most "
                     "1048576 rows, 1024 columns, 12000000 cells): delete the stray cells far below or to the "
                     "right, or copy the loans into a new sheet."]
    assert peak < APP_PEAK_MB
    assert not (tmp_path / "office.db").exists()  # a file that cannot be imported starts no office
    code, lines, _peak = _cli_measured(tmp_path, "--db", str(tmp_path / "office.db"), "import", str(book),
                                       lang="zh_CN")
    assert code == 2 and len(lines) == 1 and "1048576" in lines[0] and "行" in lines[0]


def test_a_sheet_lying_about_its_size_kills_only_the_reader(tmp_path: Path) -> None:
    """It declares A1:E1, so only the memory limit stops calamine laying out 17 billion cells:
    the reader dies, the app says so in one line."""
    book = _xfd_book(tmp_path / "liar.xlsx", declared="A1:E1")
    code, lines, peak = _cli_measured(tmp_path, "--db", str(tmp_path / "office.db"), "import", str(book))
    assert code == 2
    assert lines == [f"liar.xlsx could not be read within the reader's memory limit of "
                     f"{limits.reader_memory_bytes() // 1_048_576} MB: it is damaged or built to harm, nothing was imported."]
    assert peak < APP_PEAK_MB
    assert not (tmp_path / "office.db").exists()  # a file that cannot be imported starts no office


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    bomb = _zip_bomb(tmp_path / "bomb.xlsx", limits.MAX_UNPACKED_BYTES + (64 << 20))
    assert bomb.stat().st_size < 3_000_000
    with zipfile.ZipFile(bomb) as archive:  # a true zip: its sizes and CRC check out
        assert sum(i.file_size for i in archive.infolist()) > limits.MAX_UNPACKED_BYTES
    code, lines, peak = _cli_measured(tmp_path, "--db", str(tmp_path / "office.db"), "import", str(bomb))
    assert code == 2
    assert len(lines) == 1 and lines[0].startswith("bomb.xlsx unpacks to 10") and "more than the 1000 MB" in lines[0]
    assert peak < APP_PEAK_MB
    assert not (tmp_path / "office.db").exists()


def test_a_50_mb_line_of_csv_is_one_line(tmp_path: Path) -> None:
    sheet = tmp_path / "line.csv"
    sheet.write_bytes(b"x" * 50_000_000)
    code, lines, peak = _cli_measured(tmp_path, "--db", str(tmp_path / "office.db"), "import", str(sheet))
    assert code == 2
    assert lines == [f"line.csv has a cell of more than {limits.MAX_CELL_CHARS} characters, Excel's own limit: "
                     "it is damaged or not a loan sheet, nothing was imported."]
    assert peak < APP_PEAK_MB
    sheet.write_bytes(b"1," * 25_000_000)  # 25 million short cells on one line
    code, lines, peak = _cli_measured(tmp_path, "--db", str(tmp_path / "office.db"), "import", str(sheet))
    assert code == 2 and len(lines) == 1 and "25000001 columns" in lines[0]
    assert peak < APP_PEAK_MB
    assert not (tmp_path / "office.db").exists()


def test_the_preview_reads_in_the_reader_process_too(tmp_path: Path) -> None:
    """The GUI's import page previews a file before importing it: a hostile one is an error
    there too, and the process asking (the GUI) never lays the sheet out."""
    with pytest.raises(KnownError) as caught:
        preview(_xfd_book(tmp_path / "xfd.xlsx"))
    assert caught.value.code == "sheet_too_big"
    with pytest.raises(KnownError) as caught:
        preview(_xfd_book(tmp_path / "liar.xlsx", declared="A1:E1"))
    assert caught.value.code == "file_needs_too_much_memory"


def test_a_csv_saved_as_xls_is_read_as_csv(tmp_path: Path, cli: type) -> None:
    from tests.conftest import run_cli

    sheet = tmp_path / "导出.xls"
    sheet.write_text("合同编号,客户姓名,手机号码,应还日期,应还金额\nHT1,张三,13800138000,2026-11-01,1000\n"
                     "HT2,李四,13900139000,2026-11-02,2000\n", encoding="gb18030")
    result = run_cli("--db", str(tmp_path / "office.db"), "import", str(sheet), "--json")
    assert result.code == 0, result.err
    assert result.json()["loans_created"] == 2
    assert preview(sheet).data_rows == 2


def test_a_header_only_sheet_has_no_data_rows(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    book = tmp_path / "empty.xlsx"
    _header_book(book).save(book)
    result = run_cli("--db", str(tmp_path / "office.db"), "import", str(book))
    assert (result.code, result.err.strip()) == (2, "The sheet has a header row but no data rows under it: nothing to import.")
    assert not (tmp_path / "office.db").exists()  # a file that cannot be imported starts no office
    with pytest.raises(KnownError) as caught:
        preview(book)
    assert caught.value.code == "no_data_rows"


def test_a_cell_over_excels_limit_is_refused(tmp_path: Path) -> None:
    """Excel (and openpyxl) never write such a cell: the file is patched after saving."""
    from tests.conftest import run_cli

    book = _header_book(tmp_path / "saved.xlsx")
    book.active.append(["HT1", "@@LONG@@", "13800138000", "2026-11-01", 100])  # type: ignore[union-attr]
    book.save(tmp_path / "saved.xlsx")
    with zipfile.ZipFile(tmp_path / "saved.xlsx") as saved, \
            zipfile.ZipFile(tmp_path / "long.xlsx", "w", zipfile.ZIP_DEFLATED) as out:
        for info in saved.infolist():
            data = saved.read(info.filename).replace(b"@@LONG@@", "张".encode() * (limits.MAX_CELL_CHARS + 1))
            out.writestr(info.filename, data)
    result = run_cli("--db", str(tmp_path / "office.db"), "import", str(tmp_path / "long.xlsx"))
    assert (result.code, result.err.strip()) == (2, f"long.xlsx has a cell of more than {limits.MAX_CELL_CHARS} "
                                                    "characters, Excel's own limit: it is damaged or not a loan "
                                                    "sheet, nothing was imported.")


def test_one_long_shared_text_repeated_in_every_cell_is_refused(tmp_path: Path) -> None:
    """A workbook stores a text once and lets any number of cells name it: a small file whose
    cells hold over MAX_TEXT_CHARS characters together (120 rows of 30 such cells, plus the
    header and the contract numbers)."""
    book = _header_book(tmp_path / "echo.xlsx")
    text = "张" * 30_000
    for i in range(120):
        book.active.append([f"HT{i}", *[text] * 30])  # type: ignore[union-attr]
    book.save(tmp_path / "echo.xlsx")
    assert (tmp_path / "echo.xlsx").stat().st_size < 1_000_000
    code, lines, peak = _cli_measured(tmp_path, "--db", str(tmp_path / "office.db"), "import", str(tmp_path / "echo.xlsx"))
    assert code == 2
    assert lines == [f"echo.xlsx holds 108000510 characters of text, more than the {limits.MAX_TEXT_CHARS} a loan sheet "
                     "may: it is damaged or built to harm, nothing was imported."]
    assert peak < APP_PEAK_MB


def test_problem_rows_and_preview_rows_reach_the_app_cut_short(tmp_path: Path) -> None:
    """A long cell in a row with a problem (or in a preview) is handed to the app cut at
    SHOWN_CELL_CHARS: the report and the preview show it, the app never holds the whole of it."""
    from operator_app.importing.child import read_records_in_child
    from operator_app.importing.stream import Chunk

    book = _header_book(tmp_path / "notes.xlsx")
    book.active.append(["HT1", "张三", "13800138000", "not a date", 100, "备" * 20_000])  # type: ignore[union-attr]
    book.save(tmp_path / "notes.xlsx")
    chunks = [e for e in read_records_in_child(tmp_path / "notes.xlsx", b"salt") if isinstance(e, Chunk)]
    row = chunks[0].problem_rows[2]
    assert row[5] == "备" * limits.SHOWN_CELL_CHARS + "…" and row[0] == "HT1"
    assert preview(tmp_path / "notes.xlsx").rows[0][5] == "备" * limits.SHOWN_CELL_CHARS + "…"
