"""The agreement as a contract record: its data, its freezing, the files handed out.

* :func:`live_data` gathers what a cycle's agreement says from today's records (a draft).
* :func:`freeze_agreement` stores that data as a snapshot (JSON + sha256) when the cycle
  becomes *agreed*; :func:`unfreeze_agreement` marks it unfrozen, with who, when and why, when
  the cycle goes back to consultation. The next freeze is the next version.
* :func:`agreement_of` is what every export, print and preview builds from: the frozen
  snapshot from *agreed* on, the live data before.
* :func:`export_agreement` writes a file and keeps its record (version, language, stage,
  sha256; every hand-out an audit entry); :func:`check_agreement_file` says whether a file is
  one we issued, and which.
* the signature blocks (:func:`set_party`) and the committed seats are recorded on the cycle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from planner import validation as v
from planner.db import actor_of
from planner.errors import DatabaseDamaged, NotFound, ReadOnly, ValidationError
from planner.export.agreement_data import (
    SCHEMA,
    AgreementData,
    Bilingual,
    BudgetItem,
    Party,
    TaskLine,
    fingerprint,
    from_json,
    to_json,
)
from planner.models import (
    AgreementDocument,
    BudgetLine,
    AgreementParty,
    AgreementSnapshot,
    Assignment,
    CycleStatus,
    Decision,
    Language,
    RenewalCycle,
    ResearchTask,
    TaskMember,
    TaskRenewal,
)
from planner.models.agreements import PARTIES
from planner.models.seating import utcnow
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record

FROZEN_STATES = (CycleStatus.AGREED, CycleStatus.SIGNED)

# What a party's block says until the partnership staff record otherwise (the original
# agreement's parties); the names of who signs are always recorded on the cycle.
DEFAULT_PARTIES: dict[str, dict[str, str]] = {
    "kt": {
        "institution_ko": "주식회사 케이티",
        "institution_en": "KT Corporation",
        "address_ko": "경기도 성남시 분당구 불정로 90",
        "address_en": "90 Buljeong-ro, Bundang-gu, Seongnam-si, Gyeonggi-do, Republic of Korea",
        "position_ko": "대표이사",
        "position_en": "Chief Executive Officer",
    },
    "kaist": {
        "institution_ko": "한국과학기술원",
        "institution_en": "Korea Advanced Institute of Science and Technology",
        "address_ko": "대전광역시 유성구 대학로 291",
        "address_en": "291 Daehak-ro, Yuseong-gu, Daejeon, Republic of Korea",
        "position_ko": "총장",
        "position_en": "President",
    },
}
PARTY_FIELDS = (
    "institution",
    "address",
    "position",
    "name",
    "signer_position",
    "signer_name",
    "delegation",
)
PARTY_LIMITS = {"institution": 200, "address": 300, "delegation": 300}


# --- the signature blocks -------------------------------------------------------------------


def party_rows(session: Session, cycle_id: int) -> dict[str, AgreementParty]:
    rows = session.scalars(select(AgreementParty).where(AgreementParty.cycle_id == cycle_id))
    return {row.party: row for row in rows}


def _party(key: str, row: AgreementParty | None) -> Party:
    values = {**DEFAULT_PARTIES[key]}
    if row is not None:
        values = {
            f"{name}_{lang}": getattr(row, f"{name}_{lang}")
            for name in PARTY_FIELDS
            for lang in ("ko", "en")
        }
    return Party(
        key=key,
        **{
            name: Bilingual(values.get(f"{name}_ko", ""), values.get(f"{name}_en", ""))
            for name in PARTY_FIELDS
        },
    )


def parties_of(session: Session, cycle_id: int) -> tuple[Party, ...]:
    rows = party_rows(session, cycle_id)
    return tuple(_party(key, rows.get(key)) for key in PARTIES)


def signer_of(party: Party) -> str:
    """Who signs for a party, as the cycle records it: "융합기술원장 홍민수"."""
    position, name = (
        (party.signer_position, party.signer_name)
        if party.delegated
        else (party.position, party.name)
    )
    return " ".join(part for part in (position.ko, name.ko) if part)


def ensure_not_frozen(cycle: RenewalCycle) -> None:
    if cycle.status in FROZEN_STATES:
        raise ReadOnly.from_template(
            "The %1 agreement is %2 and frozen; go back to consultation (with a reason) to "
            "change it.",
            cycle.year,
            cycle.status.value,
        )


def set_party(session: Session, cycle_id: int, party: str, **values: Any) -> AgreementParty:
    """Record (part of) a party's signature block on a cycle that is not frozen."""
    cycle = get(session, RenewalCycle, cycle_id, "renewal cycle")
    ensure_not_frozen(cycle)
    if party not in PARTIES:
        raise ValidationError.from_template("party", "must be kt or kaist, not '%1'", party)
    fields: dict[str, str] = {}
    for key, value in values.items():
        name, _, lang = key.rpartition("_")
        if name not in PARTY_FIELDS or lang not in ("ko", "en"):
            raise ValidationError.from_template("party", "has no field '%1'", key)
        fields[key] = v.text(f"party_{key}", value or "", max_len=PARTY_LIMITS.get(name, 100))
    row = party_rows(session, cycle_id).get(party)
    if row is None:
        row = AgreementParty(cycle_id=cycle_id, party=party, **DEFAULT_PARTIES[party])
        session.add(row)
        flush(session, f"{party} signature block")
        record(session, "create", "agreement_party", row.id, "party", None, party)
    apply_changes(session, row, "agreement_party", fields)
    flush(session, f"{party} signature block")
    return row


