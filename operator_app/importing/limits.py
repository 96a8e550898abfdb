"""How big a file the importer reads: the bounds a hostile or broken file meets before it can
cost the reader process its memory.

Each bound is far above any office's loan book (100k loans at a dozen columns is about 1.2
million cells) and far below what would exhaust a PC. A file over one gets a one-line error
(exit 2) naming the bound. A file that lies about its size (a zip member larger than declared,
a sheet whose declared dimension is wrong) still meets the reader process's memory limit
(`READER_MEMORY_BYTES`, importing.child): the reader dies, the app reports one line.
"""

from __future__ import annotations

import os

MAX_FILE_BYTES = 300_000_000  # a CSV's own size (it is read whole), a workbook's size on disk
MAX_UNPACKED_BYTES = 1_000_000_000  # a workbook's zip members, summed, as the archive declares them
MAX_ROWS = 1_048_576  # Excel's own last row
MAX_COLUMNS = 1_024  # a loan sheet has dozens of columns; Excel allows 16,384 (XFD)
MAX_CELLS = 12_000_000  # rows x columns as read (blank cells count: the sheet is a rectangle)
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_TEXT_CHARS = 100_000_000  # all text cells together (shared strings can repeat one long text)
SHOWN_CELL_CHARS = 1_000  # a cell of a problem row or a preview row, as the app is handed it


def reader_memory_bytes() -> int:
    """The address space the reader process may use (POSIX RLIMIT_AS): room for MAX_CELLS
    cells, the interpreter and its libraries. OPERATOR_APP_READER_MEMORY_MB overrides it
    (0: no limit)."""
    text = os.environ.get("OPERATOR_APP_READER_MEMORY_MB", "").strip()
    return int(text) * 1_048_576 if text.isdigit() else 4 * 1_073_741_824
