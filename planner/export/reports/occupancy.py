"""The occupancy report: seats and people by floor, organisation and task, with a chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from planner.export.fonts import register_fonts
from planner.export.korean import date_ko, short_date_ko
from planner.export.layout import MM, PageFurniture, build_pdf, styles
from planner.export.reports.occupancy_months import SERIES, month_chart, month_rows
from planner.export.reports.tables import report_table, section_heading
from planner.palette import BLOCKED_BAR, OCCUPIED_BAR, VACANT_BAR


@dataclass(frozen=True)
class OccupancyReport:
    """Rows are :class:`planner.services.queries.OccupancyRow`, ``MoveOut`` and ``FloorChange``
    (plain data, each from its one service function)."""

    site: str
    day: dt.date
    floors: Sequence[Any]
    organisations: Sequence[Any]
    tasks: Sequence[Any]
    move_outs: Sequence[Any]
    ended_tasks: frozenset[int] = frozenset()  # ids of concluded tasks (their rows say so)
    floor_changes: Sequence[Any] = ()  # moves to another floor or zone: they stay
    # planner.services.occupancy_months.MonthOccupancy: the months of a period, () for none.
    months: Sequence[Any] = ()


def _floor_chart(floors: Sequence[Any], width: float) -> Any:
    """Occupied and vacant seats per floor, stacked, with the utilisation written above."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib.colors import Color

    sans, _ = register_fonts()
    height = 62 * MM
    drawing = Drawing(width, height)
    drawing.initialFontName = sans  # else the renderer starts in Times-Roman, an unembedded font
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * MM, 9 * MM, width - 50 * MM, height - 16 * MM
    blocked = [r.blocked for r in floors]
    chart.data = [[r.occupied for r in floors], [r.vacant or 0 for r in floors]]
    if any(blocked):  # desks out of use: a segment of their own, neither used nor vacant
        chart.data.append(blocked)
    chart.categoryAxis.categoryNames = [r.label.split(" ")[-1] for r in floors]
    chart.categoryAxis.style = "stacked"
    chart.barWidth = 14
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = sans  # the default, Helvetica, would be an unembedded font
        axis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.gridStrokeColor = Color(0.85, 0.85, 0.88)
    chart.valueAxis.visibleGrid = True
    # The window's occupancy chart has the same two colours (planner.palette).
    chart.bars[0].fillColor = Color(*(c / 255 for c in OCCUPIED_BAR))
    chart.bars[1].fillColor = Color(*(c / 255 for c in VACANT_BAR))
    chart.bars[2].fillColor = Color(*(c / 255 for c in BLOCKED_BAR))
    chart.bars.strokeColor = None
    drawing.add(chart)
    top = max((r.seats or 0) for r in floors) if floors else 0
    for index, row in enumerate(floors):
        step = chart.width / max(len(floors), 1)
        x = chart.x + step * (index + 0.5)
        y = chart.y + chart.height * ((row.seats or 0) / (top * 1.0 or 1)) * 0.92 + 2
        drawing.add(
            String(
                x,
                y,
                f"{row.utilisation:.0f}%",
                fontName=f"{sans}-Bold",
                fontSize=7.5,
                textAnchor="middle",
                fillColor=Color(0.2, 0.2, 0.25),
            )
        )
    chart.valueAxis.valueMax = top * 1.087 if top else 1
    legend = Legend()
    legend.x, legend.y = chart.x + chart.width + 8 * MM, chart.y + chart.height - 4
    legend.fontName, legend.fontSize = sans, 8
    legend.colorNamePairs = [
        (chart.bars[0].fillColor, "사용 좌석"),
        (chart.bars[1].fillColor, "빈 좌석"),
    ] + ([(chart.bars[2].fillColor, "사용 중지")] if any(blocked) else [])
    legend.boxAnchor = "nw"
    drawing.add(legend)
    return drawing


def _people_total(rows: Sequence[Any], *, with_90_days: bool) -> list[object]:
    """The "합계" row of a table of people: members, seated, the rate, the move-outs."""
    members = sum(r.people or 0 for r in rows)
    seated = sum(r.occupied for r in rows)
    total: list[object] = [
        "합계",
        members,
        seated,
        f"{100.0 * seated / members if members else 0.0:.1f}%",
        sum(r.move_outs_30 for r in rows),
    ]
    if with_90_days:
        total.append(sum(r.move_outs_90 for r in rows))
    return total


