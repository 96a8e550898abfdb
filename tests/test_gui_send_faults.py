"""The sending page when an office fault stops the transport, on SQLite and PostgreSQL: the
gateway refuses the password (a real local HTTP server answering 403), the page shows ONE banner
naming the cause and what to do, every message is still queued (none failed), and the banner's
button opens Settings → Transports. The banner is saved as a picture for a person to look at."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import select

from operator_app.services.planning import batches as batch_service
from operator_app.store.models import message_table
from operator_app.ui.main_window import MainWindow
from tests.gui_office import TODAY, office_window


@pytest.fixture
def win(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=40)


def test_a_refused_password_shows_one_banner_and_fails_nothing(win: MainWindow, qtbot: Any, httpserver: HTTPServer,
                                                              artifacts: Path) -> None:
    db = win.ctx.db
    view = batch_service.create_batch(db, as_of=TODAY, by="王制单")
    batch_service.approve_batch(db, view.id, by="李复核", confirm_stale=True)
    httpserver.expect_request("/message", method="POST").respond_with_json({"message": "Forbidden"}, status=403)
    page = win.sending
    win.show_page("sending")
    qtbot.waitUntil(lambda: page.batch.findData(view.id) >= 0, timeout=10000)
    page.batch.setCurrentIndex(page.batch.findData(view.id))
    page.spec.setText(f"android-gateway:http://office:phone-Pa55@127.0.0.1:{httpserver.port}?gap=0")
    with qtbot.waitSignal(page.send_finished, timeout=60000) as finished:
        page.start_button.click()
    summary = finished.args[0]
    assert [f.error.code for f in summary.faults] == ["gateway_auth"] and summary.sent_now == 0
    assert len(httpserver.log) == 1  # the first refusal stopped the transport: no retry storm
    banner = page.fault_banner
    assert banner.isVisible()
    lines = banner.text.text().splitlines()
    assert len(lines) == 1 and "refused the user name or password" in lines[0] and "Settings → Transports" in lines[0]
    assert "phone-Pa55" not in banner.text.text()
    with db.engine.connect() as conn:
        states = Counter(s for (s,) in conn.execute(select(message_table.c.status)
                                                    .where(message_table.c.batch_id == view.id)))
    assert set(states) == {"queued"} and states["queued"] == len(view.messages)
    page.grab().save(str(artifacts / "sending_fault_banner.png"))
    banner.button.click()
    assert win.current_page() == "settings"
    # the next start hides the banner until its own outcome is known
    win.show_page("sending")
    httpserver.clear()
    httpserver.expect_request("/message", method="POST").respond_with_json({"message": "Forbidden"}, status=401)
    with qtbot.waitSignal(page.send_finished, timeout=60000):
        page.start_button.click()
        assert not banner.isVisible()
    assert banner.isVisible()
