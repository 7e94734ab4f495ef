"""The renewal agreement PDF on the demo institute: text, watermark, fonts, versions."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import shutil

import pytest
from sqlalchemy import select

from planner.demo.create import create_demo
from planner.export.agreement import build_agreement
from planner.export.korean import won_in_words
from planner.models import AgreementDocument, CycleStatus, Language
from planner.services import renewals
from planner.services.documents import agreement_data, export_agreement
from planner.storage import open_database
from tests.planner.export.pdfcheck import fonts_embedded, squeezed, text_of

TODAY = dt.date(2025, 11, 25)
ARTICLES = [
    "제1조(목적)",
    "제2조(연구과제)",
    "제3조(연구기간)",
    "제4조(연구비)",
    "제5조(연구공간및연구인프라)",
    "제6조(지식재산권)",
    "제7조(비밀유지)",
    "제8조(협약의변경)",
    "제9조(협약서의언어)",
    "제10조(기타)",
]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("agreement") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    return path


@pytest.fixture
def db(demo_path, tmp_path):
    """A private copy of the demo, so tests that change data do not disturb the others."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_path, copy)
    database = open_database(copy, actor="tester")
    yield database
    database.close()


@pytest.fixture(scope="module")
def data(demo_path):
    database = open_database(demo_path)
    with database.sessions() as session:
        yield agreement_data(session, 2025, today=TODAY)
    database.close()


@pytest.fixture(scope="module")
def korean(data):
    return build_agreement(data, "ko", 1)


def test_korean_agreement_reads_as_an_agreement(korean, data):
    text = squeezed(text_of(korean))
    for article in ARTICLES:
        assert article in text
    assert squeezed("KT-KAIST AI·SW 연구소 공동연구 갱신 협약서") in text
    assert "주식회사케이티" in text and "한국과학기술원" in text and "2021년" in text
    assert squeezed("2025년 3월 1일부터 2026년 2월 28일까지") in text
    assert squeezed(won_in_words(data.total_krw)) in text
    assert "(단위:천원)" in text and "별표1." in text and "별표2." in text
    assert "각각1부씩보관한다" in text and "(인)" in text
    for task in data.tasks:
        assert task.code in text
        assert squeezed(task.title_ko) in text
        assert task.pi_ko in text
    assert f"{data.total_krw // 1000:,}" in text  # the total in 천원
    assert "KT-KAIST-AISW-2025-01" in text and "버전1" in text
    assert "-1/5-" in text or "-1/6-" in text  # page numbers as "- 1 / N -"


def test_annexes_list_concluded_tasks_without_budget_and_the_changes(korean, data):
    text = text_of(korean)
    concluded = [t for t in data.tasks if t.concluded]
    assert concluded and all(t.code in text for t in concluded)
    assert "종료" in text and "신규" in text and "변경사유" in squeezed(text)
    assert "GPU 실험 확대에 따른 연구비 증액" in text  # a reason from 별표 2
    assert data.total_krw == sum(t.budget_krw for t in data.tasks if not t.concluded)


def test_draft_has_a_watermark_and_an_agreed_cycle_has_none(db, korean):
    assert "DRAFT" in text_of(korean) and "초안" in text_of(korean)
    with db.sessions() as session, session.begin():
        cycle = renewals.cycle_by_year(session, 2025)
        renewals.advance_cycle(session, cycle.id, CycleStatus.CONSULTATION)
        renewals.advance_cycle(session, cycle.id, CycleStatus.AGREED)
        agreed = build_agreement(agreement_data(session, 2025, today=TODAY), "ko", 1)
    text = text_of(agreed)
    assert "DRAFT" not in text and "초안" not in text
    assert "제1조(목적)" in squeezed(text)


def test_signed_cycle_prints_the_date_and_signatories(data):
    signed = dataclasses.replace(
        data,
        status=CycleStatus.SIGNED,
        signed_on=dt.date(2025, 2, 20),
        signatory_kt="KT 융합기술원장 홍길동",
        signatory_kaist="KAIST 연구원장 김철수",
    )
    text = text_of(build_agreement(signed, "ko", 2))
    assert (
        "2025년 2월 20일" in text and "홍길동" in text and "김철수" in text and "DRAFT" not in text
    )


