"""Row messages of the preview come out in Korean; unknown ones stay readable as written."""

from __future__ import annotations

from planner.io.columns import recognise_people_columns
from planner.io.people_import import parse_person
from planner.io.read_table import Row
from ui.imports.messages import translated_message


def test_the_planners_own_cell_messages_are_translated():
    mapping = recognise_people_columns(["성명", "역할", "이메일", "입주일", "퇴거일"])
    rows = [
        Row(2, ("김민수", "마법사", "kim@", "25.3.1", None)),
        Row(3, ("이서연", None, None, "2025-13-45", None)),
        Row(4, (None, None, None, "2025-05-01", "2025-04-01")),
        Row(5, ("박지훈", None, None, "1/3/2025", None)),
    ]
    messages = [issue.message for row in rows for issue in parse_person(row, mapping)[1]]
    assert len(messages) == 7
    translated = [translated_message(message) for message in messages]
    assert all(text != message for text, message in zip(translated, messages, strict=True)), (
        translated
    )
    assert "'마법사'" in translated[0] and "알 수 없는 역할" in translated[0]


def test_an_unknown_message_is_shown_as_written():
    assert translated_message("the moon is full") == "the moon is full"
    assert translated_message("unknown organisation '딥러닝랩'") == "등록되지 않은 소속 '딥러닝랩'"
