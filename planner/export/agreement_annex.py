"""별표 1 (the tasks in force) and 별표 2 (the changes from last year) of the agreement.

The rows are plain data first (:func:`annex1_tasks`, :func:`annex2_rows`), so that tests can
hold what is printed to the articles: 별표 1 lists exactly the tasks 제4조① counts, and the
증감 column of 별표 2 adds up to the change of the total, ended and new tasks included.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from planner.export.agreement_data import DECISION_LABELS, TRACK_LABELS, AgreementData, TaskLine
from planner.export.agreement_wording import amount_text, in_language, reason, whole_thousands
from planner.export.korean import short_date_en, short_date_ko
from planner.export.layout import FONT_ALL, HEADER_FILL, MM, RULE, SUBTOTAL_FILL, fit, lines, styles
from planner.models.enums import Track
from planner.renewals.compare import Change, Figures, TaskComparison
from planner.renewals.totals import Totals

PAD = 3.0  # points of padding on each side of a cell
BUDGET = "연구비"

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
        "인원",
        "GPU",
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
        "Staff",
        "GPUs",
        "Decision",
    ),
}
ANNEX2_HEAD = {
    "ko": ("과제", "항목", "당초", "변경", "증감", "변경사유"),
    "en": ("Task", "Item", "Before", "After", "Change", "Reason"),
}
ITEM_LABELS_EN = {
    "과제": "Task",
    BUDGET: "Research funds",
    "참여인원": "Researchers",
    "GPU": "GPUs",
    "과제명": "Title",
    "연구기간": "Period",
}
STATE_EN = {"수행": "Ongoing", "종료": "Concluded", "신규": "New", "-": "–"}


# --- the rows, as data ----------------------------------------------------------------------


def annex1_tasks(data: AgreementData) -> list[TaskLine]:
    """The tasks in force, in print order (track, then code): 제4조①'s count, no more."""
    order = list(Track)
    return sorted(data.running, key=lambda t: (order.index(t.track), t.code))


@dataclass(frozen=True)
class ChangeRow:
    """One line of 별표 2."""

    task: TaskComparison
    change: Change
    delta_krw: int | None  # the 증감 column: on research-fund lines only


def annex2_rows(data: AgreementData) -> list[ChangeRow]:
    """Every change from last year's agreement; a task that ends or begins also shows its
    research funds going to or coming from zero, so the 증감 column adds up to the change of
    the total."""
    comparison = data.comparison
    if comparison.previous_year is None:
        return []
    rows: list[ChangeRow] = []
    for task in comparison.tasks:
        changes = [c for c in task.changes if c.item != BUDGET]
        if task.budget_delta:
            changes.insert(
                1 if changes and changes[0].item == "과제" else 0, Change(BUDGET, "", "")
            )
        for change in changes:
            delta = task.budget_delta if change.item == BUDGET else None
            rows.append(ChangeRow(task, change, delta))
    return rows


def _thousands(data: AgreementData) -> bool:
    """Whether both annexes can state every amount in 천원 exactly (else in 원)."""
    amounts = [t.budget_krw for t in data.tasks] + [t.budget_krw for t in data.previous_tasks]
    comparison = data.comparison
    amounts += [comparison.budget_before, comparison.budget_after]
    return whole_thousands(amounts)


def unit_note(data: AgreementData, names: dict[str, str]) -> str:
    return names["unit_note"] if _thousands(data) else names["unit_note_won"]


# --- the tables -----------------------------------------------------------------------------


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


def _pair(lang: str, ko: str, en: str, style: Any, width: float) -> Any:
    """Korean with English beneath (both), Korean (ko), or English with no Hangul (en)."""
    if lang == "en":
        return fit(in_language((ko, en), "en"), style, width - 2 * PAD)
    extra = en if lang == "both" and en and en != ko else ""
    return fit(
        ko,
        style,
        width - 2 * PAD,
        extra=extra,
        extra_style=_small_centred() if style.alignment == 1 else None,  # 1: centred
    )


def _name(lang: str, ko: str, en: str, width: float) -> Any:
    s = styles()
    if lang == "both":
        return _pair(lang, ko, in_language((ko, en), "en", name=True), s.cell_centre, width)
    text = in_language((ko, en), lang, name=True)
    return lines([text], s.cell_centre, width - 2 * PAD)


def _period(lang: str, start: Any, end: Any) -> str:
    if lang == "en":
        return f"{short_date_en(start)} – {short_date_en(end)}"
    return f"{short_date_ko(start)} ~ {short_date_ko(end)}"


