"""The GUI in an office with accounts: a sign-in dialog at start, then the account acts in every
page (the services check its role) and the Operator field shows it, read-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from operator_app.errors import UsageError
from operator_app.services import accounts, batches, settings
from operator_app.services.identity import Signed
from operator_app.store.db import Database, open_database
from operator_app.ui.main_window import MainWindow
from operator_app.ui.sign_in_dialog import SignInDialog
from operator_app.ui.workers import Pools
from tests.test_accounts import PASSWORD, _office
from tests.test_batches import TODAY
from tests.test_gui import ui_state


@pytest.fixture
def office(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setattr(accounts, "HASH_PARAMS", {"time_cost": 1, "memory_cost": 1024, "parallelism": 1})
    _office(sqlite_url, tmp_path, monkeypatch)
    db = open_database(sqlite_url)
    accounts.add_account(db, "boss", role="admin", password=PASSWORD, by=None)
    accounts.add_account(db, "carol", role="clerk", password=PASSWORD, by=accounts.sign_in(db, "boss", PASSWORD),
                         display="王小卡")
    yield db
    db.dispose()


def _ok(dialog: SignInDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_wrong_password_is_said_and_the_right_one_signs_in(qtbot: Any, office: Database) -> None:
    dialog = SignInDialog(db=office, name="carol")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "not-it-at-all")
    _ok(dialog)
    assert dialog.isVisible() and dialog.signed is None
    assert "Wrong name or password" in dialog.error.text() and dialog.password.text() == ""
    dialog.grab().save("/tmp/accounts_sign_in.png")
    qtbot.keyClicks(dialog.password, PASSWORD)
    _ok(dialog)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.signed is not None and dialog.signed.account.name == "carol" and dialog.password.text() == ""


def test_the_signed_in_account_acts_in_the_window(qtbot: Any, office: Database, tmp_path: Path) -> None:
    carol = accounts.sign_in(office, "carol", PASSWORD)
    pools = Pools()
    win = MainWindow(db=office, pools=pools, today=TODAY, state=ui_state(tmp_path), signed=carol)
    qtbot.addWidget(win)
    try:
        assert win.operator.isReadOnly() and win.operator.text() == "王小卡"
        by = win.ctx.operator
        assert isinstance(by, Signed) and by.account.id == carol.account.id
        assert batches.create_batch(office, as_of=None, by=by).created_by == f"account#{carol.account.id} carol"
        with pytest.raises(UsageError) as caught:  # a clerk's settings change, whatever page asks for it
            settings.set_value(office, "batch.stale_days", "3", by=by)
        assert caught.value.code == "role_forbids"
    finally:
        pools.wait()
