"""one index for a batch's messages: drop ix_message_batch_status

Revision ID: 0011
Revises: 0010

ix_message_claim (batch_id, status, planned_at, id) begins with the same two columns as
ix_message_batch_status (batch_id, status), so every lookup of a batch's messages in a status
already has an index; the second one only cost an index step on every message written or moved
(a day's batch writes one row per loan).
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_message_batch_status", table_name="message")


def downgrade() -> None:
    op.create_index("ix_message_batch_status", "message", ["batch_id", "status"], unique=False)
