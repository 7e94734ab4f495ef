"""An agreement frozen before budget lines existed is a record: it prints as it did.

``data/snapshot_before_budget_lines.json`` is the demo's 2024 snapshot as Lab Planner froze it
before issue #20 (main 0695b45). Its JSON reads back to the same text and fingerprint, and its
PDF is byte for byte the PDF the agreement makes without the budget annex: the annex is the
only thing budget lines added, and data without lines does not get it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner.export import agreement
from planner.export.agreement import Issue, build_agreement
from planner.export.agreement_data import fingerprint, from_json, sha256_of, to_json

RECORD = json.loads(
    (Path(__file__).parent / "data" / "snapshot_before_budget_lines.json").read_text("utf-8")
)


def test_the_old_snapshot_reads_back_to_the_same_json_and_fingerprint():
    data = from_json(RECORD["payload"])
    assert all(task.budget == () for task in data.tasks)
    assert to_json(data) == RECORD["payload"]
    assert fingerprint(data) == sha256_of(RECORD["payload"])


@pytest.mark.parametrize("lang", ["ko", "en", "both"])
def test_the_old_snapshot_prints_byte_identically(lang, monkeypatch):
    data = from_json(RECORD["payload"])
    issue = Issue(draft=False, signed_on=dt.date.fromisoformat(RECORD["signed_on"]))
    pdf = build_agreement(data, lang, issue)
    monkeypatch.setattr(agreement, "budget_annex", lambda *_args: [])
    assert build_agreement(data, lang, issue) == pdf
    assert b"annex3_budget" not in pdf


def test_data_with_lines_gets_the_annex(monkeypatch):
    """The same check can fail: data with lines prints differently with the annex."""
    from dataclasses import replace

    from planner.export.agreement_data import BudgetItem

    data = from_json(RECORD["payload"])
    first = data.tasks[0]
    item = BudgetItem("personnel", "인건비", "Personnel", 10, "kt", first.budget_krw)
    data = replace(data, tasks=(replace(first, budget=(item,)), *data.tasks[1:]))
    issue = Issue(draft=False, signed_on=dt.date.fromisoformat(RECORD["signed_on"]))
    pdf = build_agreement(data, "ko", issue)
    monkeypatch.setattr(agreement, "budget_annex", lambda *_args: [])
    assert build_agreement(data, "ko", issue) != pdf
