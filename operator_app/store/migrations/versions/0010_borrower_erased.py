"""borrowers' rights: when a borrower's personal data was erased (`privacy erase`)

Revision ID: 0010
Revises: 0008

An erased borrower keeps its row (its loans, amounts and dates stay for accounting) with every
personal field emptied; `erased_at` says when, so that it is never planned again and a later
import of a sheet still naming that contract does not write the person back.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("borrower", sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # SQLite drops a column in place (3.35+): a batch copy of `borrower` would be refused by the
    # foreign keys of every table that points at it.
    op.drop_column("borrower", "erased_at")
