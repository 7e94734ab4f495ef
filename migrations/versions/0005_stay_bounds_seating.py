"""A person holds a desk only on days of their stay (the stay rule, in the database)

Existing assignments outside their person's stay are cut to it first — removed when not one
day of them is inside, else shortened — each change written to the audit log as the
migration's own, so that the rule holds before its triggers are installed. (An SQLite file
is copied next to itself before any upgrade; see planner.migrate.)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

from planner import guards

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

ACTOR = "migration 0005 (stays bound seating)"

# The tables as this revision knows them: later revisions may add columns.
person = sa.table(
    "person", sa.column("id"), sa.column("stay_start", sa.Date), sa.column("stay_end", sa.Date)
)
assignment = sa.table(
    "assignment",
    sa.column("id"),
    sa.column("person_id"),
    sa.column("start_date", sa.Date),
    sa.column("end_date", sa.Date),
)
audit = sa.table(
    "audit_entry",
    sa.column("at", sa.DateTime),
    sa.column("actor"),
    sa.column("action"),
    sa.column("entity"),
    sa.column("entity_id"),
    sa.column("field"),
    sa.column("old_value"),
    sa.column("new_value"),
)


def _text(day):
    return day.isoformat() if day is not None else None


def _bring_into_line(connection) -> None:
    rows = connection.execute(
        sa.select(
            assignment.c.id,
            assignment.c.start_date,
            assignment.c.end_date,
            person.c.stay_start,
            person.c.stay_end,
        )
        .join(person, person.c.id == assignment.c.person_id)
        .where(
            sa.or_(
                sa.and_(
                    person.c.stay_start.is_not(None),
                    assignment.c.start_date < person.c.stay_start,
                ),
                sa.and_(
                    person.c.stay_end.is_not(None),
                    sa.or_(
                        assignment.c.end_date.is_(None),
                        assignment.c.end_date > person.c.stay_end,
                    ),
                ),
            )
        )
        .order_by(assignment.c.id)
    ).all()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    entries = []
    for row_id, start, end, stay_start, stay_end in rows:
        first = max(start, stay_start) if stay_start is not None else start
        last = end if stay_end is None else (stay_end if end is None else min(end, stay_end))
        base = {"at": now, "actor": ACTOR, "entity": "assignment", "entity_id": row_id}
        if last is not None and last < first:
            connection.execute(sa.delete(assignment).where(assignment.c.id == row_id))
            entries.append(
                {
                    **base,
                    "action": "delete",
                    "field": "desk",
                    "old_value": f"outside the stay ({_text(start)} – {_text(end) or '…'})",
                    "new_value": None,
                }
            )
            continue
        connection.execute(
            sa.update(assignment)
            .where(assignment.c.id == row_id)
            .values(start_date=first, end_date=last)
        )
        if first != start:
            entries.append(
                {
                    **base,
                    "action": "update",
                    "field": "start_date",
                    "old_value": _text(start),
                    "new_value": _text(first),
                }
            )
        if last != end:
            entries.append(
                {
                    **base,
                    "action": "update",
                    "field": "end_date",
                    "old_value": _text(end),
                    "new_value": _text(last),
                }
            )
    if entries:
        connection.execute(sa.insert(audit), entries)


def upgrade() -> None:
    connection = op.get_bind()
    _bring_into_line(connection)
    guards.install_stay_rule(connection)


def downgrade() -> None:
    guards.uninstall_stay_rule(op.get_bind())
