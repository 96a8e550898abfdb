"""python main.py [--db URL] [--demo] [command …] — see README.md."""

import sys

from operator_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
