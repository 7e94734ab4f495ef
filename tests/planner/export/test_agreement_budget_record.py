"""An agreement frozen before budget lines existed is a record: it prints as it did.

``data/snapshot_before_budget_lines.json`` is the demo's 2024 snapshot as Lab Planner froze it
before issue #20 (main 0695b45), with the sha256 of each PDF that version printed from it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

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
def test_the_old_snapshot_prints_byte_identically(lang):
    data = from_json(RECORD["payload"])
    issue = Issue(draft=False, signed_on=dt.date.fromisoformat(RECORD["signed_on"]))
    pdf = build_agreement(data, lang, issue)
    assert hashlib.sha256(pdf).hexdigest() == RECORD["pdf_sha256"][lang]
