"""별표 1 (the task table) and 별표 2 (the changes from last year) of the agreement."""

from __future__ import annotations

from functools import cache
from typing import Any

from planner.export.agreement_data import DECISION_LABELS, TRACK_LABELS, AgreementData, TaskLine
from planner.export.korean import short_date_en, short_date_ko, thousand_won
from planner.export.layout import FONT_ALL, HEADER_FILL, MM, RULE, SUBTOTAL_FILL, fit, lines, styles
from planner.models.enums import Track
from planner.renewals.compare import Change, Figures, TaskComparison

PAD = 3.0  # points of padding on each side of a cell

ANNEX1_HEAD = {
    "ko": (
        "번호",
        "구분",
        "과제코드",
        "과제명",
        "KAIST 책임자",
        "KT 담당자",
        "연구기간",
        "연구비",
        "결정",
    ),
    "en": (
        "No.",
        "Track",
        "Code",
        "Title",
        "KAIST PI",
        "KT counterpart",
        "Period",
        "Funds",
        "Decision",
    ),
}
ANNEX2_HEAD = {
    "ko": ("과제", "항목", "당초", "변경", "변경사유"),
    "en": ("Task", "Item", "Before", "After", "Reason"),
}
ITEM_LABELS_EN = {
    "과제": "Task",
    "연구비": "Research funds",
    "참여인원": "Researchers",
    "GPU": "GPUs",
    "과제명": "Title",
    "연구기간": "Period",
}
STATE_EN = {"수행": "Ongoing", "종료": "Concluded", "신규": "New", "-": "–"}


def _grid_style(extra: list[tuple] | None = None) -> Any:
    from reportlab.lib.colors import Color
    from reportlab.platypus import TableStyle

    rule = Color(*RULE)
    return TableStyle(
        [
            FONT_ALL,
            ("GRID", (0, 0), (-1, -1), 0.35, rule),
            ("BOX", (0, 0), (-1, -1), 0.9, Color(0.2, 0.2, 0.25)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, Color(0.2, 0.2, 0.25)),
            ("BACKGROUND", (0, 0), (-1, 0), Color(*HEADER_FILL)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *(extra or []),
        ]
    )


def _head(labels: dict[str, tuple[str, ...]], lang: str, widths: list[float]) -> list[Any]:
    s = styles()
    if lang == "both":
        under = _small_centred()  # the English label centred under the Korean one
        return [
            fit(ko, s.cell_head, w - 2 * PAD, extra=en, extra_style=under)
            for ko, en, w in zip(labels["ko"], labels["en"], widths, strict=True)
        ]
    return [
        fit(text, s.cell_head, w - 2 * PAD) for text, w in zip(labels[lang], widths, strict=True)
    ]


@cache
def _small_centred() -> Any:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    small = styles().cell_small
    return ParagraphStyle(f"{small.name}_centre", parent=small, alignment=TA_CENTER)


def _pair(lang: str, ko: str, en: str, style: Any, width: float, *, second: bool = True) -> Any:
    """Korean first with English beneath (ko, both), or English first with Korean beneath (en)."""
    main, sub = (en, ko) if lang == "en" else (ko, en)
    return fit(
        main or sub,
        style,
        width - 2 * PAD,
        extra=sub if second and main and sub != main else "",
        extra_style=_small_centred() if style.alignment == 1 else None,  # 1: centred
    )


def _period(lang: str, task: TaskLine) -> str:
    if lang == "en":
        return f"{short_date_en(task.period_start)} – {short_date_en(task.period_end)}"
    return f"{short_date_ko(task.period_start)} ~ {short_date_ko(task.period_end)}"


def annex1_table(data: AgreementData, lang: str, width: float) -> Any:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Table

    s = styles()
    # "Foundational" needs a wider track column than "원천기술".
    fixed = [9, 17 if lang == "ko" else 22, 14, 0, 25, 25, 38 if lang == "ko" else 42, 21, 15]
    title_width = width / MM - sum(fixed)
    widths = [(w or title_width) * MM for w in fixed]
    label = "ko" if lang == "both" else lang
    rows: list[list[Any]] = [_head(ANNEX1_HEAD, lang, widths)]
    extra: list[tuple] = []
    number = 0
    for track in Track:
        mine = [t for t in data.tasks if t.track == track]
        if not mine:
            continue
        for task in mine:
            number += 1
            track_lines = [TRACK_LABELS[label][track]]
            decision_lines = [DECISION_LABELS[label][task.decision]]
            if lang == "both":
                track_lines.append(TRACK_LABELS["en"][track])
                decision_lines.append(DECISION_LABELS["en"][task.decision])
            # Cells that fit stay plain strings: a Paragraph per cell is what makes tables slow.
            rows.append(
                [
                    str(number),
                    lines(track_lines, s.cell_centre, widths[1] - 2 * PAD),
                    lines([task.code], s.cell_centre, widths[2] - 2 * PAD),
                    _pair(lang, task.title_ko, task.title_en, s.cell, widths[3]),
                    _name(lang, task.pi_ko, task.pi_en, widths[4]),
                    _name(lang, task.kt_ko, task.kt_en, widths[5]),
                    # A concluded task has no period in this year's agreement.
                    "–"
                    if task.concluded
                    else lines([_period(lang, task)], s.cell_centre, widths[6] - 2 * PAD),
                    "–" if task.concluded else thousand_won(task.budget_krw),
                    lines(decision_lines, s.cell_centre, widths[8] - 2 * PAD),
                ]
            )
            if task.concluded:
                extra.append(
                    ("TEXTCOLOR", (0, len(rows) - 1), (-1, len(rows) - 1), Color(0.45, 0.45, 0.48))
                )
        running = sum(1 for t in mine if not t.concluded)
        ko_text = f"{TRACK_LABELS['ko'][track]} 소계 ({running}개 과제)"
        en_text = f"{TRACK_LABELS['en'][track]} subtotal ({running} tasks)"
        rows.append(_sum_row(lang, ko_text, en_text, data.track_total(track), widths, s.cell_bold))
        extra += [
            ("SPAN", (0, len(rows) - 1), (6, len(rows) - 1)),
            ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), Color(*SUBTOTAL_FILL)),
        ]
    ko_text = f"합계 ({len(data.running)}개 과제)"
    en_text = f"Total ({len(data.running)} tasks)"
    rows.append(_sum_row(lang, ko_text, en_text, data.total_krw, widths, s.cell_bold))
    last = len(rows) - 1
    extra += [
        ("SPAN", (0, last), (6, last)),
        ("BACKGROUND", (0, last), (-1, last), Color(*HEADER_FILL)),
        ("LINEABOVE", (0, last), (-1, last), 0.9, Color(0.2, 0.2, 0.25)),
    ]
    extra += [("ALIGN", (0, 1), (-1, -1), "CENTER"), ("ALIGN", (7, 1), (7, -1), "RIGHT")]
    return Table(rows, colWidths=widths, repeatRows=1, style=_grid_style(extra), hAlign="CENTER")


