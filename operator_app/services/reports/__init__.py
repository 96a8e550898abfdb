"""What came back and what it achieved: replies and stops, the outbox as the operator sees it, effectiveness reports."""
