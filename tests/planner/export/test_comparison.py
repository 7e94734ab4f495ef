"""신구대조표 (issue #19 part 4): the 2025 agreement against 2024's, and two versions of one
year's, on the demo. What must be listed is worked out here from the two agreements' data
(the frozen 2024 snapshot, today's 2025 data), not from the function under test."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest

from planner.commands.comparison_cmd import run_comparison
from planner.errors import ValidationError
from planner.export.agreement_wording import filled
from planner.export.comparison import compare_agreements, marked
from planner.export.formats import render
from planner.models import CycleStatus, Decision
from planner.services import renewals
from planner.services.agreement_copies import comparison_file, comparison_of
from planner.services.agreements import agreement_of
from tests.planner.export.copycheck import (
    docx_blocks,
    first_difference,
    header_rows,
    hwpx_blocks,
    pdf_body,
)
from tests.planner.export.copycheck import texts as copy_texts
from tests.planner.export.pdfcheck import squeezed
from tests.planner.factories import tick_review

TODAY = dt.date(2025, 11, 25)
NOW = dt.datetime(2025, 11, 25, 9, 30)
KO_FIELDS = ("track", "title_ko", "pi_ko", "kt_ko", "period_start", "period_end", "budget_krw",
             "headcount", "gpu_allocation", "decision")
EN_FIELDS = ("title_en", "pi_en", "kt_en")


@pytest.fixture
def sides(db):
    with db.sessions() as session, session.begin():
        old, old_issue, snapshot = agreement_of(session, 2024, now=NOW, today=TODAY)
        new, new_issue, _ = agreement_of(session, 2025, now=NOW, today=TODAY)
        comparisons = {
            lang: comparison_of(session, 2025, lang, now=NOW, today=TODAY) for lang in ("ko", "en")
        }
    assert snapshot is not None and new_issue.draft  # 2024 frozen and signed, 2025 a draft
    return old, new, comparisons


def running(data) -> dict:
    return {t.code: t for t in data.tasks if t.decision != Decision.CONCLUDE}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_changed_annex_row_is_listed_and_no_other(sides, lang):
    old, new, comparisons = sides
    before, after = running(old), running(new)
    fields = KO_FIELDS + (EN_FIELDS if lang == "en" else ())
    expected = {
        code
        for code in set(before) | set(after)
        if code not in before
        or code not in after
        or any(getattr(before[code], f) != getattr(after[code], f) for f in fields)
    }
    listed = comparisons[lang].of_kind("annex1")
    codes = {item.key[1] for item in listed if item.key[1] in set(before) | set(after)}
    assert codes == expected and expected  # the demo's tasks do change from 2024 to 2025
    for item in listed:
        if item.key[1] in after and item.key[1] in before:
            assert item.old and item.new and item.old != item.new
    ended = set(before) - set(after)
    assert {i.key[1] for i in listed if not i.new} >= ended
    # the totals: a line for each that differs, worked out from the rows themselves
    def totals(tasks):
        return (len(tasks), sum(t.budget_krw for t in tasks.values()),
                sum(t.headcount for t in tasks.values()))
    total_listed = any(item.key == ("annex1", "total") for item in listed)
    assert total_listed == (totals(before) != totals(after))


def test_every_changed_clause_is_listed_and_no_other(sides):
    old, new, comparisons = sides
    for lang in ("ko", "en"):
        old_text, new_text = filled(old, lang), filled(new, lang)
        old_paragraphs = {(s.key, p) for s in old_text.sections for p in s.paragraphs}
        new_paragraphs = {(s.key, p) for s in new_text.sections for p in s.paragraphs}
        added = {p for _k, p in new_paragraphs - old_paragraphs}
        removed = {p for _k, p in old_paragraphs - new_paragraphs}
        clauses = comparisons[lang].of_kind("clause")
        assert added and added == {i.new for i in clauses if i.new}
        assert removed == {i.old for i in clauses if i.old}
        title = comparisons[lang].of_kind("title")
        assert [(t.old, t.new) for t in title] == [
            (old_text.names["title"], new_text.names["title"])
        ]


def test_changed_words_are_marked_and_reasons_given(sides):
    old, new, comparisons = sides
    title = comparisons["ko"].of_kind("title")[0]
    before, after = marked(title.old, title.new)
    assert "".join(s.text for s in before) == title.old
    assert [s.text.strip() for s in after if s.changed] == ["2025년도"]
    assert "협약 연도" in title.reason
    funds = next(i for i in comparisons["ko"].of_kind("clause") if i.where.startswith("제5조") and
                 "총" in i.new)
    if old.total_krw != new.total_krw:
        assert "연구비 총액" in funds.reason
    for item in comparisons["ko"].of_kind("annex1"):
        assert item.reason, item  # the task's recorded reason, or what happened to it


def test_two_versions_of_one_year(db):
    """2025 agreed (version 1), back in consultation, one budget changed: the comparison with
    version 1 lists that task's row, its 별표 2 line and the clauses stating the total."""
    with db.sessions() as session, session.begin():
        cycle = renewals.cycle_by_year(session, 2025)
        tick_review(session, cycle.id)  # the review before agreement done
        renewals.advance_cycle(session, cycle.id, CycleStatus.CONSULTATION)
        renewals.advance_cycle(session, cycle.id, CycleStatus.AGREED)
        renewals.advance_cycle(session, cycle.id, CycleStatus.CONSULTATION, reason="예산 조정")
        renewal = next(r for r in cycle.renewals if r.decision == Decision.CONTINUE)
        code = renewal.task.code
        more = renewal.budget_krw + 50_000_000
        # The budget changes by its lines (issue #20): KAIST's equipment, no indirect cost on it.
        from planner.services import budget

        equipment = next(line for line in budget.budget_lines_of(session, renewal.id)
                         if (line.category, line.party) == ("equipment", "kaist"))  # fmt: skip
        budget.set_budget_line(session, renewal.id, "equipment", "kaist",
                               equipment.amount_krw + 50_000_000)  # fmt: skip
        assert renewal.budget_krw == more
    with db.sessions() as session, session.begin():
        comparison = comparison_of(session, 2025, "ko", version=1, today=TODAY)
        with pytest.raises(ValidationError):
            comparison_of(session, 2025, "ko", version=2, today=TODAY)  # itself
    assert comparison.same_year and comparison.old.data.version == 1
    assert {i.key[1] for i in comparison.of_kind("annex1")} >= {code, "total"}
    assert {i.key[1] for i in comparison.of_kind("annex1") if i.key[1][:1] in "FI"} == {code}
    assert [i.key[1:] for i in comparison.of_kind("annex2")] == [(code, "연구비")]
    assert any("연구비 총액" in i.reason for i in comparison.of_kind("clause"))
    assert not comparison.of_kind("signature")


