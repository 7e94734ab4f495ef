"""The one table of words for roles, desk kinds and desk features, in Korean and English.

The window shows these labels (People page, desk lists, forms — through ``ui.labels``), export
writes them, import reads them back, and the import template offers them as drop-downs: one
table, so a label one of them shows is never refused by another (the People page's
"스타트업 구성원" once was). :func:`label_of` gives a member's label in a language.

Import accepts more than the labels: the English words and stored values, older labels
our exports wrote (창업기업, 자율석, 사무실, 휠체어) and the words people type (교수님, 포닥 …).
Labels are compared without spaces, case or punctuation (``KT직원`` = ``kt staff`` =
``kt_staff``), so the word lists below are space-separated and write a two-word word with ``_``.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import lru_cache

from planner.io.columns import normalise
from planner.models import DeliverableKind, DeliverableState, DeskFeature, DeskKind, Role

KOREAN, ENGLISH = "ko", "en"


@dataclass(frozen=True)
class Label:
    ko: str
    en: str

    def in_language(self, language: str) -> str:
        return self.en if language == ENGLISH else self.ko


ROLE_LABELS: dict[Role, Label] = {
    Role.PROFESSOR: Label("교수", "Professor"),
    Role.RESEARCHER: Label("연구원", "Researcher"),
    Role.KT_STAFF: Label("KT 직원", "KT staff"),
    Role.STUDENT: Label("학생연구원", "Student researcher"),
    Role.INTERN: Label("인턴", "Intern"),
    Role.STARTUP_MEMBER: Label("스타트업 구성원", "Start-up member"),
    Role.VISITOR: Label("방문자", "Visitor"),
}

DESK_KIND_LABELS: dict[DeskKind, Label] = {
    DeskKind.FIXED: Label("고정석", "Fixed"),
    DeskKind.HOT: Label("공용좌석", "Hot desk"),
    DeskKind.OFFICE: Label("연구실", "Office"),
}

# Lower case in English: they are listed inside sentences ("Features: monitor, window").
FEATURE_LABELS: dict[DeskFeature, Label] = {
    DeskFeature.MONITOR: Label("모니터", "monitor"),
    DeskFeature.WINDOW: Label("창가", "window"),
    DeskFeature.STANDING: Label("스탠딩", "standing"),
    DeskFeature.ACCESSIBLE: Label("휠체어 접근", "accessible"),
}

# A desk in service or not ("사용" column); cells.yes_no reads these and more.
IN_SERVICE_LABELS: dict[bool, Label] = {True: Label("사용", "yes"), False: Label("미사용", "no")}

DELIVERABLE_KIND_LABELS: dict[DeliverableKind, Label] = {
    DeliverableKind.INTERIM_REPORT: Label("중간보고서", "Interim report"),
    DeliverableKind.FINAL_REPORT: Label("최종보고서", "Final report"),
    DeliverableKind.PAPER: Label("논문", "Paper"),
    DeliverableKind.PATENT: Label("특허", "Patent"),
    DeliverableKind.SOFTWARE: Label("소프트웨어", "Software"),
    DeliverableKind.DATASET: Label("데이터셋", "Data set"),
    DeliverableKind.DEMO: Label("시연", "Demo"),
}

DELIVERABLE_STATE_LABELS: dict[DeliverableState, Label] = {
    DeliverableState.PLANNED: Label("예정", "Planned"),
    DeliverableState.SUBMITTED: Label("제출", "Submitted"),
    DeliverableState.ACCEPTED: Label("승인", "Accepted"),
    DeliverableState.WAIVED: Label("면제", "Waived"),
}

LABELS: dict[type[enum.Enum], dict] = {
    Role: ROLE_LABELS,
    DeskKind: DESK_KIND_LABELS,
    DeskFeature: FEATURE_LABELS,
    DeliverableKind: DELIVERABLE_KIND_LABELS,
    DeliverableState: DELIVERABLE_STATE_LABELS,
}

# What else import understands, besides every label above and the stored values.
_ROLE_WORDS: dict[Role, str] = {
    Role.PROFESSOR: "교수님 겸임교수 초빙교수 연구교수 prof faculty",
    Role.RESEARCHER: (
        "연구자 선임연구원 책임연구원 박사후연구원 포닥 연구교원 "
        "postdoc research_scientist scientist"
    ),
    Role.KT_STAFF: "KT 직원 KT_연구원 kt_employee staff",
    Role.STUDENT: (
        "학생 대학원생 석사과정 박사과정 석박통합과정 학부생 student graduate_student phd_student"
    ),
    Role.INTERN: "연구인턴 internship",
    Role.STARTUP_MEMBER: "창업기업 창업 스타트업 창업팀 입주기업 start-up startup founder",
    Role.VISITOR: "방문 방문연구원 방문학자 guest visiting_researcher",
}

_KIND_WORDS: dict[DeskKind, str] = {
    DeskKind.FIXED: "고정 지정석",
    DeskKind.HOT: "자율석 자율좌석 공용 공유석 핫데스크 hot hotdesk shared",
    DeskKind.OFFICE: "사무실 개인실 private_office",
}

_FEATURE_WORDS: dict[DeskFeature, str] = {
    DeskFeature.MONITOR: "screen display",
    DeskFeature.WINDOW: "창문",
    DeskFeature.STANDING: "높이조절 높이조절책상 standing_desk",
    DeskFeature.ACCESSIBLE: "휠체어 장애인 무장애 접근성 wheelchair",
}

_LIST_SPLIT = re.compile(r"[;,|/、\n]+")


def label_of(member: enum.Enum, language: str = KOREAN) -> str:
    """The label of a role, desk kind or desk feature in ``language`` ("ko" or "en")."""
    return LABELS[type(member)][member].in_language(language)


def labels_of(enum_cls: type[enum.Enum], language: str = KOREAN) -> list[str]:
    """Every label of an enumeration, in its order: the valid values of a column."""
    return [label.in_language(language) for label in LABELS[enum_cls].values()]


def _index(labels: dict, words: dict) -> dict[str, object]:
    index = {normalise(w): member for member, ws in words.items() for w in ws.split()}
    for member, label in labels.items():
        index[normalise(member.name)] = member
        if isinstance(member.value, str):
            index[normalise(member.value)] = member
        index[normalise(label.ko)] = member
        index[normalise(label.en)] = member
    return index


_DELIVERABLE_KIND_WORDS: dict[DeliverableKind, str] = {
    DeliverableKind.INTERIM_REPORT: "중간보고 연차보고서 interim",
    DeliverableKind.FINAL_REPORT: "최종보고 결과보고서 final",
    DeliverableKind.PAPER: "논문게재 학술논문 publication",
    DeliverableKind.PATENT: "특허출원 특허등록",
    DeliverableKind.SOFTWARE: "SW 프로그램",
    DeliverableKind.DATASET: "데이터 dataset data",
    DeliverableKind.DEMO: "시연회 데모",
}
_DELIVERABLE_STATE_WORDS: dict[DeliverableState, str] = {
    DeliverableState.PLANNED: "계획 미제출",
    DeliverableState.SUBMITTED: "제출완료",
    DeliverableState.ACCEPTED: "승인완료 완료 채택",
    DeliverableState.WAIVED: "면제됨 생략",
}

_ROLES = _index(ROLE_LABELS, _ROLE_WORDS)
_DELIVERABLE_KINDS = _index(DELIVERABLE_KIND_LABELS, _DELIVERABLE_KIND_WORDS)
_DELIVERABLE_STATES = _index(DELIVERABLE_STATE_LABELS, _DELIVERABLE_STATE_WORDS)
_KINDS = _index(DESK_KIND_LABELS, _KIND_WORDS)
_FEATURES = _index(FEATURE_LABELS, _FEATURE_WORDS)


@lru_cache(maxsize=256)  # a file repeats a handful of labels thousands of times
def role_from_label(label: str) -> Role | None:
    return _ROLES.get(normalise(label))  # type: ignore[return-value]


def deliverable_kind_from_label(label: str) -> DeliverableKind | None:
    return _DELIVERABLE_KINDS.get(normalise(label))  # type: ignore[return-value]


def deliverable_state_from_label(label: str) -> DeliverableState | None:
    return _DELIVERABLE_STATES.get(normalise(label))  # type: ignore[return-value]


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
            flags |= feature  # type: ignore[operator]
    return flags, unknown


def features_text(bits: int, language: str = KOREAN) -> str:
    return "; ".join(
        label.in_language(language) for flag, label in FEATURE_LABELS.items() if bits & flag
    )


def hint(enum_cls: type[enum.Enum]) -> str:
    """The valid Korean labels, for a message: ``(교수, 연구원, …)``."""
    return f"({', '.join(labels_of(enum_cls))})"


def split_list(text: str) -> list[str]:
    """Items of a cell listing several values (task codes): split on , ; / | and line breaks."""
    return [item.strip() for item in _LIST_SPLIT.split(text) if item.strip()]