def annex1_table(data: AgreementData, lang: str, width: float) -> Any:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Table

    s = styles()
    thousands = _thousands(data)
    # "Foundational" needs a wider track column than "원천기술".
    ko = lang == "ko"
    fixed = [9, 17 if ko else 22, 14, 0, 24, 24, 39 if ko else 40, 21, 11, 11, 13 if ko else 18]
    title_width = width / MM - sum(fixed)
    widths = [(w or title_width) * MM for w in fixed]
    label = "ko" if lang == "both" else lang
    rows: list[list[Any]] = [_head(ANNEX1_HEAD, lang, widths)]
    extra: list[tuple] = []
    tasks = annex1_tasks(data)
    for number, task in enumerate(tasks, start=1):
        track_lines = [TRACK_LABELS[label][task.track]]
        decision_lines = [DECISION_LABELS[label][task.decision]]
        if lang == "both":
            track_lines.append(TRACK_LABELS["en"][task.track])
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
                lines(
                    [_period(lang, task.period_start, task.period_end)],
                    s.cell_centre,
                    widths[6] - 2 * PAD,
                ),
                amount_text(task.budget_krw, thousands),
                str(task.headcount),
                str(task.gpu_allocation),
                lines(decision_lines, s.cell_centre, widths[10] - 2 * PAD),
            ]
        )
        last_of_track = number == len(tasks) or tasks[number].track != task.track
        if last_of_track:
            subtotal = data.totals.track(task.track)
            ko_text = f"{TRACK_LABELS['ko'][task.track]} 소계 ({subtotal.tasks}개 과제)"
            en_text = f"{TRACK_LABELS['en'][task.track]} subtotal ({subtotal.tasks} tasks)"
            rows.append(_sum_row(lang, ko_text, en_text, subtotal, thousands))
            extra += [
                ("SPAN", (0, len(rows) - 1), (6, len(rows) - 1)),
                ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), Color(*SUBTOTAL_FILL)),
            ]
    overall = data.totals.overall
    ko_text = f"합계 ({overall.tasks}개 과제)"
    en_text = f"Total ({overall.tasks} tasks)"
    rows.append(_sum_row(lang, ko_text, en_text, overall, thousands))
    last = len(rows) - 1
    extra += [
        ("SPAN", (0, last), (6, last)),
        ("BACKGROUND", (0, last), (-1, last), Color(*HEADER_FILL)),
        ("LINEABOVE", (0, last), (-1, last), 0.9, Color(0.2, 0.2, 0.25)),
        ("ALIGN", (0, 1), (-1, -1), "CENTER"),
        ("ALIGN", (7, 1), (7, -1), "RIGHT"),
    ]
    return Table(rows, colWidths=widths, repeatRows=1, style=_grid_style(extra), hAlign="CENTER")


def _sum_row(lang: str, ko: str, en: str, totals: Totals, thousands: bool) -> list[Any]:
    """A subtotal or total line, with the cycle's own totals (planner.renewals.totals)."""
    text = {"ko": ko, "en": en, "both": f"{ko} / {en}"}[lang]
    bold_centre = _bold(1)
    return [
        fit(text, bold_centre, 0),
        "",
        "",
        "",
        "",
        "",
        "",
        fit(amount_text(totals.budget_krw, thousands), _bold(2), 0),
        fit(str(totals.headcount), bold_centre, 0),
        fit(str(totals.gpu_allocation), bold_centre, 0),
        "",
    ]


@cache
def _bold(alignment: int) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    bold = styles().cell_bold
    return ParagraphStyle(f"{bold.name}_{alignment}", parent=bold, alignment=alignment)


def _state(lang: str, text: str) -> str:
    return STATE_EN.get(text, text) if lang == "en" else text


def _value(lang: str, row: ChangeRow, side: str, thousands: bool) -> str:
    """One side (당초 or 변경) of a change, written for ``lang`` from the figures themselves."""
    change, task = row.change, row.task
    if change.item == BUDGET:
        amount = task.budget_before if side == "before" else task.budget_after
        return amount_text(amount, thousands)
    figures: Figures | None = task.previous if side == "before" else task.current
    raw = change.before if side == "before" else change.after
    if figures is None or change.item == "과제":
        return _state(lang, raw)
    if change.item == "참여인원":
        return f"{figures.headcount}" if lang == "en" else f"{figures.headcount}명"
    if change.item == "GPU":
        return f"{figures.gpu_allocation}" if lang == "en" else f"{figures.gpu_allocation}장"
    if change.item == "과제명":
        return in_language((figures.title_ko, figures.title_en), lang)
    if change.item == "연구기간":
        return _period(lang, figures.period_start, figures.period_end)
    return raw


def _signed(amount: int, thousands: bool) -> str:
    if not amount:
        return "0"
    sign = "+" if amount > 0 else "-"
    return sign + amount_text(abs(amount), thousands)


