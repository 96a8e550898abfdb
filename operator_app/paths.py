"""Where things live. Running from a checkout, the embedded database sits in ./data (DESIGN.md);
OPERATOR_APP_DATA points it elsewhere (tests, a shared folder)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"


def data_dir() -> Path:
    folder = Path(os.environ.get("OPERATOR_APP_DATA") or ROOT / "data")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_db() -> Path:
    return data_dir() / "operator.db"


def demo_db() -> Path:
    return data_dir() / "demo.db"


def private_file(path: Path) -> Path:
    """Make `path` a file only this user account can read (0600) before anything is written to it:
    the reports and exports a clerk saves hold names, phones and amounts of borrowers. An existing
    file is emptied and narrowed; on Windows the mode means little and the folder's rights apply."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
    return path
