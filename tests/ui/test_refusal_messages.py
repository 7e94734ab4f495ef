"""The window says a refusal with the very sentence the command line says (planner.refusals),
in the window's language: the role and what it may do, a server gone, the database's own no."""

from __future__ import annotations

import pytest

from planner.errors import ROLE_NONE, ConnectionLost, DatabaseRefused, LoginRefused, NotPermitted
from planner.refusals import sentence
from ui.errors import error_message
from ui.i18n import install_language

ERRORS = [
    NotPermitted("F-01 수정", "coordinator"),
    NotPermitted("김민준 배정", "viewer"),
    NotPermitted("김민준 배정", "partnership"),
    NotPermitted("역할 부여", "admin"),
    NotPermitted("김민준 배정", ROLE_NONE),
    NotPermitted("김민준 배정"),
    ConnectionLost("kim@db:5432/planner", "server closed the connection", lost=True),
    ConnectionLost("kim@db:5432/planner", "Connection refused", lost=False),
    LoginRefused("kim@db:5432/planner", 'role "kim" does not exist'),
    DatabaseRefused("CHECK constraint failed"),
]


@pytest.mark.parametrize(
    "error", ERRORS, ids=lambda e: f"{type(e).__name__}-{getattr(e, 'role', '')}"
)
@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_window_and_the_cli_say_the_same_sentence(error, language):
    install_language(language)
    said = error_message(error)
    assert said == sentence(error, language)
    if language == "ko":
        assert any("가" <= ch <= "힣" for ch in said)


def test_the_coordinator_hears_what_a_coordinator_may_do():
    said = error_message(NotPermitted("F-01 수정", "coordinator"))
    assert said == (
        "시설 담당자(coordinator) 역할로는 할 수 없습니다: F-01 수정. 시설 담당자는 좌석 배치(좌석, "
        "인원, 배정, 이동 계획)를 바꿀 수 있지만 연구과제·갱신·협약서는 바꿀 수 없습니다. "
        "아무것도 변경되지 않았습니다."
    )
