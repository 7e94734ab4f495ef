"""The import templates: valid values as drop-downs, and a filled template imports cleanly."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from planner.io.columns import (
    DESK_FIELDS,
    PEOPLE_FIELDS,
    recognise_desk_columns,
    recognise_people_columns,
)
from planner.io.desks_import import import_desks, preview_desks
from planner.io.errors import SpreadsheetError
from planner.io.import_template import write_template
from planner.io.labels import labels_of
from planner.io.people_import import import_people, preview_people
from planner.io.read_table import read_table
from planner.models import Desk, DeskFeature, DeskKind, Person, Role

TODAY = dt.date(2025, 11, 25)


@pytest.fixture
def demo(sqlite_sessions):
    from planner.demo.institute import build_institute

    with sqlite_sessions() as session, session.begin():
        build_institute(session, today=TODAY)
    return sqlite_sessions


def template(demo, kind, language, folder):
    path = folder / f"{kind}-{language}.xlsx"
    with demo() as session:
        write_template(session, kind, path, language=language, today=TODAY)
    return path


def listed(lists, validation) -> list[str]:
    """The values a list validation offers: the cells its formula names on the lists sheet."""
    sheet_name, cells = validation.formula1.lstrip("=").split("!")
    assert sheet_name.strip("'") == lists.title
    return [row[0].value for row in lists[cells.replace("$", "")]]


def validations(sheet) -> dict[str, object]:
    """Header of the validated column -> its data validation."""
    headers = {cell.column_letter: cell.value for cell in sheet[1]}
    found = {}
    for validation in sheet.data_validations.dataValidation:
        first = str(validation.sqref).split(":")[0]
        found[headers[first.rstrip("0123456789")]] = validation
    return found


@pytest.mark.parametrize("language", ["ko", "en"])
def test_people_template_offers_the_valid_values(demo, tmp_path, language):
    path = template(demo, "people", language, tmp_path)
    book = load_workbook(path)
    sheet, lists = book.worksheets
    assert lists.sheet_state == "hidden"
    headers = [cell.value for cell in sheet[1]]
    assert headers == [s.label_en if language == "en" else s.label_ko for s in PEOPLE_FIELDS]
    found = validations(sheet)
    role = found[headers[3]]
    assert role.type == "list" and role.errorStyle == "stop"  # nothing else is a role
    roles = listed(lists, role)
    assert roles == labels_of(Role, language)
    assert ("스타트업 구성원" if language == "ko" else "Start-up member") in roles
    organisation = found[headers[2]]
    assert organisation.type == "list" and organisation.errorStyle == "warning"  # may be new
    organisations = listed(lists, organisation)
    assert ("KAIST" in organisations) and ("KT" if language == "ko" else "KT Corporation") in (
        organisations
    )
    tasks = found[headers[9]]
    assert tasks.errorStyle == "information"  # several codes per cell
    assert found[headers[7]].type == "date" and sheet["H2"].is_date
    assert sheet["A1"].comment is not None  # required: said so on the header


@pytest.mark.parametrize("language", ["ko", "en"])
def test_desks_template_offers_the_valid_values(demo, tmp_path, language):
    path = template(demo, "desks", language, tmp_path)
    sheet, lists = load_workbook(path).worksheets
    headers = [cell.value for cell in sheet[1]]
    assert headers == [s.label_en if language == "en" else s.label_ko for s in DESK_FIELDS]
    found = validations(sheet)
    kind = found[headers[6]]
    assert kind.type == "list" and kind.errorStyle == "stop"
    assert listed(lists, kind) == labels_of(DeskKind, language)
    floors = listed(lists, found[headers[2]])
    assert floors == ["2층", "3층", "4층", "5층"]
    assert found[headers[4]].type == "decimal"  # x
    assert found[headers[9]].errorStyle == "stop"  # in service: 사용 / 미사용


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_template_as_written_imports_its_sample_cleanly(demo, tmp_path, language):
    people, desks = (
        template(demo, "people", language, tmp_path),
        template(demo, "desks", language, tmp_path),
    )
    with demo() as session:
        table = read_table(people)
        mapping = recognise_people_columns(table.headers)
        assert set(mapping.fields.values()) == {s.key for s in PEOPLE_FIELDS}
        preview = preview_people(session, table, mapping)
        assert preview.errors == () and preview.would_add == 1
        table = read_table(desks)
        mapping = recognise_desk_columns(table.headers)
        assert set(mapping.fields.values()) == {s.key for s in DESK_FIELDS}
        preview = preview_desks(session, table, mapping)
        assert preview.errors == () and preview.would_add == 1


@pytest.mark.parametrize("language", ["ko", "en"])
def test_a_filled_template_imports_cleanly(demo, tmp_path, language):
    """Filled as a coordinator would — every role and desk kind picked from the drop-downs,
    dates typed as dates — the template imports without a single problem."""
    path = template(demo, "people", language, tmp_path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.delete_rows(2)
    organisation = "KAIST"
    for n, role in enumerate(labels_of(Role, language)):
        sheet.append(
            [
                f"신입{n}",
                f"New Person {n}",
                organisation,
                role,
                f"new{n}@kaist.ac.kr",
                "010-0000-0000",
                f"N{n:03d}",
                dt.datetime(2026, 3, 1),
                None,
                "F-01, F-02",
                ", ".join(labels_of(DeskFeature, language)[:2]),
                "",
            ]
        )
    filled = tmp_path / "filled.xlsx"
    book.save(filled)
    with demo() as session, session.begin():
        table = read_table(filled)
        preview = preview_people(session, table, recognise_people_columns(table.headers))
        assert preview.errors == () and preview.warnings == ()
        assert preview.would_add == len(Role)
        import_people(session, preview, create_missing_organisations=False)
    with demo() as session:
        roles = dict(session.execute(select(Person.email, Person.role)).all())
    assert [roles[f"new{n}@kaist.ac.kr"] for n in range(len(Role))] == list(Role)

    path = template(demo, "desks", language, tmp_path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sample = [cell.value for cell in sheet[2]]
    sheet.delete_rows(2)
    for n, kind in enumerate(labels_of(DeskKind, language)):
        row = list(sample)
        row[0], row[4], row[6] = f"2F-Z-{n:03d}", 2.0 + n, kind
        sheet.append(row)
    book.save(filled)
    with demo() as session, session.begin():
        table = read_table(filled)
        preview = preview_desks(session, table, recognise_desk_columns(table.headers))
        assert preview.errors == () and preview.would_add == len(DeskKind)
        import_desks(session, preview)
    with demo() as session:
        kinds = dict(session.execute(select(Desk.code, Desk.kind)).all())
    assert [kinds[f"2F-Z-{n:03d}"] for n in range(len(DeskKind))] == list(DeskKind)


def test_a_template_is_an_xlsx_file(demo, tmp_path):
    with demo() as session, pytest.raises(SpreadsheetError, match=".xlsx"):
        write_template(session, "people", tmp_path / "people.csv")
