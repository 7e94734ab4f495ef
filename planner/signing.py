"""Electronic signatures on agreement PDFs (PAdES with pyHanko), and checking them.

Each party signs in its own signature field on the last page — KT first, then KAIST — and
each signature is an incremental update of the file as it was, so the earlier signature
keeps covering exactly the bytes it signed. The visible stamp names the signer, the
institution and the time in Korean or English, drawn with the bundled Nanum Gothic (pyHanko
embeds the subset it uses), so it reads on machines without a Korean font.

Level B-B by default; with a timestamp authority (``timestamper``: an RFC 3161 client such as
pyHanko's HTTPTimeStamper, or a local one in tests) B-T.

Verification (:func:`verify_pdf`) reports, per signature, what a partnership officer asks:
who signed for which institution and when, whether the signed bytes are intact, whether the
signer's certificate chains to a trusted root, how much of the file the signature covers and
what was changed after it. Nothing is fetched from the network: trust roots are given.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import resources
from planner.errors import ValidationError

PARTIES = ("kt", "kaist")
FIELDS = {"kt": "Signature_KT", "kaist": "Signature_KAIST"}
PARTY_LABELS = {
    "ko": {"kt": "갑 (KT)", "kaist": "을 (KAIST)"},
    "en": {"kt": "Party A (KT)", "kaist": "Party B (KAIST)"},
}
STAMP_TEXT = {
    "ko": "전자서명 · %(party)s\n서명자: %(signer)s\n기관: %(institution)s\n일시: %(ts)s",
    "en": "Signed electronically · %(party)s\nSigner: %(signer)s\n"
    "Institution: %(institution)s\nTime: %(ts)s",
}
# pyHanko logs a failed path to an untrusted root with its traceback, and fontTools every
# font table it leaves out of a subset; the verdict says it in words. Without a handler of
# their own, Python's last-resort handler would print those to the user's terminal.
for _noisy in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
    logging.getLogger(_noisy).addHandler(logging.NullHandler())

# Stamps sit side by side at the foot of the last page, above the page number.
_STAMP_WIDTH, _STAMP_HEIGHT, _MARGIN, _BOTTOM = 230.0, 62.0, 56.0, 44.0


@dataclass(frozen=True)
class Signed:
    """What signing produced: the new file and who signed it with which certificate."""

    content: bytes
    field: str
    signer: str
    institution: str
    certificate_sha256: str
    timestamped: bool


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of a file as :func:`verify_pdf` found it."""

    field: str
    signer: str
    institution: str
    signed_at: str | None
    intact: bool
    trusted: bool
    coverage: str
    modification_level: str
    timestamp: str | None
    explanation: str

    @property
    def good(self) -> bool:
        return self.intact and self.trusted

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "signer": self.signer,
            "institution": self.institution,
            "signed_at": self.signed_at,
            "intact": self.intact,
            "trusted": self.trusted,
            "coverage": self.coverage,
            "modification_level": self.modification_level,
            "timestamp": self.timestamp,
            "explanation": self.explanation,
        }


def load_signer(p12: str | Path, passphrase: str | None):
    """The key and certificate in a PKCS#12 file (.p12/.pfx), or a clear refusal."""
    from pyhanko.sign import signers

    path = Path(p12)
    if not path.is_file():
        raise ValidationError.from_template("p12", "%1 does not exist", path)
    try:
        signer = signers.SimpleSigner.load_pkcs12(
            str(path), passphrase=passphrase.encode("utf-8") if passphrase else None
        )
    except Exception:  # noqa: BLE001 - pyHanko and cryptography raise several kinds
        signer = None
    if signer is None:
        raise ValidationError.from_template(
            "p12",
            "%1 cannot be opened: the password is wrong or it is not a PKCS#12 (.p12/.pfx) "
            "certificate file",
            path,
        )
    return signer


def certificate_names(certificate) -> tuple[str, str]:
    """(common name, organisation) of an asn1crypto certificate's subject."""
    subject = certificate.subject.native
    return str(subject.get("common_name", "")), str(subject.get("organization_name", ""))


