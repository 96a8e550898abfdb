"""Where transport secrets live (a gateway's password or API key, a SIM's PIN): never in the
database, which every workstation and every backup shares.

The first choice is the OS keyring through the `keyring` library (Windows Credential Manager,
macOS Keychain, Secret Service or KWallet on Linux), service `operator-app`. A machine without a
usable keyring backend (a headless Linux box, a locked-down Windows image) gets a fallback that
says what it is: a JSON file in this user's config folder (platformdirs), created with mode 0600
so only this user account can read it, NOT encrypted. `place()` names which one is in use, and
the Settings page and the README say it in those words.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from operator_app.errors import RUNTIME, KnownError, os_reason
from operator_app.sms.gateways.spec import KEYRING_SERVICE

FILE_NAME = "secrets.json"
LOCK_NAME = "secrets.json.lock"


def keyring_reason(exc: BaseException) -> str:
    """Why the keyring failed, as a why_ code (its class names stay in the log)."""
    name = type(exc).__name__
    return "why_keyring_locked" if "Locked" in name else "why_no_keyring" if "NoKeyring" in name \
        else "why_keyring_error"


class SecretStoreError(KnownError):
    """The keyring or the fallback file refused to read or write a secret: nothing was changed."""

    exit_code = RUNTIME


@dataclass(frozen=True)
class SecretPlace:
    """Where secrets go on this computer: kind "keyring" (detail: the backend's name) or "file"
    (detail: the file's path)."""

    kind: str
    detail: str


def usable_keyring() -> Any | None:
    """The keyring backend keyring would use, or None when it has none that stores anything
    (keyring's fail and null backends, or a chainer with nothing to chain)."""
    import keyring
    from keyring.backends import chainer, fail, null

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def default_folder() -> Path:
    """The fallback file's folder: OPERATOR_APP_CONFIG, else this user's config folder."""
    given = os.environ.get("OPERATOR_APP_CONFIG")
    if given:
        return Path(given)
    import platformdirs

    return Path(platformdirs.user_config_dir("operator-app", appauthor=False))


class SecretStore:
    """Get, set and delete secrets by account name (e.g. "profile:office-kannel")."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_folder()

    @property
    def file(self) -> Path:
        return self.folder / FILE_NAME

    def place(self) -> SecretPlace:
        backend = usable_keyring()
        if backend is not None:
            return SecretPlace("keyring", f"{type(backend).__module__}.{type(backend).__name__}")
        return SecretPlace("file", str(self.file))

    def get(self, account: str) -> str | None:
        backend = usable_keyring()
        if backend is None:
            return self._read_file().get(account)
        from keyring.errors import KeyringError

        try:
            value: str | None = backend.get_password(KEYRING_SERVICE, account)
        except KeyringError as exc:
            raise SecretStoreError("secret_keyring_failed", detail=keyring_reason(exc)) from None
        return value

    def set(self, account: str, secret: str) -> SecretPlace:
        backend = usable_keyring()
        if backend is None:
            with self._changing():
                values = self._read_file()
                values[account] = secret
                self._write_file(values)
            return SecretPlace("file", str(self.file))
        from keyring.errors import KeyringError

        try:
            backend.set_password(KEYRING_SERVICE, account, secret)
        except KeyringError as exc:
            raise SecretStoreError("secret_keyring_failed", detail=keyring_reason(exc)) from None
        return self.place()

    def delete(self, account: str) -> None:
        """Forget a secret; one that was never stored is not an error."""
        backend = usable_keyring()
        if backend is None:
            with self._changing():
                values = self._read_file()
                if values.pop(account, None) is not None:
                    self._write_file(values)
            return
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            backend.delete_password(KEYRING_SERVICE, account)
        except PasswordDeleteError:
            return
        except KeyringError as exc:
            raise SecretStoreError("secret_keyring_failed", detail=keyring_reason(exc)) from None

    # the fallback file -------------------------------------------------------------------------

    @contextmanager
    def _changing(self) -> Iterator[None]:
        """One change of the file at a time, across processes: the GUI, a CLI command and each
        test worker may share this file, and two read-modify-writes at once would lose one
        secret (an office's ID key lost so makes every later import refuse). Readers need no
        lock: the file is replaced whole."""
        from filelock import FileLock, Timeout

        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            with FileLock(self.folder / LOCK_NAME, timeout=30, mode=0o600):
                yield
        except Timeout:
            raise SecretStoreError("secret_file_failed", path=str(self.file), detail="why_busy") from None
        except OSError as exc:
            raise SecretStoreError("secret_file_failed", path=str(self.file), detail=os_reason(exc)) from None

    def _read_file(self) -> dict[str, str]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise SecretStoreError("secret_file_failed", path=str(self.file), detail=os_reason(exc)) from None
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write_file(self, values: dict[str, str]) -> None:
        """Write the whole file anew with mode 0600 (created so, never widened afterwards), then
        move it into place: a crash leaves the old file or the new one, never half of either.
        Called under `_changing`, which made the folder."""
        try:
            fd, tmp = tempfile.mkstemp(prefix=".secrets-", dir=self.folder)  # mkstemp creates 0600
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump(values, out, ensure_ascii=False, indent=1)
                os.chmod(tmp, 0o600)
                os.replace(tmp, self.file)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise SecretStoreError("secret_file_failed", path=str(self.file), detail=os_reason(exc)) from None
