"""Deliverables and the review before agreement from the command line, on the demo
(issue #20): what is due, the review naming what is unticked (exit 3), the final-report rule
of ``cycle new``, and the spreadsheet round trip."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from planner.cli import main
from planner.demo.create import create_demo

TODAY = dt.date(2025, 11, 25)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("deliverables") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    return path


@pytest.fixture
def db(demo_path, tmp_path) -> str:
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_path, copy)
    return str(copy)


def _json(capsys, argv: list[str]):
    assert main(argv) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_every_demo_task_has_deliverables_and_last_years_final_reports_are_in(db, capsys):
    rows = _json(capsys, ["deliverable", "list", "--json", "--database", db])
    shown = _json(capsys, ["cycle", "show", "2025", "--json", "--database", db])
    last = _json(capsys, ["cycle", "show", "2024", "--json", "--database", db])
    for year, cycle in ((2024, last), (2025, shown)):
        codes = {r["task"] for r in cycle["renewals"]}
        assert codes == {r["task"] for r in rows if r["year"] == year}, year
    finals = [r for r in rows if r["year"] == 2024 and r["kind"] == "final_report"]
    assert len(finals) == len(last["renewals"])
    assert {r["state"] for r in finals} == {"accepted", "submitted"}
    waived = [r for r in rows if r["state"] == "waived"]
    assert [(r["task"], r["year"]) for r in waived] == [("F-11", 2025)] and waived[0]["waived_reason"]


def test_due_lists_the_late_one_and_the_next_30_days(db, capsys):
    due = _json(capsys, ["deliverable", "due", "--today", TODAY.isoformat(), "--json",
                         "--database", db])
    assert [(r["task"], r["state"]) for r in due["overdue"]] == [("F-02", "planned")]
    assert due["upcoming"], "the demo has deliverables due within the month"
    horizon = TODAY + dt.timedelta(days=30)
    assert all(TODAY <= dt.date.fromisoformat(r["due_date"]) <= horizon for r in due["upcoming"])
    assert all(r["state"] == "planned" for r in due["upcoming"])


def test_agreed_is_refused_with_exit_3_naming_the_unticked_items(db, capsys):
    review = _json(capsys, ["cycle", "review", "2025", "--json", "--database", db])
    unticked = [i["code"] for i in review["items"] if i["required"] and not i["ticked"]]
    assert unticked == ["budget_reconciled", "legal_review"]
    signed = _json(capsys, ["cycle", "review", "2024", "--json", "--database", db])
    assert all(i["ticked"] and i["ticked_by"] for i in signed["items"])
    assert main(["cycle", "advance", "2025", "--to", "consultation", "--database", db]) == 0
    capsys.readouterr()
    assert main(["cycle", "advance", "2025", "--to", "agreed", "--database", db]) == 3
    err = capsys.readouterr().err
    assert "Required review items are not ticked: Budget reconciled, Legal review done." in err
    for code in unticked:
        assert main(["cycle", "tick", "2025", code, "--note", "확인", "--database", db]) == 0
    assert main(["cycle", "advance", "2025", "--to", "agreed", "--database", db]) == 0
    capsys.readouterr()
    assert main(["cycle", "untick", "2025", "legal_review", "--database", db]) == 3
    assert "on record" in capsys.readouterr().err


def test_cycle_new_needs_the_final_reports_or_a_reason(db, capsys):
    # 2026: 2024's final reports are all in.
    assert main(["cycle", "new", "2026", "--today", "2025-11-25", "--database", db]) == 0
    capsys.readouterr()
    # 2027: 2025's are not (they fall due in March 2026).
    assert main(["cycle", "new", "2027", "--today", "2026-12-01", "--database", db]) == 3
    err = capsys.readouterr().err
    assert "final reports of 2025 are missing" in err and "F-01" in err and "F-11" not in err
    assert main(["cycle", "new", "2027", "--today", "2026-12-01", "--despite-missing-reports",
                 "보고서 지연 양해 (협의회 결정)", "--database", db]) == 0
    capsys.readouterr()
    listed = _json(capsys, ["cycle", "list", "--json", "--database", db])
    assert [c["year"] for c in listed] == [2024, 2025, 2026, 2027]


def test_deliverables_export_then_import_changes_nothing(db, tmp_path, capsys):
    for suffix in (".xlsx", ".csv"):
        target = tmp_path / f"deliverables{suffix}"
        assert main(["deliverable", "export", "-o", str(target), "--database", db]) == 0
        capsys.readouterr()
        counts = _json(capsys, ["deliverable", "import", str(target), "--json", "--database", db])
        assert counts["added"] == counts["changed"] == 0 and counts["unchanged"] > 60
