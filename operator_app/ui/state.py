"""UI state in QSettings behind one typed module: every key declared once with its type and its
default (Electrum's ConfigVar idea). Business settings live in the database, never here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int, bool, QByteArray)


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    type: type[T]
    default: T


WINDOW_GEOMETRY = Key("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Key("window/state", QByteArray, QByteArray())
LAST_PAGE = Key("window/last_page", str, "dashboard")
QUEUE_SPLITTER = Key("queue/splitter", QByteArray, QByteArray())
QUEUE_COLUMNS = Key("queue/columns", QByteArray, QByteArray())
BATCHES_SPLITTER = Key("batches/splitter", QByteArray, QByteArray())
TEMPLATES_SPLITTER = Key("templates/splitter", QByteArray, QByteArray())
LAST_IMPORT_FOLDER = Key("import/last_folder", str, "")
OPERATOR_NAME = Key("operator/name", str, "")
LANGUAGE = Key("ui/language", str, "")  # "" = the system's (or OPERATOR_APP_LANG)
IMPORT_MAPPINGS = Key("import/mappings", str, "{}")  # JSON {layout digest: {field: header}}
TEST_PHONE = Key("sending/test_phone", str, "")  # the operator's own phone, for the test send
SENDING_SPLITTER = Key("sending/splitter", QByteArray, QByteArray())

ALL_KEYS = (WINDOW_GEOMETRY, WINDOW_STATE, LAST_PAGE, QUEUE_SPLITTER, QUEUE_COLUMNS, BATCHES_SPLITTER,
            TEMPLATES_SPLITTER, LAST_IMPORT_FOLDER, OPERATOR_NAME, LANGUAGE, IMPORT_MAPPINGS, TEST_PHONE,
            SENDING_SPLITTER)


class UiState:
    """Typed access to one QSettings store (tests hand in one backed by a temporary file)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def get(self, key: Key[T]) -> T:
        value = self._settings.value(key.name, key.default)
        if key.type is bool and not isinstance(value, bool):
            value = value in ("true", "1", 1)
        if isinstance(value, key.type):
            return value
        try:
            return key.type(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return key.default

    def set(self, key: Key[T], value: T) -> None:
        self._settings.setValue(key.name, value)

    def sync(self) -> None:
        self._settings.sync()
