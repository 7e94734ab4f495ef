"""An XLSX template to fill for an import of people or desks (File ▸ Import ▸ Save a template…).

The first sheet has the import's columns under the titles the importer recognises (Korean or
English), one sample row that imports cleanly as it is (overwrite it), and drop-down lists of
the valid values — roles, desk kinds, in service, and what the database holds: organisations,
task codes, buildings, floors, zones — as Excel data validation. A closed list (role, kind,
in service) refuses anything else; the others only warn, since a new organisation or zone may
be created by the import, and task codes and features are several per cell. Dates are date
cells, coordinates numbers. The lists live on a second, hidden sheet.

Filled in, the template imports through the ordinary reader: nothing here is needed to read it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.io.columns import DESK_FIELDS, PEOPLE_FIELDS, FieldSpec
from planner.io.errors import SpreadsheetError
from planner.io.export import DATE_FORMAT, atomic_write, display_width
from planner.io.export_data import SHEET_NAMES
from planner.io.labels import (
    ENGLISH,
    IN_SERVICE_LABELS,
    KOREAN,
    Label,
    features_text,
    label_of,
    labels_of,
)
from planner.models import (
    Desk,
    DeskFeature,
    DeskKind,
    Floor,
    Organisation,
    ResearchTask,
    Role,
    Zone,
)

PEOPLE, DESKS = "people", "desks"
TEMPLATE_ROWS = 2000  # rows the drop-downs and formats cover below the header
_CLOSED, _OPEN, _SEVERAL = "stop", "warning", "information"  # Excel's error styles


@dataclass(frozen=True)
class ValidList:
    """The valid values of one field, and how strictly Excel holds the cell to them."""

    field: str
    values: tuple[str, ...]
    style: str  # _CLOSED, _OPEN or _SEVERAL


def _organisation_names(session: Session, language: str) -> list[str]:
    organisations = session.scalars(select(Organisation).order_by(Organisation.name))
    return [(o.name_en or o.name) if language == ENGLISH else o.name for o in organisations]


def people_lists(session: Session, language: str) -> list[ValidList]:
    tasks = list(session.scalars(select(ResearchTask.code).order_by(ResearchTask.code)))
    return [
        ValidList("role", tuple(labels_of(Role, language)), _CLOSED),
        ValidList("organisation", tuple(_organisation_names(session, language)), _OPEN),
        ValidList("tasks", tuple(tasks), _SEVERAL),
        ValidList("needs", tuple(labels_of(DeskFeature, language)), _SEVERAL),
    ]


def desk_lists(session: Session, language: str) -> list[ValidList]:
    floors = list(
        session.scalars(select(Floor).options(selectinload(Floor.building)).order_by(Floor.level))
    )
    buildings = dict.fromkeys(f.building.code for f in floors)
    zones = dict.fromkeys(session.scalars(select(Zone.name).order_by(Zone.name)))
    in_service = tuple(IN_SERVICE_LABELS[value].in_language(language) for value in (True, False))
    return [
        ValidList("building", tuple(buildings), _OPEN),
        ValidList("floor", tuple(dict.fromkeys(f.name for f in floors)), _OPEN),
        ValidList("zone", tuple(zones), _OPEN),
        ValidList("kind", tuple(labels_of(DeskKind, language)), _CLOSED),
        ValidList("features", tuple(labels_of(DeskFeature, language)), _SEVERAL),
        ValidList("active", in_service, _CLOSED),
    ]


def people_sample(session: Session, language: str, today: dt.date) -> dict[str, object]:
    """A new person the import accepts as is (an organisation and a task that exist)."""
    organisations = _organisation_names(session, language)
    preferred = [o for o in organisations if o.upper().startswith("KAIST")]
    task = session.scalars(select(ResearchTask.code).order_by(ResearchTask.code)).first()
    start = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)  # next month's first
    return {
        "name_ko": "홍길동",
        "name_en": "Hong Gildong",
        "organisation": (preferred or organisations or ["KAIST"])[0],
        "role": label_of(Role.RESEARCHER, language),
        "email": "gildong.hong@example.com",
        "phone": "010-1234-5678",
        "stay_start": start,
        "stay_end": start.replace(year=start.year + 1) - dt.timedelta(days=1),
        "tasks": task or "",
        "needs": features_text(int(DeskFeature.MONITOR), language),
    }


def desk_sample(session: Session, language: str) -> dict[str, object]:
    """A new desk on the first floor, with a code no desk has yet."""
    floor = session.scalars(
        select(Floor).options(selectinload(Floor.building)).order_by(Floor.level)
    ).first()
    if floor is None:
        return {"code": "1F-A-001", "floor": "1", "x": 1.0, "y": 1.0}
    taken = set(session.scalars(select(Desk.code)))
    number = 1
    while f"{floor.level}F-T-{number:03d}" in taken:
        number += 1
    zone = session.scalars(select(Zone.name).where(Zone.floor_id == floor.id)).first()
    return {
        "code": f"{floor.level}F-T-{number:03d}",
        "building": floor.building.code,
        "floor": floor.name,
        "zone": zone or "",
        "x": 1.0,
        "y": 1.0,
        "kind": label_of(DeskKind.FIXED, language),
        "features": features_text(int(DeskFeature.MONITOR), language),
        "rotation": 0.0,
        "active": IN_SERVICE_LABELS[True].in_language(language),
    }


_DATES = frozenset({"stay_start", "stay_end"})
_NUMBERS = {"x": (-1e5, 1e5), "y": (-1e5, 1e5), "rotation": (-360.0, 360.0)}
_TEXTS = {
    "lists": Label("목록", "Lists"),
    "required": Label("필수 항목입니다.", "Required."),
    "choose": Label("목록에서 고르세요", "Choose from the list"),
    "several": Label("여러 개는 쉼표로 구분합니다", "Separate several with commas"),
    "new": Label("목록에 없으면 새로 만들어집니다", "A value not listed is created"),
    "not_valid": Label(
        "목록에 있는 값만 쓸 수 있습니다.", "Only the values of the list are valid."
    ),
    "not_listed": Label(
        "목록에 없는 값입니다. 가져올 때 새로 만들어집니다.",
        "Not in the list: the import will create it.",
    ),
    "several_error": Label("여러 값은 쉼표로 구분합니다.", "Separate several values with commas."),
    "date": Label("날짜 (예: 2025-03-01)", "A date (e.g. 2025-03-01)"),
    "number": Label("숫자 (m)", "A number (m)"),
    "sample": Label(
        "예시 행입니다. 고쳐 쓰거나 지우고 입력하세요.", "A sample row: overwrite it, or delete it."
    ),
}


def write_template(
    session: Session,
    kind: str,
    path: str | Path,
    *,
    language: str = KOREAN,
    today: dt.date | None = None,
) -> Path:
    """Write the template of ``kind`` (people or desks) to ``path`` (.xlsx), atomically."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise SpreadsheetError(f"A template is an Excel workbook: name {path.name} .xlsx.")
    if kind == PEOPLE:
        specs, lists = PEOPLE_FIELDS, people_lists(session, language)
        sample = people_sample(session, language, today or dt.date.today())
        title = SHEET_NAMES[PEOPLE].in_language(language)
    elif kind == DESKS:
        specs, lists = DESK_FIELDS, desk_lists(session, language)
        sample = desk_sample(session, language)
        title = SHEET_NAMES[DESKS].in_language(language)
    else:
        raise ValueError(f"unknown template {kind!r}; people or desks")
    atomic_write(path, lambda tmp: _write_workbook(tmp, title, specs, sample, lists, language))
    return path


