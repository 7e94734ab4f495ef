"""Signing an agreement as KT, then as KAIST, and keeping each signature on the record.

Only a frozen agreement (the cycle *agreed*) can be signed: what is signed is the frozen
copy, byte for byte the one ``planner export agreement`` gives. KT signs first, into a new
file; KAIST signs that very file (its bytes must be the copy KT signed, as recorded), as an
incremental update, so both signatures stay valid. Each signed file gets its own agreement
record (found again by its sha256, ``export agreement --check`` knows it) and a signature row
with the signer's certificate fingerprint; both join the audit log's hash chain. When both
parties have signed, moving the cycle to *signed* takes its date and signatories from the
signatures (planner.services.renewals.advance_cycle).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db import actor_of
from planner.errors import StateError, ValidationError
from planner.models import AgreementDocument, AgreementSignature, RenewalCycle
from planner.models.enums import CycleStatus
from planner.services._common import flush
from planner.services.agreements import (
    agreement_cycle,
    agreement_pdf,
    language_of,
    record_document,
)
from planner.services.audit import record

STAGE_AFTER = {"kt": "kt-signed", "kaist": "signed"}


def sign_agreement(
    session: Session,
    year: int,
    lang: str,
    party: str,
    signer,
    path: str | Path,
    *,
    timestamper=None,
) -> AgreementSignature:
    """Sign the frozen agreement of ``year`` in ``lang`` for ``party`` into ``path``.

    As KT: the frozen copy is signed into ``path``. As KAIST: ``path`` must hold the copy KT
    signed; KAIST's signature is added to it. ``signer`` comes from planner.signing.load_signer.
    """
    from planner.export.output import write_atomically
    from planner.signing import PARTIES, sign_pdf

    if party not in PARTIES:
        raise ValidationError.from_template("party", "must be kt or kaist, not '%1'", party)
    language = language_of(lang)
    cycle = agreement_cycle(session, year)
    if cycle.status != CycleStatus.AGREED:
        raise StateError.from_template(
            "only an agreed agreement can be signed; the %1 cycle is %2", year, cycle.status.value
        )
    done = {s.party: s for s in signatures_of(session, cycle, lang)}
    if party in done:
        raise StateError.from_template(
            "%1 has already signed the %2 agreement (%3): %4",
            party.upper(), year, language.value, done[party].signer,
        )
    target = Path(path)
    places: dict = {}  # where the signature block's stamp boxes are
    if party == "kt":
        base_document, content = agreement_pdf(session, year, language.value, places=places)
    else:
        if "kt" not in done:
            raise StateError.from_template(
                "KT signs first: the %1 agreement (%2) has no KT signature yet", year, language.value
            )
        try:
            content = target.read_bytes()
        except OSError as error:
            raise ValidationError.from_template(
                "file", "%1 cannot be read (%2)", target, error.strerror
            ) from None
        if hashlib.sha256(content).hexdigest() != done["kt"].document.sha256:
            raise ValidationError.from_template(
                "file",
                "%1 is not the copy KT signed (its bytes differ from the recorded sha256 %2)",
                target, done["kt"].document.sha256,
            )
        base_document = done["kt"].document
    signed = sign_pdf(
        content, signer, party, lang=language.value, timestamper=timestamper,
        reason=f"KT-KAIST AI·SW {year} renewal agreement", places=places,
    )
    document = record_document(
        session, cycle, language, signed.content, version=base_document.version,
        snapshot_id=base_document.snapshot_id, stage=STAGE_AFTER[party],
    )
    signature = AgreementSignature(
        document_id=document.id,
        party=party,
        field=signed.field,
        signer=signed.signer[:200],
        institution=signed.institution[:200],
        certificate_sha256=signed.certificate_sha256,
        timestamped=signed.timestamped,
        created_by=actor_of(session),
    )
    session.add(signature)
    flush(session, f"signature of {party.upper()} on the {year} agreement")
    write_atomically(target, signed.content)
    record(session, "sign", "agreement_document", document.id, "sha256", None, document.sha256)
    record(
        session, "sign", "agreement_signature", signature.id, "certificate_sha256", None,
        signature.certificate_sha256,
    )
    return signature


def signatures_of(
    session: Session, cycle: RenewalCycle, lang: str | None = None
) -> list[AgreementSignature]:
    """The signatures recorded on ``cycle``'s agreement files (of ``lang``), oldest first."""
    query = (
        select(AgreementSignature)
        .join(AgreementDocument, AgreementDocument.id == AgreementSignature.document_id)
        .where(AgreementDocument.cycle_id == cycle.id)
        .order_by(AgreementSignature.id)
    )
    if lang is not None:
        query = query.where(AgreementDocument.language == language_of(lang))
    return list(session.scalars(query))


def signing_evidence(
    session: Session, cycle: RenewalCycle
) -> tuple[dt.date, str, str] | None:
    """(day, KT signer, KAIST signer) when one file carries both parties' signatures."""
    by_language: dict[str, dict[str, AgreementSignature]] = {}
    for signature in signatures_of(session, cycle):
        by_language.setdefault(signature.document.language.value, {})[signature.party] = signature
    for parties in by_language.values():
        if "kt" in parties and "kaist" in parties:
            return parties["kaist"].signed_at.date(), parties["kt"].signer, parties["kaist"].signer
    return None
