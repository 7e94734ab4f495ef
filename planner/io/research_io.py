"""Participants, KPIs and IP disclosures as XLSX/CSV with Korean headers, and back.

Each kind has its columns (Korean title, English title: the importer takes either) and a key:
a participant is (연도, 과제코드, 이메일 — or 이름 when there is no e-mail), a KPI (연도, 과제코드,
지표명), a disclosure its 출원번호, else (신고일, 제목). An import adds what is new and changes
what differs, through the services (so every rule and the audit log apply), in the caller's
one transaction; rows equal to the database write nothing, so an export imported back is a
no-op. Columns marked *derived* (a year's total rate, last year's KPI, inventors' names) are
written for the reader and ignored on import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import validation as v
from planner.errors import NotFound, PlannerError, ValidationError
from planner.io.export import DATE, DECIMAL, INTEGER, TEXT, Column, Sheet, write_sheet
from planner.io.read_table import Table, read_table
from planner.models import IpDisclosure, IpState, ParticipantRole, TaskKpi, TaskParticipant
from planner.services import ip, kpis, participants
from planner.services.people import find_person

ROLE_KO = {
    ParticipantRole.LEAD: "책임", ParticipantRole.CO: "공동",
    ParticipantRole.MEMBER: "참여", ParticipantRole.STUDENT: "학생",
}
STATE_KO = {
    IpState.DISCLOSED: "신고", IpState.FILED: "출원",
    IpState.REGISTERED: "등록", IpState.ABANDONED: "포기",
}
KINDS = ("participants", "kpis", "ip")


@dataclass(frozen=True)
class Field:
    key: str
    ko: str
    en: str
    kind: str = TEXT
    derived: bool = False  # export only


PARTICIPANT_FIELDS = (
    Field("year", "연도", "Year", INTEGER),
    Field("task", "과제코드", "Task"),
    Field("name", "이름", "Name"),
    Field("email", "이메일", "E-mail"),
    Field("role", "역할", "Role in the task"),
    Field("rate", "참여율(%)", "Rate (%)", INTEGER),
    Field("start", "참여 시작", "From", DATE),
    Field("end", "참여 종료", "Until", DATE),
    Field("total", "연간 참여율 합계(%)", "Year's total (%)", INTEGER, derived=True),
)
KPI_FIELDS = (
    Field("year", "연도", "Year", INTEGER),
    Field("task", "과제코드", "Task"),
    Field("name", "지표명", "KPI"),
    Field("name_en", "영문 지표명", "KPI in English"),
    Field("unit", "단위", "Unit"),
    Field("unit_en", "영문 단위", "Unit in English"),
    Field("target", "목표", "Target", DECIMAL),
    Field("actual", "실적", "Actual", DECIMAL),
    Field("last_target", "전년 목표", "Last year's target", DECIMAL, derived=True),
    Field("last_actual", "전년 실적", "Last year's actual", DECIMAL, derived=True),
)
IP_FIELDS = (
    Field("title", "제목", "Title"),
    Field("title_en", "영문 제목", "English title"),
    Field("date", "신고일", "Disclosed on", DATE),
    Field("inventor_emails", "발명자 이메일", "Inventors' e-mails"),
    Field("inventors", "발명자", "Inventors", derived=True),
    Field("tasks", "과제", "Tasks"),
    Field("kt", "KT 지분(%)", "KT share (%)", INTEGER),
    Field("kaist", "KAIST 지분(%)", "KAIST share (%)", INTEGER),
    Field("filing_no", "출원번호", "Filing no."),
    Field("state", "상태", "State"),
    Field("notes", "비고", "Notes"),
)
FIELDS = {"participants": PARTICIPANT_FIELDS, "kpis": KPI_FIELDS, "ip": IP_FIELDS}
SHEET_NAMES = {"participants": "참여연구원", "kpis": "성과지표", "ip": "지식재산"}


def _number(value: float | None) -> int | float | None:
    """Whole figures as integers, so a CSV reads "3", not "3.0"."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def sheet(session: Session, kind: str, year: int | None = None) -> Sheet:
    fields = FIELDS[kind]
    columns = tuple(Column(f.ko, f.kind) for f in fields)
    if kind == "participants":
        loads: dict[tuple[int, int], int] = {}
        rows = []
        for r in participants.participant_rows(session, year):
            key = (r.person_id, r.year)
            if key not in loads:
                loads[key] = participants.person_load(session, r.person_id, r.year)
            rows.append((r.year, r.task_code, r.name_ko, r.email or "", ROLE_KO[r.role], r.rate_pct,
                         r.period_start, r.period_end, loads[key]))
    elif kind == "kpis":
        rows = [
            (r.year, r.task_code, r.name, r.name_en, r.unit, r.unit_en, _number(r.target),
             _number(r.actual),
             _number(r.last_target), _number(r.last_actual))
            for r in kpis.kpi_rows(session, year)
        ]
    else:
        from planner.models import Person

        rows = []
        for r in ip.ip_rows(session):
            emails = [session.get(Person, i).email or "" for i in r.inventor_ids]
            rows.append((r.title, r.title_en, r.disclosed_on, ", ".join(emails),
                         ", ".join(r.inventors), ", ".join(r.task_codes), r.kt_share_pct,
                         r.kaist_share_pct, r.filing_no or "", STATE_KO[r.state], r.notes))
    return Sheet(SHEET_NAMES[kind], columns, rows)


