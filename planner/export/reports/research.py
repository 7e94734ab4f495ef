"""Research administration reports (A4, Korean): the participants of a year (참여연구원 현황),
the KPIs of a year against last year (성과지표), and the IP register (지식재산 관리대장) that
the agreement's IP article refers to.

Each takes the rows the window and the CLI list (planner.services.participants / kpis / ip),
so a figure reads the same on screen, in a spreadsheet and on paper.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from planner.export.korean import date_ko
from planner.export.layout import PageFurniture, build_pdf, styles
from planner.export.reports.tables import report_table, section_heading
from planner.models import IpState, ParticipantRole
from planner.services.ip import IpRow
from planner.services.kpis import KpiRow
from planner.services.participants import ParticipantRow

ROLE_KO = {
    ParticipantRole.LEAD: "책임", ParticipantRole.CO: "공동",
    ParticipantRole.MEMBER: "참여", ParticipantRole.STUDENT: "학생",
}
STATE_KO = {
    IpState.DISCLOSED: "신고", IpState.FILED: "출원",
    IpState.REGISTERED: "등록", IpState.ABANDONED: "포기",
}
ORG = "KT-KAIST AI·SW 연구소"


def _short(day: dt.date) -> str:
    return day.strftime("%y.%m.%d")


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def participants_table(rows: Sequence[ParticipantRow], totals: Mapping[int, int]) -> Any:
    """The table of one year's participants, also the agreement's annex."""
    body = [
        [r.task_code, r.name_ko, r.organisation, ROLE_KO[r.role], f"{r.rate_pct}%",
         f"{totals.get(r.person_id, r.rate_pct)}%", f"{_short(r.period_start)}–{_short(r.period_end)}"]
        for r in rows
    ]
    return report_table(
        ["과제", "성명", "소속", "역할", "참여율", "연간 합계", "참여 기간"],
        body or [["–", "참여연구원 없음", "", "", "", "", ""]],
        [16, 26, 24, 14, 17, 19, 54],
        numeric=(4, 5),
    )


def build_participants_report(
    year: int, rows: Sequence[ParticipantRow], totals: Mapping[int, int],
    problems: Sequence[str] = (), *, created: dt.date,
) -> bytes:
    from reportlab.platypus import Paragraph

    s = styles()
    title = f"{year}년도 참여연구원 현황"
    people = {r.person_id for r in rows}
    story: list[Any] = [
        Paragraph(title, s.annex_title),
        Paragraph(
            f"과제 {len({r.task_code for r in rows})}개, 참여연구원 {len(people)}명 "
            f"(과제별 참여 {len(rows)}건). 한 사람의 연간 참여율 합계는 100% 이하입니다."
            + (f" 확인 필요: {' '.join(problems)}" if problems else ""),
            s.report_text,
        ),
    ]
    story += section_heading("과제별 참여연구원")
    story.append(participants_table(rows, totals))
    furniture = PageFurniture(header_left=f"{ORG} · {title}", header_right=date_ko(created))
    return build_pdf(tuple(story), furniture=furniture, created=created, title=title)


def kpi_table(rows: Sequence[KpiRow]) -> Any:
    body = [
        [r.task_code, r.name, r.unit, _number(r.target), _number(r.actual),
         "–" if r.achieved_pct is None else f"{r.achieved_pct:.0f}%",
         _number(r.last_target), _number(r.last_actual)]
        for r in rows
    ]
    return report_table(
        ["과제", "성과지표", "단위", "목표", "실적", "달성률", "전년 목표", "전년 실적"],
        body or [["–", "성과지표 없음", "", "", "", "", "", ""]],
        [15, 52, 13, 18, 18, 18, 18, 18],
        numeric=(3, 4, 5, 6, 7),
    )


def build_kpi_report(year: int, rows: Sequence[KpiRow], *, created: dt.date) -> bytes:
    from reportlab.platypus import Paragraph

    s = styles()
    title = f"{year}년도 성과지표"
    story: list[Any] = [
        Paragraph(title, s.annex_title),
        Paragraph(f"과제 {len({r.task_code for r in rows})}개의 성과지표 {len(rows)}건, "
                  f"{year - 1}년 같은 지표의 목표와 실적을 함께 보입니다.", s.report_text),
    ]
    story += section_heading("과제별 성과지표")
    story.append(kpi_table(rows))
    furniture = PageFurniture(header_left=f"{ORG} · {title}", header_right=date_ko(created))
    return build_pdf(tuple(story), furniture=furniture, created=created, title=title)


def ip_table(rows: Sequence[IpRow]) -> Any:
    body = [
        [str(n), r.disclosed_on.strftime("%Y.%m.%d"), r.title, ", ".join(r.inventors), ", ".join(r.task_codes) or "–",
         f"{r.kt_share_pct} / {r.kaist_share_pct}", r.filing_no or "–", STATE_KO[r.state]]
        for n, r in enumerate(rows, 1)
    ]
    return report_table(
        ["번호", "신고일", "발명의 명칭", "발명자", "과제", "지분(%)", "출원번호", "상태"],
        body or [["–", "", "신고된 지식재산 없음", "", "", "", "", ""]],
        [8, 20, 44, 31, 12, 16, 30, 9],
    )


def build_ip_register(rows: Sequence[IpRow], *, created: dt.date) -> bytes:
    from reportlab.platypus import Paragraph

    s = styles()
    title = "지식재산 관리대장"
    story: list[Any] = [
        Paragraph(title, s.annex_title),
        Paragraph(
            f"공동연구에서 나온 지식재산 {len(rows)}건. 협약서의 지식재산권 조항이 가리키는 "
            "대장으로, 지분은 KT / KAIST 순이며 건마다 합계가 100%입니다.",
            s.report_text,
        ),
    ]
    story += section_heading("신고·출원 목록")
    story.append(ip_table(rows))
    furniture = PageFurniture(header_left=f"{ORG} · {title}", header_right=date_ko(created))
    return build_pdf(tuple(story), furniture=furniture, created=created, title=title)
