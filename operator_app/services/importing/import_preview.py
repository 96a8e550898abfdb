"""A read-only look at a spreadsheet before importing it (importing/preview.py), made in a reader
process of its own: a hostile file picked in the import page costs at most that process, never
the GUI (importing/child.py)."""

from __future__ import annotations

from pathlib import Path

from operator_app.importing.child import call_in_reader
from operator_app.importing.preview import PREVIEW_ROWS, ImportPreview, build_preview

__all__ = ["PREVIEW_ROWS", "ImportPreview", "preview"]


def preview(path: Path, *, sheet: str | None = None, overrides: dict[str, str] | None = None) -> ImportPreview:
    """Raises the import's own ImportFileError for a file that cannot be imported."""
    return call_in_reader(path, build_preview, sheet=sheet, overrides=overrides)
