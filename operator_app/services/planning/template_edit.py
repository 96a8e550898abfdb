"""The template editor's save: the typed text becomes a new version through the template
service's own `set_template` (its checks, versioning and audit), by way of a temporary file, the
form that service reads."""

from __future__ import annotations

import tempfile
from pathlib import Path

from operator_app.services.changes import OpChanges, writes
from operator_app.services.planning.templates import TemplateRow, set_template
from operator_app.store.db import Database


@writes(OpChanges(templates=True))
def save_body(db: Database, key: str, locale: str, body: str, *, by: str) -> TemplateRow:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{key}.txt"
        path.write_text(body, encoding="utf-8")
        return set_template(db, key, path, by=by, locale=locale)
