"""Each printable document built to PDF bytes with the planner's own builders.

Every function opens its own Session, so it can run on a worker thread (ui.background).
Heavy imports (reportlab through the builders) wait until a document is asked for.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

Sessions = sessionmaker[Session]


@dataclass(frozen=True)
class BuiltDocument:
    data: bytes
    file_name: str  # suggested for Save as…


def seating_chart(
    sessions: Sessions,
    floor: str,
    day: dt.date,
    paper: str = "A3",
    *,
    lang: str = "ko",
    tiles: str = "auto",
) -> BuiltDocument:
    from planner.export.reports.seating import build_seating_chart  # noqa: PLC0415
    from planner.services import documents  # noqa: PLC0415

    with sessions() as session:
        plan = documents.floor_plan(session, floor, day)
    data = build_seating_chart(plan, paper, lang=lang, tiles=tiles)
    name = f"seating-{_slug(floor)}-{day.isoformat()}-{paper.upper()}-{lang}.pdf"
    return BuiltDocument(data, name)


def roster(sessions: Sessions, day: dt.date, by: str = "floor") -> BuiltDocument:
    from planner.export.reports.roster import build_roster  # noqa: PLC0415
    from planner.services import documents  # noqa: PLC0415

    with sessions() as session:
        site = documents.site_name(session)
        data = build_roster(documents.roster_rows(session, day), day, by=by, site=site)
    return BuiltDocument(data, f"roster-{day.isoformat()}.pdf")


def name_plates(sessions: Sessions, day: dt.date, floor: str | None = None) -> BuiltDocument:
    from planner.export.reports.nameplates import build_nameplates  # noqa: PLC0415
    from planner.services import documents  # noqa: PLC0415

    with sessions() as session:
        site = documents.site_name(session)
        data = build_nameplates(documents.name_plates(session, day, floor), day, site=site)
    where = f"-{_slug(floor)}" if floor else ""
    return BuiltDocument(data, f"nameplates{where}-{day.isoformat()}.pdf")


def occupancy(sessions: Sessions, day: dt.date) -> BuiltDocument:
    from planner.export.reports.occupancy import build_occupancy  # noqa: PLC0415
    from planner.services import documents  # noqa: PLC0415

    with sessions() as session:
        data = build_occupancy(documents.occupancy_report(session, day))
    return BuiltDocument(data, f"occupancy-{day.isoformat()}.pdf")


def renewal_summary(sessions: Sessions, year: int) -> BuiltDocument:
    from planner.export.reports.renewals import build_renewal_summary  # noqa: PLC0415
    from planner.services import documents  # noqa: PLC0415

    with sessions() as session:
        site = documents.site_name(session)
        data = build_renewal_summary(documents.renewal_summary(session, year), site=site)
    return BuiltDocument(data, f"renewals-{year}.pdf")


def agreement(sessions: Sessions, year: int, lang: str) -> BuiltDocument:
    """The agreement through export_agreement, so its version record is kept (committed)."""
    from planner.services.agreements import export_agreement  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="planner-agreement-") as folder:
        path = Path(folder) / "agreement.pdf"
        with sessions() as session, session.begin():
            document = export_agreement(session, year, lang, path)
            version = document.version
        data = path.read_bytes()
    return BuiltDocument(data, f"agreement-{year}-{lang}-v{version}.pdf")


def floor_names(sessions: Sessions) -> list[str]:
    """Floors by level, as their names (what ``find_floor`` accepts)."""
    from sqlalchemy import select  # noqa: PLC0415

    from planner.models import Floor  # noqa: PLC0415

    with sessions() as session:
        return list(session.scalars(select(Floor.name).order_by(Floor.level, Floor.id)))


def cycle_years(sessions: Sessions) -> list[int]:
    from planner.services import renewals  # noqa: PLC0415

    with sessions() as session:
        return [cycle.year for cycle in renewals.list_cycles(session)]


def _slug(text: str) -> str:
    return "".join(char if char.isalnum() else "-" for char in str(text)).strip("-") or "floor"
