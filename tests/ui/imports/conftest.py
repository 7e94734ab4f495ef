"""A window on a private copy of the demo (imports change data), and spreadsheet builders."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from planner.storage import open_database
from tests.ui.conftest import TODAY
from ui.app import create_main_window
from ui.main_window import MainWindow

PEOPLE_HEADERS = ("성명", "영문 이름", "소속", "직급", "이메일", "연락처", "입주일", "과제코드")
NEW_PEOPLE = (
    (
        "가나다",
        "Ga Nada",
        "KAIST",
        "연구원",
        "ganada@kaist.ac.kr",
        "010-1234-5678",
        "2025-03-01",
        "F-01",
    ),
    ("라마바", "Ra Mabah", "KT", "KT 직원", "ramabah@kt.com", "010-2345-6789", "2025.4.1", ""),
)


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


@pytest.fixture
def own_window(qtbot, demo_copy, settings) -> Iterator[MainWindow]:
    database = open_database(demo_copy)
    main = create_main_window(database, settings, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
