"""The agreement as a contract record (issue #15): each defect found proof-reading the demo's
agreements, as a test. Read with the real tools (pdftotext, pdffonts, cmp) where the issue
names them, and with pypdf for the outline and the trailer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess

from sqlalchemy import select

from planner.commands.agreement_cmd import run_agreement
from planner.export.romanize import has_hangul
from planner.models import Organisation, ResearchTask
from planner.services import people, tasks
from planner.services.agreements import export_agreement, live_data
from tests.planner.export.pdfcheck import reader, squeezed, text_of

TODAY = dt.date(2025, 11, 25)
LANGS = ("ko", "en", "both")


def export(db, year, lang, path, *, today=TODAY, now=None):
    with db.sessions() as session, session.begin():
        document = export_agreement(session, year, lang, path, today=today, now=now)
        return document.version, document.stage, document.sha256


def pdftotext(path, *pages: int) -> str:
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run(
        [*args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def check(db_path, year, file, capsys) -> tuple[int, dict]:
    code = run_agreement(
        argparse.Namespace(year=year, check=str(file), json=True, database=str(db_path))
    )
    return code, json.loads(capsys.readouterr().out)


def test_a_signed_agreement_is_byte_identical_after_renames_and_on_another_day(
    db, tmp_path, capsys
):
    first = {lang: tmp_path / f"first-{lang}.pdf" for lang in LANGS}
    for lang, path in first.items():
        assert export(db, 2024, lang, path)[:2] == (1, "signed")
    with db.sessions() as session, session.begin():
        task = session.scalars(select(ResearchTask).where(ResearchTask.code == "F-01")).one()
        tasks.update_task(session, task.id, title_ko="이름을 바꾼 과제", title_en="Renamed task")
        people.update_person(session, task.pi_id, name_ko="개명인", name_en="Renamed Person")
        kaist = session.scalars(select(Organisation).where(Organisation.name == "KAIST")).one()
        people.update_organisation(session, kaist.id, name="카이스트", name_en="Renamed KAIST")
    later = TODAY + dt.timedelta(days=100)
    for lang, path in first.items():
        again = tmp_path / f"again-{lang}.pdf"
        export(db, 2024, lang, again, today=later, now=dt.datetime(2026, 3, 5, 8, 0))
        assert subprocess.run(["cmp", str(path), str(again)]).returncode == 0, lang
        assert "개명인" not in pdftotext(again) and "Renamed" not in pdftotext(again)
        code, found = check(tmp_path / "demo.sqlite3", 2024, again, capsys)
        assert code == 0 and found["issued"] and found["version"] == 1, found
        assert (found["language"], found["stage"]) == (lang, "signed")


def test_check_refuses_a_changed_file_and_says_what_it_claims_to_be(db, tmp_path, capsys):
    issued = tmp_path / "issued.pdf"
    export(db, 2024, "ko", issued)
    forged = tmp_path / "forged.pdf"
    data = bytearray(issued.read_bytes())
    data[len(data) // 3] ^= 0x01
    forged.write_bytes(bytes(data))
    code, found = check(tmp_path / "demo.sqlite3", 2024, forged, capsys)
    assert code == 3 and not found["issued"]
    assert found["claims"].startswith("KT-KAIST-AISW-2024-01; version 1; signed")
    code, _found = check(tmp_path / "demo.sqlite3", 2025, issued, capsys)
    assert code == 3  # issued, but for another year


def test_the_space_is_a_commitment_and_the_seat_count_a_dated_fact(db, tmp_path):
    path = tmp_path / "2024.pdf"
    export(db, 2024, "ko", path)
    text = squeezed(pdftotext(path))
    articles, annexes = text.split("별표1.")[0], text.split("별표1.")[-1]
    assert "200석내외로한다" in articles
    assert not re.search(r"(?<![\d,])0석", articles)  # no "0석" stated as a term
    assert re.search(r"2024년2월14일현재연구과제참여인원이사용하고있는좌석은\d+석", annexes)
    english = tmp_path / "2024-en.pdf"
    export(db, 2024, "en", english)
    assert "approximately200desks" in squeezed(pdftotext(english))


def test_signature_blocks_say_who_signs_the_same_way_every_year(db, tmp_path):
    for year in (2024, 2025):
        ko, en = tmp_path / f"{year}-ko.pdf", tmp_path / f"{year}-en.pdf"
        export(db, year, "ko", ko)
        export(db, year, "en", en)
        # Content order (not -layout): the two parties' columns would interleave line by line.
        korean, english = squeezed(text_of(ko)), squeezed(text_of(en))
        for words in (
            "기관명주식회사케이티",
            "대표이사김영섭",
            "총장이광형",
            "서명자융합기술원장",
            "위임근거「KT위임전결규정」",
        ):
            assert squeezed(words) in korean, (year, words)
        for words in (
            "ChiefExecutiveOfficerYoung-shubKim",
            "PresidentKwangHyungLee",
            "HeadoftheInstituteofConvergenceTechnologyMin-suHong",
            "Delegation",
        ):
            assert words in english, (year, words)
        assert "융합기술원장" not in pdftotext(en)


def test_the_articles_of_a_joint_research_agreement_are_all_there(db, tmp_path):
    ko, en = tmp_path / "ko.pdf", tmp_path / "en.pdf"
    export(db, 2025, "ko", ko)
    export(db, 2025, "en", en)
    korean = squeezed(pdftotext(ko))
    for heading in (
        "(목적)",
        "(정의)",
        "(협약기간)",
        "(연구과제)",
        "(연구비)",
        "(연구공간및연구인프라)",
        "(참여인력)",
        "(지식재산권)",
        "(비밀유지)",
        "(연구성과의발표)",
        "(협약의변경)",
        "(협약의해지)",
        "(분쟁의해결)",
        "(원협약과의관계)",
        "(효력)",
        "부칙",
    ):
        assert heading in korean, heading
    for clause in (
        "2021년5월24일",
        "이협약이우선하고",
        "대전지방법원을제1심관할법원",
        "이미공지",
        "법령,법원의판결",
        "3년간효력",
        "공개예정일30일전",
        "정당한사유없이공개에반대",
        "부가가치세",
        "간접비",
        "제1차:금",
        "제2차:금",
        "해지할수있다",
    ):
        assert clause in korean, clause
    english = pdftotext(en)
    assert len(re.findall(r"\bshall\b", english)) > 40
    assert "KT shall pay KAIST research funds" in re.sub(r"\s+", " ", english)
    assert "KT provides" not in english


def test_annex_1_lists_the_tasks_in_force_and_annex_2_adds_up(db, tmp_path):
    path = tmp_path / "2025.pdf"
    export(db, 2025, "ko", path)
    text = squeezed(pdftotext(path))
    with db.sessions() as session:
        data = live_data(session, 2025, today=TODAY)
    count = int(re.search(r"총(\d+)개과제로하며", text).group(1))
    annex1 = text.split("별표1.")[-1].split("별표2.")[0]
    annex2 = text.split("별표2.")[-1]
    in_annex1 = set(re.findall(r"[FI]-\d\d", annex1))
    assert count == len(in_annex1) == len(data.running)
    concluded = {t.code for t in data.tasks if t.concluded}
    assert (
        concluded
        and not concluded & in_annex1
        and concluded <= set(re.findall(r"[FI]-\d\d", annex2))
    )
    assert f"합계({count}개과제)" in annex1
    changes, totals = annex2.split("연구비총액")

    def signed(text: str) -> list[int]:
        return [int(d.replace(",", "")) for d in re.findall(r"(?<![A-Z])[+-][\d,]+\d", text)]

    rows, total = signed(changes), signed(totals)[0]
    assert (
        sum(rows) == total == (data.comparison.budget_after - data.comparison.budget_before) // 1000
    )
    new = [t for t in data.tasks if t.decision and t.decision.value == "new"]
    assert all(f"+{t.budget_krw // 1000:,}" in annex2 for t in new)  # new tasks with their funds


def test_the_english_copy_has_no_hangul_and_romanises_names_without_english(db, tmp_path):
    with db.sessions() as session, session.begin():
        task = session.scalars(select(ResearchTask).where(ResearchTask.code == "F-02")).one()
        people.update_person(session, task.pi_id, name_ko="박채도", name_en="")
    for year in (2024, 2025):
        path = tmp_path / f"{year}.pdf"
        export(db, year, "en", path)
        text = pdftotext(path)
        assert not has_hangul(text), [line for line in text.splitlines() if has_hangul(line)][:3]
    assert "Chae-do Park" in pdftotext(tmp_path / "2025.pdf")  # romanised, hyphen a hyphen


def test_the_english_copy_is_set_in_an_embedded_latin_serif_with_bold_headings(db, tmp_path):
    path = tmp_path / "en.pdf"
    export(db, 2025, "en", path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    rows = {line.split()[0].split("+")[-1]: line for line in fonts.splitlines()[2:]}
    assert "NotoSerif-Regular" in rows and "NotoSerif-Bold" in rows
    assert all(" yes " in row.split("TrueType")[-1] for row in rows.values())  # embedded
    body = reader(path).pages[0].extract_text()
    assert "KT-KAIST" in body and "KT–KAIST" not in body


def test_pdf_hygiene_dates_ids_outline_title_and_language(db, tmp_path):
    signed = {lang: tmp_path / f"2024-{lang}.pdf" for lang in LANGS}
    for lang, path in signed.items():
        export(db, 2024, lang, path)
    draft = tmp_path / "2025.pdf"
    export(db, 2025, "ko", draft, now=dt.datetime(2025, 11, 25, 6, 7, 8))
    info = subprocess.run(
        ["pdfinfo", "-isodates", str(signed["ko"])], capture_output=True, text=True
    ).stdout
    assert re.search(r"CreationDate:\s+2024-02-14T01:00:00", info)  # the snapshot's time
    info = subprocess.run(
        ["pdfinfo", "-isodates", str(draft)], capture_output=True, text=True
    ).stdout
    assert re.search(r"CreationDate:\s+2025-11-25T06:07:08", info)  # the export's time
    ids = {lang: reader(path).trailer["/ID"][0] for lang, path in signed.items()}
    assert len(set(ids.values())) == 3  # ko, en and both never share an /ID
    for lang, path in signed.items():
        pdf = reader(path)
        titles = [item.title for item in pdf.outline]
        assert len([t for t in titles if re.match(r"(제\d+조|Article \d+)", t)]) == 16, titles
        assert any("부칙" in t or "Supplementary" in t for t in titles)
        assert any(t.startswith(("별표 1.", "Annex 1.")) for t in titles)
        assert any("별표 2." in t or "Annex 2." in t for t in titles)
        assert (
            pdf.trailer["/Root"]["/Lang"] == {"ko": "ko-KR", "en": "en-GB", "both": "ko-KR"}[lang]
        )
        meta = pdf.metadata
        if lang == "en":
            assert meta.title.startswith("2024 Renewal Agreement") and "Institute" in meta.author
        else:
            assert meta.title.startswith("2024년도") and meta.author == "KT-KAIST AI·SW 연구소"
    # Page numbers of the outline are right (not every entry on page 1).
    pdf = reader(signed["ko"])
    pages = [pdf.get_destination_page_number(item) for item in pdf.outline]
    assert pages == sorted(pages) and pages[-1] > pages[0]


def test_every_page_names_the_document_its_version_and_fingerprint(db, tmp_path):
    from planner.models import AgreementSnapshot, RenewalCycle

    path = tmp_path / "2024.pdf"
    export(db, 2024, "ko", path)
    with db.sessions() as session:
        digest = session.scalars(
            select(AgreementSnapshot.sha256)
            .join(RenewalCycle, RenewalCycle.id == AgreementSnapshot.cycle_id)
            .where(RenewalCycle.year == 2024)
        ).one()
    pages = reader(path).pages
    for number, page in enumerate(pages, start=1):
        text = squeezed(page.extract_text())
        assert "문서번호KT-KAIST-AISW-2024-01·버전1" in text, number
        assert f"지문{digest[:12]}" in text, number


def test_different_files_never_share_an_id_reports_included(db):
    """reportlab's invariant mode gave every file the same /ID; it is now derived from each
    file's own bytes (the seating chart on A3 and on A4 are different files)."""
    from planner.export.reports.seating import build_seating_chart
    from planner.services.documents import floor_plan

    with db.sessions() as session:
        plan = floor_plan(session, 3, TODAY)
    a3, a4 = build_seating_chart(plan, "A3"), build_seating_chart(plan, "A4")
    assert reader(a3).trailer["/ID"][0] != reader(a4).trailer["/ID"][0]
    assert build_seating_chart(plan, "A3") == a3  # and the same file keeps its /ID
