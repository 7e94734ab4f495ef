"""Performance indicators (성과지표) of a task in one year, and their comparison with last year.

A KPI belongs to one task renewal; last year's line of a KPI is the one of the same task in the
previous year's cycle with the same name (:func:`kpi_rows` puts it beside this year's).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import validation as v
from planner.errors import ValidationError
from planner.models import TaskKpi, TaskRenewal
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record
from planner.services.renewals import ensure_editable
from planner.services.research_queries import KpiRow, kpi_rows  # noqa: F401 - re-exported

LIMIT = 1e15


def _fields(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "name" in values:
        out["name"] = v.text("name", values["name"], max_len=200, required=True)
    if "name_en" in values:
        out["name_en"] = v.text("name_en", values["name_en"] or "", max_len=200)
    if "unit" in values:
        out["unit"] = v.text("unit", values["unit"], max_len=40)
    if "unit_en" in values:
        out["unit_en"] = v.text("unit_en", values["unit_en"] or "", max_len=40)
    if "target" in values:
        out["target"] = v.number("target", values["target"], minimum=-LIMIT, maximum=LIMIT)
    if "actual" in values:
        actual = values["actual"]
        out["actual"] = (
            None if actual in (None, "") else v.number("actual", actual, minimum=-LIMIT, maximum=LIMIT)
        )
    return out


def add_kpi(session: Session, renewal_id: int, **values: Any) -> TaskKpi:
    renewal = get(session, TaskRenewal, renewal_id, "task renewal")
    ensure_editable(renewal.cycle)
    fields = _fields(values)
    if "name" not in fields:
        raise ValidationError.from_template("name", "is required")
    if "target" not in fields:
        raise ValidationError.from_template("target", "is required")
    if session.scalar(select(TaskKpi.id).where(TaskKpi.renewal_id == renewal_id,
                                               TaskKpi.name == fields["name"])):
        raise ValidationError.from_template(
            "name", "%1 already has a KPI named %2", renewal.task.code, fields["name"]
        )
    kpi = TaskKpi(renewal_id=renewal_id, **{"unit": "", "name_en": "", "unit_en": "", **fields})
    session.add(kpi)
    flush(session, "KPI")
    record(session, "create", "task_kpi", kpi.id, "name", None,
           f"{renewal.task.code} {renewal.cycle.year} {kpi.name}")
    return kpi


def update_kpi(session: Session, kpi_id: int, **values: Any) -> TaskKpi:
    kpi = get(session, TaskKpi, kpi_id, "KPI")
    ensure_editable(kpi.renewal.cycle)
    apply_changes(session, kpi, "task_kpi", _fields(values))
    flush(session, "KPI")
    return kpi


def remove_kpi(session: Session, kpi_id: int) -> None:
    kpi = get(session, TaskKpi, kpi_id, "KPI")
    ensure_editable(kpi.renewal.cycle)
    record(session, "delete", "task_kpi", kpi.id, "name",
           f"{kpi.renewal.task.code} {kpi.renewal.cycle.year} {kpi.name}", None)
    session.delete(kpi)
    flush(session, "KPI")
