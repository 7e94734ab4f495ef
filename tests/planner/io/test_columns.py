import pytest

from planner.io.columns import (
    DESK_FIELDS,
    PEOPLE_FIELDS,
    normalise,
    recognise_desk_columns,
    recognise_people_columns,
)

from .conftest import ENGLISH_HEADERS, KOREAN_HEADERS

EXPECTED = [
    "name_ko",
    "name_en",
    "organisation",
    "role",
    "email",
    "phone",
    "stay_start",
    "stay_end",
    "tasks",
    "employee_no",
]


@pytest.mark.parametrize("headers", [KOREAN_HEADERS, ENGLISH_HEADERS])
def test_korean_and_english_headers(headers):
    mapping = recognise_people_columns(headers)
    assert [mapping.fields[i] for i in range(len(headers))] == EXPECTED
    assert mapping.unmapped == {}
    assert mapping.missing_required == ()


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("이름", "name_ko"),
        ("성 명", "name_ko"),
        ("NAME", "name_ko"),
        ("영문명", "name_en"),
        ("영문 이름", "name_en"),
        ("기관", "organisation"),
        ("Organisation", "organisation"),
        ("역할", "role"),
        ("직책", "role"),
        ("e-mail", "email"),
        ("E-Mail", "email"),
        ("이메일 주소", "email"),
        ("전화", "phone"),
        ("연락처 ", "phone"),
        ("시작일", "stay_start"),
        ("입주일(YYYY-MM-DD)", "stay_start"),
        ("종료일", "stay_end"),
        ("퇴거일*", "stay_end"),
        ("과제", "tasks"),
        ("Employee No.", "employee_no"),
        ("사번", "employee_no"),
        ("비고", "notes"),
        ("start_date", "stay_start"),
    ],
)
def test_spellings(header, field):
    assert recognise_people_columns([header]).fields == {0: field}


def test_unknown_and_repeated_headers_stay_unmapped():
    mapping = recognise_people_columns(["이름", "혈액형", "연락처", "전화", None])
    assert mapping.fields == {0: "name_ko", 2: "phone"}
    assert mapping.unmapped == {1: "혈액형", 3: "전화", 4: ""}


def test_mapping_can_be_corrected_for_a_dialog():
    mapping = recognise_people_columns(["성명", "개인 전화기", "메모장"])
    assert mapping.fields == {0: "name_ko"}
    fixed = mapping.with_field(1, "phone").with_field(2, "notes")
    assert fixed.fields == {0: "name_ko", 1: "phone", 2: "notes"}
    assert fixed.unmapped == {}
    moved = fixed.with_field(2, "phone")  # a field lives in one column only
    assert moved.fields == {0: "name_ko", 2: "phone"}
    assert moved.unmapped == {1: "개인 전화기"}
    ignored = moved.with_field(0, None)
    assert ignored.missing_required == ("name_ko",)
    assert mapping.fields == {0: "name_ko"}  # the original is untouched
    with pytest.raises(ValueError):
        mapping.with_field(0, "blood_type")
    with pytest.raises(ValueError):
        mapping.with_field(7, "phone")


def test_field_lists_carry_labels_for_a_dialog():
    assert all(spec.label_ko and spec.label_en for spec in (*PEOPLE_FIELDS, *DESK_FIELDS))
    assert [s.key for s in PEOPLE_FIELDS if s.required] == ["name_ko"]


def test_desk_headers():
    mapping = recognise_desk_columns(["code", "floor", "zone", "x", "y", "kind", "features"])
    assert list(mapping.fields.values()) == ["code", "floor", "zone", "x", "y", "kind", "features"]
    korean = recognise_desk_columns(
        ["좌석번호", "건물", "층", "구역", "X(m)", "Y (m)", "종류", "기능"]
    )
    assert list(korean.fields.values()) == [
        "code",
        "building",
        "floor",
        "zone",
        "x",
        "y",
        "kind",
        "features",
    ]


def test_normalise_ignores_case_space_and_punctuation():
    assert normalise(" E-Mail ") == normalise("email") == "email"
    assert normalise("영문\u3000이름") == "영문이름"
