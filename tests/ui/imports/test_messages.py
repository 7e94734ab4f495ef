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


def test_words_of_the_domain_in_a_message_follow_the_language():
    from ui.i18n import install_language

    assert (
        translated_message("role missing; 'kt_staff' assumed") == "역할이 없어 'KT 직원'으로 봅니다"
    )
    unknown = (
        "unknown role '우주인' (교수, 연구원, KT 직원, 학생연구원, 인턴, 스타트업 구성원, 방문자)"
    )
    assert translated_message(unknown).endswith(
        "(교수, 연구원, KT 직원, 학생연구원, 인턴, 스타트업 구성원, 방문자)"
    )
    install_language("en")
    assert (
        translated_message("role missing; 'kt_staff' assumed")
        == "no role given; 'KT staff' assumed"
    )
    assert translated_message(unknown) == (
        "unknown role '우주인' (Professor, Researcher, KT staff, Student researcher, Intern, "
        "Start-up member, Visitor)"
    )
