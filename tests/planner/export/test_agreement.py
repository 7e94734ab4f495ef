"""The renewal agreement PDF on the demo institute: text, watermark, fonts, versions."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import shutil

import pytest
from sqlalchemy import select

from planner.export.agreement import Issue, build_agreement
from planner.export.korean import won_in_words
from planner.models import AgreementDocument, CycleStatus, Language
from planner.services import renewals
from planner.services.agreements import export_agreement, live_data
from planner.storage import open_database
from tests.planner.export.pdfcheck import fonts_embedded, reader, squeezed, text_of
from tests.planner.factories import tick_review

TODAY = dt.date(2025, 11, 25)
NOW = dt.datetime(2025, 11, 25, 9, 30)
DRAFT = Issue(draft=True)
ARTICLES = [
    "제1조(목적)",
    "제2조(정의)",
    "제3조(협약기간)",
    "제4조(연구과제)",
    "제5조(연구비)",
    "제6조(연구공간및연구인프라)",
    "제7조(참여인력)",
    "제8조(지식재산권)",
    "제9조(비밀유지)",
    "제10조(연구성과의발표)",
    "제11조(협약의변경)",
    "제12조(협약의해지)",
    "제13조(분쟁의해결)",
    "제14조(원협약과의관계)",
    "제15조(협약서의언어)",
    "제16조(효력)",
    "부칙",
]


@pytest.fixture(scope="module")
def data(demo_path):
    database = open_database(demo_path)
    with database.sessions() as session:
        yield live_data(session, 2025, now=NOW, today=TODAY)
    database.close()


@pytest.fixture(scope="module")
def korean(data):
    return build_agreement(data, "ko", DRAFT)


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
    for task in data.running:  # 별표 1 names the people of the tasks in force
        assert task.pi_ko in text
    assert f"{data.total_krw // 1000:,}" in text  # the total in 천원
    assert "KT-KAIST-AISW-2025-01" in text and "버전1(초안)" in text
    # Page numbers as "- 1 / N -": the articles, 별표 1 and 2 (6–7 pages), and since issue #20
    # 별표 3, the budget by category (2–3 pages more), 별표 4, the demo's participants (about
    # five), and 별표 5, its KPIs (about three).
    pages = len(reader(korean).pages)
    assert f"-1/{pages}-" in text and 15 <= pages <= 20
    assert "별표3." in text and "별표4." in text and "별표5." in text


def test_annexes_list_concluded_tasks_only_among_the_changes(korean, data):
    text = text_of(korean)
    annex1, annex2 = text.split("별표 2.")[-2].split("별표 1.")[-1], text.split("별표 2.")[-1]
    concluded = [t for t in data.tasks if t.concluded]
    assert concluded and all(t.code in annex2 and t.code not in annex1 for t in concluded)
    assert "종료" in annex2 and "신규" in annex2 and "변경사유" in squeezed(annex2)
    assert "GPU 실험 확대에 따른 연구비 증액" in text  # a reason from 별표 2
    assert data.total_krw == sum(t.budget_krw for t in data.tasks if not t.concluded)


def test_draft_has_a_watermark_and_an_agreed_cycle_has_none(db, korean):
    assert "DRAFT" in text_of(korean) and "초안" in text_of(korean)
    with db.sessions() as session, session.begin():
        cycle = renewals.cycle_by_year(session, 2025)
        tick_review(session, cycle.id)
        renewals.advance_cycle(session, cycle.id, CycleStatus.CONSULTATION)
        renewals.advance_cycle(session, cycle.id, CycleStatus.AGREED)
        agreed = build_agreement(live_data(session, 2025, today=TODAY), "ko", Issue(draft=False))
    text = text_of(agreed)
    assert "DRAFT" not in text and "초안" not in text
    assert "제1조(목적)" in squeezed(text)


def test_signed_cycle_prints_the_date_and_signatories(data):
    text = text_of(build_agreement(data, "ko", Issue(draft=False, signed_on=dt.date(2025, 2, 20))))
    assert "2025년 2월 20일" in text and "DRAFT" not in text
    assert "김영섭" in text and "홍민수" in text and "이광형" in text  # the demo's blocks


def test_english_and_bilingual_editions(data):
    english = squeezed(text_of(build_agreement(data, "en", DRAFT)))
    assert "Article1(Purpose)" in english and "Article15(Language)" in english
    assert "KRW11,010,000,000" in english or f"KRW{data.total_krw:,}" in english
    assert "from1March2025to28February2026" in english and "Annex1." in english
    assert "F-01" in english and "I-05" in english
    both = squeezed(text_of(build_agreement(data, "both", DRAFT)))
    assert "제1조(목적)" in both and "Article1(Purpose)" in both
    assert squeezed(won_in_words(data.total_krw)) in both and "Doc.No." in both


def test_same_data_gives_the_same_bytes(data):
    assert build_agreement(data, "ko", DRAFT) == build_agreement(data, "ko", DRAFT)
    assert build_agreement(data, "both", DRAFT) == build_agreement(data, "both", DRAFT)
    later = dataclasses.replace(data, version=3)
    assert build_agreement(later, "both", DRAFT) != build_agreement(data, "both", DRAFT)


@pytest.mark.parametrize("lang", ["ko", "en", "both"])
def test_every_font_is_embedded(data, lang):
    fonts = fonts_embedded(build_agreement(data, lang, DRAFT))
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)


def test_every_draft_export_is_recorded_and_a_frozen_one_reuses_its_record(db, tmp_path):
    out = tmp_path / "a.pdf"
    with db.sessions() as session, session.begin():
        first = export_agreement(session, 2025, "ko", out, today=TODAY, now=NOW)
    assert (first.version, first.stage, first.created_by) == (1, "draft", "tester")
    with db.sessions() as session, session.begin():
        later = export_agreement(session, 2025, "ko", out, today=TODAY, now=NOW.replace(hour=10))
    assert later.id != first.id and later.sha256 != first.sha256  # a draft is taken anew
    with db.sessions() as session, session.begin():
        cycle = renewals.cycle_by_year(session, 2025)
        tick_review(session, cycle.id)
        renewals.advance_cycle(session, cycle.id, CycleStatus.CONSULTATION)
        renewals.advance_cycle(session, cycle.id, CycleStatus.AGREED)
    with db.sessions() as session, session.begin():
        agreed = export_agreement(session, 2025, "ko", out, today=TODAY)
        english = export_agreement(session, 2025, "en", tmp_path / "e.pdf", today=TODAY)
    with db.sessions() as session, session.begin():
        again = export_agreement(session, 2025, "ko", out, today=TODAY + dt.timedelta(days=9))
    assert (agreed.version, agreed.stage, agreed.snapshot_id is not None) == (1, "agreed", True)
    assert again.id == agreed.id and english.version == 1
    assert "버전1" in squeezed(text_of(out)) and "초안" not in text_of(out)
    with db.sessions() as session:
        rows = session.scalars(
            select(AgreementDocument).where(AgreementDocument.language == Language.KO)
        ).all()
    assert [(r.version, r.stage) for r in rows] == [(1, "draft"), (1, "draft"), (1, "agreed")]
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


def test_first_year_on_record_says_so_in_legal_wording(db):
    """Without last year's cycle, 별표 2 lists no task as new and prints no system message."""
    with db.sessions() as session:
        first = live_data(session, 2024, now=NOW, today=TODAY)
    assert first.comparison.previous_year is None
    annex2 = squeezed(text_of(build_agreement(first, "ko", DRAFT))).split("별표2.")[-1]
    annex2 = annex2.split("별표3.")[0]  # 별표 3 (the budget by category) lists every task
    assert "최초연도" in annex2 and "자료가없어" not in annex2
    assert "신규" not in annex2 and "F-01" not in annex2
    english = squeezed(text_of(build_agreement(first, "en", DRAFT))).split("Annex2.")[-1].split("Annex3.")[0]
    assert "Notapplicable(thefirstyearlyrenewal" in english