def copy_parties(session: Session, source_cycle_id: int, target_cycle_id: int) -> None:
    """Next year's cycle starts with this year's signature blocks and committed seats."""
    for key, row in party_rows(session, source_cycle_id).items():
        set_party(
            session,
            target_cycle_id,
            key,
            **{
                f"{n}_{lang}": getattr(row, f"{n}_{lang}")
                for n in PARTY_FIELDS
                for lang in ("ko", "en")
            },
        )


# --- the data -------------------------------------------------------------------------------


def _line(renewal: TaskRenewal) -> TaskLine:
    task = renewal.task
    return TaskLine(
        code=task.code,
        track=task.track,
        area=task.area or "",
        title_ko=task.title_ko,
        title_en=task.title_en,
        pi_ko=task.pi.name_ko if task.pi else "",
        pi_en=(task.pi.name_en or "") if task.pi else "",
        kt_ko=task.kt_contact.name_ko if task.kt_contact else "",
        kt_en=(task.kt_contact.name_en or "") if task.kt_contact else "",
        period_start=renewal.period_start,
        period_end=renewal.period_end,
        budget_krw=renewal.budget_krw,
        headcount=renewal.headcount,
        gpu_allocation=renewal.gpu_allocation,
        decision=renewal.decision,
        reason_ko=renewal.reason,
        reason_en=renewal.reason_en,
        budget=tuple(
            BudgetItem(
                category=line.category.code, name_ko=line.category.name_ko,
                name_en=line.category.name_en, position=line.category.position,
                party=line.party, amount_krw=line.amount_krw,
                override_reason=line.override_reason,
            )
            for line in sorted(
                renewal.budget_lines,
                key=lambda line: (line.category.position, line.category.code, line.party != "kt"),
            )
        ),
    )


def agreement_cycle(session: Session, year: int) -> RenewalCycle:
    """The cycle of ``year`` with its renewals, tasks and their people loaded (NotFound)."""
    cycle = session.scalars(
        select(RenewalCycle)
        .where(RenewalCycle.year == year)
        .options(
            selectinload(RenewalCycle.renewals)
            .selectinload(TaskRenewal.task)
            .selectinload(ResearchTask.pi),
            selectinload(RenewalCycle.renewals)
            .selectinload(TaskRenewal.task)
            .selectinload(ResearchTask.kt_contact),
            selectinload(RenewalCycle.renewals)
            .selectinload(TaskRenewal.budget_lines)
            .selectinload(BudgetLine.category),
        )
    ).first()
    if cycle is None:
        raise NotFound("renewal cycle", year)
    return cycle


_cycle = agreement_cycle  # the private name other modules imported before it was public


def _lines(cycle: RenewalCycle) -> tuple[TaskLine, ...]:
    return tuple(_line(r) for r in sorted(cycle.renewals, key=lambda r: r.task.code))


def frozen_snapshot(session: Session, cycle_id: int) -> AgreementSnapshot | None:
    """The snapshot a cycle's agreement is frozen to (None while it is not frozen)."""
    return session.scalars(
        select(AgreementSnapshot).where(
            AgreementSnapshot.cycle_id == cycle_id, AgreementSnapshot.unfrozen_at.is_(None)
        )
    ).first()


