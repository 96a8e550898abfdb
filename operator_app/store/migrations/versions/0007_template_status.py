"""a template version's status: a version failing the compliance lint is kept as a draft and
never used by a batch

Revision ID: 0007
Revises: 0006

Every version written before this revision stays active: batches made from them keep pointing
at them, and their lint errors still block approval as before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("template", sa.Column("status", sa.String(length=10), server_default="active", nullable=False))


def downgrade() -> None:
    op.drop_column("template", "status")  # SQLite 3.35+ drops a column in place
