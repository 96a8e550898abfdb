"""multipart messages sent part by part: the concatenation reference and each part's fate

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, no batch copy: a copy of `message` would cascade-delete its events.
    op.add_column("message", sa.Column("concat_ref", sa.Integer(), nullable=True))
    op.create_table(
        "message_part",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=True),
        sa.Column("transport", sa.String(length=200), nullable=True),
        sa.Column("error", sa.String(length=40), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["message.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("message_id", "part"),
    )


def downgrade() -> None:
    op.drop_table("message_part")
    op.drop_column("message", "concat_ref")  # SQLite 3.35+ drops a column in place
