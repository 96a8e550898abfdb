"""The one base of every expected failure.

A known error carries a message code and its parameters (never words: the GUI and the CLI turn
the code into the operator's language at the edge), the exit code the CLI ends with (1: failed at
run time, 2: bad usage or bad input), and whether trying again later may help (`temporary`).
Anything that is not a KnownError is a bug: logged with its traceback and shown with details.

This module imports nothing, so every layer, the loan-free `sms/` included, may derive from it.
"""

from __future__ import annotations

import errno
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


# Why an operating-system call failed, as a message code ("why_…" in operator_app.i18n) that the
# edges put into words; never the system's own English ("[Errno 2] No such file or directory").
_ERRNO_WHY = {
    errno.ENOENT: "why_not_found", errno.EACCES: "why_permission", errno.EPERM: "why_permission",
    errno.EISDIR: "why_is_folder", errno.ENOTDIR: "why_not_found", errno.EBUSY: "why_busy",
    errno.ENOSPC: "why_disk_full", errno.EROFS: "why_read_only", errno.ENODEV: "why_no_device",
    errno.ENXIO: "why_no_device", errno.EIO: "why_io", errno.ECONNREFUSED: "why_refused",
    errno.ETIMEDOUT: "why_timeout", errno.EHOSTUNREACH: "why_no_route", errno.ENETUNREACH: "why_no_route",
    errno.EADDRINUSE: "why_address_in_use",
}


def os_reason(exc: BaseException) -> str:
    """The `why_…` code of an OSError (its errno; a PermissionError without one), else `why_other`."""
    if isinstance(exc, OSError):
        if exc.errno in _ERRNO_WHY:
            return _ERRNO_WHY[exc.errno]
        for kind, why in ((FileNotFoundError, "why_not_found"), (PermissionError, "why_permission"),
                          (IsADirectoryError, "why_is_folder"), (TimeoutError, "why_timeout"),
                          (ConnectionRefusedError, "why_refused")):
            if isinstance(exc, kind):
                return why
    return "why_other"
