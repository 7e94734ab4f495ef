"""Small helpers shared by the renewal workspace tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from planner.models import RenewalCycle, ResearchTask, TaskRenewal
from planner.storage import Database
from ui.renewals.decision_dialog import DecisionDialog


def renewal(db: Database, year: int, code: str) -> TaskRenewal | None:
    with db.sessions() as s:
        return s.scalars(
            select(TaskRenewal)
            .join(RenewalCycle)
            .join(ResearchTask)
            .where(RenewalCycle.year == year, ResearchTask.code == code)
        ).first()


def cycle(db: Database, year: int) -> RenewalCycle | None:
    with db.sessions() as s:
        return s.scalars(select(RenewalCycle).where(RenewalCycle.year == year)).first()


def answer_decision_dialog(
    monkeypatch, fill: Callable[[DecisionDialog], None]
) -> list[DecisionDialog]:
    """Replace the modal loop: ``fill`` edits the dialog, then OK is pressed if it is enabled."""
    seen: list[DecisionDialog] = []

    def fake_exec(dialog: DecisionDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        if dialog.ok_button.isEnabled() and dialog.ok_button.isVisibleTo(dialog):
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DecisionDialog, "exec", fake_exec)
    return seen


def row_of(workspace, code: str):
    return next(r for r in workspace.tasks_tab.model.rows() if r.code == code)
