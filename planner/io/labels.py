"""Words for roles, desk kinds and desk features in spreadsheets, both ways.

Import accepts the Korean labels people type (교수, 연구원, KT 직원, 자율석, 모니터 …), the
English words and the stored values; export writes the Korean label, which import reads back.
Labels are compared without spaces, case or punctuation (``KT직원`` = ``kt staff`` = ``kt_staff``),
so the word lists below are space-separated and write a two-word label with ``_``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from planner.io.columns import normalise
from planner.models import DeskFeature, DeskKind, Role

ROLE_LABELS_KO: dict[Role, str] = {
    Role.PROFESSOR: "교수",
    Role.RESEARCHER: "연구원",
    Role.KT_STAFF: "KT 직원",
    Role.STUDENT: "학생연구원",
    Role.INTERN: "인턴",
    Role.STARTUP_MEMBER: "창업기업",
    Role.VISITOR: "방문자",
}

_ROLE_WORDS: dict[Role, str] = {
    Role.PROFESSOR: "교수 교수님 겸임교수 초빙교수 연구교수 professor prof faculty",
    Role.RESEARCHER: (
        "연구원 연구자 선임연구원 책임연구원 박사후연구원 포닥 연구교원 "
        "researcher postdoc research_scientist scientist"
    ),
    Role.KT_STAFF: "KT_직원 KT 직원 KT_연구원 kt_staff kt_employee staff",
    Role.STUDENT: (
        "학생 학생연구원 대학원생 석사과정 박사과정 석박통합과정 학부생 "
        "student student_researcher graduate_student phd_student"
    ),
    Role.INTERN: "인턴 연구인턴 intern internship",
    Role.STARTUP_MEMBER: (
        "창업기업 창업 스타트업 창업팀 입주기업 start-up startup start-up_member founder"
    ),
    Role.VISITOR: "방문자 방문 방문연구원 방문학자 visitor guest visiting_researcher",
}

DESK_KIND_LABELS_KO: dict[DeskKind, str] = {
    DeskKind.FIXED: "고정석",
    DeskKind.HOT: "자율석",
    DeskKind.OFFICE: "사무실",
}

_KIND_WORDS: dict[DeskKind, str] = {
    DeskKind.FIXED: "고정석 고정 지정석 fixed",
    DeskKind.HOT: "자율석 자율좌석 공용 공유석 핫데스크 hot hot_desk hotdesk shared",
    DeskKind.OFFICE: "사무실 개인실 연구실 office private_office",
}

FEATURE_LABELS_KO: dict[DeskFeature, str] = {
    DeskFeature.MONITOR: "모니터",
    DeskFeature.WINDOW: "창가",
    DeskFeature.STANDING: "스탠딩",
    DeskFeature.ACCESSIBLE: "휠체어",
}

_FEATURE_WORDS: dict[DeskFeature, str] = {
    DeskFeature.MONITOR: "모니터 monitor screen display",
    DeskFeature.WINDOW: "창가 창문 window",
    DeskFeature.STANDING: "스탠딩 높이조절 높이조절책상 standing standing_desk",
    DeskFeature.ACCESSIBLE: "휠체어 장애인 무장애 접근성 accessible wheelchair",
}

_LIST_SPLIT = re.compile(r"[;,|/、\n]+")


def _index(words: dict, values: dict) -> dict[str, object]:
    index = {normalise(w): member for member, ws in words.items() for w in ws.split()}
    index.update(
        {
            normalise(member.value if hasattr(member, "value") else member.name): member
            for member in words
        }
    )
    index.update({normalise(label): member for member, label in values.items()})
    return index


_ROLES = _index(_ROLE_WORDS, ROLE_LABELS_KO)
_KINDS = _index(_KIND_WORDS, DESK_KIND_LABELS_KO)
_FEATURES = {normalise(w): f for f, ws in _FEATURE_WORDS.items() for w in ws.split()} | {
    normalise(f.name): f for f in _FEATURE_WORDS
}


@lru_cache(maxsize=256)  # a file repeats a handful of labels thousands of times
def role_from_label(label: str) -> Role | None:
    return _ROLES.get(normalise(label))  # type: ignore[return-value]


def desk_kind_from_label(label: str) -> DeskKind | None:
    return _KINDS.get(normalise(label))  # type: ignore[return-value]


def features_from_text(text: str) -> tuple[DeskFeature, list[str]]:
    """Flags named in ``text`` (``모니터; 창가``, ``monitor,window``) and words not understood."""
    flags, unknown = DeskFeature.NONE, []
    for word in _LIST_SPLIT.split(text):
        if not word.strip():
            continue
        feature = _FEATURES.get(normalise(word))
        if feature is None:
            unknown.append(word.strip())
        else:
            flags |= feature
    return flags, unknown


def features_text(bits: int) -> str:
    return "; ".join(label for flag, label in FEATURE_LABELS_KO.items() if bits & flag)


def split_list(text: str) -> list[str]:
    """Items of a cell listing several values (task codes): split on , ; / | and line breaks."""
    return [item.strip() for item in _LIST_SPLIT.split(text) if item.strip()]
