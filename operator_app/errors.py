"""The one base of every expected failure.

A known error carries a message code and its parameters (never words: the GUI and the CLI turn
the code into the operator's language at the edge), the exit code the CLI ends with (1: failed at
run time, 2: bad usage or bad input), and whether trying again later may help (`temporary`).
Anything that is not a KnownError is a bug: logged with its traceback and shown with details.

This module imports nothing, so every layer, the loan-free `sms/` included, may derive from it.
"""

from __future__ import annotations

from typing import Any

RUNTIME = 1
BAD_INPUT = 2


class KnownError(Exception):
    """An expected failure; subclasses set the defaults of `exit_code` and `temporary`."""

    exit_code: int = RUNTIME
    temporary: bool = False

    def __init__(self, code: str, /, **params: Any) -> None:
        """`exit_code=` and `temporary=` among the keywords override the class defaults; every
        other keyword is a parameter of the message."""
        exit_code = params.pop("exit_code", None)
        temporary = params.pop("temporary", None)
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, Any] = params
        if exit_code is not None:
            self.exit_code = int(exit_code)
        if temporary is not None:
            self.temporary = bool(temporary)

    @classmethod
    def of(cls, code: str, params: dict[str, object]) -> KnownError:
        """The same error rebuilt from its code and parameters (e.g. sent from another process)."""
        error = cls(code)
        error.params = dict(params)
        error.args = (code, error.params)
        return error


class UsageError(KnownError):
    """Bad usage or bad input at the edge (an unknown option value, an empty text)."""

    exit_code = BAD_INPUT
