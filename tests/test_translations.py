"""Every operator-facing message exists in Chinese, and the compiled .qm matches the .ts."""

from __future__ import annotations

import subprocess
from pathlib import Path

from operator_app import i18n


def test_every_message_has_a_chinese_translation() -> None:
    zh = i18n.catalogue("zh_CN")
    missing = [code for code, source in i18n.MESSAGES.items() if not zh.get(source)]
    assert missing == []
    for source, translation in zh.items():
        assert set(_fields(source)) == set(_fields(translation)), source


def _fields(text: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def test_qm_files_are_fresh(tmp_path: Path) -> None:
    for lang in i18n.LANGUAGES:
        ts = i18n.TRANSLATIONS / f"operator_app_{lang}.ts"
        out = tmp_path / f"{lang}.qm"
        subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(out)], check=True)
        assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run scripts/i18n.py for {lang}"


def test_chinese_is_the_default_language(monkeypatch: object) -> None:
    import pytest

    mp = pytest.MonkeyPatch()
    mp.delenv("OPERATOR_APP_LANG", raising=False)
    mp.delenv("LANG", raising=False)
    mp.delenv("LC_ALL", raising=False)
    mp.delenv("LC_MESSAGES", raising=False)
    try:
        assert i18n.pick_language() == "zh_CN"
        mp.setenv("LANG", "en_US.UTF-8")
        assert i18n.pick_language() == "en"
        assert i18n.pick_language("zh_CN") == "zh_CN"
    finally:
        mp.undo()