def sign_pdf(
    content: bytes,
    signer,
    party: str,
    *,
    lang: str = "ko",
    timestamper=None,
    reason: str = "",
) -> Signed:
    """``content`` signed for ``party`` in its own field, as an incremental update."""
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    if party not in PARTIES:
        raise ValidationError.from_template("party", "must be kt or kaist, not '%1'", party)
    words = "ko" if lang != "en" else "en"
    writer = IncrementalPdfFileWriter(io.BytesIO(content), strict=False)
    last_page = writer.root["/Pages"]["/Count"] - 1
    page = writer.find_page_for_modification(last_page)[0].get_object()
    width = float(page["/MediaBox"][2])
    left = _MARGIN if party == "kt" else width - _MARGIN - _STAMP_WIDTH
    box = (left, _BOTTOM, left + _STAMP_WIDTH, _BOTTOM + _STAMP_HEIGHT)
    fields.append_signature_field(
        writer, fields.SigFieldSpec(sig_field_name=FIELDS[party], on_page=last_page, box=box)
    )
    signer_name, institution = certificate_names(signer.signing_cert)
    font = GlyphAccumulatorFactory(str(resources.path("fonts", "NanumGothic.ttf")), font_size=7)
    style = TextStampStyle(
        stamp_text=STAMP_TEXT[words],
        text_box_style=TextBoxStyle(font=font, font_size=7, leading=9),  # as the font engine
        # Left-aligned inside a margin, shrunk when a long name would not fit the box.
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(left=6, right=6, top=4, bottom=4),
            inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT,
        ),
        timestamp_format="%Y-%m-%d %H:%M:%S %Z",
        border_width=1,
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELDS[party],
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        name=signer_name or None,
    )
    output = io.BytesIO()
    signers.PdfSigner(
        metadata, signer=signer, timestamper=timestamper, stamp_style=style
    ).sign_pdf(
        writer,
        output=output,
        appearance_text_params={
            "party": PARTY_LABELS[words][party],
            "institution": institution,
        },
    )
    return Signed(
        content=output.getvalue(),
        field=FIELDS[party],
        signer=signer_name,
        institution=institution,
        certificate_sha256=hashlib.sha256(signer.signing_cert.dump()).hexdigest(),
        timestamped=timestamper is not None,
    )


def load_certificates(paths: list[str | Path]) -> list:
    """asn1crypto certificates from PEM or DER files (trust roots)."""
    from asn1crypto import pem, x509

    found = []
    for name in paths:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ValidationError.from_template(
                "trust", "%1 cannot be read (%2)", path, error.strerror
            ) from None
        try:
            if pem.detect(data):
                found += [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, True)]
            else:
                found.append(x509.Certificate.load(data))
            for certificate in found:
                certificate.native  # noqa: B018 - parse now, so a bad file is named here
        except Exception:  # noqa: BLE001 - asn1crypto raises ValueError, TypeError, …
            raise ValidationError.from_template(
                "trust", "%1 is not a certificate (PEM or DER)", path
            ) from None
    return found


def verify_pdf(content: bytes, trust_roots: list) -> list[SignatureCheck]:
    """Every signature of the PDF ``content``, checked against ``trust_roots`` only."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(content), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception:  # noqa: BLE001 - a file that is not a readable PDF
        raise ValidationError.from_template(
            "file", "is not a PDF that can be read (damaged or not a PDF)"
        ) from None
    checks = []
    for embedded in signatures:
        context = ValidationContext(
            trust_roots=trust_roots, allow_fetching=False, revocation_mode="soft-fail"
        )
        try:
            status = validate_pdf_signature(embedded, context)
        except Exception as error:  # noqa: BLE001 - a signature too damaged to evaluate
            checks.append(
                SignatureCheck(
                    field=embedded.field_name, signer="", institution="", signed_at=None,
                    intact=False, trusted=False, coverage="NONE",
                    modification_level="UNKNOWN", timestamp=None,
                    explanation=f"the signature cannot be checked: {error}",
                )
            )
            continue
        signer, institution = certificate_names(status.signing_cert)
        stamp = status.timestamp_validity
        timestamp = _iso(stamp.timestamp) if stamp is not None else None
        intact = bool(status.intact and status.valid)
        trusted = bool(status.trusted)
        checks.append(
            SignatureCheck(
                field=embedded.field_name,
                signer=signer,
                institution=institution,
                signed_at=timestamp or _iso(status.signer_reported_dt),
                intact=intact,
                trusted=trusted,
                coverage=status.coverage.name if status.coverage else "NONE",
                modification_level=status.modification_level.name
                if status.modification_level
                else "UNKNOWN",
                timestamp=timestamp,
                explanation=_explain(intact, trusted, status),
            )
        )
    return checks


def _explain(intact: bool, trusted: bool, status) -> str:
    if not intact:
        return "the file was changed after this signature: what was signed is not what you have"
    if not trusted:
        return (
            "the signature matches the file, but the signer's certificate does not come from "
            "an authority you trust (add its root certificate with --trust)"
        )
    later = status.modification_level.name if status.modification_level else ""
    if later not in ("NONE", "LTA_UPDATES", "FORM_FILLING"):
        return f"valid, but the file was changed after signing ({later})"
    return "valid: the file is as signed, by a trusted certificate"


def _iso(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
