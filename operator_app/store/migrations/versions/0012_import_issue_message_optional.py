"""import issues keep their code and parameters only: `import_issue.message` may be empty

Revision ID: 0012
Revises: 0011

An issue is shown in the operator's language of the moment, rebuilt from `code` and `params`
(services/importing/import_file.stored_issues); the sentence once stored beside them was a second
copy in the language of the import. New rows leave it NULL; rows of runs from before `params`
existed (0002) keep theirs, their only words.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A batch copy of import_issue: nothing points at it, so SQLite's foreign keys allow it.
    with op.batch_alter_table("import_issue") as batch:
        batch.alter_column("message", existing_type=sa.Text(), nullable=True)


def downgrade() -> None:
    op.execute("UPDATE import_issue SET message = code WHERE message IS NULL")
    with op.batch_alter_table("import_issue") as batch:
        batch.alter_column("message", existing_type=sa.Text(), nullable=False)
