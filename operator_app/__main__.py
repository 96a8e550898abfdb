"""Entry point: a command runs in the terminal; no command opens the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from operator_app import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse_args(argv)
    if args.command is None:
        from operator_app.ui.app import run_gui

        return run_gui(args)
    return cli.run(args)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen build starts its import reader process through here
    sys.exit(main())
