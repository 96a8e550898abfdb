"""`sms send`, `modem probe` and `modem emulate` through the CLI, with their JSON contracts."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from pathlib import Path

import pytest

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
        # a wrong PIN is the office's fault found at run time (exit 1), in one line
        assert wrong.code == 1 and "PIN" in wrong.err and len(wrong.err.strip().splitlines()) == 1
        assert vm.sent == []


def test_bad_inputs_and_a_missing_port_fail_with_one_line_and_send_nothing(tmp_path: Path) -> None:
    cases = [
        (["--transport", "pigeon:", "--to", "13800138000", "--text", "x"], 2, "Unknown transport"),
        (["--transport", "emulator:", "--to", "12345", "--text", "x"], 2, "not a mobile number"),
        (["--transport", "emulator:", "--to", "13800138000", "--text", "长" * 800], 2, "parts"),
        (["--transport", "modem:/dev/ttyNOPE", "--to", "13800138000", "--text", "x"], 1, "Cannot open the port"),
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


def test_an_empty_or_blank_text_is_refused_and_nothing_is_sent() -> None:
    with VirtualModem() as vm:
        url = vm.serve_tcp()
        for text in ("", "   ", "\n\t 　"):
            res = run_cli("--lang", "zh_CN", "sms", "send", "--transport", f"modem:{url}", "--to", "13800138000",
                          "--text", text)
            assert res.code == 2 and "短信内容为空" in res.err, (text, res.err)
            assert len(res.err.strip().splitlines()) == 1
        assert vm.sent == [] and vm.state.prompts == 0


def test_probe_and_send_print_values_in_the_operators_language() -> None:
    probe = run_cli("--lang", "zh_CN", "modem", "probe", "emulator:")
    assert probe.code == 0, probe.err
    assert "已注册网络：是" in probe.out and "True" not in probe.out and "False" not in probe.out
    sent = run_cli("--lang", "zh_CN", "sms", "send", "--transport", "emulator:", "--to", "13800138000",
                   "--text", "您好", "--wait-report", "5")
    assert sent.code == 0, sent.err
    assert "状态：已送达" in sent.out and "UCS-2（中文）" in sent.out
    for english in ("sent", "delivered", "ucs2", "True", "None"):
        assert english not in sent.out, (english, sent.out)
    plain = run_cli("--lang", "zh_CN", "sms", "send", "--transport", "emulator:", "--to", "13800138000",
                    "--text", "hi", "--no-report")
    assert "状态：已发送" in plain.out and "GSM 7 位编码" in plain.out
    english = run_cli("--lang", "en", "modem", "probe", "emulator:")
    assert "registered: yes" in english.out


SECRET = "s3cret"
SECRET_SPECS = [
    f"pigeon://user:{SECRET}@host", f"pigeon:user:{SECRET}@host", SECRET, f"{SECRET}@host",
    f"modem:COM3?{SECRET}", f"modem:COM3?token={SECRET}", f"modem:COM3?pin={SECRET}&speed=9600",
    f"modem:socket://user:{SECRET}@127.0.0.1:1", f"modem:/dev/ttyNOPE?pin={SECRET}", f"emulator:?pin={SECRET}&x",
    f"kannel:http://user:{SECRET}@127.0.0.1:1/", f"modem:COM3?baud={SECRET}",
]


def test_a_bad_transport_never_echoes_a_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for spec in SECRET_SPECS:
        for lang in ("en", "zh_CN"):
            commands = [["sms", "send", "--transport", spec, "--to", "13800138000", "--text", "x"]]
            if ":" in spec:  # `modem probe COM3` takes a bare port name, which it may show
                commands.append(["modem", "probe", spec])
            for argv in commands:
                res = run_cli("--debug", "--lang", lang, *argv)
                assert res.code != 0, (spec, res.out)
                assert SECRET not in res.out + res.err, (spec, res.err)
                assert len(res.err.strip().splitlines()) >= 1
    logged = "\n".join(r.getMessage() + (str(r.exc_info[1]) if r.exc_info else "") for r in caplog.records)
    assert SECRET not in logged


def test_a_pin_never_reaches_the_debug_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with VirtualModem(pin="4739") as vm:
        res = run_cli("--debug", "sms", "send", "--transport", f"modem:{vm.serve_tcp()}?pin=4739", "--to",
                      "13800138000", "--text", "x")
        assert res.code == 0, res.err
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "AT+CPIN" in logged and "4739" not in logged + res.out + res.err


def test_a_send_that_may_have_gone_says_so_and_is_not_repeated(tmp_path: Path) -> None:
    log = tmp_path / "sent.jsonl"
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--lang", "en", "modem", "emulate", "--tcp", "0",
                             "--log", str(log), "--drop-after-pdu", "1", "--for", "20"],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().split(" on ")[1].split(". ")[0]
        res = run_cli("--lang", "zh_CN", "sms", "send", "--transport", f"modem:{url}", "--to", "13800138000",
                      "--text", "您好")
        assert res.code == 1 and "可能已经发出" in res.err and "不会自动重发" in res.err, res.err
        assert len(res.err.strip().splitlines()) == 1
        time.sleep(0.5)
        assert [json.loads(line)["text"] for line in log.read_text(encoding="utf-8").splitlines()] == ["您好"]
    finally:
        proc.terminate()
        proc.wait(10)
