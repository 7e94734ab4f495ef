"""What the user's database role may not do is hidden in the window.

The server enforces the roles (planner.dbtools.roles); this only spares the user buttons
that would end in "your role may not …". Pages build parts of themselves late (the floor
plan, the renewal workspace), so the window applies the gate again after each page load.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from planner.dbtools.roles import Permissions

# Widgets that only change data, by their attribute path from the page.
SEATING_EDITS = (
    "floor_page.edit_button",  # the layout editor
    "floor_page.auto_place.button",
    "plans_tab.new_button",
    "plans_tab.edit_button",
    "plans_tab.delete_button",
    "plans_tab.apply_button",
    "plans_tab.discard_button",
    "plans_tab.add_move_button",
    "plans_tab.remove_move_button",
)
# Double-click asks may_edit(); the organisations dialog only edits, so its button goes too.
PEOPLE_EDITS = ("add_button", "edit_button", "remove_button", "organisations_button")
TASK_EDITS = (
    "new_button",
    "edit_button",
    "delete_button",
    "workspace.bar.open_button",
    "workspace.bar.advance_button",
    "workspace.bar.deadlines_button",
    "workspace.tasks_tab.add_button",
    "workspace.tasks_tab.edit_button",
    "workspace.deliverables_tab.add_button",
    "workspace.deliverables_tab.edit_button",
    "workspace.deliverables_tab.delete_button",
    "workspace.deliverables_tab.evidence_button",
    "workspace.deliverables_tab.import_button",
    "workspace.review_tab.tick_button",
    "workspace.review_tab.untick_button",
    "workspace.review_tab.note",
    *(f"research.{tab}.{button}" for tab in ("participants", "kpis", "ip")
      for button in ("add_button", "edit_button", "remove_button")),
)


def _find(root: object, path: str) -> QWidget | None:
    target: object | None = root
    for name in path.split("."):
        target = getattr(target, name, None)
        if target is None:
            return None
    return target if isinstance(target, QWidget) else None


def _hide(root: object, paths: Iterable[str]) -> None:
    for path in paths:
        widget = _find(root, path)
        if widget is not None:
            widget.hide()  # hidden, not disabled: pages re-enable buttons on selection


def apply_permissions(pages: dict[str, QWidget], permissions: Permissions) -> None:
    """Called on fresh pages (a new database builds new ones), so it only ever takes away."""
    seating = pages.get("seating")
    floor = getattr(seating, "floor_page", None)
    if seating is not None and not permissions.may_seat:
        _hide(seating, SEATING_EDITS)
        if floor is not None:
            floor.view.setAcceptDrops(False)  # drops from the people list, desk-to-desk moves
            floor.people.view.setDragEnabled(False)
            floor.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # release, …
    people = pages.get("people")
    if people is not None and not permissions.may_seat:
        _hide(people, PEOPLE_EDITS)
    tasks = pages.get("tasks")
    if tasks is not None and not permissions.may_edit_tasks:
        _hide(tasks, TASK_EDITS)
