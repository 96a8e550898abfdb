"""python main.py [--db URL] [--demo] [command …] — see README.md."""

import gc
import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen (PyInstaller) build starts its import reader process through this file: let it
    # become the reader before the CLI and its libraries are imported.
    multiprocessing.freeze_support()
    from operator_app.__main__ import main

    code = main()
    # The process ends here: its last full collection, over every object a big import left
    # behind, would only delay the exit (objects still go by reference counting).
    gc.freeze()
    sys.exit(code)
