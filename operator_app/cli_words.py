"""argparse's own words (usage:, options, its error sentences) in the operator's language.

argparse looks its text up through gettext's `_` and `ngettext` at the moment it prints; `install`
points both at our catalogue (context "argparse", extracted by lupdate from the list below), so
`--help` and a usage error read in Chinese like everything else. The Python version's exact
source strings are the keys: one that is missing here simply stays English.
"""

from __future__ import annotations

import argparse
import re
import unicodedata

from operator_app.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"
WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
)


def _gettext(text: str) -> str:
    return translate(CONTEXT, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return translate(CONTEXT, singular if n == 1 else plural)


def install() -> None:
    """Make argparse word itself through the catalogue (in whatever language is current when it
    prints). Idempotent."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


# A help text's pieces a line may break between: one Chinese character (or full-width mark), a
# run of other non-space characters (a code such as `delivered` or `M3+`, kept whole), a space;
# closing punctuation goes with the piece before it.
_WIDE = "\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef"
_CLOSING = "、，。）：；！？」』"  # never the first thing on a line: it stays with what it follows
_PIECES = re.compile(f"[{_WIDE}][{_CLOSING}]*|[^\\s{_WIDE}]+[{_CLOSING}]*|\\s+")


def width(text: str) -> int:
    """Terminal columns: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class HelpFormatter(argparse.HelpFormatter):
    """argparse wraps help at spaces, which Chinese text has none of: it cut codes in two
    ("deliv" / "ered") and counted a Chinese character as one column. This wraps between
    characters, never inside a code, by columns."""

    def _split_lines(self, text: str, width_: int) -> list[str]:
        lines: list[str] = []
        line, used = "", 0
        for piece in _PIECES.findall(" ".join(text.split())):
            size = width(piece)
            if piece.isspace():
                if line:
                    line, used = line + " ", used + 1
                continue
            if line and used + size > width_:
                lines.append(line.rstrip())
                line, used = "", 0
            line, used = line + piece, used + size
        if line.strip():
            lines.append(line.rstrip())
        return lines
