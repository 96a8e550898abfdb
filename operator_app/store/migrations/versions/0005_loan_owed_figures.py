"""the queue's figures on the loan: what it owes and the due date that counts from, indexed;
an index on the borrower's name for the queue's sort by name

Revision ID: 0005
Revises: 0004

The fill is domain.overdue.owed written in SQL, as the queue computed them at
query time up to this revision; tests/test_owed_figures.py checks that a database filled here
holds exactly what services.queue.store_figures (which calls those rules) writes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OWING = "i.loan_id = loan.id AND i.amount_paid_fen < i.amount_due_fen"
FILL_OWED = ("UPDATE loan SET owed_fen = COALESCE(outstanding_fen, "
             f"(SELECT SUM(i.amount_due_fen - i.amount_paid_fen) FROM installment i WHERE {OWING}), 0)")
FILL_SINCE = ("UPDATE loan SET owed_since = CASE WHEN owed_fen > 0 THEN COALESCE("
              f"(SELECT MIN(i.due_on) FROM installment i WHERE {OWING}), "
              "(SELECT MAX(i.due_on) FROM installment i WHERE i.loan_id = loan.id)) END")


def upgrade() -> None:
    # Plain ALTER TABLE, no batch copy: SQLite's copy-and-rename of `loan` would cascade-delete
    # every installment (foreign keys are on).
    op.add_column("loan", sa.Column("owed_fen", sa.BigInteger(), server_default="0", nullable=False))
    op.add_column("loan", sa.Column("owed_since", sa.Date(), nullable=True))
    op.execute(FILL_OWED)
    op.execute(FILL_SINCE)
    op.create_index("ix_loan_owed_since", "loan", ["owed_since", "id"], unique=False)
    op.create_index("ix_loan_owed_fen", "loan", ["owed_fen", "id"], unique=False)
    op.create_index("ix_borrower_name", "borrower", ["name"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_borrower_name", table_name="borrower")
    op.drop_index("ix_loan_owed_fen", table_name="loan")
    op.drop_index("ix_loan_owed_since", table_name="loan")
    op.drop_column("loan", "owed_since")  # SQLite 3.35+ drops a column in place
    op.drop_column("loan", "owed_fen")
