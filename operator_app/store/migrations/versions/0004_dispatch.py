"""exactly-once dispatch: delivery reports, dispatcher runs, message lookup by number

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "delivery_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transport", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("recipient", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("discharged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("part", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["message_id"], ["message.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("delivery_report", schema=None) as batch_op:
        batch_op.create_index("ix_delivery_report_message_id", ["message_id"], unique=False)
        batch_op.create_index("ix_delivery_report_ref", ["transport", "reference"], unique=False)
    op.create_table(
        "dispatch_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("host", sa.String(length=200), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.create_index("ix_message_to_sent", ["to", "sent_at"], unique=False)
        batch_op.create_index("ix_message_borrower_sent", ["borrower_id", "sent_at"], unique=False)
        batch_op.create_index("ix_message_claim", ["batch_id", "status", "planned_at", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.drop_index("ix_message_claim")
        batch_op.drop_index("ix_message_borrower_sent")
        batch_op.drop_index("ix_message_to_sent")
    op.drop_table("dispatch_run")
    with op.batch_alter_table("delivery_report", schema=None) as batch_op:
        batch_op.drop_index("ix_delivery_report_ref")
        batch_op.drop_index("ix_delivery_report_message_id")
    op.drop_table("delivery_report")
