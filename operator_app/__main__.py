"""Entry point: a command runs in the terminal; no command opens the GUI."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from operator_app import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse_args(argv)
    if args.command is None:
        from operator_app.ui.app import run_gui

        return run_gui(args)
    return cli.run(args)


def command_line() -> None:
    """The installed `operator-app` command (and main.py): `main`, then an exit without the
    process's last full collection, which would walk every object a big import or batch left
    behind only to delay the exit (objects still go by reference counting)."""
    code = main()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen build starts its import reader process through here
    command_line()
