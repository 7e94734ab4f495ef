"""Enum labels and domain error messages, in both languages."""

from __future__ import annotations

import enum

import planner.models.enums as enums
from planner import errors
from ui.errors import error_message
from ui.i18n import install_language
from ui.labels import LABELS, label


def domain_enums() -> list[type[enum.Enum]]:
    return [
        value
        for value in vars(enums).values()
        if isinstance(value, type) and issubclass(value, enum.StrEnum) and value is not enum.StrEnum
    ]


def test_every_member_of_every_text_enum_has_a_label():
    for enum_cls in domain_enums():
        assert enum_cls in LABELS, enum_cls.__name__
        assert set(LABELS[enum_cls]) == set(enum_cls), enum_cls.__name__


def test_labels_follow_the_language():
    assert label(enums.Role, "student") == "학생연구원"
    assert label(enums.Track, enums.Track.INDUSTRIAL) == "산업AI"
    assert label(enums.CycleStatus, "draft") == "초안"
    assert label(enums.Decision, "continue") == "계속"
    install_language("en")
    assert label(enums.Role, "student") == "Student researcher"
    assert label(enums.ZoneKind, "server_room") == "Server room"


def test_unknown_and_empty_values_are_shown_as_stored():
    assert label(enums.Role, "astronaut") == "astronaut"
    assert label(enums.Role, None) == ""


def test_errors_are_translated_with_their_details():
    assert error_message(errors.DeskAlreadyTaken("3F-A-012", "김민준")) == (
        "좌석 3F-A-012는 이미 김민준 님이 사용 중입니다."  # 이 (2) takes 는
    )
    text = error_message(errors.DuplicateValue("email", "exists"))
    assert (
        text.startswith("같은 코드, 이름 또는 이메일의 기록이 이미 있습니다.") and "email" in text
    )
    install_language("en")
    assert error_message(errors.DeskAlreadyTaken("3F-A-012")) == "Desk 3F-A-012 is already taken."


def test_unknown_errors_fall_back_to_their_own_message():
    class Odd(errors.PlannerError):
        pass

    assert error_message(Odd("something odd")) == "something odd"
    assert error_message(RuntimeError("plain")) == "plain"


def test_a_cycle_that_cannot_advance_is_explained_in_korean_reason_by_reason():
    import ast
    from pathlib import Path

    import planner.renewals.workflow as workflow
    from ui.errors import CYCLE_PROBLEMS

    # Every reason the workflow can give has its Korean sentence.
    tree = ast.parse(Path(workflow.__file__).read_text(encoding="utf-8"))
    templates = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Problem"
    }
    assert len(templates) == 7 and templates <= set(CYCLE_PROBLEMS)

    facts = [
        workflow.RenewalFacts("F-01", None, ""),
        workflow.RenewalFacts("F-02", enums.Decision.MODIFY, ""),
    ]
    problems = workflow.transition_problems(
        enums.CycleStatus.CONSULTATION, enums.CycleStatus.AGREED, facts
    )
    error = errors.CycleCannotAdvance(2025, "agreed", problems)
    assert str(error) == (  # the CLI's English, as before
        "The 2025 cycle cannot become agreed: No decision yet for F-01. "
        "A reason is required for the change of F-02."
    )
    assert error_message(error) == (
        "2025년 갱신 주기를 ‘합의’ 단계로 넘길 수 없어 아무것도 바꾸지 않았습니다:\n"
        "• F-01 과제의 결정이 아직 없습니다.\n"
        "• F-02 과제의 변경 사유를 적어 주십시오."
    )
