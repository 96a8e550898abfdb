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
    with op.batch_alter_table("borrower") as batch:
        batch.drop_column("erased_at")