def _write_workbook(
    path: Path,
    title: str,
    specs: Sequence[FieldSpec],
    sample: dict[str, object],
    lists: Sequence[ValidList],
    language: str,
) -> None:
    from openpyxl import Workbook  # lazy: heavy, only XLSX writing needs it
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    def text(key: str) -> str:
        return _TEXTS[key].in_language(language)

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    headers = [spec.title(language) for spec in specs]
    sheet.append(headers)
    sheet.append([sample.get(spec.key) for spec in specs])
    required = PatternFill("solid", start_color="FFF2CC")
    for column, spec in enumerate(specs, start=1):
        cell = sheet.cell(1, column)
        cell.font = Font(bold=True)
        if spec.required:
            cell.fill = required
            cell.comment = Comment(text("required"), "Lab Planner")
        sheet.cell(2, column).font = Font(italic=True, color="808080")
    sheet.cell(2, 1).comment = Comment(text("sample"), "Lab Planner")
    sheet.freeze_panes = "A2"

    lists_sheet = workbook.create_sheet(text("lists"))
    lists_sheet.sheet_state = "hidden"
    by_field = {valid.field: valid for valid in lists if valid.values}
    last_row = TEMPLATE_ROWS + 1
    list_columns = 0
    for column, spec in enumerate(specs, start=1):
        letter = get_column_letter(column)
        cells = f"{letter}2:{letter}{last_row}"
        validation = None
        if spec.key in by_field:
            valid = by_field[spec.key]
            list_columns += 1
            list_column = get_column_letter(list_columns)
            lists_sheet[f"{list_column}1"] = headers[column - 1]
            for row, value in enumerate(valid.values, start=2):
                lists_sheet[f"{list_column}{row}"] = value
            source = (
                f"{quote_sheetname(lists_sheet.title)}!"
                f"${list_column}$2:${list_column}${len(valid.values) + 1}"
            )
            validation = DataValidation(
                type="list", formula1=f"={source}", allow_blank=True, errorStyle=valid.style
            )
            hint = {_CLOSED: "choose", _OPEN: "new", _SEVERAL: "several"}[valid.style]
            validation.prompt = (
                f"{text('choose')}; {text(hint)}" if hint != "choose" else text(hint)
            )
            validation.error = text("not_valid")
            # A closed list refuses other values; an open one warns; several values only inform.
            validation.showErrorMessage = True
        elif spec.key in _DATES:
            validation = DataValidation(
                type="date",
                operator="between",
                formula1="DATE(1950,1,1)",
                formula2="DATE(2100,12,31)",
                allow_blank=True,
                errorStyle=_OPEN,
            )
            validation.prompt, validation.error = text("date"), text("date")
            validation.showErrorMessage = True
            for row in range(2, last_row + 1):
                sheet.cell(row, column).number_format = DATE_FORMAT
        elif spec.key in _NUMBERS:
            low, high = _NUMBERS[spec.key]
            validation = DataValidation(
                type="decimal",
                operator="between",
                formula1=str(low),
                formula2=str(high),
                allow_blank=True,
                errorStyle=_CLOSED,
            )
            validation.prompt = validation.error = text("number")
            validation.showErrorMessage = True
        if validation is not None:
            validation.showInputMessage = True
            validation.promptTitle = headers[column - 1][:32]
            sheet.add_data_validation(validation)
            validation.add(cells)
        widest = max(display_width(headers[column - 1]), display_width(sample.get(spec.key)))
        sheet.column_dimensions[get_column_letter(column)].width = min(max(widest + 4, 10), 40)
    workbook.save(path)
