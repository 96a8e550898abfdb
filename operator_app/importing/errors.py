"""Typed import errors; the CLI and GUI turn `code` into the operator's language."""

from __future__ import annotations


class ImportFileError(Exception):
    """The file as a whole cannot be imported. Nothing was written."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params
