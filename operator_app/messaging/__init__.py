"""Templates, contact policy, batches, outbox and the audit chain."""
