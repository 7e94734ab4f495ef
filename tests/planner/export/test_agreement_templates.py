"""Agreement wording templates: a placeholder that cannot be filled is an error, never a blank."""

from __future__ import annotations

import pytest

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
@kaist_label = KAIST
@annex1_title = 별표 1
@annex1_facts = 참고
@annex2_title = 별표 2
@annex2_no_changes = 없음
@annex2_first_year = 최초 연도
@unit_note = (단위: 천원)
@unit_note_won = (단위: 원)
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
    assert "{totl}" in message and "agreement_ko.txt line 15" in message
    assert isinstance(caught.value, PlannerError) and caught.value.line == 15


def test_placeholder_without_a_value_is_an_error_not_a_blank():
    with pytest.raises(TemplateError, match=r"\{total\} has no value"):
        fill(parse_template(MINIMAL, "t.txt"), {"year": 2025, "total": None})
    with pytest.raises(TemplateError, match="line 3"):
        fill_line(Line(3, "금 {amount}원정"), {"amount": ""}, "t.txt")


def test_missing_required_name_or_section_and_broken_braces():
    with pytest.raises(TemplateError, match="@annex1_facts"):
        parse_template(MINIMAL.replace("@annex1_facts = 참고\n", ""), "t.txt")
    with pytest.raises(TemplateError, match="## @closing"):
        parse_template(MINIMAL.split("## @closing")[0], "t.txt")
    with pytest.raises(TemplateError, match="line 15"):
        fill(parse_template(MINIMAL.replace("{total}", "{total"), "t.txt"), {"year": 1, "total": 1})


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_bundled_templates_parse_and_pair(lang):
    template = load_template(lang)
    headings = [s.heading.text for s in template.sections if not s.special]
    assert len(headings) == 17  # 제1조 … 제16조 and 부칙
    ko, en = load_template("ko"), load_template("en")
    assert [len(s.paragraphs) for s in ko.sections] == [len(s.paragraphs) for s in en.sections]


def test_a_broken_template_stops_the_agreement():
    import dataclasses

    from planner.export.agreement import Issue, build_agreement
    from planner.export.agreement_data import TemplateText
    from planner.export.agreement_wording import sample_data

    data = sample_data()
    broken = data.templates["ko"].text.replace("{seats_committed}", "{desks}")
    data = dataclasses.replace(data, templates={**data.templates, "ko": TemplateText(4, broken)})
    with pytest.raises(TemplateError, match=r"\(version 4\) line \d+: unknown placeholder \{desks\}"):
        build_agreement(data, "ko", Issue(draft=True))
    # The English edition does not use the Korean text.
    assert build_agreement(data, "en", Issue(draft=True)).startswith(b"%PDF")


@pytest.mark.parametrize(
    ("placeholder", "says"),
    [
        ("{title.__class__}", "attribute and index access are not allowed"),
        ("{year.__class__.__mro__}", "attribute and index access are not allowed"),
        ("{title[0]}", "attribute and index access are not allowed"),
        ("{0}", "attribute and index access are not allowed"),
        ("{year!r}", "may not carry a conversion or format; write {year}"),
        ("{year:>100000000}", "may not carry a conversion or format; write {year}"),
        ("{year:{title}}", "may not carry a conversion or format"),
    ],
)
def test_placeholders_reach_nothing_but_plain_values(placeholder, says):
    text = MINIMAL.replace("{total}", placeholder)
    with pytest.raises(TemplateError, match="line 15") as caught:
        fill(parse_template(text, "t.txt"), {"year": 2025, "total": "1"})
    assert says in str(caught.value)


def test_a_template_that_grows_when_filled_is_refused_quickly():
    doubling = "".join(f"@n{i} = {{n{i - 1}}}{{n{i - 1}}}\n" for i in range(1, 40))
    text = MINIMAL.replace("## @preamble", f"@n0 = xxxxxxxxxx\n{doubling}## @preamble")
    with pytest.raises(TemplateError, match="grows past"):
        fill(parse_template(text, "t.txt"), {"year": 2025, "total": "1"})
