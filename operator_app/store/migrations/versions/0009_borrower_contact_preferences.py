"""the borrower's own contact preferences: weekdays only, a time window, a weekly limit, no SMS

Revision ID: 0009
Revises: 0008

New nullable columns on `borrower` (NULL: not set), set by staff from a reply or a call and never
written by an import, so they survive re-imports.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = (
    ("contact_weekdays_only", sa.Boolean()),
    ("contact_window_start", sa.Integer()),
    ("contact_window_end", sa.Integer()),
    ("contact_weekly_max", sa.Integer()),
    ("contact_no_sms", sa.Boolean()),
    ("contact_pref_note", sa.String(length=200)),
    ("contact_pref_set_by", sa.String(length=100)),
    ("contact_pref_set_at", sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    with op.batch_alter_table("borrower") as batch:
        for name, kind in COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    # In place, as 0010's downgrade: a batch copy of `borrower` breaks the foreign keys pointing at it.
    for name, _kind in reversed(COLUMNS):
        op.drop_column("borrower", name)
