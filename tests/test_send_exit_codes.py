"""`send` exit codes tell the truth, on SQLite and PostgreSQL: Ctrl-C (SIGINT to a real `send`
process) stops between messages and exits 130 with one translated line saying how many went and
how many are left; a port that cannot be opened is a run-time fault (exit 1, not bad input), with
every message still queued."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from operator_app.store.db import open_database
from tests.conftest import run_cli
from tests.outbox_office import make_office
from tests.test_crash_safety import NOW, ROOT, env, on_air, rows, slow_far_end  # noqa: F401  (a fixture)


def test_ctrl_c_stops_between_messages_and_exits_130(db_url: str, slow_far_end: tuple[str, Path]) -> None:  # noqa: F811
    spec, log = slow_far_end
    db = open_database(db_url)
    office = make_office(db, 30, now=NOW)
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", db_url, "--lang", "zh_CN", "send",
                             str(office.batch_id), "--transport", spec, "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    deadline = time.monotonic() + 60
    while sum(on_air(log, while_writing=True).values()) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()
    summary = json.loads(out)
    states = Counter(s for s, _ in rows(db, office.batch_id).values())
    assert summary["stopped"] and "sending" not in states and "unknown" not in states, states
    went = states["sent"] + states["delivered"]
    assert 2 <= went < 30 and states["queued"] == 30 - went
    lines = [line for line in err.decode().splitlines() if line.strip() and not line.startswith("正在发送")]
    assert lines == [f"已中断：{summary['sent_now']} 条已发出，{states['queued']} 条仍待发送。"]
    assert summary["sent_now"] == went == sum(on_air(log).values())  # what it says went did go, once
    db.dispose()


def test_a_port_that_cannot_be_opened_is_a_run_time_failure(db_url: str, tmp_path: Path) -> None:
    db = open_database(db_url)
    office = make_office(db, 3, now=NOW)
    res = run_cli("--db", db_url, "--lang", "en", "send", str(office.batch_id), "--transport",
                  f"modem:{tmp_path / 'ttyNOPE'}")
    assert res.code == 1, res.err
    lines = res.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Cannot open the port") and "Settings → Transports" in lines[0]
    assert {s for s, _ in rows(db, office.batch_id).values()} == {"queued"}
    db.dispose()
