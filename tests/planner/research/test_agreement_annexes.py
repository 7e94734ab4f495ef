"""별표 3 and 4 in the agreement: printed from data that has participants and KPIs; data frozen
before issue 20 (none in its JSON) keeps its JSON, its fingerprint and its bytes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess

from planner.export.agreement import build_agreement
from planner.export.agreement_data import (
    KpiLine,
    ParticipantLine,
    fingerprint,
    from_json,
    to_json,
)
from planner.export.agreement_wording import sample_data


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "a.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _issue():
    from planner.export.agreement import Issue

    return Issue(draft=True)


def test_data_without_participants_keeps_its_json_fingerprint_and_pdf(tmp_path):
    data = sample_data()
    text = to_json(data)
    payload = json.loads(text)
    assert "participants" not in payload and "kpis" not in payload
    again = from_json(text)
    assert to_json(again) == text and fingerprint(again) == fingerprint(data)
    pdf = build_agreement(again, "ko", _issue())
    assert pdf == build_agreement(data, "ko", _issue())
    assert "별표 3" not in _text(pdf, tmp_path)


def test_participants_and_kpis_print_as_annexes_3_and_4(tmp_path):
    data = dataclasses.replace(
        sample_data(),
        participants=(
            ParticipantLine("F-01", "김연구", "Yeon-gu Kim", "KAIST", "lead", 40,
                            dt.date(2025, 3, 1), dt.date(2026, 2, 28)),
            ParticipantLine("F-01", "이학생", "Hak-saeng Lee", "KAIST", "student", 60,
                            dt.date(2025, 3, 1), dt.date(2025, 8, 31)),
        ),
        kpis=(KpiLine("F-01", "SCI(E) 논문", "편", 4.0, 3.0, 5.0),),
    )
    again = from_json(to_json(data))
    assert again == data  # the snapshot keeps them
    korean = _text(build_agreement(data, "ko", _issue()), tmp_path)
    assert "별표 3. 2025년도 참여연구원" in korean and "별표 4. 2025년도 성과지표" in korean
    assert "이학생" in korean and "60%" in korean and "SCI(E) 논문" in korean
    english = _text(build_agreement(data, "en", _issue()), tmp_path)
    assert "Annex 3. Participating researchers, 2025" in english
    assert "Hak-saeng Lee" in english and "Student" in english and "이학생" not in english
