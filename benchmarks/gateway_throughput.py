"""Gateway throughput (issue 12). Prints, from one run on this machine, messages per second for:

our android-sms-gateway transport (JSON body, idempotent id, retry rules, classification,
report book) and our Twilio-compatible transport (form body) through `send()`, each against a
bare httpx loop making the same requests to the same local server (the floor), with the ratios
(target >= 0.7) and our rate (target >= 200 messages/s). The local server answers
at once (HTTP/1.1 keep-alive, a fixed body), so what is measured is our client side. The outbox
part of this benchmark (messages through the dispatcher) waits for the dispatcher issue: there is
no dispatcher yet.

Rounds alternate bare and ours because these machines swing from one second to the next; the
figures are medians, and every round is printed.

    python benchmarks/gateway_throughput.py [--messages 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from statistics import median

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from operator_app.sms.gateways import open_gateway

ANSWER = json.dumps({"state": "Pending", "sid": "SM0", "status": "queued"}).encode()
TEXT = "【诚信贷】张*您好，您的借款本期应还1,234.50元已逾期5天，请尽快还款。退订回T"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        status = "201 Created" if self.path.startswith("/2010-04-01/") else "202 Accepted"  # Twilio creates: 201
        # one write for head and body: separate small writes stall on Nagle + delayed ACK
        self.wfile.write(f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
                         f"Content-Length: {len(ANSWER)}\r\n\r\n".encode() + ANSWER)

    def log_message(self, format: str, *args: object) -> None:
        return


def bare(port: int, count: int, kind: str) -> float:
    """The same requests as our transport makes, from a plain httpx loop."""
    twilio = f"http://127.0.0.1:{port}/2010-04-01/Accounts/AC1/Messages.json"
    with httpx.Client(auth=("sms", "pw")) as client:
        start = time.perf_counter()
        for i in range(count):
            if kind == "twilio":
                response = client.post(twilio, data={"To": "+8613800138000", "From": "+15005550006", "Body": TEXT})
            else:
                body = {"id": f"k{i}", "textMessage": {"text": TEXT}, "phoneNumbers": ["+8613800138000"],
                        "withDeliveryReport": True}
                response = client.post(f"http://127.0.0.1:{port}/message", json=body)
            assert response.status_code in (201, 202)
        return count / (time.perf_counter() - start)


def ours(spec: str, count: int) -> float:
    transport = open_gateway(spec)
    try:
        start = time.perf_counter()
        for i in range(count):
            transport.send("+8613800138000", TEXT, key=f"k{i}")
        return count / (time.perf_counter() - start)
    finally:
        transport.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    android = f"android-gateway:http://sms:pw@127.0.0.1:{port}"
    twilio = f"twilio:http://AC1:pw@127.0.0.1:{port}/?from=%2B15005550006"
    specs = {"android-gateway": android, "twilio": twilio}
    for kind, spec in specs.items():  # warm up
        ours(spec, 50), bare(port, 50, kind)
    runs: dict[str, list[float]] = {f"{m} {k}": [] for k in specs for m in ("bare", "ours")}
    for round_ in range(args.rounds):
        for kind, spec in specs.items():
            runs[f"bare {kind}"].append(bare(port, args.messages, kind))
            runs[f"ours {kind}"].append(ours(spec, args.messages))
        print(f"round {round_ + 1}: " + ", ".join(f"{k} {v[-1]:.0f}" for k, v in runs.items()) + " msg/s")
    for kind in specs:
        floor, rate = median(runs[f"bare {kind}"]), median(runs[f"ours {kind}"])
        verdict = "ok" if rate / floor >= 0.7 and rate >= 200 else "BELOW TARGET"
        print(f"{kind}: ours {rate:.0f} msg/s, bare httpx {floor:.0f} msg/s (medians of {args.rounds} rounds of "
              f"{args.messages}): {rate / floor:.2f} x: {verdict}")
    print("outbox: not measured: the dispatcher (outbox worker) does not exist yet")
    server.shutdown()


if __name__ == "__main__":
    main()
