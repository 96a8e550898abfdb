"""Modem benchmark (issue 5). Prints, from one run on this machine:

1. 1,000 sends to the virtual modem over TCP with no delay: our driver (Modem.send) per message,
   against a bare minimal loop doing the same exchange on a raw socket (AT+CMGS, wait for the
   prompt, write the PDU + Ctrl-Z, wait for OK). Target: ratio <= 1.5. The modem runs in its own
   process (`main.py modem emulate --tcp`), as a real modem is another device: in-process it
   would compete for our GIL. Rounds alternate; the median ratio is the figure.
2. Encoding + PDU building of 10,000 three-part Chinese messages: ours against python-gammu's
   EncodeSMS + EncodePDU for the same texts; the ratio is printed.

    python benchmarks/modem_overhead.py [--sends 1000] [--messages 10000]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from operator_app.sms.modem.driver import Modem  # noqa: E402
from operator_app.sms.pdu import build_submit  # noqa: E402

TEXT = "您好，您的借款本期应还1,200.00元，请于12月1日前还款。"  # one UCS-2 part
LONG = ("【某某小贷】尊敬的客户，您的借款合同HT2026001本期应还1,200.00元已逾期5天，请尽快通过官方渠道还款，"
        "以免产生额外费用并影响信用记录。如有疑问请致电4008001234。回T退订。") * 2  # 194 characters: 3 parts


def bare_loop(url: str, n: int, pdu: str, length: int) -> float:
    host, port = url.removeprefix("socket://").split(":")
    sock = socket.create_connection((host, int(port)))
    buffer = b""

    def until(marker: bytes) -> None:
        nonlocal buffer
        while marker not in buffer:
            buffer += sock.recv(4096)
        buffer = buffer[buffer.index(marker) + len(marker):]

    sock.sendall(b"ATE0\r")
    until(b"OK\r\n")
    start = time.perf_counter()
    for _ in range(n):
        sock.sendall(f"AT+CMGS={length}\r".encode())
        until(b"> ")
        sock.sendall(pdu.encode() + b"\x1a")
        until(b"OK\r\n")
    elapsed = time.perf_counter() - start
    sock.close()
    return elapsed


def ours(url: str, n: int) -> float:
    with Modem(url) as modem:
        start = time.perf_counter()
        for _ in range(n):
            modem.send("+8613800138000", TEXT, status_report=False)
        return time.perf_counter() - start


def encode_ours(texts: list[str]) -> float:
    start = time.perf_counter()
    for i, text in enumerate(texts):
        build_submit("+8613800138000", text, reference=i % 256)
    return time.perf_counter() - start


def encode_gammu(texts: list[str]) -> float:
    import gammu

    start = time.perf_counter()
    for text in texts:
        parts = gammu.EncodeSMS({"Class": -1, "Unicode": True, "Entries": [{"ID": "ConcatenatedTextLong", "Buffer": text}]})
        for part in parts:
            part["Number"] = "+8613800138000"
            part["SMSC"] = {"Location": 0, "Number": "", "Format": "Text", "Validity": "NA", "Class": -1, "Name": ""}
            part["Type"] = "Submit"
            gammu.EncodePDU(part)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sends", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    (pdu,) = build_submit("+8613800138000", TEXT, status_report=False)
    emulator = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--lang", "en", "modem", "emulate", "--tcp", "0"],
                                stdout=subprocess.PIPE, text=True)
    try:
        assert emulator.stdout is not None
        url = emulator.stdout.readline().split(" on ")[1].split(". ")[0]
        bare_loop(url, 50, pdu.hex, pdu.tpdu_length)  # warm up both paths
        ours(url, 50)
        ratios = []
        for _ in range(args.rounds):
            bare = bare_loop(url, args.sends, pdu.hex, pdu.tpdu_length)
            driver = ours(url, args.sends)
            ratios.append(driver / bare)
            print(f"sends over TCP: bare loop {bare / args.sends * 1e3:.3f} ms/msg, "
                  f"ours {driver / args.sends * 1e3:.3f} ms/msg, ratio {driver / bare:.2f}")
    finally:
        emulator.terminate()
        emulator.wait(10)
    ratio = statistics.median(ratios)
    print(f"ours/bare median of {args.rounds} = {ratio:.2f}  (target <= 1.5)  {'OK' if ratio <= 1.5 else 'MISSED'}")

    texts = [LONG + str(i) for i in range(args.messages)]
    from operator_app.sms.encoding import split

    assert split(texts[0]).count == 3, split(texts[0]).count
    mine = encode_ours(texts)
    theirs = encode_gammu(texts)
    print(f"encode 3-part Chinese x{args.messages}: ours {mine:.2f} s, python-gammu {theirs:.2f} s, "
          f"ours/gammu = {mine / theirs:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
