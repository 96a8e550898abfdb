"""The deterministic Hypothesis profile (tests/conftest.py): a property test draws the same
examples whatever the session imported before it (Hypothesis would otherwise mix in constants
from the source of every project module loaded so far)."""

from __future__ import annotations

import importlib
import sys
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

LOW = 10**9
CONSTANTS = [LOW + 7 * i for i in range(1, 60)]


def test_examples_do_not_depend_on_what_was_imported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[int] = []

    @settings(max_examples=300)
    @given(st.integers(LOW, LOW + 10**6))
    def draws(n: int) -> None:
        drawn.append(n)

    draws()
    before = list(drawn)
    # A project module written with constants inside the drawn range, imported between two runs.
    name = f"constants_{uuid.uuid4().hex}"
    (tmp_path / f"{name}.py").write_text(f"VALUES = {tuple(CONSTANTS)!r}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.import_module(name)
    try:
        drawn.clear()
        draws()
    finally:
        del sys.modules[name]
    assert drawn == before
    assert len(set(before)) > 100  # examples were drawn (and none of them is the module's)
    assert not set(drawn) & set(CONSTANTS)