def snapshot_data(snapshot: AgreementSnapshot) -> AgreementData:
    """The data of a stored snapshot, after checking that it is still what was frozen."""
    if hashlib.sha256(snapshot.payload.encode("utf-8")).hexdigest() != snapshot.sha256:
        raise DatabaseDamaged(
            f"The frozen agreement (snapshot {snapshot.id}, version {snapshot.version}) no "
            "longer matches its sha256: it was altered outside Lab Planner."
        )
    return from_json(snapshot.payload)


def _previous(session: Session, year: int) -> tuple[int | None, tuple[TaskLine, ...]]:
    """Last year's figures as agreed (its frozen snapshot), else as recorded."""
    previous = session.scalars(
        select(RenewalCycle).where(RenewalCycle.year < year).order_by(RenewalCycle.year.desc())
    ).first()
    if previous is None:
        return None, ()
    snapshot = frozen_snapshot(session, previous.id)
    if snapshot is not None:
        return previous.year, snapshot_data(snapshot).tasks
    return previous.year, _lines(agreement_cycle(session, previous.year))


def seats_of_task_members(session: Session, task_ids: list[int], day: dt.date) -> int:
    """Desks occupied on ``day`` by members of the given tasks."""
    if not task_ids:
        return 0
    members = select(TaskMember.person_id).where(TaskMember.task_id.in_(task_ids))
    return (
        session.scalar(
            select(func.count(func.distinct(Assignment.desk_id))).where(
                Assignment.person_id.in_(members),
                Assignment.start_date <= day,
                or_(Assignment.end_date.is_(None), Assignment.end_date >= day),
            )
        )
        or 0
    )


def seats_in_use(session: Session, cycle: RenewalCycle, day: dt.date) -> int:
    running = [r.task_id for r in cycle.renewals if r.decision != Decision.CONCLUDE]
    return seats_of_task_members(session, running, day)


