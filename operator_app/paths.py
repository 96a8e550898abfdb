"""Where things live. Running from a checkout, the embedded database sits in ./data (DESIGN.md);
an installed app (the PyInstaller folder, or a pip install that is not this checkout) keeps its
data in the user's data folder (platformdirs), never beside its own files: an upgrade replaces
the install folder whole. OPERATOR_APP_DATA points it elsewhere (tests, a shared folder)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# In a PyInstaller build this is the bundle's own folder (sys._MEIPASS, `_internal`): the resources,
# the migrations and the bundled font are laid out there as in a checkout.
ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
BUNDLED_FONTS = ROOT / "fonts"  # only in a built app: the checkout uses the system's fonts
APP_NAME = "operator-app"


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def is_checkout() -> bool:
    """Running from a source checkout (the developers' `.venv` with an editable install)."""
    return not frozen() and (ROOT / "pyproject.toml").is_file()


def command() -> str:
    """How the operator runs the command line, for the hints the app prints."""
    return "operator-app" if frozen() else "python main.py"


def data_dir(*, create: bool = True) -> Path:
    given = os.environ.get("OPERATOR_APP_DATA")
    if given:
        folder = Path(given)
    elif is_checkout():
        folder = ROOT / "data"
    else:
        import platformdirs

        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if create:
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