def export(session: Session, kind: str, path: str | Path, year: int | None = None) -> int:
    data = sheet(session, kind, year)
    write_sheet(data, path)
    return len(data.rows)


@dataclass(frozen=True)
class ImportResult:
    added: int
    changed: int
    unchanged: int


def _columns(table: Table, fields: Sequence[Field]) -> dict[str, int]:
    """field key -> column index, by the Korean or English title."""
    titles = {h.strip().casefold(): i for i, h in enumerate(table.headers)}
    found = {}
    for f in fields:
        for title in (f.ko, f.en):
            if title.casefold() in titles:
                found[f.key] = titles[title.casefold()]
                break
        else:
            if not f.derived and f.key not in ("email", "title_en", "notes", "filing_no", "unit", "name_en", "unit_en",
                                                "actual", "start", "end", "inventors"):
                raise ValidationError.from_template(
                    "file", "%1 has no column %2 (%3)", table.source, f.ko, f.en
                )
    return found


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _label(value: Any, labels: dict, enum_cls, field: str):
    text = _text(value)
    for member, ko in labels.items():
        if text in (ko, member.value):
            return member
    raise ValidationError.from_template(field, "unknown value '%1'", text)


def import_file(session: Session, kind: str, path: str | Path) -> ImportResult:
    """Import one file of ``kind`` in the caller's transaction; the first bad row stops it with
    its row number (nothing is kept: the caller rolls back)."""
    table = read_table(path)
    columns = _columns(table, FIELDS[kind])
    apply: Callable[[Session, dict[str, Any]], str] = {
        "participants": _participant, "kpis": _kpi, "ip": _disclosure,
    }[kind]
    counts = {"added": 0, "changed": 0, "unchanged": 0}
    for row in table.rows:
        cells = {key: row.get(index) for key, index in columns.items()}
        if all(_text(value) == "" for value in cells.values()):
            continue
        try:
            counts[apply(session, cells)] += 1
        except PlannerError as error:  # a broken rule, named with its row
            raise ValidationError.from_template(
                f"row {row.number}", "%1", error
            ) from error
    return ImportResult(**counts)


def _person(session: Session, cells: dict[str, Any], key: str = "email", name: str = "name"):
    query = _text(cells.get(key)) or _text(cells.get(name))
    person = find_person(session, query) if query else None
    if person is None:
        raise NotFound("person", query)
    return person


