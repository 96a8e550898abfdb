"""python main.py [--db URL] [--demo] [command …] — see README.md."""

import multiprocessing
import sys

from operator_app.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen (PyInstaller) build starts its import reader process through here
    sys.exit(main())
