"""Electronic signatures on agreement PDFs (PAdES with pyHanko), and checking them.

Each party signs in its own signature field — KT first, then KAIST — and
each signature is an incremental update of the file as it was, so the earlier signature
keeps covering exactly the bytes it signed. The visible stamp names the signer, the
institution and the time in Korean or English, drawn by reportlab with the bundled Nanum
Gothic (planner.export.signature_stamp), so it reads on machines without a Korean font and
needs no HarfBuzz; it stands in the stamp box the signature block reserves for the party.

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

from planner.errors import ValidationError
from planner.export.signature_stamp import StampText, stamp_pdf

PARTIES = ("kt", "kaist")
FIELDS = {"kt": "Signature_KT", "kaist": "Signature_KAIST"}
PARTY_LABELS = {
    "ko": {"kt": "갑 (KT)", "kaist": "을 (KAIST)"},
    "en": {"kt": "Party A (KT)", "kaist": "Party B (KAIST)"},
}
STAMP_HEADING = {"ko": "전자서명 · %s", "en": "Signed electronically · %s"}
STAMP_LABELS = {"ko": ("서명자", "기관", "일시"), "en": ("Signer", "Institution", "Time")}
# pyHanko logs a failed path to an untrusted root with its traceback, and fontTools every
# font table it leaves out of a subset; the verdict says it in words. Without a handler of
# their own, Python's last-resort handler would print those to the user's terminal.
for _noisy in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
    logging.getLogger(_noisy).addHandler(logging.NullHandler())

# Without stamp boxes in the file (one made before the signature block had them), the
# stamps sit side by side at the foot of the last page, above the page number.
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
    certificate = signer.signing_cert
    now = dt.datetime.now(dt.UTC)
    if certificate.not_valid_after < now:
        raise ValidationError.from_template(
            "p12", "%1 expired on %2: sign with a valid certificate",
            path, f"{certificate.not_valid_after:%Y-%m-%d}",
        )
    if certificate.not_valid_before > now:
        raise ValidationError.from_template(
            "p12", "%1 is valid only from %2", path, f"{certificate.not_valid_before:%Y-%m-%d}"
        )
    return signer


def certificate_names(certificate) -> tuple[str, str]:
    """(common name, organisation) of an asn1crypto certificate's subject."""
    subject = certificate.subject.native
    return str(subject.get("common_name", "")), str(subject.get("organization_name", ""))


Place = tuple[int, tuple[float, float, float, float]]
"""Where a stamp goes: (page index, (left, bottom, right, top) in points)."""


def sign_pdf(
    content: bytes,
    signer,
    party: str,
    *,
    lang: str = "ko",
    timestamper=None,
    reason: str = "",
    places: dict[str, Place] | None = None,
) -> Signed:
    """``content`` signed for ``party`` in its own field, as an incremental update.

    The first signature (KT's) also reserves the other party's empty field, so KAIST later
    signs into a field the KT signature already covers. ``places`` says where each party's
    stamp goes (the signature block's stamp boxes, planner.export.agreement_signature);
    without it, or for a field already in the file, the field's own place is used, and a file
    made before the block had stamp boxes gets the stamps side by side at the foot of its
    last page.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    if party not in PARTIES:
        raise ValidationError.from_template("party", "must be kt or kaist, not '%1'", party)
    words = "ko" if lang != "en" else "en"
    writer = IncrementalPdfFileWriter(io.BytesIO(content), strict=False)
    present = {name: ref for name, _value, ref in fields.enumerate_sig_fields(writer)}
    for other in PARTIES if party == "kt" else (party,):
        if FIELDS[other] in present:
            continue
        page, box = (places or {}).get(other) or _foot_of_last_page(writer, other)
        fields.append_signature_field(
            writer, fields.SigFieldSpec(sig_field_name=FIELDS[other], on_page=page, box=box)
        )
    present = {name: ref for name, _value, ref in fields.enumerate_sig_fields(writer)}
    left, bottom, right, top = _field_rect(present[FIELDS[party]])
    signer_name, institution = certificate_names(signer.signing_cert)
    moment = dt.datetime.now().astimezone()
    stamp = stamp_style(
        StampText(
            STAMP_HEADING[words] % PARTY_LABELS[words][party],
            tuple(
                zip(
                    STAMP_LABELS[words],
                    (signer_name, institution, f"{moment:%Y-%m-%d %H:%M:%S %Z}".strip()),
                    strict=True,
                )
            ),
        ),
        right - left,
        top - bottom,
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
        metadata, signer=signer, timestamper=timestamper, stamp_style=stamp
    ).sign_pdf(writer, output=output)
    return Signed(
        content=output.getvalue(),
        field=FIELDS[party],
        signer=signer_name,
        institution=institution,
        certificate_sha256=hashlib.sha256(signer.signing_cert.dump()).hexdigest(),
        timestamped=timestamper is not None,
    )


def stamp_style(text: StampText, width: float, height: float):
    """A pyHanko stamp style that shows ``text`` as drawn by reportlab (no HarfBuzz)."""
    from pyhanko.pdf_utils import content as pdf_content
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp import StaticStampStyle

    drawn = stamp_pdf(text, width, height)

    class DrawnStamp(pdf_content.PdfContent):
        """The drawn page as a form XObject (pyHanko's ImportedPdfPage, from bytes)."""

        def render(self) -> bytes:
            reader = PdfFileReader(io.BytesIO(drawn))
            xobject = self._ensure_writer.import_page_as_xobject(reader, page_ix=0)
            self.resources.xobject["/Stamp"] = xobject
            self.box = layout.BoxConstraints(width=width, height=height)
            return b"/Stamp Do"

    return StaticStampStyle(
        background=DrawnStamp(),
        background_opacity=1.0,
        border_width=0,  # the drawing has its own
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(0),
        ),
    )


