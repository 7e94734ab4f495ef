"""Turning one cell into a validated value, with the problem as a message instead of a raise."""

from __future__ import annotations

import datetime as dt

from planner import validation as v
from planner.errors import ValidationError
from planner.io.dates import DateNotUnderstood, parse_date
from planner.io.read_table import Cell


class CellProblem(ValueError):
    """The cell's content cannot be used; the message is for the user."""


def cell_text(cell: Cell) -> str:
    """Text of a cell. Whole numbers lose the ``.0`` openpyxl gives them (사번 12345.0)."""
    if type(cell) is str:  # nearly every cell: answer before the other tests
        return cell
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)


def text_value(field: str, cell: Cell, *, max_len: int, multiline: bool = False) -> str:
    try:
        return v.text(field, cell_text(cell), max_len=max_len, multiline=multiline)
    except ValidationError as error:
        raise CellProblem(str(error).removeprefix(f"{field}: ")) from None


def email_value(cell: Cell) -> str | None:
    try:
        return v.email("email", cell_text(cell))
    except ValidationError as error:
        raise CellProblem(str(error).removeprefix("email: ")) from None


def date_value(field: str, cell: Cell) -> dt.date | None:
    try:
        day = parse_date(cell)
        return v.day(field, day)
    except DateNotUnderstood as error:
        raise CellProblem(str(error)) from None
    except ValidationError as error:
        raise CellProblem(str(error).removeprefix(f"{field}: ")) from None


def number_value(field: str, cell: Cell, *, minimum: float, maximum: float) -> float:
    if isinstance(cell, str):
        cell = cell.strip().replace(",", "")
    try:
        return v.number(field, cell, minimum=minimum, maximum=maximum)
    except ValidationError as error:
        raise CellProblem(str(error).removeprefix(f"{field}: ")) from None


def yes_no(cell: Cell) -> bool:
    word = cell_text(cell).strip().casefold()
    if word in {"1", "y", "yes", "true", "o", "사용", "예", "활성", "○", "v"}:
        return True
    if word in {"0", "n", "no", "false", "x", "미사용", "아니오", "비활성", "중지", "×"}:
        return False
    raise CellProblem(f"'{cell_text(cell)}' is not yes/no (사용/미사용)")
