"""Where the stamps stand and how they are drawn (issue #19): in the stamp boxes of the
agreement's signature block (KT left, KAIST right, on the page of the block, not the foot of
the last page), KAIST's field reserved by KT's signature, the words real text drawn without
HarfBuzz; a file without stamp boxes still gets its stamps at the foot of its last page."""

from __future__ import annotations

import io
import subprocess

import pytest

from planner.models import CycleStatus
from planner.services import renewals
from planner.services.agreements import agreement_pdf
from planner.services.signatures import sign_agreement
from planner.signing import FIELDS, load_certificates, load_signer, sign_pdf, verify_pdf
from tests.planner.signing.pki import PASSWORD, make_pki
from tests.planner.factories import tick_review


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def agreed(db):
    with db.sessions() as session, session.begin():
        cycle = renewals.cycle_by_year(session, 2025)
        tick_review(session, cycle.id)  # the review before agreement done
        renewals.advance_cycle(session, cycle.id, CycleStatus.CONSULTATION)
        renewals.advance_cycle(session, cycle.id, CycleStatus.AGREED)
    return db


def _fields(content: bytes) -> dict[str, tuple[int, tuple[float, ...], bool]]:
    """Signature field -> (page index, rect, signed?) as a PDF reader finds them."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = PdfFileReader(io.BytesIO(content), strict=False)
    page_of = {}
    for index in range(_page_count(reader)):
        page = reader.find_page_for_modification(index)[0].get_object()
        annotations = page.get("/Annots", [])
        for position in range(len(annotations)):
            page_of[annotations.raw_get(position).idnum] = index
    found = {}
    for name, value, ref in enumerate_sig_fields(reader):
        widget = ref.get_object()
        rect = tuple(float(v) for v in widget["/Rect"])
        found[name] = (page_of[ref.idnum], rect, value is not None)
    return found


def _page_count(reader) -> int:
    return int(reader.root["/Pages"]["/Count"])


def _page_text(pdf, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-f", str(page + 1), "-l", str(page + 1), str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout


def _sign(db, pki, party, path):
    who = pki.kt if party == "kt" else pki.kaist
    signer = load_signer(pki.p12(who, party), PASSWORD)
    with db.sessions() as session, session.begin():
        sign_agreement(session, 2025, "ko", party, signer, path)


def test_the_stamps_stand_in_the_signature_blocks_boxes_kt_left_kaist_right(agreed, pki, tmp_path):
    out = tmp_path / "signed.pdf"
    _sign(agreed, pki, "kt", out)
    after_kt = _fields(out.read_bytes())
    # KT's signature reserved KAIST's field too, empty, at KAIST's box.
    assert set(after_kt) == {FIELDS["kt"], FIELDS["kaist"]}
    assert after_kt[FIELDS["kt"]][2] is True and after_kt[FIELDS["kaist"]][2] is False
    _sign(agreed, pki, "kaist", out)
    fields = _fields(out.read_bytes())
    kt_page, kt_box, _ = fields["Signature_KT"]
    kaist_page, kaist_box, _ = fields["Signature_KAIST"]
    assert kt_page == kaist_page and (kt_page, kt_box) == after_kt["Signature_KT"][:2]
    assert kt_box[2] <= kaist_box[0]  # KT left of KAIST, side by side
    assert abs(kt_box[1] - kaist_box[1]) < 0.5 and kt_box[3] - kt_box[1] > 40
    # The page of the block (its "(인)" seal boxes), not the last page: the annexes follow.
    with agreed.sessions() as session:
        pages = _page_count_of(agreement_pdf(session, 2025, "ko")[1])
    assert kt_page < pages - 1
    text = _page_text(out, kt_page)
    assert "(인)" in text and "서명자: 김케이티" in text and "서명자: 이카이스트" in text
    assert "기관: KT 융합기술원" in text and "기관: 한국과학기술원" in text
    # The stamps lie under the block's words, not over them: nothing printed was covered.
    assert all(check.good for check in verify_pdf(out.read_bytes(), _roots(pki)))


def _page_count_of(content: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return _page_count(PdfFileReader(io.BytesIO(content), strict=False))


def _roots(pki):
    return load_certificates([pki.pem(pki.root, "root")])


def test_a_file_without_stamp_boxes_gets_its_stamps_at_the_foot_of_its_last_page(pki, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in (1, 2):
        canvas.drawString(72, 720, f"page {number}")
        canvas.showPage()
    canvas.save()
    signer = load_signer(pki.p12(pki.kt, "kt"), PASSWORD)
    signed = sign_pdf(buffer.getvalue(), signer, "kt", lang="en")
    fields = _fields(signed.content)
    assert fields["Signature_KT"][0] == 1 and fields["Signature_KAIST"][0] == 1
    assert fields["Signature_KT"][1][1] < 120  # at the foot
    path = tmp_path / "plain.pdf"
    path.write_bytes(signed.content)
    text = _page_text(path, 1)
    assert "Signer: 김케이티" in text and "Institution: KT 융합기술원" in text
    [check] = verify_pdf(signed.content, _roots(pki))
    assert check.good


def test_the_stamp_needs_no_harfbuzz(agreed, pki, tmp_path, monkeypatch):
    """The bundle leaves uharfbuzz out: signing must work where it cannot be imported."""
    import builtins

    real_import = builtins.__import__

    def without_harfbuzz(name, *args, **kwargs):
        if name.split(".")[0] == "uharfbuzz":
            raise ImportError("uharfbuzz is not in the bundle")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_harfbuzz)
    out = tmp_path / "signed.pdf"
    _sign(agreed, pki, "kt", out)
    [check] = verify_pdf(out.read_bytes(), _roots(pki))
    assert check.good and check.signer == "김케이티"


def test_an_expired_certificate_is_refused_before_anything_is_written(agreed, pki, tmp_path):
    from planner.errors import ValidationError

    with pytest.raises(ValidationError, match="expired on"):
        load_signer(pki.p12(pki.expired, "expired"), PASSWORD)
