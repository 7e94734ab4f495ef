"""Budget by category from the command line (issue #20): cycle show --json's new block, and
planner budget's categories and rates."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from planner.cli import main
from planner.demo.create import create_demo


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("budget-cli") / "demo.sqlite3"
    create_demo(path, today=dt.date(2025, 11, 25))
    return path


@pytest.fixture
def db(demo_file, tmp_path):
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(demo_file.read_bytes())
    return str(copy)


def _show(db, year, capsys):
    assert main(["cycle", "show", str(year), "--json", "--database", db]) == 0
    return json.loads(capsys.readouterr().out)


def test_cycle_show_json_adds_the_budget_by_category_and_keeps_its_keys(db, capsys):
    shown = _show(db, 2025, capsys)
    assert {"year", "status", "budget_krw", "renewals", "totals", "comparison"} <= set(shown)
    block = shown["budget_by_category"]
    assert block["previous_year"] == 2024
    assert block["total_krw"] == shown["budget_krw"] == block["kt_krw"] + block["kaist_krw"]
    rows = block["categories"]
    assert sum(r["budget_krw"] for r in rows) == shown["budget_krw"]
    assert sum(r["budget_before_krw"] for r in rows) == shown["comparison"]["budget_before_krw"]
    assert all(r["kt_krw"] + r["kaist_krw"] == r["budget_krw"] for r in rows)
    assert all(r["budget_delta_krw"] == r["budget_krw"] - r["budget_before_krw"] for r in rows)
    assert [r["name_ko"] for r in rows][:2] == ["인건비", "학생인건비"]
    for renewal in shown["renewals"]:
        assert sum(line["amount_krw"] for line in renewal["budget_lines"]) == renewal["budget_krw"]


def test_a_rate_changes_open_cycles_only(db, capsys):
    before_2024, before_2025 = (_show(db, y, capsys)["budget_krw"] for y in (2024, 2025))
    assert main(["budget", "rates", "--json", "--database", db]) == 0
    assert json.loads(capsys.readouterr().out)["kt"] == {"rate_bp": 1000, "basis": "direct"}
    assert main(["budget", "set-rate", "kt", "12.5", "--database", db]) == 0
    assert "19 open task budget(s) changed" in capsys.readouterr().out
    after = _show(db, 2025, capsys)
    indirect = next(r for r in after["budget_by_category"]["categories"] if r["category"] == "indirect")
    assert after["budget_krw"] > before_2025 and indirect["budget_krw"] > 0
    assert _show(db, 2024, capsys)["budget_krw"] == before_2024  # signed: as agreed
    assert main(["budget", "set-rate", "kt", "abc", "--database", db]) == 3
    assert main(["budget", "set-rate", "kt", "10.001", "--database", db]) == 3


def test_a_category_is_added_to_the_institutes_list(db, capsys):
    assert main(["budget", "set-category", "travel", "국외여비", "--en", "Travel abroad",
                 "--database", db]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["budget", "categories", "--json", "--database", db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[-1] == {"code": "travel", "name_ko": "국외여비", "name_en": "Travel abroad",
                        "position": 90, "indirect": False}  # fmt: skip
    assert len(rows) == 9
