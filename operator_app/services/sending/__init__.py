"""Putting an approved batch on the wire: saved transports, the dispatcher and its live states, one-off sends."""