def _name(lang: str, ko: str, en: str, width: float) -> Any:
    s = styles()
    if lang == "both" and en:
        return _pair(lang, ko, en, s.cell_centre, width)
    return lines([(en or ko) if lang == "en" else ko], s.cell_centre, width - 2 * PAD)


def _sum_row(
    lang: str, ko: str, en: str, amount: int, widths: list[float], style: Any
) -> list[Any]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    centred = ParagraphStyle(f"{style.name}_c", parent=style, alignment=TA_CENTER)
    text = {"ko": ko, "en": en, "both": f"{ko} / {en}"}[lang]
    label = fit(text, centred, sum(widths[:7]) - 2 * PAD)
    bold_right = ParagraphStyle(f"{style.name}_r", parent=style, alignment=2)
    return [
        label,
        "",
        "",
        "",
        "",
        "",
        "",
        fit(thousand_won(amount), bold_right, widths[7] - 2 * PAD),
        "",
    ]


def _value(lang: str, change: Change, figures: Figures | None, side: str) -> str:
    """One side (당초 or 변경) of a change, written for ``lang`` from the figures themselves."""
    raw = change.before if side == "before" else change.after
    if figures is None or change.item == "과제":
        return STATE_EN.get(raw, raw) if lang == "en" else raw
    if change.item == "연구비":
        return thousand_won(figures.budget_krw)
    if change.item == "참여인원":
        return f"{figures.headcount}" if lang == "en" else f"{figures.headcount}명"
    if change.item == "GPU":
        return f"{figures.gpu_allocation}" if lang == "en" else f"{figures.gpu_allocation}장"
    if change.item == "과제명":
        return figures.title_en or figures.title_ko if lang == "en" else figures.title_ko
    if change.item == "연구기간":
        if lang == "en":
            return f"{short_date_en(figures.period_start)} – {short_date_en(figures.period_end)}"
        return f"{short_date_ko(figures.period_start)} ~ {short_date_ko(figures.period_end)}"
    return raw


