"""A keyring backend whose module takes a while to import, as a real one (Secret Service, with
its D-Bus and crypto libraries) does, and notes when its import finished: tests/test_secret_file.py
exits a process while it loads."""

import os
import time
from pathlib import Path

from keyring.backends.fail import Keyring as _Fail

time.sleep(float(os.environ.get("SLOW_KEYRING_SECONDS", "0.5")))


class Keyring(_Fail):
    pass


Path(os.environ["SLOW_KEYRING_DONE"]).write_text("loaded", encoding="utf-8")
