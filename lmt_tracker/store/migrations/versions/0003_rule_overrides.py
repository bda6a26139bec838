"""rule overrides: the user's own figure for one rule figure

Revision ID: 0003
Revises: 0002 (re-chained to 0002 when merged after the credential/course columns)
Create Date: 2026-12-04

Additive: one new table; no existing row changes.
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rule_override',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('jurisdiction', sa.String(length=40), nullable=False),
    sa.Column('field', sa.String(length=80), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded', sa.Date(), nullable=False),
    sa.Column('rules_value', sa.String(length=40), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rule_override')),
    sa.UniqueConstraint('jurisdiction', 'field', name=op.f('uq_rule_override_jurisdiction'))
    )


def downgrade() -> None:
    op.drop_table('rule_override')