def _reason_line(data: AgreementData, code: str) -> TaskLine | None:
    return next((t for t in data.tasks if t.code == code), None)


def annex2_table(data: AgreementData, lang: str, width: float, names: dict[str, str]) -> Any:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Table

    s = styles()
    thousands = _thousands(data)
    fixed = [58, 22, 34, 34, 26, 0]
    widths = [(w or width / MM - sum(fixed)) * MM for w in fixed]
    label = "ko" if lang == "both" else lang
    rows: list[list[Any]] = [_head(ANNEX2_HEAD, lang, widths)]
    extra: list[tuple] = []
    changed = annex2_rows(data)
    first_of_task = 0
    for index, row in enumerate(changed):
        task = row.task
        starts = index == 0 or changed[index - 1].task is not task
        if starts:
            first_of_task = len(rows)
        item = row.change.item
        if lang == "both":
            item_cell = fit(
                item,
                s.cell_centre,
                widths[1] - 2 * PAD,
                extra=ITEM_LABELS_EN.get(item, ""),
                extra_style=_small_centred(),
            )
        else:
            text = ITEM_LABELS_EN.get(item, item) if label == "en" else item
            item_cell = fit(text, s.cell_centre, widths[1] - 2 * PAD)
        value_style = s.cell_right if item == BUDGET else s.cell_centre
        before, after = (_value(label, row, side, thousands) for side in ("before", "after"))
        if lang == "both" and item == "과제":
            values = [
                fit(
                    v,
                    value_style,
                    0,
                    extra=STATE_EN.get(v, "") if v != "-" else "",
                    extra_style=_small_centred(),
                )
                for v in (before, after)
            ]
        else:
            values = [fit(v, value_style, 0) for v in (before, after)]
        line = _reason_line(data, task.task_code)
        if line is None:
            why = "–"
        elif lang == "both":
            why = line.reason_ko or "–"
        else:
            why = reason(line, label) or "–"
        rows.append(
            [
                _pair(
                    lang,
                    f"{task.task_code} {task.title_ko}",
                    f"{task.task_code} {in_language((task.title_ko, task.title_en), 'en')}",
                    s.cell,
                    widths[0],
                )
                if starts
                else "",
                item_cell,
                *values,
                fit(_signed(row.delta_krw, thousands), s.cell_right, 0)
                if row.delta_krw is not None
                else "",
                (
                    fit(why, s.cell, 0, extra=line.reason_en if line else "")
                    if lang == "both"
                    else fit(why, s.cell, 0)
                )
                if starts
                else "",
            ]
        )
        ends = index == len(changed) - 1 or changed[index + 1].task is not task
        if ends and len(rows) - 1 > first_of_task:
            extra += [
                ("SPAN", (0, first_of_task), (0, len(rows) - 1)),
                ("SPAN", (5, first_of_task), (5, len(rows) - 1)),
            ]
    on_record = data.comparison.previous_year is not None
    if not changed:
        key = "annex2_no_changes" if on_record else "annex2_first_year"
        rows.append([fit(names[key], s.cell_centre, 0), "", "", "", "", ""])
        extra.append(("SPAN", (0, 1), (-1, 1)))
    comparison = data.comparison
    total = {
        "ko": "연구비 총액",
        "en": "Total research funds",
        "both": "연구비 총액 / Total funds",
    }[lang]
    before = amount_text(comparison.budget_before, thousands) if on_record else "–"
    delta = comparison.budget_after - comparison.budget_before
    rows.append(
        [
            fit(total, s.cell_bold, 0),
            "",
            fit(before, _bold(2) if on_record else _bold(1), 0),
            fit(amount_text(comparison.budget_after, thousands), _bold(2), 0),
            fit(_signed(delta, thousands) if on_record else "–", _bold(2 if on_record else 1), 0),
            "",
        ]
    )
    last = len(rows) - 1
    extra += [
        # Amounts end at the right of their cells and the reason starts at the left of the next:
        # with the usual padding "530,000 GPU 실험…" reads as one phrase across the thin rule.
        ("RIGHTPADDING", (2, 1), (4, -1), 2 * PAD),
        ("LEFTPADDING", (5, 1), (5, -1), 2 * PAD),
        ("SPAN", (0, last), (1, last)),
        ("BACKGROUND", (0, last), (-1, last), Color(*HEADER_FILL)),
        ("LINEABOVE", (0, last), (-1, last), 0.9, Color(0.2, 0.2, 0.25)),
    ]
    return Table(rows, colWidths=widths, repeatRows=1, style=_grid_style(extra), hAlign="CENTER")
