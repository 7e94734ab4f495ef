"""The agreement's editable copies and its comparison table, made off the main thread.

Every function opens its own Session (ui.background's rule) and calls the same services as
``planner export agreement --format`` and ``planner export comparison``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from ui.documents import actions

Sessions = sessionmaker[Session]


@dataclass(frozen=True)
class AgreementDocument:
    pdf: bytes
    file_name: str
    year: int
    lang: str


@dataclass(frozen=True)
class ComparisonDocument:
    pdf: bytes
    file_name: str
    year: int
    lang: str
    against: int | None  # the year compared with, or None when
    version: int | None  # a version of the same year is


def agreement(sessions: Sessions, year: int, lang: str) -> AgreementDocument:
    built = actions.agreement(sessions, year, lang)
    return AgreementDocument(built.data, built.file_name, year, lang)


def write_agreement_copy(sessions: Sessions, year: int, lang: str, fmt: str, path: Path) -> None:
    from planner.services.agreement_copies import export_agreement_copy  # noqa: PLC0415

    with sessions() as session, session.begin():
        export_agreement_copy(session, year, lang, fmt, path)


def comparison_document(sessions: Sessions, year: int, lang: str) -> ComparisonDocument:
    """The comparison of the agreement of ``year`` with last year's, as PDF."""
    from planner.services.agreement_copies import (  # noqa: PLC0415
        comparison_file,
        comparison_file_name,
        comparison_of,
    )

    with sessions() as session, session.begin():
        comparison = comparison_of(session, year, lang)
        pdf = comparison_file(comparison, "pdf")
    old = comparison.old.data
    return ComparisonDocument(
        pdf,
        comparison_file_name(comparison, "pdf"),
        year,
        lang,
        against=None if comparison.same_year else old.year,
        version=old.version if comparison.same_year else None,
    )


def write_comparison(
    sessions: Sessions,
    year: int,
    lang: str,
    fmt: str,
    path: Path,
    *,
    against: int | None = None,
    version: int | None = None,
) -> None:
    from planner.services.agreement_copies import export_comparison  # noqa: PLC0415

    with sessions() as session, session.begin():
        export_comparison(session, year, lang, fmt, path, against=against, version=version)
