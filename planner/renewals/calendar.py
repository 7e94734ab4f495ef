"""A cycle's deadlines as an iCalendar file, for Outlook or any calendar.

UIDs are derived from the cycle and the kind of deadline (a deliverable's from its id), so
importing a newer export updates the events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Deadline:
    year: int
    kind: str  # "consultation", "signing" or "deliverable"
    day: dt.date
    # A deliverable's: its id (for the UID) and what the event says in each language.
    key: int = 0
    summary_ko: str = ""
    summary_en: str = ""


TITLES = {
    "consultation": ("{year}년 연구과제 갱신 협의 마감", "Consultation deadline, {year} task renewal"),
    "signing": ("{year}년 갱신 협약 체결 목표일", "Signing target, {year} renewal agreement"),
}


def deadlines_calendar(deadlines: list[Deadline], stamp: dt.datetime, lang: str = "ko") -> bytes:
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//KT-KAIST AI-SW Institute//Lab Planner//KO")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "연구과제 갱신 일정" if lang == "ko" else "Task renewal deadlines")
    for deadline in deadlines:
        event = Event()
        if deadline.kind == "deliverable":
            event.add("uid", f"deliverable-{deadline.key}@labplanner.kt-kaist")
            event.add("summary", deadline.summary_ko if lang == "ko" else deadline.summary_en)
        else:
            ko, en = TITLES[deadline.kind]
            event.add("uid", f"cycle-{deadline.year}-{deadline.kind}@labplanner.kt-kaist")
            event.add("summary", (ko if lang == "ko" else en).format(year=deadline.year))
        event.add("dtstart", deadline.day)
        event.add("dtend", deadline.day + dt.timedelta(days=1))
        event.add("dtstamp", stamp)
        event.add("categories", ["Lab Planner"])
        alarm = Alarm()  # a week's notice
        alarm.add("action", "DISPLAY")
        alarm.add("description", event["summary"])
        alarm.add("trigger", dt.timedelta(days=-7))
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
