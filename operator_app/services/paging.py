"""Keyset paging for the GUI's long lists (history, inbox, calls), the queue's way: the database
filters and sorts, and a page starts after the last row shown (its sort key, then its id), so a
page far down costs what the first one does and no list is ever read whole for a screen."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_

Cursor = tuple[object, ...]  # the last row's sort keys, then its id


def after(keys: Sequence[tuple[Any, bool]], cursor: Cursor) -> ColumnElement[bool]:
    """The rows that come after `cursor` in the order of `keys` ((column, descending) pairs, the
    id last): the lexicographic "greater than" spelt out, since the directions may differ. Keys
    are never NULL (the lists sort on columns that always hold a value)."""
    either: list[ColumnElement[bool]] = []
    for i, (column, descending) in enumerate(keys):
        value = cursor[i]
        step = column < value if descending else column > value
        either.append(and_(*[c == cursor[j] for j, (c, _d) in enumerate(keys[:i])], step))
    return or_(*either)


def ordered(stmt: Select[Any], keys: Sequence[tuple[Any, bool]], cursor: Cursor | None, limit: int) -> Select[Any]:
    """`stmt` ordered by `keys`, from after `cursor` (None: from the start), `limit` rows."""
    if cursor is not None:
        stmt = stmt.where(after(keys, cursor))
    return stmt.order_by(*[c.desc() if d else c.asc() for c, d in keys]).limit(limit)