def live_data(
    session: Session,
    year: int,
    *,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> AgreementData:
    """What the agreement of ``year`` says from today's records.

    ``now`` (UTC) is when the data is taken: a draft's CreationDate, a snapshot's freezing
    time. Seats in use are a fact counted on the first day of the research period, or on
    ``today`` while that day is still ahead; the annex states the day.
    """
    from planner.services.agreement_templates import current_templates

    cycle = agreement_cycle(session, year)
    # A freeze dated in the past (the demo's) counts as of its own day.
    today = today or (now.date() if now else dt.date.today())
    now = (now or utcnow()).replace(microsecond=0, tzinfo=None)
    starts = [r.period_start for r in cycle.renewals if r.decision != Decision.CONCLUDE]
    as_of = min(min(starts) if starts else dt.date(year, 3, 1), today)
    previous_year, previous_tasks = _previous(session, year)
    last = session.scalar(
        select(func.max(AgreementSnapshot.version)).where(AgreementSnapshot.cycle_id == cycle.id)
    )
    return AgreementData(
        year=cycle.year,
        version=(last or 0) + 1,
        taken_at=now,
        tasks=_lines(cycle),
        previous_year=previous_year,
        previous_tasks=previous_tasks,
        parties=parties_of(session, cycle.id),
        seats_committed=cycle.seats_committed,
        seats_in_use=seats_in_use(session, cycle, as_of),
        seats_as_of=as_of,
        templates=current_templates(session),
        participants=_participant_lines(session, cycle.year),
        kpis=_kpi_lines(session, cycle.year),
    )


def _participant_lines(session: Session, year: int) -> tuple:
    """The year's participants for 별표 3 (planner.services.participants' rows)."""
    from planner.export.agreement_data import ParticipantLine
    from planner.services.research_queries import participant_rows

    return tuple(
        ParticipantLine(r.task_code, r.name_ko, r.name_en, r.organisation, r.role.value,
                        r.rate_pct, r.period_start, r.period_end)
        for r in participant_rows(session, year)
    )


def _kpi_lines(session: Session, year: int) -> tuple:
    """The year's KPIs with last year's for 별표 4 (planner.services.kpis' rows)."""
    from planner.export.agreement_data import KpiLine
    from planner.services.research_queries import kpi_rows

    return tuple(
        KpiLine(r.task_code, r.name, r.unit, r.target, r.last_target, r.last_actual,
                r.name_en, r.unit_en)
        for r in kpi_rows(session, year)
    )


# --- freezing -------------------------------------------------------------------------------


def freeze_problems(session: Session, cycle: RenewalCycle) -> list:
    """Why the agreement of ``cycle`` could not be frozen as a contract (empty: it can)."""
    from planner.renewals.workflow import Problem

    problems = []
    if not cycle.seats_committed:
        problems.append(Problem("The number of desks KT provides is not recorded."))
    for party in parties_of(session, cycle.id):
        missing = [
            f"{name}_{lang}"
            for name in ("institution", "address", "position", "name")
            for lang in ("ko", "en")
            if not getattr(getattr(party, name), lang).strip()
        ]
        if party.delegated:
            missing += [
                f"{name}_{lang}"
                for name in ("signer_position", "signer_name", "delegation")
                for lang in ("ko", "en")
                if not getattr(getattr(party, name), lang).strip()
            ]
        if missing:
            problems.append(
                Problem("The %1 signature block lacks %2.", party.key.upper(), ", ".join(missing))
            )
    titles = sorted(r.task.code for r in cycle.renewals if not r.task.title_en.strip())
    if titles:
        problems.append(Problem("No English title for %1.", ", ".join(titles)))
    reasons = sorted(
        r.task.code for r in cycle.renewals if r.reason.strip() and not r.reason_en.strip()
    )
    if reasons:
        problems.append(Problem("No English reason for %1.", ", ".join(reasons)))
    return problems


def freeze_agreement(
    session: Session,
    cycle: RenewalCycle,
    *,
    at: dt.datetime | None = None,
    today: dt.date | None = None,
) -> AgreementSnapshot:
    """Store what the agreement of ``cycle`` says now as its next frozen version."""
    from planner.export.agreement_wording import filled

    data = live_data(session, cycle.year, now=at, today=today)
    for lang in ("ko", "en"):
        filled(data, lang)  # a template that cannot be filled is refused now, not at export
    payload = to_json(data)
    snapshot = AgreementSnapshot(
        cycle_id=cycle.id,
        version=data.version,
        schema=SCHEMA,
        payload=payload,
        sha256=fingerprint(data),
        frozen_at=data.taken_at,
        frozen_by=actor_of(session),
    )
    session.add(snapshot)
    flush(session, f"agreement {cycle.year} version {data.version}")
    record(session, "create", "renewal_cycle", cycle.id, "agreement_frozen", None, data.version)
    return snapshot


def unfreeze_agreement(session: Session, cycle: RenewalCycle, reason: str) -> AgreementSnapshot:
    """Mark the frozen snapshot unfrozen, with the reason; it stays on record."""
    reason = v.text("reason", reason, max_len=2000, multiline=True)
    if not reason:
        raise ValidationError.from_template("reason", "is required to unfreeze an agreement")
    snapshot = frozen_snapshot(session, cycle.id)
    if snapshot is None:
        raise NotFound("frozen agreement of cycle", cycle.year)
    snapshot.unfrozen_at = utcnow()
    snapshot.unfrozen_by = actor_of(session)
    snapshot.unfreeze_reason = reason
    flush(session, f"agreement {cycle.year} version {snapshot.version}")
    record(
        session, "update", "renewal_cycle", cycle.id, "agreement_unfrozen", snapshot.version, reason
    )
    return snapshot


def agreement_of(
    session: Session,
    year: int,
    *,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
):
    """(data, issue, snapshot) that every copy of the agreement of ``year`` is built from.

    From *agreed* on: the frozen snapshot. A cycle agreed before snapshots were kept is frozen
    at its first export, as it stands then.
    """
    from planner.export.agreement import Issue

    cycle = agreement_cycle(session, year)
    if cycle.status not in FROZEN_STATES:
        return live_data(session, year, now=now, today=today), Issue(draft=True), None
    snapshot = frozen_snapshot(session, cycle.id)
    if snapshot is None:
        snapshot = freeze_agreement(session, cycle, at=now, today=today)
    signed = cycle.signed_on if cycle.status == CycleStatus.SIGNED else None
    return snapshot_data(snapshot), Issue(draft=False, signed_on=signed), snapshot


# --- files ----------------------------------------------------------------------------------


def export_agreement(
    session: Session,
    year: int,
    lang: str,
    path: str | Path,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> AgreementDocument:
    """Write the agreement of ``year`` in ``lang`` to ``path`` and keep its record.

    A frozen agreement gives the same bytes every time (same record); a draft is taken anew
    at each export. Every hand-out is an audit entry with the file's sha256.
    """
    from planner.export.output import write_atomically

    document, pdf = agreement_pdf(session, year, lang, today=today, now=now)
    write_atomically(path, pdf)
    # Every hand-out joins the audit log's hash chain with the file's digest (the document
    # row says which version, language and stage it is): a file swapped later, or its
    # recorded digest edited, no longer matches what the chain holds.
    record(session, "issue", "agreement_document", document.id, "sha256", None, document.sha256)
    return document


def agreement_pdf(
    session: Session,
    year: int,
    lang: str,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    places: dict | None = None,
) -> tuple[AgreementDocument, bytes]:
    """The agreement of ``year`` in ``lang`` as PDF bytes, with its record (found by the
    bytes' hash, or added). Exporting writes them; signing (planner.services.signatures)
    signs them, into the stamp boxes ``places`` receives (build_agreement)."""
    from planner.export.agreement import build_agreement

    language = language_of(lang)
    data, issue, snapshot = agreement_of(session, year, now=now, today=today)
    cycle = agreement_cycle(session, year)
    pdf = build_agreement(data, language.value, issue, places=places)
    document = record_document(
        session, cycle, language, pdf, version=data.version,
        snapshot_id=snapshot.id if snapshot else None, stage=issue.stage,
    )
    return document, pdf


def language_of(lang: str) -> Language:
    try:
        return Language(lang)
    except ValueError:
        raise ValidationError.from_template(
            "lang", "must be ko, en or both, not '%1'", lang
        ) from None


def record_document(
    session: Session,
    cycle: RenewalCycle,
    language: Language,
    content: bytes,
    *,
    version: int,
    snapshot_id: int | None,
    stage: str,
) -> AgreementDocument:
    """The record of one distinct agreement file (found by its sha256, or added)."""
    digest = hashlib.sha256(content).hexdigest()
    document = session.scalars(
        select(AgreementDocument).where(
            AgreementDocument.cycle_id == cycle.id,
            AgreementDocument.language == language,
            AgreementDocument.sha256 == digest,
        )
    ).first()
    if document is None:
        document = AgreementDocument(
            cycle_id=cycle.id,
            language=language,
            version=version,
            sha256=digest,
            snapshot_id=snapshot_id,
            stage=stage,
            created_by=actor_of(session),
        )
        session.add(document)
        flush(session, f"agreement {cycle.year} ({language.value}) version {version}")
    return document


@dataclass(frozen=True)
class FileCheck:
    """What :func:`check_agreement_file` found."""

    path: str
    sha256: str
    issued: bool
    year: int | None = None
    version: int | None = None
    language: str | None = None
    stage: str | None = None
    fingerprint: str | None = None
    issued_at: dt.datetime | None = None
    issued_by: str | None = None
    claims: str | None = None  # what an unknown file says it is (its PDF keywords)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "sha256": self.sha256,
            "issued": self.issued,
            "year": self.year,
            "version": self.version,
            "language": self.language,
            "stage": self.stage,
            "fingerprint": self.fingerprint,
            "issued_at": self.issued_at.isoformat(timespec="seconds") + "Z"
            if self.issued_at
            else None,
            "issued_by": self.issued_by,
            "claims": self.claims,
        }


_KEYWORDS = re.compile(rb"/Keywords \((KT-KAIST-AISW-[^)]{0,200})\)")


def check_agreement_file(session: Session, year: int, path: str | Path) -> FileCheck:
    """Whether the file at ``path`` is an agreement of ``year`` that we issued, and which."""
    target = Path(path)
    try:
        content = target.read_bytes()
    except OSError as error:
        raise ValidationError.from_template(
            "file", "%1 cannot be read (%2)", target, error.strerror
        ) from None
    digest = hashlib.sha256(content).hexdigest()
    agreement_cycle(session, year)  # NotFound for an unknown year
    row = session.execute(
        select(AgreementDocument, RenewalCycle.year, AgreementSnapshot.sha256)
        .join(RenewalCycle, RenewalCycle.id == AgreementDocument.cycle_id)
        .outerjoin(AgreementSnapshot, AgreementSnapshot.id == AgreementDocument.snapshot_id)
        .where(AgreementDocument.sha256 == digest)
        .order_by(AgreementDocument.id)
    ).first()
    if row is None or row[1] != year:
        claims = _KEYWORDS.search(content[-20000:]) or _KEYWORDS.search(content)
        return FileCheck(
            str(target),
            digest,
            False,
            year=row[1] if row else None,
            claims=claims.group(1).decode("latin-1") if claims else None,
        )
    document, _year, snapshot_sha = row
    return FileCheck(
        path=str(target),
        sha256=digest,
        issued=True,
        year=year,
        version=document.version,
        language=document.language.value,
        stage=document.stage or None,
        fingerprint=snapshot_sha,
        issued_at=document.created_at,
        issued_by=document.created_by,
    )
