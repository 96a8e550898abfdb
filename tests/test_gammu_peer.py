"""Fidelity: the real Debian `gammu` drives our virtual modem on a pseudo-terminal."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from operator_app.sms.modem.emulator import VirtualModem

LONG_ZH = "【某某小贷】您好，您的本期账单1,200.00元将于12月1日到期，请按时还款。回T退订。" * 4


@pytest.fixture
def gammu(tmp_path: Path) -> Iterator[tuple[VirtualModem, list[str]]]:
    assert shutil.which("gammu"), "scripts/test.sh installs Debian's gammu"
    vm = VirtualModem(pin="4321", log_path=tmp_path / "sent.jsonl")
    device = vm.serve_pty(tmp_path / "ttyVIRT0")
    config = tmp_path / "gammurc"
    config.write_text(f"[gammu]\ndevice = {device}\nconnection = at115200\n")
    yield vm, ["gammu", "-c", str(config)]
    vm.stop()


def _run(cmd: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=90)


def test_gammu_identify_security_network_and_send(gammu: tuple[VirtualModem, list[str]], tmp_path: Path) -> None:
    vm, cmd = gammu
    ident = _run(cmd, "identify")
    assert ident.returncode == 0, ident.stderr
    assert "E3372" in ident.stdout and "867123045678901" in ident.stdout

    security = _run(cmd, "getsecuritystatus")
    assert security.returncode == 0 and "PIN" in security.stdout
    assert _run(cmd, "entersecuritycode", "PIN", "4321").returncode == 0
    assert "Nothing to enter" in _run(cmd, "getsecuritystatus").stdout

    network = _run(cmd, "networkinfo")
    assert network.returncode == 0, network.stderr
    assert "home network" in network.stdout and "460 00" in network.stdout

    plain = _run(cmd, "sendsms", "TEXT", "+8613800138000", "-text", "Your bill is due on 1 Dec.")
    assert plain.returncode == 0, plain.stderr
    long = _run(cmd, "sendsms", "TEXT", "+8613800138001", "-unicode", "-len", str(len(LONG_ZH)), "-text", LONG_ZH)
    assert long.returncode == 0, long.stderr
    assert "Sending SMS 3/3" in long.stdout

    assert vm.sent[0].text == "Your bill is due on 1 Dec." and vm.sent[0].encoding == "gsm7"
    parts = vm.sent[1:]
    assert len(parts) == 3 and all(p.encoding == "ucs2" for p in parts)
    assert [p.concat[2] for p in parts if p.concat] == [1, 2, 3]
    assert "".join(p.text for p in parts) == LONG_ZH
    logged = [json.loads(line) for line in (tmp_path / "sent.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [entry["to"] for entry in logged] == ["+8613800138000"] + ["+8613800138001"] * 3


def test_gammu_cuts_a_letter_and_its_accent_where_we_do(gammu: tuple[VirtualModem, list[str]]) -> None:
    """On the wire, through the real gammu: a combining mark at a part boundary stays with its
    letter, as our splitter keeps it (the case once seen differing: ours [67, 4], gammu [66, 5])."""
    from operator_app.sms.encoding import split

    vm, cmd = gammu
    assert _run(cmd, "entersecuritycode", "PIN", "4321").returncode == 0
    text = "你" * 66 + "e\u0301" + "好" * 3
    sent = _run(cmd, "sendsms", "TEXT", "+8613800138002", "-unicode", "-len", str(len(text)), "-text", text)
    assert sent.returncode == 0, sent.stderr
    assert [p.text for p in vm.sent] == list(split(text).parts) == ["你" * 66, "e\u0301" + "好" * 3]


def test_gammu_reads_the_status_report_the_virtual_modem_kept(tmp_path: Path) -> None:
    """Fidelity of a stored report: our driver sends (asking for AT+CNMI ds=2), the network's
    report comes once nobody is connected, and the real gammu lists it from the message store
    as an SMS-STATUS-REPORT for our reference."""
    from operator_app.sms.modem.driver import Modem
    from operator_app.sms.modem.emulator import Faults

    assert shutil.which("gammu"), "scripts/test.sh installs Debian's gammu"
    vm = VirtualModem(faults=Faults(report_delay=None), report_memory="SM")
    device = vm.serve_pty(tmp_path / "ttyVIRT0")
    try:
        with Modem(device) as modem:
            sent = modem.send("+8613800138000", "Your bill is due on 1 Dec.")
        assert vm.deliver_reports() == 1 and len(vm.state.storage) == 1
        config = tmp_path / "gammurc"
        config.write_text(f"[gammu]\ndevice = {device}\nconnection = at115200\n")
        listed = _run(["gammu", "-c", str(config)], "getallsms")
    finally:
        vm.stop()
    assert listed.returncode == 0, listed.stderr
    first = listed.stdout.split("\n\n")[0]
    assert "SMS status report" in first and "Delivered" in first
    assert f"Reference number     : {sent.references[0]}" in first and '"+8613800138000"' in first