def _value_cell(
    lang: str,
    label: str,
    change: Change,
    figures: Figures | None,
    side: str,
    style: Any,
    width: float,
) -> Any:
    text = _value(label, change, figures, side)
    # 수행 / 종료 / 신규 carry their English word beneath in the bilingual agreement.
    english = STATE_EN.get(text, "") if lang == "both" and change.item == "과제" else ""
    if text == "-":
        english = ""
    return fit(text, style, width - 2 * PAD, extra=english, extra_style=_small_centred())


def annex2_table(data: AgreementData, lang: str, width: float) -> Any:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Table

    s = styles()
    fixed = [62, 24, 38, 38, 0]
    widths = [(w or width / MM - sum(fixed)) * MM for w in fixed]
    label = "ko" if lang == "both" else lang
    rows: list[list[Any]] = [_head(ANNEX2_HEAD, lang, widths)]
    extra: list[tuple] = []
    # Without last year's cycle on record every task would look "new": say so instead.
    on_record = data.comparison.previous_year is not None
    changed: list[TaskComparison] = (
        [t for t in data.comparison.tasks if t.changes] if on_record else []
    )
    for task in changed:
        first = len(rows)
        for index, change in enumerate(task.changes):
            item = ITEM_LABELS_EN.get(change.item, change.item) if label == "en" else change.item
            if lang == "both":
                item_cell = fit(
                    change.item,
                    s.cell_centre,
                    widths[1] - 2 * PAD,
                    extra=ITEM_LABELS_EN.get(change.item, ""),
                    extra_style=_small_centred(),
                )
            else:
                item_cell = fit(item, s.cell_centre, widths[1] - 2 * PAD)
            money = change.item == "연구비"
            value_style = s.cell_right if money else s.cell_centre
            rows.append(
                [
                    _pair(
                        lang,
                        f"{task.task_code} {task.title_ko}",
                        f"{task.task_code} {task.title_en}",
                        s.cell,
                        widths[0],
                    )
                    if index == 0
                    else "",
                    item_cell,
                    _value_cell(
                        lang, label, change, task.previous, "before", value_style, widths[2]
                    ),
                    _value_cell(
                        lang, label, change, task.current, "after", value_style, widths[3]
                    ),
                    fit(task.reason or "–", s.cell, widths[4] - 2 * PAD) if index == 0 else "",
                ]
            )
        if len(rows) - 1 > first:
            extra += [
                ("SPAN", (0, first), (0, len(rows) - 1)),
                ("SPAN", (4, first), (4, len(rows) - 1)),
            ]
    if not changed:
        none = (
            {
                "ko": "전년도 대비 변경 사항 없음",
                "en": "No changes from the previous year",
                "both": "전년도 대비 변경 사항 없음 / No changes from the previous year",
            }
            if on_record
            else {
                "ko": "전년도 협약 자료가 없어 비교하지 아니함",
                "en": "No agreement of the previous year on record to compare with",
                "both": "전년도 협약 자료가 없어 비교하지 아니함 / "
                "No agreement of the previous year on record to compare with",
            }
        )[lang]
        rows.append([fit(none, s.cell_centre, width - 2 * PAD), "", "", "", ""])
        extra.append(("SPAN", (0, 1), (-1, 1)))
    comparison = data.comparison
    total = {
        "ko": "연구비 총액",
        "en": "Total research funds",
        "both": "연구비 총액 / Total funds",
    }[lang]
    rows.append(
        [
            fit(total, s.cell_bold, widths[0] + widths[1] - 2 * PAD),
            "",
            fit(
                thousand_won(comparison.budget_before) if on_record else "-",
                s.cell_right if on_record else s.cell_centre,
                widths[2] - 2 * PAD,
            ),
            fit(thousand_won(comparison.budget_after), s.cell_right, widths[3] - 2 * PAD),
            "",
        ]
    )
    last = len(rows) - 1
    extra += [
        # Amounts end at the right of their cells and the reason starts at the left of the next:
        # with the usual padding "530,000 GPU 실험…" reads as one phrase across the thin rule.
        ("RIGHTPADDING", (2, 1), (3, -1), 2 * PAD),
        ("LEFTPADDING", (4, 1), (4, -1), 2 * PAD),
        ("SPAN", (0, last), (1, last)),
        ("BACKGROUND", (0, last), (-1, last), Color(*HEADER_FILL)),
        ("LINEABOVE", (0, last), (-1, last), 0.9, Color(0.2, 0.2, 0.25)),
    ]
    return Table(rows, colWidths=widths, repeatRows=1, style=_grid_style(extra), hAlign="CENTER")
