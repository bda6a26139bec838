"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-27 14:38:54.997361
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The first released schema.
    op.create_table('certificate',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_certificate'))
    )
    op.create_table('credential',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('jurisdiction', sa.String(length=40), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=True),
    sa.Column('expiry_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credential'))
    )
    op.create_table('exam_attempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('exam', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('applied_date', sa.Date(), nullable=True),
    sa.Column('authorized_date', sa.Date(), nullable=True),
    sa.Column('scheduled_date', sa.Date(), nullable=True),
    sa.Column('test_date', sa.Date(), nullable=True),
    sa.Column('result_date', sa.Date(), nullable=True),
    sa.Column('jurisdiction', sa.String(length=40), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exam_attempt'))
    )
    op.create_table('school',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school')),
    sa.UniqueConstraint('name', name=op.f('uq_school_name'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('therapist',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_therapist'))
    )
    op.create_table('training_program',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school', sa.String(length=500), nullable=False),
    sa.Column('program', sa.String(length=500), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('jurisdiction', sa.String(length=40), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_program'))
    )
    op.create_table('course',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('provider', sa.String(length=500), nullable=False),
    sa.Column('completed', sa.Date(), nullable=False),
    sa.Column('hours', sa.String(length=40), nullable=False),
    sa.Column('hour_minutes', sa.Integer(), nullable=False),
    sa.Column('delivery', sa.String(length=30), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('certificate_sha256', sa.String(length=64), nullable=True),
    sa.Column('applies_to_all', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['certificate_sha256'], ['certificate.sha256'], name=op.f('fk_course_certificate_sha256_certificate'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course'))
    )
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_certificate_sha256'), ['certificate_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_completed'), ['completed'], unique=False)

    op.create_table('school_class',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_school_class_school_id_school'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_class')),
    sa.UniqueConstraint('school_id', 'name', name=op.f('uq_school_class_school_id'))
    )
    op.create_table('training_hours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=60), nullable=False),
    sa.Column('delivery', sa.String(length=30), nullable=False),
    sa.Column('hours', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['program_id'], ['training_program.id'], name=op.f('fk_training_hours_program_id_training_program'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_hours'))
    )
    with op.batch_alter_table('training_hours', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_hours_program_id'), ['program_id'], unique=False)

    op.create_table('course_approval',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('course_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.String(length=40), nullable=False),
    sa.Column('number', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_course_approval_course_id_course'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course_approval'))
    )
    with op.batch_alter_table('course_approval', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_approval_course_id'), ['course_id'], unique=False)

    op.create_table('course_credential',
    sa.Column('course_id', sa.Integer(), nullable=False),
    sa.Column('credential_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_course_credential_course_id_course'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['credential_id'], ['credential.id'], name=op.f('fk_course_credential_credential_id_credential'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('course_id', 'credential_id', name=op.f('pk_course_credential'))
    )
    op.create_table('course_topic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('course_id', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=60), nullable=False),
    sa.Column('hours', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_course_topic_course_id_course'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course_topic'))
    )
    with op.batch_alter_table('course_topic', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_topic_course_id'), ['course_id'], unique=False)

    op.create_table('graduate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('total_hours', sa.String(length=40), nullable=False),
    sa.Column('online_hours', sa.String(length=40), nullable=False),
    sa.Column('clinical_hours', sa.String(length=40), nullable=False),
    sa.Column('subject_hours', sa.Text(), nullable=False),
    sa.Column('program_start', sa.Date(), nullable=True),
    sa.Column('graduation_date', sa.Date(), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('mblex', sa.String(length=20), nullable=False),
    sa.Column('mblex_date', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['school_class.id'], name=op.f('fk_graduate_class_id_school_class'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_graduate')),
    sa.UniqueConstraint('class_id', 'student_id', name=op.f('uq_graduate_class_id'))
    )
    with op.batch_alter_table('graduate', schema=None) as batch_op:
        batch_op.create_index('ix_graduate_class', ['class_id'], unique=False)



def downgrade() -> None:
    # The first released schema.
    with op.batch_alter_table('graduate', schema=None) as batch_op:
        batch_op.drop_index('ix_graduate_class')

    op.drop_table('graduate')
    with op.batch_alter_table('course_topic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_topic_course_id'))

    op.drop_table('course_topic')
    op.drop_table('course_credential')
    with op.batch_alter_table('course_approval', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_approval_course_id'))

    op.drop_table('course_approval')
    with op.batch_alter_table('training_hours', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_hours_program_id'))

    op.drop_table('training_hours')
    op.drop_table('school_class')
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_completed'))
        batch_op.drop_index(batch_op.f('ix_course_certificate_sha256'))

    op.drop_table('course')
    op.drop_table('training_program')
    op.drop_table('therapist')
    op.drop_table('setting')
    op.drop_table('school')
    op.drop_table('exam_attempt')
    op.drop_table('credential')
    op.drop_table('certificate')
