"""Pure rules: money, phones, dates, overdue buckets. No I/O, no clock: callers pass "today"."""
