"""Secrets out of what is shown and logged."""

from __future__ import annotations

import pytest

from operator_app.sms.redact import redact, scheme_of


@pytest.mark.parametrize("text, shown", [
    ("pigeon:user:s3cret@host", "pigeon:***@host"),
    ("modem:socket://user:s3cret@127.0.0.1:1", "modem:socket://***@127.0.0.1:1"),
    ("kannel:http://u:s3cret@h/?from=OFFICE", "kannel:http://***@h/?from=OFFICE"),
    ("modem:COM3?pin=1234&baud=9600", "modem:COM3?pin=***&baud=9600"),
    ("x?token=s3cret&Password=s3cret", "x?token=***&Password=***"),
    ('AT+CPIN="1234"', "AT+CPIN=***"),
    ("b'AT+CPIN=\"1234\"\\r'", "b'AT+CPIN=***"),
    ("socket://127.0.0.1:7001", "socket://127.0.0.1:7001"),
    ("/dev/ttyUSB0", "/dev/ttyUSB0"),
])
def test_redact(text: str, shown: str) -> None:
    assert redact(text) == shown
    assert "s3cret" not in redact(text) and "1234" not in redact(text)


def test_scheme_of_shows_only_a_plain_kind() -> None:
    assert scheme_of("pigeon://user:s3cret@host") == "pigeon"
    assert scheme_of("s3cret") == "" and scheme_of("s3 cret:x") == "" and scheme_of(":x") == ""
