"""Agreement wording templates: a placeholder that cannot be filled is an error, never a blank."""

from __future__ import annotations

import shutil

import pytest

import resources
from planner.errors import PlannerError
from planner.export.templates import (
    Line,
    TemplateError,
    fill,
    fill_line,
    load_template,
    parse_template,
)

MINIMAL = """; a note
@title = {year}년도 협약서
@kt_label = KT
@kt_name = 주식회사 케이티
@kt_address = 성남
@kt_representative = 대표이사
@kaist_label = KAIST
@kaist_name = 한국과학기술원
@kaist_address = 대전
@kaist_representative = 총장
@annex1_title = 별표 1
@annex2_title = 별표 2
## @preamble
{title}을 체결한다.
## 제1조(목적)
총 {total}원, 괄호는 {{그대로}}.
## @closing
각 1부씩 보관한다.
"""


def test_a_filled_template_has_every_value():
    filled = fill(parse_template(MINIMAL, "t.txt"), {"year": 2025, "total": "1,000"})
    assert filled.names["title"] == "2025년도 협약서"
    assert filled.section("@preamble").paragraphs == ("2025년도 협약서을 체결한다.",)
    assert [a.heading for a in filled.articles] == ["제1조(목적)"]
    assert filled.articles[0].paragraphs == ("총 1,000원, 괄호는 {그대로}.",)


def test_unknown_placeholder_names_itself_and_the_line():
    text = MINIMAL.replace("{total}", "{totl}")
    with pytest.raises(TemplateError) as caught:
        fill(parse_template(text, "agreement_ko.txt"), {"year": 2025, "total": "1"})
    message = str(caught.value)
    assert "{totl}" in message and "agreement_ko.txt line 16" in message
    assert isinstance(caught.value, PlannerError) and caught.value.line == 16


def test_placeholder_without_a_value_is_an_error_not_a_blank():
    with pytest.raises(TemplateError, match=r"\{total\} has no value"):
        fill(parse_template(MINIMAL, "t.txt"), {"year": 2025, "total": None})
    with pytest.raises(TemplateError, match="line 3"):
        fill_line(Line(3, "금 {amount}원정"), {"amount": ""}, "t.txt")


def test_missing_required_name_or_section_and_broken_braces():
    with pytest.raises(TemplateError, match="@kt_address"):
        parse_template(MINIMAL.replace("@kt_address = 성남\n", ""), "t.txt")
    with pytest.raises(TemplateError, match="## @closing"):
        parse_template(MINIMAL.split("## @closing")[0], "t.txt")
    with pytest.raises(TemplateError, match="line 16"):
        fill(parse_template(MINIMAL.replace("{total}", "{total"), "t.txt"), {"year": 1, "total": 1})


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_bundled_templates_parse_and_pair(lang):
    template = load_template(lang)
    headings = [s.heading.text for s in template.sections if not s.special]
    assert len(headings) == 10
    ko, en = load_template("ko"), load_template("en")
    assert [len(s.paragraphs) for s in ko.sections] == [len(s.paragraphs) for s in en.sections]


def test_a_broken_template_stops_the_agreement(tmp_path):
    import datetime as dt

    from planner.export.agreement import build_agreement
    from planner.export.agreement_data import AgreementData
    from planner.models.enums import CycleStatus
    from planner.renewals.compare import compare

    for name in ("agreement_ko.txt", "agreement_en.txt"):
        shutil.copy(resources.path("templates", name), tmp_path / name)
    path = tmp_path / "agreement_ko.txt"
    path.write_text(
        path.read_text(encoding="utf-8").replace("{seats}", "{desks}"), encoding="utf-8"
    )
    data = AgreementData(
        2025,
        CycleStatus.DRAFT,
        None,
        "",
        "",
        (),
        compare(2025, [], None, []),
        0,
        dt.date(2025, 3, 1),
    )
    with pytest.raises(TemplateError, match=r"unknown placeholder \{desks\}"):
        build_agreement(data, "ko", 1, template_folder=tmp_path)
    # The English edition does not use the Korean file.
    assert build_agreement(data, "en", 1, template_folder=tmp_path).startswith(b"%PDF")
