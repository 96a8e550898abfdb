"""python main.py [--db URL] [--demo] [command …] — see README.md."""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # A frozen (PyInstaller) build starts its import reader process through this file: let
        # it become the reader before the CLI and its libraries are imported. Unfrozen, the call
        # does nothing, and importing multiprocessing would only delay every command's start.
        import multiprocessing

        multiprocessing.freeze_support()
    from operator_app.__main__ import command_line

    command_line()
