"""python main.py [--db URL] [--demo] [command …] — see README.md."""

import multiprocessing

if __name__ == "__main__":
    # A frozen (PyInstaller) build starts its import reader process through this file: let it
    # become the reader before the CLI and its libraries are imported.
    multiprocessing.freeze_support()
    from operator_app.__main__ import command_line

    command_line()
