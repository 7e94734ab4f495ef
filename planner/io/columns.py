"""Which column holds which field: recognising Korean and English headers.

The result is a :class:`ColumnMapping` — a plain ``{column index: field}`` dict plus the headers
nobody recognised — that a dialog can show next to :data:`PEOPLE_FIELDS` / :data:`DESK_FIELDS`
(field, Korean and English label, required) and correct with :meth:`ColumnMapping.with_field`.

Headers are compared after normalisation: NFC, case-folded, without spaces and punctuation,
and — if the whole header is not known — without a parenthesised remark, so ``E-mail``,
``이메일 주소`` and ``입주일(YYYY-MM-DD)`` are all recognised.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label_ko: str
    label_en: str
    required: bool = False

    def title(self, language: str = "ko") -> str:
        """The column title exports and templates write; the importer recognises both."""
        return self.label_en if language == "en" else self.label_ko


PEOPLE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name_ko", "이름", "Name", required=True),
    FieldSpec("name_en", "영문명", "English name"),
    FieldSpec("organisation", "소속", "Organisation"),
    FieldSpec("role", "역할", "Role"),
    FieldSpec("email", "이메일", "E-mail"),
    FieldSpec("phone", "연락처", "Phone"),
    FieldSpec("employee_no", "사번", "Employee no."),
    FieldSpec("stay_start", "입주일", "Start"),
    FieldSpec("stay_end", "퇴거일", "End"),
    FieldSpec("tasks", "과제", "Tasks"),
    FieldSpec("needs", "필요 기능", "Needs"),
    FieldSpec("notes", "비고", "Notes"),
)

DESK_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("code", "좌석", "Desk code", required=True),
    FieldSpec("building", "건물", "Building"),
    FieldSpec("floor", "층", "Floor", required=True),
    FieldSpec("zone", "구역", "Zone"),
    FieldSpec("x", "x", "x (m)", required=True),
    FieldSpec("y", "y", "y (m)", required=True),
    FieldSpec("kind", "종류", "Kind"),
    FieldSpec("features", "기능", "Features"),
    FieldSpec("rotation", "회전", "Rotation"),
    FieldSpec("active", "사용", "In service"),
)

# Spellings seen in HR, KAIST and facility lists, space-separated; compared after normalise().
_PEOPLE_ALIASES: dict[str, str] = {
    "name_ko": (
        "이름 성명 한글이름 한글성명 국문이름 국문성명 이름한글 성명한글 "
        "name fullname koreanname namekorean namekor nameko"
    ),
    "name_en": (
        "영문명 영문이름 영문성명 영어이름 이름영문 성명영문 "
        "englishname nameenglish nameen nameeng romanizedname"
    ),
    "organisation": (
        "소속 기관 소속기관 회사 소속회사 소속기업 "
        "organisation organization org company affiliation institution"
    ),
    "role": "직급 역할 직책 직위 구분 신분 role position jobtitle",
    "email": "이메일 메일 전자우편 이메일주소 전자메일 email mail emailaddress",
    "phone": (
        "연락처 전화 전화번호 휴대폰 휴대전화 핸드폰 휴대폰번호 "
        "phone tel telephone mobile phonenumber contact"
    ),
    "employee_no": (
        "사번 직원번호 사원번호 학번 employeeno employeenumber employeeid staffno staffid empno"
    ),
    "stay_start": (
        "입주일 시작일 입주 입주일자 시작 시작일자 입실일 입주시작일 "
        "start startdate from movein moveindate staystart"
    ),
    "stay_end": (
        "퇴거일 종료일 퇴거 종료 퇴실일 퇴거예정일 종료일자 입주종료일 "
        "end enddate to until moveout moveoutdate stayend"
    ),
    "tasks": (
        "과제 과제코드 과제번호 연구과제 참여과제 task tasks taskcode taskcodes project projectcode"
    ),
    "needs": "필요기능 필요사항 요구사항 needs",
    "notes": "비고 메모 참고 notes note remarks comment comments",
}

_DESK_ALIASES: dict[str, str] = {
    "code": "좌석 좌석번호 좌석코드 코드 code desk deskcode seat seatcode",
    "building": "건물 동 building",
    "floor": "층 층수 floor level",
    "zone": "구역 호실 zone room",
    "x": "x xm x좌표",
    "y": "y ym y좌표",
    "kind": "종류 유형 좌석유형 좌석종류 kind type desktype",
    "features": "기능 특징 설비 옵션 features feature equipment",
    "rotation": "회전 방향 rotation angle",
    "active": "사용 사용여부 활성 active inservice",
}

_PUNCTUATION = re.compile(r"[\s\-_./·:;,*#'\"`~!?\[\]{}<>|\\]+")
_REMARK = re.compile(r"\(.*?\)|\[.*?\]|（.*?）")


def normalise(header: object) -> str:
    """Header text as compared: NFC, case-folded, no spaces or punctuation."""
    text = unicodedata.normalize("NFC", str(header or "")).casefold()
    return _PUNCTUATION.sub("", text)


def _index(aliases: dict[str, str]) -> dict[str, str]:
    return {normalise(alias): key for key, names in aliases.items() for alias in names.split()}


_PEOPLE_INDEX = _index(_PEOPLE_ALIASES)
_DESK_INDEX = _index(_DESK_ALIASES)
_ANY_INDEX = {**_DESK_INDEX, **_PEOPLE_INDEX}


def field_for(header: object, index: dict[str, str]) -> str | None:
    key = normalise(header)
    if key in index:
        return index[key]
    without_remark = normalise(_REMARK.sub("", unicodedata.normalize("NFC", str(header or ""))))
    return index.get(without_remark) if without_remark else None


def is_known_header(value: object) -> bool:
    """True for a cell that reads like a header of any import (used to find the header row)."""
    return isinstance(value, str) and field_for(value, _ANY_INDEX) is not None


@dataclass(frozen=True)
class ColumnMapping:
    """Column index -> field key, and the columns left unmapped (index -> header text)."""

    headers: tuple[str, ...]
    fields: dict[int, str]
    unmapped: dict[int, str] = field(default_factory=dict)
    specs: tuple[FieldSpec, ...] = field(default=PEOPLE_FIELDS, repr=False)

    def column_of(self, key: str) -> int | None:
        return next((col for col, k in self.fields.items() if k == key), None)

    @property
    def missing_required(self) -> tuple[str, ...]:
        mapped = set(self.fields.values())
        return tuple(s.key for s in self.specs if s.required and s.key not in mapped)

    def with_field(self, column: int, key: str | None) -> ColumnMapping:
        """A copy where ``column`` holds ``key`` (None: ignore the column). A field lives in one
        column only, so a column that held ``key`` before becomes unmapped."""
        if key is not None and key not in {s.key for s in self.specs}:
            raise ValueError(f"unknown field {key!r}")
        if not 0 <= column < len(self.headers):
            raise ValueError(f"no column {column}")
        fields = {c: k for c, k in self.fields.items() if c != column and k != key}
        if key is not None:
            fields[column] = key
        unmapped = {c: h for c, h in enumerate(self.headers) if c not in fields}
        return ColumnMapping(self.headers, dict(sorted(fields.items())), unmapped, self.specs)

    def label(self, column: int) -> str:
        return self.headers[column] if column < len(self.headers) else f"#{column + 1}"


def _recognise(
    headers: Sequence[object], index: dict[str, str], specs: tuple[FieldSpec, ...]
) -> ColumnMapping:
    texts = tuple("" if h is None else str(h).strip() for h in headers)
    fields: dict[int, str] = {}
    unmapped: dict[int, str] = {}
    taken: set[str] = set()
    for column, text in enumerate(texts):
        key = field_for(text, index) if text else None
        if key is None or key in taken:  # the first of two 연락처 columns wins
            unmapped[column] = text
        else:
            fields[column] = key
            taken.add(key)
    return ColumnMapping(texts, fields, unmapped, specs)


def recognise_people_columns(headers: Sequence[object]) -> ColumnMapping:
    return _recognise(headers, _PEOPLE_INDEX, PEOPLE_FIELDS)


def recognise_desk_columns(headers: Sequence[object]) -> ColumnMapping:
    return _recognise(headers, _DESK_INDEX, DESK_FIELDS)