def build_occupancy(report: OccupancyReport) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, Spacer

    s = styles()
    width = A4[0] - 40 * MM
    seats = sum(r.seats or 0 for r in report.floors)
    occupied = sum(r.occupied for r in report.floors)
    vacant = sum(r.vacant or 0 for r in report.floors)
    blocked = sum(r.blocked for r in report.floors)
    idle = sum(r.idle for r in report.floors)
    rate = 100.0 * occupied / seats if seats else 0.0
    apart = ""
    if blocked:
        apart += f" 사용 중지 좌석 {blocked:,}석은 빈 좌석에 넣지 않았습니다."
    if idle:
        apart += f" 사용 좌석 중 {idle:,}석은 휴직·연구년으로 비어 있지만 주인이 있습니다."
    title = "입주 현황 보고서"
    story: list[Any] = [
        Paragraph(
            f"{title} <font size=9 color='#6b6b73'>{date_ko(report.day)} 기준</font>", s.annex_title
        ),
        Paragraph(
            f"좌석 {seats:,}석 중 {occupied:,}석 사용, {vacant:,}석 비어 있음 "
            f"(사용률 {rate:.1f}%).{apart} 30일 안에 {sum(r.move_outs_30 for r in report.floors)}명, "
            f"90일 안에 {sum(r.move_outs_90 for r in report.floors)}명이 퇴거할 예정입니다. "
            f"30일 안에 {sum(r.floor_changes_30 for r in report.floors)}명이 다른 층이나 구역으로 "
            "옮깁니다 (퇴거가 아닙니다).",
            s.report_text,
        ),
        Spacer(1, 3 * MM),
        _floor_chart(report.floors, width),
    ]
    floor_rows = [
        [
            r.label,
            r.seats or 0,
            r.occupied,
            r.vacant or 0,
            f"{r.utilisation:.1f}%",
            r.move_outs_30,
            r.move_outs_90,
            r.floor_changes_30,
        ]
        for r in report.floors
    ]
    floor_rows.append(
        [
            "합계",
            seats,
            occupied,
            vacant,
            f"{rate:.1f}%",
            sum(r.move_outs_30 for r in report.floors),
            sum(r.move_outs_90 for r in report.floors),
            sum(r.floor_changes_30 for r in report.floors),
        ]
    )
    story += section_heading("층별 현황")
    story.append(
        report_table(
            ["층", "좌석", "사용", "빈 좌석", "사용률", "30일 내 퇴거", "90일 내 퇴거", "30일 내 층 이동"],
            floor_rows,
            [44, 16, 16, 16, 18, 20, 20, 20],
            numeric=range(1, 8),
            total_row=True,
        )
    )
    if report.months:
        first, last = report.months[0].label, report.months[-1].label
        story += section_heading("월별 좌석 현황", f"({first} – {last}, 하루 평균 좌석 수)")
        story.append(month_chart(report.months, width))
        story.append(
            report_table(
                ["월", "좌석", *(label for _a, label, _c in SERIES)],
                month_rows(report.months),
                [18, 14, 16, 40, 18, 18],
                numeric=range(1, 6),
            )
        )
    people = [
        [
            r.label,
            r.people or 0,
            r.occupied,
            f"{r.utilisation:.1f}%",
            r.move_outs_30,
            r.move_outs_90,
        ]
        for r in report.organisations
    ]
    people.append(_people_total(report.organisations, with_90_days=True))
    seated = sum(r.occupied for r in report.organisations)
    story += section_heading("소속별 현황", "(좌석 배정 인원 / 소속 인원)")
    story.append(
        report_table(
            ["소속", "인원", "좌석 배정", "배정률", "30일 내 퇴거", "90일 내 퇴거"],
            people,
            [62, 20, 22, 20, 23, 23],
            numeric=range(1, 6),
            total_row=True,
        )
    )
    if seated != occupied:
        # People are counted by organisation, seats by desk: a shared hot desk seats two.
        story.append(
            Paragraph(
                f"좌석 배정 인원 합계 {seated:,}명이 사용 좌석 {occupied:,}석보다 "
                f"{seated - occupied:,}명 많은 것은 핫데스크 한 자리를 두 사람 이상이 함께 "
                "쓰기 때문입니다 (좌석은 한 번, 사람은 저마다 셉니다).",
                s.report_text,
            )
        )
    tasks = [
        [r.label, r.people or 0, r.occupied, f"{r.utilisation:.1f}%", r.move_outs_30]
        for r in report.tasks
    ]
    tasks.append(_people_total(report.tasks, with_90_days=False))
    story += section_heading("연구과제별 현황")
    story.append(
        report_table(
            ["연구과제", "참여 인원", "좌석 배정", "배정률", "30일 내 퇴거"],
            tasks,
            [90, 20, 20, 20, 20],
            numeric=range(1, 5),
            total_row=True,
        )
    )
    notes = ["여러 과제에 참여하는 사람은 과제마다 셉니다."]
    if report.ended_tasks:
        notes.append("(종료)는 종료된 과제입니다.")
    story.append(Paragraph(" ".join(notes), s.report_text))
    moves = [
        [short_date_ko(m.last_day), m.name_ko, m.organisation, m.desk_code]
        for m in report.move_outs
    ]
    story += section_heading("퇴거 예정자", "(앞으로 30일)")
    story.append(
        report_table(
            ["마지막 날", "이름", "소속", "좌석"],
            moves or [["–", "퇴거 예정자 없음", "", ""]],
            [30, 40, 60, 40],
        )
    )
    changes = [
        [short_date_ko(c.day), c.name_ko, c.organisation, f"{c.from_desk} ({c.from_place})",
         f"{c.to_desk} ({c.to_place})"]
        for c in report.floor_changes
    ]
    story += section_heading("층 이동 예정자", "(앞으로 30일, 퇴거가 아닌 자리 이동)")
    story.append(
        report_table(
            ["옮기는 날", "이름", "소속", "지금 좌석", "옮길 좌석"],
            changes or [["–", "층 이동 예정자 없음", "", "", ""]],
            [20, 24, 26, 50, 50],
        )
    )
    furniture = PageFurniture(
        header_left=f"{report.site} · {title}" if report.site else title,
        header_right=f"{date_ko(report.day)} 기준",
    )
    return build_pdf(story, furniture=furniture, created=report.day, title=title)