def _participant(session: Session, cells: dict[str, Any]) -> str:
    year = v.integer("year", cells["year"], minimum=2000, maximum=2200)
    renewal = participants.renewal_of(session, _text(cells["task"]), year)
    person = _person(session, cells)
    values = {
        "role": _label(cells["role"], ROLE_KO, ParticipantRole, "role"),
        "rate_pct": v.integer("rate_pct", cells["rate"], minimum=1, maximum=100),
    }
    for key, field in (("start", "period_start"), ("end", "period_end")):
        if _text(cells.get(key)):
            values[field] = v.day(field, cells[key])
    row = session.scalars(select(TaskParticipant).where(
        TaskParticipant.renewal_id == renewal.id, TaskParticipant.person_id == person.id)).first()
    if row is None:
        participants.add_participant(session, renewal.id, person.id, **values)
        return "added"
    changes = {k: val for k, val in values.items() if getattr(row, k) != val}
    if not changes:
        return "unchanged"
    participants.update_participant(session, row.id, **changes)
    return "changed"


def _kpi(session: Session, cells: dict[str, Any]) -> str:
    year = v.integer("year", cells["year"], minimum=2000, maximum=2200)
    renewal = participants.renewal_of(session, _text(cells["task"]), year)
    name = v.text("kpi_name", _text(cells["name"]), max_len=200, required=True)
    values = {
        "unit": _text(cells.get("unit")),
        "name_en": _text(cells.get("name_en")),
        "unit_en": _text(cells.get("unit_en")),
        "target": v.number("target", cells["target"], minimum=-kpis.LIMIT, maximum=kpis.LIMIT),
        "actual": None if _text(cells.get("actual")) == "" else v.number(
            "actual", cells["actual"], minimum=-kpis.LIMIT, maximum=kpis.LIMIT),
    }
    row = session.scalars(select(TaskKpi).where(TaskKpi.renewal_id == renewal.id,
                                                TaskKpi.name == name)).first()
    if row is None:
        kpis.add_kpi(session, renewal.id, name=name, **values)
        return "added"
    changes = {k: val for k, val in values.items() if getattr(row, k) != val}
    if not changes:
        return "unchanged"
    kpis.update_kpi(session, row.id, **changes)
    return "changed"


def _split(value: Any) -> list[str]:
    return [part.strip() for part in _text(value).replace(";", ",").split(",") if part.strip()]


def _disclosure(session: Session, cells: dict[str, Any]) -> str:
    values: dict[str, Any] = {
        "title": v.text("title", _text(cells["title"]), max_len=300, required=True),
        "title_en": _text(cells.get("title_en")),
        "disclosed_on": v.day("disclosed_on", cells["date"], required=True),
        "kt_share_pct": v.integer("kt_share_pct", cells["kt"], minimum=0, maximum=100),
        "kaist_share_pct": v.integer("kaist_share_pct", cells["kaist"], minimum=0, maximum=100),
        "filing_no": _text(cells.get("filing_no")) or None,
        "state": _label(cells["state"], STATE_KO, IpState, "상태"),
        "notes": _text(cells.get("notes")),
    }
    inventors = []
    for query in _split(cells.get("inventor_emails")):
        person = find_person(session, query)
        if person is None:
            raise NotFound("person", query)
        inventors.append(person.id)
    tasks = ip.task_ids(session, _split(cells.get("tasks")))
    if values["filing_no"]:
        row = session.scalars(select(IpDisclosure).where(
            IpDisclosure.filing_no == values["filing_no"])).first()
    else:
        row = session.scalars(select(IpDisclosure).where(
            IpDisclosure.disclosed_on == values["disclosed_on"],
            IpDisclosure.title == values["title"])).first()
    if row is None:
        ip.add_disclosure(session, inventor_ids=inventors, task_ids=tasks, **values)
        return "added"
    changes = {k: val for k, val in values.items() if getattr(row, k) != val}
    same_inventors = [i.person_id for i in row.inventors] == inventors
    same_tasks = sorted(t.task_id for t in row.tasks) == sorted(tasks)
    if not changes and same_inventors and same_tasks:
        return "unchanged"
    ip.update_disclosure(session, row.id, inventor_ids=None if same_inventors else inventors,
                         task_ids=None if same_tasks else tasks, **changes)
    return "changed"
