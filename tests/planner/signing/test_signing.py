"""Signing the demo's 2025 agreement as KT and then KAIST, and checking the signatures
(issue #19): a test PKI and a local timestamp authority made here, the real pyHanko, the
real CLI in a child process for `planner verify`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.errors import StateError, ValidationError
from planner.models import AgreementDocument, AgreementSignature, AuditEntry, CycleStatus
from planner.services import renewals
from planner.services.agreements import check_agreement_file
from planner.services.signatures import sign_agreement
from planner.signing import load_certificates, load_signer, verify_pdf
from tests.planner.signing.pki import PASSWORD, make_pki
from tests.planner.factories import tick_review

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def agreed(db):
    with db.sessions() as session, session.begin():
        cycle = renewals.cycle_by_year(session, 2025)
        tick_review(session, cycle.id)
        renewals.advance_cycle(session, cycle.id, CycleStatus.CONSULTATION)
        renewals.advance_cycle(session, cycle.id, CycleStatus.AGREED)
    return db


def _sign(db, pki, party, path, **kwargs):
    who = pki.kt if party == "kt" else pki.kaist
    signer = load_signer(pki.p12(who, party), PASSWORD)
    with db.sessions() as session, session.begin():
        signature = sign_agreement(session, 2025, "ko", party, signer, path, **kwargs)
        return signature.signer, signature.certificate_sha256, signature.document.sha256


def _roots(pki):
    return load_certificates([pki.pem(pki.root, "root")])


def test_kt_then_kaist_sign_and_both_signatures_verify_and_the_cycle_becomes_signed(
    agreed, pki, tmp_path
):
    out = tmp_path / "agreement-2025-signed.pdf"
    kt_name, kt_fingerprint, kt_sha = _sign(agreed, pki, "kt", out)
    assert kt_name == "김케이티"
    kaist_name, _, kaist_sha = _sign(agreed, pki, "kaist", out)
    assert kaist_name == "이카이스트" and kaist_sha != kt_sha

    checks = verify_pdf(out.read_bytes(), _roots(pki))
    assert [(c.field, c.signer, c.institution) for c in checks] == [
        ("Signature_KT", "김케이티", "KT 융합기술원"),
        ("Signature_KAIST", "이카이스트", "한국과학기술원"),
    ]
    assert all(c.intact and c.trusted for c in checks)
    # KT's signature covers the file as KT signed it; KAIST's update came after, as a form
    # filling (a signature), which is what the parties agreed to.
    assert checks[0].coverage == "ENTIRE_REVISION" and checks[1].coverage == "ENTIRE_FILE"
    assert checks[0].modification_level == "FORM_FILLING"

    with agreed.sessions() as session, session.begin():
        rows = session.scalars(select(AgreementSignature).order_by(AgreementSignature.id)).all()
        assert [(r.party, r.certificate_sha256) for r in rows][0] == ("kt", kt_fingerprint)
        assert rows[1].document.sha256 == kaist_sha and rows[1].document.stage == "signed"
        audited = session.scalars(
            select(AuditEntry.new_value).where(AuditEntry.action == "sign")
        ).all()
        assert kt_sha in audited and kaist_sha in audited and kt_fingerprint in audited
        assert check_agreement_file(session, 2025, out).issued
        cycle = renewals.cycle_by_year(session, 2025)
        renewals.advance_cycle(session, cycle.id, CycleStatus.SIGNED)
        assert cycle.status == CycleStatus.SIGNED
        assert (cycle.signatory_kt, cycle.signatory_kaist) == ("김케이티", "이카이스트")
        assert cycle.signed_on == rows[1].signed_at.date()


def test_a_flipped_byte_breaks_the_signature_and_verify_exits_non_zero_naming_it(
    agreed, pki, tmp_path
):
    out = tmp_path / "signed.pdf"
    _sign(agreed, pki, "kt", out)
    content = bytearray(out.read_bytes())
    at = content.index(b"stream\n", 2000) + 200  # inside a page's content, in the signed range
    content[at] ^= 0x01
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(bytes(content))
    result = _cli("verify", str(broken), "--json", "--trust", str(pki.pem(pki.root, "root")))
    assert result.returncode == 3, result.stderr
    [check] = json.loads(result.stdout)
    assert check["field"] == "Signature_KT" and check["intact"] is False
    assert set(check) >= {
        "field", "signer", "institution", "signed_at", "intact", "trusted", "coverage",
        "modification_level", "timestamp",
    }
    good = _cli("verify", str(out), "--json", "--trust", str(pki.pem(pki.root, "root")))
    assert good.returncode == 0 and json.loads(good.stdout)[0]["intact"] is True


def test_an_unknown_root_is_untrusted_in_plain_words(agreed, pki, tmp_path):
    out = tmp_path / "signed.pdf"
    _sign(agreed, pki, "kt", out)
    [check] = verify_pdf(out.read_bytes(), load_certificates([pki.pem(pki.stranger_root, "x")]))
    assert check.intact and not check.trusted
    assert "authority you trust" in check.explanation
    plain = _cli("verify", str(out), "--trust", str(pki.pem(pki.stranger_root, "x")))
    assert plain.returncode == 3 and "BAD Signature_KT" in plain.stdout
    assert "Traceback" not in plain.stderr


def test_b_t_with_the_local_timestamp_authority_validates_with_its_time(agreed, pki, tmp_path):
    out = tmp_path / "signed.pdf"
    _sign(agreed, pki, "kt", out, timestamper=pki.timestamper())
    [check] = verify_pdf(out.read_bytes(), _roots(pki))
    assert check.good and check.timestamp is not None and check.signed_at == check.timestamp


def test_refusals_a_draft_kaist_first_a_foreign_file_a_second_signature_a_wrong_password(
    db, pki, tmp_path
):
    out = tmp_path / "signed.pdf"
    with pytest.raises(StateError, match="only an agreed agreement"):
        _sign(db, pki, "kt", out)
    assert not out.exists()
    with db.sessions() as session, session.begin():
        cycle = renewals.cycle_by_year(session, 2025)
        tick_review(session, cycle.id)
        renewals.advance_cycle(session, cycle.id, CycleStatus.CONSULTATION)
        renewals.advance_cycle(session, cycle.id, CycleStatus.AGREED)
    with pytest.raises(StateError, match="KT signs first"):
        _sign(db, pki, "kaist", out)
    _sign(db, pki, "kt", out)
    with pytest.raises(StateError, match="already signed"):
        _sign(db, pki, "kt", tmp_path / "again.pdf")
    other = tmp_path / "other.pdf"
    shutil.copy(out, other)
    with other.open("ab") as file:
        file.write(b"\n% appended\n")
    with pytest.raises(ValidationError, match="not the copy KT signed"):
        _sign(db, pki, "kaist", other)
    with pytest.raises(ValidationError, match="password is wrong"):
        load_signer(pki.p12(pki.kt, "kt"), "not the password")
    with db.sessions() as session:
        assert session.scalar(select(AgreementSignature.party)) == "kt"
        assert len(session.scalars(select(AgreementSignature)).all()) == 1


def test_the_visible_stamp_is_drawn_in_korean(agreed, pki, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is not installed")
    out = tmp_path / "signed.pdf"
    _sign(agreed, pki, "kt", out)
    _sign(agreed, pki, "kaist", out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "서명자: 김케이티" in text and "서명자: 이카이스트" in text
    assert "기관: 한국과학기술원" in text


def test_the_cli_signs_with_the_password_from_the_environment(agreed, pki, tmp_path):
    out = tmp_path / "cli-signed.pdf"
    database = tmp_path / "demo.sqlite3"
    agreed.close()
    result = _cli(
        "sign", "agreement", "--year", "2025", "--lang", "ko", "--party", "kt",
        "--p12", str(pki.p12(pki.kt, "kt")), "-o", str(out), "--database", str(database),
        env={"PLANNER_P12_PASSWORD": PASSWORD},
    )
    assert result.returncode == 0, result.stderr
    assert "Signed" in result.stdout and "PAdES B-B" in result.stdout
    with_password_argument = _cli("sign", "agreement", "--help")
    assert "--password" not in with_password_argument.stdout
    [check] = verify_pdf(out.read_bytes(), _roots(pki))
    assert check.good


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = dict(os.environ) | {"PYTHONPATH": str(ROOT)} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "lab_planner", *args],
        capture_output=True, text=True, env=environment, timeout=300, cwd=ROOT,
    )
