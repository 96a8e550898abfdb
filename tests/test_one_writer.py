"""Message and batch statuses have one writer (messaging/transitions.py): no other module of the
package changes a message's or a batch's status, nor writes a `message_event` row. Read from the
source (the syntax tree, and the SQL written as text), so a new shortcut fails here before it
can let a message skip its rules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "operator_app"
WRITER = PACKAGE / "messaging" / "transitions.py"
# What names a table whose status has one writer, or the event table, before module aliases.
STATUS_TABLES = {"message_table", "batch_table", "Message", "Batch"}
EVENT_TABLES = {"message_event_table", "MessageEvent"}
RAW_SQL = [re.compile(p, re.IGNORECASE | re.DOTALL) for p in (
    r"\bUPDATE\s+[\"`]?(message|batch)[\"`]?\s+SET\b[^;]*\bstatus\b",
    r"\bINSERT\s+INTO\s+[\"`]?message_event\b",
)]


def _name(node: ast.AST) -> str | None:
    """`message_table`, `models.message_table` and `Message.__table__` all name `message_table`/`Message`."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return _name(node.value) if node.attr == "__table__" else node.attr
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cast" and node.args:
        return _name(node.args[-1])  # cast(Table, Message.__table__)
    return None


def _aliases(tree: ast.Module, known: set[str]) -> set[str]:
    """`known` and every module-level name bound to one of them (`MSG, EVENT = message_table, …`)."""
    names = set(known)
    changed = True
    while changed:
        changed = False
        for node in tree.body:
            if not isinstance(node, ast.Assign):
                continue
            for target in node.targets:
                pairs: list[tuple[ast.AST, ast.AST]] = [(target, node.value)]
                if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    pairs = list(zip(target.elts, node.value.elts, strict=False))
                for t, v in pairs:
                    if isinstance(t, ast.Name) and _name(v) in names and t.id not in names:
                        names.add(t.id)
                        changed = True
    return names


def _chain_root(call: ast.Call) -> ast.Call | None:
    """The innermost call of `update(X).where(…).values(…)`: `update(X)` (or `X.update()`)."""
    node: ast.AST = call
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr != "update":
        node = node.func.value
    return node if isinstance(node, ast.Call) else None


def _updated_table(call: ast.Call | None) -> str | None:
    """The table of `update(X)` or `X.update()`."""
    if call is None:
        return None
    if isinstance(call.func, ast.Name) and call.func.id in ("update", "Update") and call.args:
        return _name(call.args[0])
    if isinstance(call.func, ast.Attribute) and call.func.attr == "update":
        return _name(call.args[0]) if call.args else _name(call.func.value)
    return None


def _sets_status(call: ast.Call) -> bool:
    """`.values(status=…)` or `.values({"status": …})`."""
    if any(k.arg == "status" for k in call.keywords):
        return True
    return any(isinstance(a, ast.Dict) and any(isinstance(k, ast.Constant) and k.value == "status" for k in a.keys)
               for a in call.args)


def violations(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    status_tables, event_tables = _aliases(tree, STATUS_TABLES), _aliases(tree, EVENT_TABLES)
    orm = any(isinstance(n, ast.ImportFrom) and n.module == "operator_app.store.models"
              and any(a.name in ("Message", "Batch") for a in n.names) for n in ast.walk(tree))
    found: list[str] = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(root)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call):
            func = node.func
            fname = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if ((fname in ("insert", "Insert") and node.args and _name(node.args[0]) in event_tables)
                    or (fname == "insert" and isinstance(func, ast.Attribute) and _name(func.value) in event_tables)):
                found.append(f"{where}: message_event insert")
            if isinstance(func, ast.Attribute) and func.attr == "values" and _sets_status(node):
                table = _updated_table(_chain_root(node))
                if table in status_tables:
                    found.append(f"{where}: status update of {table}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if any(p.search(node.value) for p in RAW_SQL):
                found.append(f"{where}: raw SQL status write")
        elif isinstance(node, (ast.Assign, ast.AugAssign)) and orm:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Attribute) and t.attr == "status" for t in targets):
                found.append(f"{where}: ORM status assignment")
    return found


def package_files() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if p != WRITER and "migrations" not in p.parts]


def package_violations() -> list[str]:
    return [v for path in package_files() for v in violations(path)]


def test_only_transitions_writes_a_message_or_batch_status_or_an_event() -> None:
    assert package_violations() == []


def test_the_writer_itself_is_seen_by_the_check() -> None:
    """The check is not blind: transitions.py itself has every kind of write it looks for."""
    kinds = {v.split(": ", 1)[1] for v in violations(WRITER)}
    assert "message_event insert" in kinds
    assert {"status update of MSG", "status update of BATCH"} <= kinds


@pytest.mark.parametrize("code", [
    'MSG = message_table\nconn.execute(update(MSG).where(MSG.c.id == 1).values(status="sent"))\n',
    'from operator_app.store import models\nupdate(models.batch_table).values({"status": "done"})\n',
    'B = cast(Table, Batch.__table__)\nupdate(B).where(B.c.id == 1).values(status="done", approved_by="x")\n',
    'X, E = message_table, message_event_table\nconn.execute(insert(E), rows)\n',
    'conn.execute(message_table.update().where(message_table.c.id == 1).values(status="sent"))\n',
    'conn.execute(message_event_table.insert(), rows)\n',
    'conn.exec_driver_sql("UPDATE message SET reason = NULL, status = \'queued\' WHERE id = 1")\n',
    'conn.execute(text("insert into message_event (message_id) values (1)"))\n',
    'from operator_app.store.models import Message\nm = session.get(Message, 1)\nm.status = "sent"\n',
])
def test_a_status_write_elsewhere_fails_the_check(tmp_path: Path, code: str) -> None:
    """Each way of writing a status around the writer, in a module beside the package's: named."""
    planted = tmp_path / "planted.py"
    planted.write_text(code, encoding="utf-8")
    assert len(package_files()) > 100
    assert [v.split(":")[0] for v in violations(planted, tmp_path)] == ["planted.py"]


def test_a_status_of_another_table_is_no_violation(tmp_path: Path) -> None:
    """message_part and loan have statuses of their own, written where they belong; reading an
    event is no write."""
    path = tmp_path / "ok.py"
    path.write_text('P = message_part_table\nupdate(P).values(status="sent")\nupdate(loan_table).values(status="paid")\n'
                    'select(EVENT).where(EVENT.c.status == "failed")\n', encoding="utf-8")
    assert violations(path, tmp_path) == []
