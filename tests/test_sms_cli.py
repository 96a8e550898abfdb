"""`sms send`, `modem probe` and `modem emulate` through the CLI, with their JSON contracts."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from operator_app.sms.modem.emulator import Faults, VirtualModem
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent


def test_sms_send_json_to_the_in_process_emulator() -> None:
    res = run_cli("sms", "send", "--transport", "emulator:", "--to", "138 0013 8000", "--text", "您好" * 40,
                  "--wait-report", "5", "--json")
    assert res.code == 0, res.err
    out = res.json()
    assert out == {"to": "+8613800138000", "encoding": "ucs2", "parts": 2, "references": out["references"],  # type: ignore[index]
                   "status": "delivered"}


def test_sms_send_over_tcp_with_pin_and_a_failed_report() -> None:
    with VirtualModem(pin="1234", faults=Faults(report_status=0x41)) as vm:
        url = vm.serve_tcp()
        res = run_cli("sms", "send", "--transport", f"modem:{url}?pin=1234", "--to", "+8613800138000",
                      "--text", "hello", "--wait-report", "5", "--json")
        assert res.code == 0, res.err
        assert res.json()["status"] == "failed"  # type: ignore[index]
        assert vm.sent[0].text == "hello"
    with VirtualModem(pin="1234") as vm:  # a SIM still locked: the wrong PIN is refused, nothing sent
        wrong = run_cli("--lang", "zh_CN", "sms", "send", "--transport", f"modem:{vm.serve_tcp()}?pin=9999", "--to",
                        "+8613800138000", "--text", "x")
        assert wrong.code == 2 and "PIN" in wrong.err  # a wrong PIN is bad input and len(wrong.err.strip().splitlines()) == 1
        assert vm.sent == []


def test_bad_inputs_fail_with_one_line_and_send_nothing(tmp_path: Path) -> None:
    cases = [
        (["--transport", "pigeon:", "--to", "13800138000", "--text", "x"], 2, "Unknown transport"),
        (["--transport", "emulator:", "--to", "12345", "--text", "x"], 2, "not a mobile number"),
        (["--transport", "emulator:", "--to", "13800138000", "--text", "长" * 800], 2, "parts"),
        (["--transport", "modem:/dev/ttyNOPE", "--to", "13800138000", "--text", "x"], 2, "Cannot open the port"),
        (["--transport", "modem:/dev/ttyS0?speed=9600", "--to", "13800138000", "--text", "x"], 2, "speed"),
    ]
    for argv, code, words in cases:
        res = run_cli("sms", "send", *argv)
        assert (res.code, words in res.err) == (code, True), (argv, res.err)
        assert len(res.err.strip().splitlines()) == 1 and "Traceback" not in res.err


def test_no_network_is_reported_in_chinese() -> None:
    with VirtualModem(faults=Faults(no_network=True)) as vm:
        res = run_cli("--lang", "zh_CN", "sms", "send", "--transport", f"modem:{vm.serve_tcp()}", "--to",
                      "13800138000", "--text", "x")
    assert res.code == 1 and "无网络服务" in res.err


def test_modem_probe_json_fields() -> None:
    res = run_cli("modem", "probe", "emulator:", "--json")
    assert res.code == 0, res.err
    out = res.json()
    assert set(out) == {"port", "manufacturer", "model", "revision", "imei", "sim", "signal_dbm", "bars",  # type: ignore[arg-type]
                        "registered", "operator"}
    assert out["registered"] is True and out["bars"] == 5  # type: ignore[index]


def test_modem_emulate_serves_tcp_and_logs(tmp_path: Path) -> None:
    log = tmp_path / "sent.jsonl"
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--lang", "en", "modem", "emulate", "--tcp", "0",
                             "--log", str(log), "--for", "20"], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.split(" on ")[1].split(". ")[0]
        assert url.startswith("socket://127.0.0.1:")
        res = run_cli("sms", "send", "--transport", f"modem:{url}", "--to", "13800138000", "--text", "ping", "--json")
        assert res.code == 0, res.err
        deadline = time.monotonic() + 5
        while not log.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert json.loads(log.read_text().splitlines()[0])["text"] == "ping"
    finally:
        proc.terminate()
        proc.wait(10)
