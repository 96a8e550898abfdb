"""A look inside a workbook's zip before anything is decompressed: the sizes its members
declare (a zip bomb unpacks a few kilobytes into gigabytes) and the dimension each sheet
declares (one cell at XFD1048576 makes the rectangle of 17 billion cells the reader would lay
out). Only small parts are read: the workbook's list of sheets, and the first bytes of each sheet.

A member that unpacks to more than it declares, or a sheet that declares a smaller dimension
than it has, gets past these checks; the reader process's memory limit (importing.child)
stops those.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from operator_app.importing import limits
from operator_app.importing.errors import ImportFileError

_SMALL_PART = 5_000_000  # the workbook part and its relationships are a few kilobytes
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_ATTR = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')
_RELATION = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref\s*=\s*"([^"]*)"')
_CELL = re.compile(r"\$?([A-Za-z]{1,3})?\$?(\d+)?$")


def check_workbook_zip(path: Path) -> dict[str, tuple[int, int]]:
    """Raise ImportFileError for a workbook that unpacks to more than the bounds; else the
    (rows, columns) each sheet declares, from A1 to its dimension's far corner, by name."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(m.file_size for m in members)
            if unpacked > limits.MAX_UNPACKED_BYTES:
                raise ImportFileError("file_unpacks_too_big", path=path.name, mb=unpacked // 1_000_000,
                                      limit_mb=limits.MAX_UNPACKED_BYTES // 1_000_000)
            return _declared_dimensions(archive)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError, NotImplementedError):
        return {}  # calamine says what is wrong with it


def _declared_dimensions(archive: zipfile.ZipFile) -> dict[str, tuple[int, int]]:
    names = {m.filename for m in archive.infolist()}
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return {}
    workbook = _small(archive, "xl/workbook.xml")
    relations = _small(archive, "xl/_rels/workbook.xml.rels")
    targets: dict[bytes, str] = {}
    for tag in _RELATION.findall(relations):
        attrs = dict(_ATTR.findall(tag))
        target = attrs.get(b"Target", b"").decode("utf-8", "replace")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        targets[attrs.get(b"Id", b"")] = part
    declared: dict[str, tuple[int, int]] = {}
    for tag in _SHEET.findall(workbook):
        attrs = {key.split(b":")[-1]: value for key, value in _ATTR.findall(tag)}
        part = targets.get(attrs.get(b"id", b""))
        if part is None or part not in names:
            continue
        with archive.open(part) as fh:
            head = fh.read(65536)
        found = _DIMENSION.search(head)
        if found:
            declared[_unescape(attrs.get(b"name", b""))] = _far_corner(found.group(1).decode("ascii", "replace"))
    return declared


def _small(archive: zipfile.ZipFile, name: str) -> bytes:
    if archive.getinfo(name).file_size > _SMALL_PART:
        return b""
    return archive.read(name)


def _far_corner(ref: str) -> tuple[int, int]:
    """`A1:XFD1048576` -> (1048576, 16384): rows and columns counted from A1."""
    corner = _CELL.match(ref.split(":")[-1].strip())
    if corner is None:
        return (0, 0)
    letters, digits = corner.groups()
    column = 0
    for ch in (letters or "A").upper():
        column = column * 26 + ord(ch) - 64
    return (int(digits) if digits else limits.MAX_ROWS, column)


def _unescape(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(entity, char)
    return text
