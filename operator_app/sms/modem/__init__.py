"""GSM modem over AT commands: the channel (framing, unsolicited codes), the driver, and the
virtual modem that speaks the same dialect for demos and tests."""
