"""Enum labels and domain error messages, in both languages."""

from __future__ import annotations

import enum

import pytest

import planner.models.enums as enums
from planner import errors
from planner.io.labels import LABELS as SHARED_LABELS
from planner.models import DeskFeature
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
        table = LABELS.get(enum_cls) or SHARED_LABELS.get(enum_cls)
        assert table is not None, enum_cls.__name__
        assert set(table) == set(enum_cls), enum_cls.__name__


@pytest.mark.parametrize("language", ["ko", "en"])
def test_what_the_window_shows_is_what_import_reads(language):
    """The People page's role (스타트업 구성원 once was refused), the desk list's kind and the
    desk's features, as shown in either language, are read back by the spreadsheet import."""
    from planner.io.labels import desk_kind_from_label, features_from_text, role_from_label
    from ui.floorplan.view import feature_labels

    install_language(language)
    for role in enums.Role:
        assert role_from_label(label(enums.Role, role.value)) is role
    for kind in enums.DeskKind:
        assert desk_kind_from_label(label(enums.DeskKind, kind.value)) is kind
    every = int(
        DeskFeature.MONITOR | DeskFeature.WINDOW | DeskFeature.STANDING | DeskFeature.ACCESSIBLE
    )
    shown = feature_labels(every)
    assert len(shown) == 4 and features_from_text(", ".join(shown)) == (DeskFeature(every), [])
    expected = {"ko": "스타트업 구성원", "en": "Start-up member"}[language]
    assert label(enums.Role, "startup_member") == expected


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
    assert len(templates) == 9 and templates <= set(CYCLE_PROBLEMS)

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
