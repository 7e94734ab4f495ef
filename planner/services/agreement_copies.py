"""Editable copies of the agreement (HWPX, DOCX) and its 신구대조표.

* :func:`agreement_copy` / :func:`export_agreement_copy`: the agreement of a year in a
  format; PDF goes through :func:`planner.services.agreements.export_agreement` (its version
  record), an editable copy is built from the same data (a frozen year: its snapshot) and its
  hand-out is an audit entry with the file's sha256.
* :func:`comparison_sides` / :func:`comparison_of` / :func:`export_comparison`: the agreement
  of a year compared with last year's (or an earlier year's), or with another version of
  itself — each side its frozen snapshot, or today's data for a year not frozen.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.errors import NotFound, ValidationError
from planner.export.comparison import AgreementComparison, Side, compare_agreements
from planner.export.story import FORMATS, SUFFIX
from planner.models import AgreementSnapshot, RenewalCycle
from planner.services.agreements import (
    _cycle,
    agreement_of,
    export_agreement,
    language_of,
    snapshot_data,
)
from planner.services.audit import record

COMPARISON_LANGUAGES = ("ko", "en")


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")  # the CLI and the window offer only these
    return fmt


def agreement_copy(
    session: Session,
    year: int,
    lang: str,
    fmt: str,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> tuple[bytes, int, str]:
    """(bytes, version, stage) of the agreement of ``year`` in ``lang`` as ``fmt`` ('hwpx'
    or 'docx'; a PDF is made and recorded by ``export_agreement``)."""
    from planner.export.agreement import build_agreement_copy

    language_of(lang)
    check_format(fmt)
    data, issue, _snapshot = agreement_of(session, year, now=now, today=today)
    return build_agreement_copy(data, lang, issue, fmt), data.version, issue.stage


def export_agreement_copy(
    session: Session,
    year: int,
    lang: str,
    fmt: str,
    path: str | Path,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> tuple[int, str, str]:
    """Write the agreement of ``year`` as ``fmt`` to ``path``: (version, stage, sha256)."""
    from planner.export.output import write_atomically

    if check_format(fmt) == "pdf":
        document = export_agreement(session, year, lang, path, today=today, now=now)
        return document.version, document.stage, document.sha256
    content, version, stage = agreement_copy(session, year, lang, fmt, today=today, now=now)
    digest = write_atomically(path, content)
    cycle = _cycle(session, year)
    # Beside the PDFs' "agreement_document" entries, out of the cycle's own history tab.
    record(session, "issue", "agreement_copy", cycle.id, f"{fmt}_{lang}_v{version}", None, digest)
    return version, stage, digest


# --- the 신구대조표 -------------------------------------------------------------------------


def _version_snapshot(session: Session, cycle: RenewalCycle, version: int) -> AgreementSnapshot:
    snapshot = session.scalars(
        select(AgreementSnapshot).where(
            AgreementSnapshot.cycle_id == cycle.id, AgreementSnapshot.version == version
        )
    ).first()
    if snapshot is None:
        raise NotFound("agreement version", f"{cycle.year} v{version}")
    return snapshot


def comparison_sides(
    session: Session,
    year: int,
    *,
    against: int | None = None,
    version: int | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> tuple[Side, Side]:
    """(old, new): the agreement of ``year`` as every copy of it is made (new), and either
    the frozen ``version`` of the same year, or the agreement of ``against`` (default: the
    latest year before ``year``), as its copies are made (old)."""
    if against is not None and version is not None:
        raise ValueError("compare with another year or another version, not both")
    data, issue, _snapshot = agreement_of(session, year, now=now, today=today)
    new = Side(data, issue.draft)
    if version is not None:
        if version == data.version:
            raise ValidationError.from_template(
                "version", "%1 is the version being compared; name another one", version
            )
        snapshot = _version_snapshot(session, _cycle(session, year), version)
        return Side(snapshot_data(snapshot), False), new
    if against is None:
        against = session.scalar(
            select(RenewalCycle.year)
            .where(RenewalCycle.year < year)
            .order_by(RenewalCycle.year.desc())
            .limit(1)
        )
        if against is None:
            raise ValidationError.from_template(
                "against", "there is no agreement before %1 to compare with", year
            )
    if against == year:
        raise ValidationError.from_template(
            "against", "%1 is the year being compared; name another year", year
        )
    old_data, old_issue, _old = agreement_of(session, against, now=now, today=today)
    return Side(old_data, old_issue.draft), new


def comparison_of(
    session: Session,
    year: int,
    lang: str = "ko",
    *,
    against: int | None = None,
    version: int | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> AgreementComparison:
    if lang not in COMPARISON_LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")  # the CLI and the window offer ko, en
    old, new = comparison_sides(
        session, year, against=against, version=version, today=today, now=now
    )
    return compare_agreements(old, new, lang)


def comparison_file(comparison: AgreementComparison, fmt: str) -> bytes:
    from planner.export.comparison import comparison_story
    from planner.export.formats import render

    return render(comparison_story(comparison), check_format(fmt))


def comparison_file_name(comparison: AgreementComparison, fmt: str) -> str:
    old, new = comparison.old.data, comparison.new.data
    against = f"v{old.version}" if comparison.same_year else str(old.year)
    return f"comparison-{new.year}-v{new.version}-{against}-{comparison.lang}{SUFFIX[fmt]}"


def export_comparison(
    session: Session,
    year: int,
    lang: str,
    fmt: str,
    path: str | Path,
    *,
    against: int | None = None,
    version: int | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> AgreementComparison:
    """Write the 신구대조표 of ``year`` to ``path`` as ``fmt``. It is a reading aid, not a
    contract document, so it is not recorded: anyone who may read the agreements may make it."""
    from planner.export.output import write_atomically

    comparison = comparison_of(
        session, year, lang, against=against, version=version, today=today, now=now
    )
    write_atomically(path, comparison_file(comparison, fmt))
    return comparison
