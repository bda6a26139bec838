"""CE facts: how a license was granted, years in practice, the CE period on the renewal
notice, a course's own number, approvals that say "not approved", and a graduate's
state law and practical exam results and the state their school is in.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04

Additive only: every existing row keeps its values, and the new columns start empty
(unknown), which the judgement treats as "not given" and asks for when a rule needs it.
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('credential', sa.Column('licensed_by', sa.String(length=20),
                                          nullable=False, server_default=''))
    op.add_column('credential', sa.Column('practice_start', sa.Date(), nullable=True))
    op.add_column('credential', sa.Column('ce_period_start', sa.Date(), nullable=True))
    op.add_column('credential', sa.Column('ce_period_end', sa.Date(), nullable=True))
    op.add_column('course', sa.Column('course_number', sa.String(length=80),
                                      nullable=False, server_default=''))
    op.add_column('course_approval', sa.Column('approved', sa.Boolean(),
                                               nullable=False, server_default=sa.true()))
    op.add_column('graduate', sa.Column('state_exams', sa.Text(),
                                        nullable=False, server_default=''))
    op.add_column('graduate', sa.Column('school_state', sa.String(length=2),
                                        nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('graduate') as batch:
        batch.drop_column('school_state')
        batch.drop_column('state_exams')
    with op.batch_alter_table('course_approval') as batch:
        batch.drop_column('approved')
    with op.batch_alter_table('course') as batch:
        batch.drop_column('course_number')
    with op.batch_alter_table('credential') as batch:
        for name in ('ce_period_end', 'ce_period_start', 'practice_start', 'licensed_by'):
            batch.drop_column(name)