def _foot_of_last_page(writer, party: str) -> Place:
    last_page = writer.root["/Pages"]["/Count"] - 1
    page = writer.find_page_for_modification(last_page)[0].get_object()
    width = float(page["/MediaBox"][2])
    left = _MARGIN if party == "kt" else width - _MARGIN - _STAMP_WIDTH
    return last_page, (left, _BOTTOM, left + _STAMP_WIDTH, _BOTTOM + _STAMP_HEIGHT)


def _field_rect(reference) -> tuple[float, float, float, float]:
    field = reference.get_object()
    widget = field["/Kids"][0].get_object() if "/Kids" in field else field
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def stamps_on_pages(content: bytes) -> bytes:
    """A copy of ``content`` with each signature's stamp drawn into its page, to show and
    print it where a viewer leaves annotations out (Qt's PDF view and the vector printer
    draw page contents only). Not a signed file any more: the signed file stays as it is."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import enumerate_sig_fields

    places = signature_pages(content)
    if not places:
        return content
    writer = IncrementalPdfFileWriter(io.BytesIO(content), strict=False)
    for number, (name, _value, ref) in enumerate(enumerate_sig_fields(writer)):
        field = ref.get_object()
        if name not in places or "/AP" not in field or "/N" not in field["/AP"]:
            continue
        appearance = field["/AP"]["/N"]
        if not isinstance(appearance, generic.StreamObject):
            continue
        left, bottom, right, top = _field_rect(ref)
        corners = [float(v) for v in appearance.get("/BBox", (0, 0, 1, 1))]
        # Any two opposite corners (pyHanko writes [0 height width 0]); no /Matrix is set.
        x1, x2 = sorted(corners[0::2])
        y1, y2 = sorted(corners[1::2])
        scale_x, scale_y = (right - left) / ((x2 - x1) or 1), (top - bottom) / ((y2 - y1) or 1)
        resource = f"/Stamp{number}"
        drawing = generic.StreamObject(
            stream_data=b"q %g 0 0 %g %g %g cm %s Do Q"
            % (scale_x, scale_y, left - x1 * scale_x, bottom - y1 * scale_y, resource.encode())
        )
        writer.add_stream_to_page(
            places[name][0],
            writer.add_object(drawing),
            resources=generic.DictionaryObject(
                {
                    generic.pdf_name("/XObject"): generic.DictionaryObject(
                        {generic.pdf_name(resource): field["/AP"].raw_get("/N")}
                    )
                }
            ),
        )
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def signature_pages(content: bytes) -> dict[str, tuple[int, float]]:
    """Signature field -> (index of the page its stamp stands on, points from the top of that
    page to the top of the stamp): where to look."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        reader = PdfFileReader(io.BytesIO(content), strict=False)
        page_of = {}
        for index in range(int(reader.root["/Pages"]["/Count"])):
            page = reader.find_page_for_modification(index)[0].get_object()
            height = float(page["/MediaBox"][3])
            annotations = page.get("/Annots", [])
            for position in range(len(annotations)):
                page_of[annotations.raw_get(position).idnum] = (index, height)
        found = {}
        for name, _value, ref in enumerate_sig_fields(reader):
            if ref.idnum in page_of:
                index, height = page_of[ref.idnum]
                found[name] = (index, height - _field_rect(ref)[3])
        return found
    except Exception:  # noqa: BLE001 - a damaged file: verify_pdf says what is wrong
        return {}


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
