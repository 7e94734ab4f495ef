"""The participating researchers' and the KPIs' annexes of the agreement, from its data.

They follow the budget annex (별표 3, planner.export.agreement_budget) when the data has
budget lines — 별표 4 and 5 — else they are 별표 3 and 4. Printed only when the data has
them: an agreement frozen before issue 20 (no participants or KPIs in its JSON) prints byte
for byte as it did. Korean, English or both, like 별표 1 and 2.
"""

from __future__ import annotations

from typing import Any

from planner.export.agreement_annex import PAD, _grid_style, _head, _name
from planner.export.agreement_data import AgreementData
from planner.export.agreement_wording import in_language
from planner.export.korean import short_date_en, short_date_ko
from planner.export.layout import MM, lines, styles

ROLE = {
    "ko": {"lead": "책임", "co": "공동", "member": "참여", "student": "학생"},
    "en": {"lead": "Lead", "co": "Co-researcher", "member": "Participant", "student": "Student"},
}
TITLES = {
    "participants": {"ko": "별표 {number}. {year}년도 참여연구원",
                     "en": "Annex {number}. Participating researchers, {year}"},
    "kpis": {"ko": "별표 {number}. {year}년도 성과지표",
             "en": "Annex {number}. Key performance indicators, {year}"},
}
NOTES = {
    "participants": {"ko": "(참여율: 연간, 한 사람의 과제별 참여율 합계는 100% 이하)",
               "en": "(rates per year; one person's rates over all tasks add up to at most 100%)"},
    "kpis": {"ko": "(전년 목표·실적: 같은 과제의 같은 지표)",
               "en": "(last year: the same KPI of the same task)"},
}
PARTICIPANT_HEAD = {
    "ko": ("번호", "과제", "성명", "소속", "역할", "참여율", "참여 기간"),
    "en": ("No.", "Task", "Name", "Organisation", "Role", "Rate", "Period"),
}
KPI_HEAD = {
    "ko": ("번호", "과제", "성과지표", "단위", "목표", "전년 목표", "전년 실적"),
    "en": ("No.", "Task", "KPI", "Unit", "Target", "Last year's target", "Last year's actual"),
}


def title(key: str, lang: str, year: int, number: int) -> str:
    texts = [
        TITLES[key][c].format(year=year, number=number)
        for c in (("ko", "en") if lang == "both" else (lang,))
    ]
    return " / ".join(texts)


def note(key: str, lang: str) -> str:
    return " ".join(NOTES[key][c] for c in (("ko", "en") if lang == "both" else (lang,)))


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _bilingual(lang: str, ko: str, en: str) -> str:
    """Korean; English (romanised when none was recorded, so no Hangul); or both."""
    english = in_language((ko, en), "en")
    if lang == "en":
        return english
    return f"{ko} / {english}" if lang == "both" and english != ko else ko


def _role(lang: str, role: str) -> str:
    if lang == "both":
        return f"{ROLE['ko'][role]} / {ROLE['en'][role]}"
    return ROLE[lang][role]


def participants_table(data: AgreementData, lang: str, width: float) -> Any:
    from reportlab.platypus import Table

    s = styles()
    fixed = [11, 16, 0, 34, 30 if lang != "ko" else 16, 16, 44]
    widths = [(w or (width / MM - sum(fixed))) * MM for w in fixed]
    rows: list[list[Any]] = [_head(PARTICIPANT_HEAD, lang, widths)]
    for number, p in enumerate(data.participants, start=1):
        period = (f"{short_date_en(p.period_start)} – {short_date_en(p.period_end)}" if lang == "en"
                  else f"{short_date_ko(p.period_start)} ~ {short_date_ko(p.period_end)}")
        rows.append([
            str(number), p.code, _name(lang, p.name_ko, p.name_en, widths[2]),
            lines([_bilingual(lang, p.organisation, "")], s.cell_centre, widths[3] - 2 * PAD),
            lines([_role(lang, p.role)], s.cell_centre, widths[4] - 2 * PAD),
            f"{p.rate_pct}%", lines([period], s.cell_centre, widths[6] - 2 * PAD),
        ])
    extra = [("ALIGN", (0, 1), (-1, -1), "CENTER"), ("ALIGN", (5, 1), (5, -1), "RIGHT")]
    return Table(rows, colWidths=widths, repeatRows=1, style=_grid_style(extra), hAlign="CENTER")


def kpi_table(data: AgreementData, lang: str, width: float) -> Any:
    from reportlab.platypus import Table

    s = styles()
    fixed = [11, 16, 0, 20, 24, 30, 30]
    widths = [(w or (width / MM - sum(fixed))) * MM for w in fixed]
    rows: list[list[Any]] = [_head(KPI_HEAD, lang, widths)]
    for number, k in enumerate(data.kpis, start=1):
        rows.append([
            str(number), k.code,
            lines([_bilingual(lang, k.name, k.name_en)], s.cell, widths[2] - 2 * PAD),
            _bilingual(lang, k.unit, k.unit_en),
            _number(k.target), _number(k.last_target), _number(k.last_actual),
        ])
    extra = [("ALIGN", (0, 1), (1, -1), "CENTER"), ("ALIGN", (3, 1), (3, -1), "CENTER"),
             ("ALIGN", (4, 1), (-1, -1), "RIGHT")]
    return Table(rows, colWidths=widths, repeatRows=1, style=_grid_style(extra), hAlign="CENTER")


def research_annexes(data: AgreementData, lang: str, width: float, heading) -> list[Any]:
    """The flowables of the participants' and the KPIs' annexes (each on a new page), or
    nothing when the data has none. ``heading(title, outline key, note)`` gives the annex
    heading as the agreement sets the others."""
    from reportlab.platypus import PageBreak

    from planner.export.agreement_budget import has_budget_lines

    number = 4 if has_budget_lines(data) else 3
    story: list[Any] = []
    if data.participants:
        story += [PageBreak(), *heading(title("participants", lang, data.year, number),
                                        "annex_participants", note("participants", lang)),
                  participants_table(data, lang, width)]
        number += 1
    if data.kpis:
        story += [PageBreak(), *heading(title("kpis", lang, data.year, number), "annex_kpis",
                                        note("kpis", lang)),
                  kpi_table(data, lang, width)]
    return story