def test_english_and_bilingual_editions(data):
    english = squeezed(text_of(build_agreement(data, "en", 1)))
    assert "Article1(Purpose)" in english and "Article9(Prevailinglanguage)" in english
    assert "KRW11,010,000,000" in english or f"KRW{data.total_krw:,}" in english
    assert "from1March2025to28February2026" in english and "Annex1." in english
    assert "F-01" in english and "I-05" in english
    both = squeezed(text_of(build_agreement(data, "both", 1)))
    assert "제1조(목적)" in both and "Article1(Purpose)" in both
    assert squeezed(won_in_words(data.total_krw)) in both and "Doc.No." in both


def test_same_data_gives_the_same_bytes(data):
    assert build_agreement(data, "ko", 1) == build_agreement(data, "ko", 1)
    assert build_agreement(data, "both", 3) == build_agreement(data, "both", 3)


@pytest.mark.parametrize("lang", ["ko", "en", "both"])
def test_every_font_is_embedded(data, lang):
    fonts = fonts_embedded(build_agreement(data, lang, 1))
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)


def test_version_is_reused_for_the_same_data_and_raised_when_it_changes(db, tmp_path):
    out = tmp_path / "a.pdf"
    with db.sessions() as session, session.begin():
        first = export_agreement(session, 2025, "ko", out, today=TODAY)
        first_bytes = out.read_bytes()
    assert (first.version, first.created_by) == (1, "tester")
    with db.sessions() as session, session.begin():
        again = export_agreement(session, 2025, "ko", out, today=TODAY)
    assert (again.id, again.version, again.sha256) == (first.id, 1, first.sha256)
    assert out.read_bytes() == first_bytes
    with db.sessions() as session, session.begin():
        renewal = renewals.cycle_by_year(session, 2025).renewals[0]
        renewals.update_task_renewal(
            session, renewal.id, budget_krw=renewal.budget_krw + 10_000_000
        )
    with db.sessions() as session, session.begin():
        changed = export_agreement(session, 2025, "ko", out, today=TODAY)
        english = export_agreement(session, 2025, "en", tmp_path / "e.pdf", today=TODAY)
    assert changed.version == 2 and changed.sha256 != first.sha256
    assert english.version == 1  # versions count per language
    assert "버전2" in squeezed(text_of(out))
    with db.sessions() as session:
        rows = session.scalars(
            select(AgreementDocument).where(AgreementDocument.language == Language.KO)
        ).all()
    assert [r.version for r in rows] == [1, 2]
    assert not list(tmp_path.glob("*.part"))  # nothing left over from the atomic write


def test_command_writes_the_file(demo_path, tmp_path, capsys):
    from planner.commands.agreement_cmd import run_agreement

    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_path, copy)
    out = tmp_path / "agreement.pdf"
    args = argparse.Namespace(year=2025, lang="both", output=str(out), database=str(copy))
    assert run_agreement(args) == 0
    assert out.read_bytes().startswith(b"%PDF") and "version 1" in capsys.readouterr().out


def test_command_errors_are_planner_errors(demo_path, tmp_path):
    from planner.commands.agreement_cmd import run_agreement
    from planner.errors import NotFound, ValidationError

    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_path, copy)
    with pytest.raises(NotFound):
        run_agreement(
            argparse.Namespace(
                year=1999, lang="ko", output=str(tmp_path / "x.pdf"), database=str(copy)
            )
        )
    with pytest.raises(ValidationError, match="does not exist"):
        run_agreement(
            argparse.Namespace(
                year=2025, lang="ko", output=str(tmp_path / "no" / "x.pdf"), database=str(copy)
            )
        )


def test_first_year_on_record_says_annex_2_has_nothing_to_compare(db):
    """Without last year's cycle, 별표 2 must not list every task as new."""
    with db.sessions() as session:
        first = agreement_data(session, 2024, today=TODAY)
    assert first.comparison.previous_year is None
    annex2 = squeezed(text_of(build_agreement(first, "ko", 1))).split("별표2.")[-1]
    assert "전년도협약자료가없어비교하지아니함" in annex2
    assert "신규" not in annex2 and "F-01" not in annex2
    english = squeezed(text_of(build_agreement(first, "en", 1))).split("Annex2.")[-1]
    assert "Noagreementofthepreviousyearonrecordtocomparewith" in english
