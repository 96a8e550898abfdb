"""Typed import errors; the CLI and GUI turn `code` into the operator's language."""

from __future__ import annotations

from operator_app.errors import BAD_INPUT, KnownError


class ImportFileError(KnownError):
    """The file as a whole cannot be imported. Nothing was written."""

    exit_code = BAD_INPUT