@pytest.mark.parametrize("fmt", ["docx", "hwpx"])
def test_the_editable_comparison_reads_as_its_pdf(sides, fmt):
    from planner.export.comparison import comparison_story

    comparison = sides[2]["ko"]
    story = comparison_story(comparison)
    pdf = render(story, "pdf")
    reader = {"docx": docx_blocks, "hwpx": hwpx_blocks}[fmt]
    blocks = reader(comparison_file(comparison, fmt))
    paragraphs = [p for p in copy_texts(blocks) if p.strip()]
    body = pdf_body(pdf, story)
    assert first_difference(paragraphs, body, header_rows(blocks)) is None
    for item in comparison.items:  # every listed change is in the PDF
        assert squeezed(item.where) in body


def test_the_command_writes_each_format(db, tmp_path, capsys):
    def run(output: str, **extra) -> str:
        args = argparse.Namespace(
            year=2025, lang="ko", output=str(tmp_path / output), format=None, against=None,
            version=None, database=db.location, **extra,
        )
        assert run_comparison(args) == 0
        return capsys.readouterr().out

    out = run("comparison.pdf")
    assert "compared with 2024" in out
    assert (tmp_path / "comparison.pdf").read_bytes()[:5] == b"%PDF-"
    run("comparison.hwpx")
    run("comparison.docx")
    assert docx_blocks((tmp_path / "comparison.docx").read_bytes())


def test_the_comparison_is_pure(sides):
    """The same two agreements give the same list, whichever way it is asked for."""
    from planner.export.comparison import Side

    old, new, comparisons = sides
    again = compare_agreements(Side(old, False), Side(new, True), "ko")
    assert again.items == comparisons["ko"].items
