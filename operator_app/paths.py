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
