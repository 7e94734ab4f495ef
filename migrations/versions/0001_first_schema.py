"""first schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 12:02:21.807543
"""

from alembic import op
import sqlalchemy as sa

from planner import guards


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(length=50), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('move_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'applied', 'discarded', name='move_plan_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_move_plan_name_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_move_plan'))
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('kt', 'kaist', 'startup', 'other', name='organisation_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_organisation_name_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('name', name=op.f('uq_organisation_name'))
    )
    op.create_table('renewal_cycle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'consultation', 'agreed', 'signed', name='cycle_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('consultation_deadline', sa.Date(), nullable=True),
    sa.Column('signing_target', sa.Date(), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('signatory_kt', sa.String(length=200), nullable=False),
    sa.Column('signatory_kaist', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("status <> 'signed' OR signed_on IS NOT NULL", name=op.f('ck_renewal_cycle_signed_has_date')),
    sa.CheckConstraint('year BETWEEN 2000 AND 2200', name=op.f('ck_renewal_cycle_year_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_renewal_cycle')),
    sa.UniqueConstraint('year', name=op.f('uq_renewal_cycle_year'))
    )
    op.create_table('site',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=400), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_site_name_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site')),
    sa.UniqueConstraint('name', name=op.f('uq_site_name'))
    )
    op.create_table('agreement_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cycle_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.Enum('ko', 'en', 'both', name='agreement_language', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.CheckConstraint('length(sha256) = 64', name=op.f('ck_agreement_document_sha256_length')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_agreement_document_version_positive')),
    sa.ForeignKeyConstraint(['cycle_id'], ['renewal_cycle.id'], name=op.f('fk_agreement_document_cycle_id_renewal_cycle'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_document')),
    sa.UniqueConstraint('cycle_id', 'language', 'version', name=op.f('uq_agreement_document_cycle_id_language_version'))
    )
    op.create_table('building',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(code) > 0', name=op.f('ck_building_code_not_empty')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_building_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_building')),
    sa.UniqueConstraint('site_id', 'code', name=op.f('uq_building_site_id_code'))
    )
    with op.batch_alter_table('building', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_building_site_id'), ['site_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name_ko', sa.String(length=100), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('professor', 'researcher', 'kt_staff', 'student', 'intern', 'startup_member', 'visitor', name='person_role', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('employee_no', sa.String(length=40), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('stay_start', sa.Date(), nullable=True),
    sa.Column('stay_end', sa.Date(), nullable=True),
    sa.Column('needs', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(name_ko) > 0', name=op.f('ck_person_name_not_empty')),
    sa.CheckConstraint('needs >= 0 AND needs <= 15', name=op.f('ck_person_needs_known')),
    sa.CheckConstraint('stay_end IS NULL OR stay_start IS NULL OR stay_end >= stay_start', name=op.f('ck_person_stay_order')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('email', name=op.f('uq_person_email')),
    sa.UniqueConstraint('employee_no', name=op.f('uq_person_employee_no'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('floor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('width_m', sa.Float(), nullable=False),
    sa.Column('depth_m', sa.Float(), nullable=False),
    sa.Column('background_path', sa.String(length=1000), nullable=True),
    sa.Column('background_scale', sa.Float(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('background_scale IS NULL OR background_scale > 0', name=op.f('ck_floor_scale_positive')),
    sa.CheckConstraint('width_m > 0 AND depth_m > 0', name=op.f('ck_floor_size_positive')),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_floor_building_id_building'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_floor')),
    sa.UniqueConstraint('building_id', 'level', name=op.f('uq_floor_building_id_level'))
    )
    with op.batch_alter_table('floor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_floor_building_id'), ['building_id'], unique=False)

    op.create_table('research_task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('title_ko', sa.String(length=300), nullable=False),
    sa.Column('title_en', sa.String(length=300), nullable=False),
    sa.Column('track', sa.Enum('foundational', 'industrial', name='task_track', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('area', sa.String(length=100), nullable=False),
    sa.Column('pi_id', sa.Integer(), nullable=True),
    sa.Column('kt_contact_id', sa.Integer(), nullable=True),
    sa.Column('start_year', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('proposed', 'active', 'concluded', name='task_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(code) > 0', name=op.f('ck_research_task_code_not_empty')),
    sa.CheckConstraint('length(title_ko) > 0', name=op.f('ck_research_task_title_not_empty')),
    sa.CheckConstraint('start_year BETWEEN 2000 AND 2200', name=op.f('ck_research_task_start_year_range')),
    sa.ForeignKeyConstraint(['kt_contact_id'], ['person.id'], name=op.f('fk_research_task_kt_contact_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pi_id'], ['person.id'], name=op.f('fk_research_task_pi_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_research_task')),
    sa.UniqueConstraint('code', name=op.f('uq_research_task_code'))
    )
    op.create_table('task_member',
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_task_member_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['research_task.id'], name=op.f('fk_task_member_task_id_research_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('task_id', 'person_id', name=op.f('pk_task_member'))
    )
    with op.batch_alter_table('task_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_member_person_id'), ['person_id'], unique=False)

    op.create_table('task_renewal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cycle_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.Enum('continue', 'modify', 'conclude', 'new', name='renewal_decision', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('budget_krw', sa.BigInteger(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('gpu_allocation', sa.Integer(), nullable=False),
    sa.Column('goals', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('budget_krw >= 0 AND budget_krw < 1000000000000000', name=op.f('ck_task_renewal_budget_range')),
    sa.CheckConstraint('gpu_allocation >= 0 AND gpu_allocation < 100000', name=op.f('ck_task_renewal_gpu_range')),
    sa.CheckConstraint('headcount >= 0 AND headcount < 100000', name=op.f('ck_task_renewal_headcount_range')),
    sa.CheckConstraint('period_end >= period_start', name=op.f('ck_task_renewal_period_order')),
    sa.ForeignKeyConstraint(['cycle_id'], ['renewal_cycle.id'], name=op.f('fk_task_renewal_cycle_id_renewal_cycle'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['research_task.id'], name=op.f('fk_task_renewal_task_id_research_task'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_renewal')),
    sa.UniqueConstraint('cycle_id', 'task_id', name=op.f('uq_task_renewal_cycle_id_task_id'))
    )
    with op.batch_alter_table('task_renewal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_renewal_task_id'), ['task_id'], unique=False)

    op.create_table('zone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('floor_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.Enum('open_office', 'private_office', 'lab', 'meeting', 'server_room', 'startup', name='zone_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('polygon', sa.JSON(), nullable=False),
    sa.Column('capacity_seats', sa.Integer(), nullable=False),
    sa.Column('area_m2', sa.Float(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('area_m2 >= 0', name=op.f('ck_zone_area_not_negative')),
    sa.CheckConstraint('capacity_seats >= 0', name=op.f('ck_zone_capacity_not_negative')),
    sa.ForeignKeyConstraint(['floor_id'], ['floor.id'], name=op.f('fk_zone_floor_id_floor'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_zone')),
    sa.UniqueConstraint('floor_id', 'name', name=op.f('uq_zone_floor_id_name'))
    )
    with op.batch_alter_table('zone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zone_floor_id'), ['floor_id'], unique=False)

    op.create_table('desk',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('floor_id', sa.Integer(), nullable=False),
    sa.Column('zone_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('rotation', sa.Float(), nullable=False),
    sa.Column('kind', sa.Enum('fixed', 'hot', 'office', name='desk_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('features', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('features >= 0 AND features <= 15', name=op.f('ck_desk_features_known')),
    sa.CheckConstraint('length(code) > 0', name=op.f('ck_desk_code_not_empty')),
    sa.CheckConstraint('rotation >= 0 AND rotation < 360', name=op.f('ck_desk_rotation_range')),
    sa.ForeignKeyConstraint(['floor_id'], ['floor.id'], name=op.f('fk_desk_floor_id_floor'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_desk_site_id_site'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['zone_id'], ['zone.id'], name=op.f('fk_desk_zone_id_zone'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_desk')),
    sa.UniqueConstraint('site_id', 'code', name=op.f('uq_desk_site_id_code'))
    )
    with op.batch_alter_table('desk', schema=None) as batch_op:
        batch_op.create_index('ix_desk_floor_code', ['floor_id', 'code'], unique=False)
        batch_op.create_index(batch_op.f('ix_desk_floor_id'), ['floor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_desk_zone_id'), ['zone_id'], unique=False)

    op.create_table('assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('desk_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('desk_shared', sa.Boolean(), nullable=False),
    sa.Column('move_plan_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('end_date IS NULL OR end_date >= start_date', name=op.f('ck_assignment_date_order')),
    sa.ForeignKeyConstraint(['desk_id'], ['desk.id'], name=op.f('fk_assignment_desk_id_desk'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['move_plan_id'], ['move_plan.id'], name=op.f('fk_assignment_move_plan_id_move_plan'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_assignment_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignment'))
    )
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.create_index('ix_assignment_desk_dates', ['desk_id', 'start_date'], unique=False)
        batch_op.create_index('ix_assignment_person_dates', ['person_id', 'start_date'], unique=False)

    op.create_table('planned_move',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('to_desk_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_planned_move_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['move_plan.id'], name=op.f('fk_planned_move_plan_id_move_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_desk_id'], ['desk.id'], name=op.f('fk_planned_move_to_desk_id_desk'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planned_move')),
    sa.UniqueConstraint('plan_id', 'person_id', name=op.f('uq_planned_move_plan_id_person_id'))
    )
    with op.batch_alter_table('planned_move', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_planned_move_plan_id'), ['plan_id'], unique=False)
    # The overlap rules live in the database (triggers / exclusion constraints).
    guards.install(op.get_bind())


def downgrade() -> None:
    guards.uninstall(op.get_bind())
    with op.batch_alter_table('planned_move', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_planned_move_plan_id'))

    op.drop_table('planned_move')
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.drop_index('ix_assignment_person_dates')
        batch_op.drop_index('ix_assignment_desk_dates')

    op.drop_table('assignment')
    with op.batch_alter_table('desk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_desk_zone_id'))
        batch_op.drop_index(batch_op.f('ix_desk_floor_id'))
        batch_op.drop_index('ix_desk_floor_code')

    op.drop_table('desk')
    with op.batch_alter_table('zone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zone_floor_id'))

    op.drop_table('zone')
    with op.batch_alter_table('task_renewal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_renewal_task_id'))

    op.drop_table('task_renewal')
    with op.batch_alter_table('task_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_member_person_id'))

    op.drop_table('task_member')
    op.drop_table('research_task')
    with op.batch_alter_table('floor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_floor_building_id'))

    op.drop_table('floor')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organisation_id'))

    op.drop_table('person')
    with op.batch_alter_table('building', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_building_site_id'))

    op.drop_table('building')
    op.drop_table('agreement_document')
    op.drop_table('site')
    op.drop_table('renewal_cycle')
    op.drop_table('organisation')
    op.drop_table('move_plan')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entity')

    op.drop_table('audit_entry')
