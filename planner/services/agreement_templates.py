"""The agreement's wording, kept in the database and shared by everyone on a server.

Each save is a new version per language (never an edit of an old one); the newest version is
the one in use, and without any the shipped file is (version 0). Wording is checked before it
is stored — parsed, filled in from a sample agreement and paired with the other language —
so a stored template can always make an agreement. An agreed agreement keeps the wording it
was frozen with, whatever is saved later.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner import validation as v
from planner.db import actor_of
from planner.errors import InvalidTransition, NotFound, ValidationError
from planner.export.agreement_data import TemplateText
from planner.export.templates import shipped_text
from planner.models import AgreementTemplate
from planner.models.agreements import TEMPLATE_LANGUAGES
from planner.services._common import flush
from planner.services.audit import record


def _language(lang: str) -> str:
    if lang not in TEMPLATE_LANGUAGES:
        raise ValidationError.from_template("language", "must be ko or en, not '%1'", lang)
    return lang


def latest_template(session: Session, lang: str) -> AgreementTemplate | None:
    return session.scalars(
        select(AgreementTemplate)
        .where(AgreementTemplate.language == _language(lang))
        .order_by(AgreementTemplate.version.desc())
        .limit(1)
    ).first()


def current_template(session: Session, lang: str) -> TemplateText:
    """The wording in use for ``lang``: the newest stored version, else the shipped one (0)."""
    latest = latest_template(session, lang)
    if latest is None:
        return TemplateText(0, shipped_text(lang))
    return TemplateText(latest.version, latest.body)


def current_templates(session: Session) -> dict[str, TemplateText]:
    return {lang: current_template(session, lang) for lang in TEMPLATE_LANGUAGES}


def template_history(session: Session, lang: str) -> Sequence[AgreementTemplate]:
    return session.scalars(
        select(AgreementTemplate)
        .where(AgreementTemplate.language == _language(lang))
        .order_by(AgreementTemplate.version.desc())
    ).all()


def check_wording(texts: Mapping[str, str], sources: Mapping[str, str] | None = None) -> None:
    """Raise TemplateError unless ``texts`` ({'ko': …, 'en': …}) can make an agreement in
    every language; ``sources`` names the texts in the message (e.g. the files given)."""
    from planner.export.agreement_wording import check_templates, sample_data

    check_templates(dict(texts), sample_data(), dict(sources or {}))


def save_templates(
    session: Session,
    texts: Mapping[str, str],
    note: str = "",
    sources: Mapping[str, str] | None = None,
) -> list[AgreementTemplate]:
    """Store ``texts`` ({'ko': …, 'en': …}, either or both) as new versions of the languages
    whose wording changed; the result pairs with the other language as in use. Returns the new
    versions (none when nothing changed)."""
    for lang in texts:
        _language(lang)
    note = v.text("note", note, max_len=500)
    in_use = current_templates(session)
    wanted = {lang: texts.get(lang, in_use[lang].text) for lang in TEMPLATE_LANGUAGES}
    check_wording(wanted, sources)
    created = []
    for lang in TEMPLATE_LANGUAGES:
        if lang not in texts or texts[lang] == in_use[lang].text:
            continue
        version = (
            session.scalar(
                select(func.max(AgreementTemplate.version)).where(
                    AgreementTemplate.language == lang
                )
            )
            or 0
        ) + 1
        row = AgreementTemplate(
            language=lang,
            version=version,
            body=texts[lang],
            sha256=hashlib.sha256(texts[lang].encode("utf-8")).hexdigest(),
            note=note,
            created_by=actor_of(session),
        )
        session.add(row)
        flush(session, f"agreement template ({lang}) version {version}")  # a racing save
        record(session, "create", "agreement_template", row.id, "version", None, version)
        created.append(row)
    return created


def discard_template_version(session: Session, template_id: int) -> None:
    """Take back a saved version (undo of a save) while it is still the newest of its
    language; older versions are history and stay."""
    row = session.get(AgreementTemplate, template_id)
    if row is None:
        raise NotFound("agreement template", template_id)
    latest = latest_template(session, row.language)
    if latest is None or latest.id != row.id:
        raise InvalidTransition.from_template(
            "Version %1 of the %2 wording is no longer the newest; it cannot be taken back.",
            row.version,
            row.language,
        )
    record(session, "delete", "agreement_template", row.id, "version", row.version, None)
    session.delete(row)
    flush(session, "agreement template")
