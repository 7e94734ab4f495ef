"""Editable copies of the agreement (issue #19 part 3): HWPX for 한글 and DOCX for Word, from
the same data and the same story as the PDF — valid by python-hwpx's own checks, the PDF's
text paragraph by paragraph, the annexes as real tables."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import zipfile

import pytest
from sqlalchemy import select

from planner.commands.agreement_cmd import run_agreement
from planner.export.agreement import Issue, agreement_story, build_agreement, build_agreement_copy
from planner.export.agreement_annex import ANNEX1_HEAD, _thousands, annex1_tasks
from planner.export.agreement_hwpx import validation_problems
from planner.export.agreement_wording import amount_text
from planner.models import AuditEntry
from planner.services.agreement_copies import export_agreement_copy
from planner.services.agreements import agreement_of, live_data
from planner.storage import open_database
from tests.planner.export.copycheck import (
    docx_blocks,
    first_difference,
    header_rows,
    hwpx_blocks,
    pdf_body,
    tables,
    texts,
)
from tests.planner.export.pdfcheck import squeezed

TODAY = dt.date(2025, 11, 25)
NOW = dt.datetime(2025, 11, 25, 9, 30)
DRAFT = Issue(draft=True)
LANGS = ("ko", "en", "both")
READERS = {"docx": docx_blocks, "hwpx": hwpx_blocks}


@pytest.fixture(scope="module")
def data(demo_path):
    database = open_database(demo_path)
    with database.sessions() as session:
        yield live_data(session, 2025, now=NOW, today=TODAY)
    database.close()


@pytest.fixture(scope="module")
def pdfs(data):
    return {lang: build_agreement(data, lang, DRAFT) for lang in LANGS}


@pytest.fixture(scope="module")
def copies(data):
    return {
        (lang, fmt): build_agreement_copy(data, lang, DRAFT, fmt)
        for lang in LANGS
        for fmt in ("docx", "hwpx")
    }


@pytest.mark.parametrize("lang", LANGS)
def test_the_hwpx_passes_python_hwpx_validation(copies, lang):
    assert validation_problems(copies[lang, "hwpx"]) == []


@pytest.mark.parametrize("fmt", ["docx", "hwpx"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_copy_reads_as_the_pdf_paragraph_by_paragraph(data, pdfs, copies, lang, fmt):
    body = pdf_body(pdfs[lang], agreement_story(data, lang, DRAFT))
    blocks = READERS[fmt](copies[lang, fmt])
    paragraphs = [p for p in texts(blocks) if p.strip()]
    assert len(paragraphs) > 150  # articles, signature block and both annexes, not a stub
    assert first_difference(paragraphs, body, header_rows(blocks)) is None


@pytest.mark.parametrize("fmt", ["docx", "hwpx"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_annexes_are_tables_whose_cells_read_back(data, copies, lang, fmt):
    found = tables(READERS[fmt](copies[lang, fmt]))
    head = [squeezed(h) for h in ANNEX1_HEAD["ko" if lang == "both" else lang]]
    def heading(table):
        return [squeezed(c)[: len(h)] for c, h in zip(table[0], head, strict=False)]

    annex1 = next(t for t in found if heading(t) == head)
    running = annex1_tasks(data)
    task_rows = [row for row in annex1[1:] if row[0].strip().isdigit()]
    # one row a task in force, in print order, with its figures in their columns; then the
    # two subtotals and the total, each one cell across the first seven columns
    assert [row[2] for row in task_rows] == [t.code for t in running]
    assert [row[7] for row in task_rows] == [
        amount_text(t.budget_krw, _thousands(data)) for t in running
    ]
    assert len(annex1) == 1 + len(running) + 2 + 1
    sums = [row for row in annex1[1:] if row not in task_rows]
    assert all(len(row) == 11 - 6 for row in sums)  # one cell across the first seven
    # 별표 2 is a table too: its header names 당초 and 변경 (Before, After)
    wanted = "Before" if lang == "en" else "당초"
    assert any(wanted in " ".join(t[0]) for t in found if t is not annex1)


def test_every_copy_says_what_the_pdf_footer_says(data, copies):
    story = agreement_story(data, "ko", DRAFT)
    document = zipfile.ZipFile(io.BytesIO(copies["ko", "docx"]))
    footer = "".join(
        document.read(name).decode("utf-8")
        for name in document.namelist()
        if name.startswith("word/footer")
    )
    assert story.furniture.footer_right in footer  # the data's fingerprint
    hwpx = zipfile.ZipFile(io.BytesIO(copies["ko", "hwpx"]))
    section = hwpx.read("Contents/section0.xml").decode("utf-8")
    assert story.furniture.footer_right in section and "초안 / DRAFT" in section


def test_the_same_data_gives_the_same_bytes(data, copies):
    for fmt in ("docx", "hwpx"):
        assert build_agreement_copy(data, "ko", DRAFT, fmt) == copies["ko", fmt]


def test_a_frozen_year_is_copied_from_its_snapshot(db, tmp_path):
    """2024 is signed: its copy comes from the frozen snapshot, the same bytes on any day."""
    with db.sessions() as session, session.begin():
        frozen, issue, snapshot = agreement_of(session, 2024)
        assert snapshot is not None and not issue.draft
        first = export_agreement_copy(session, 2024, "en", "docx", tmp_path / "a.docx")
        later = export_agreement_copy(
            session, 2024, "en", "docx", tmp_path / "b.docx", now=dt.datetime(2027, 1, 1)
        )
    assert first == later and first[1] == "signed"
    assert (tmp_path / "a.docx").read_bytes() == build_agreement_copy(frozen, "en", issue, "docx")
    with db.sessions() as session:  # each hand-out is in the audit log with the file's sha256
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "agreement_copy")
        ).all()
    assert [(e.action, e.field, e.new_value) for e in entries] == [
        ("issue", "docx_en_v1", first[2])
    ] * 2


def test_the_command_writes_a_copy_and_keeps_the_pdf_default(demo_path, tmp_path, capsys):
    def run(output: str, fmt: str | None) -> str:
        args = argparse.Namespace(
            year=2025, lang="ko", output=str(tmp_path / output), check=None, json=False,
            database=str(tmp_path / "demo.sqlite3"), format=fmt,
        )
        assert run_agreement(args) == 0
        return capsys.readouterr().out

    (tmp_path / "demo.sqlite3").write_bytes(demo_path.read_bytes())
    assert "HWPX copy" in run("agreement.hwpx", "hwpx")
    assert validation_problems((tmp_path / "agreement.hwpx").read_bytes()) == []
    assert "DOCX copy" in run("by-suffix.docx", None)  # the suffix names the format
    assert zipfile.ZipFile(tmp_path / "by-suffix.docx").read("word/document.xml")
    out = run("agreement.pdf", None)
    assert "agreement (ko), version" in out  # as before: no "copy"
    assert (tmp_path / "agreement.pdf").read_bytes()[:5] == b"%PDF-"
