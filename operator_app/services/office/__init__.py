"""The office itself: its settings, operator accounts and who may do what, secrets and keys, backups."""
