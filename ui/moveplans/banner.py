"""The strip over the floor plan that says drops go into a move plan, not into the seating."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from ui.i18n import fill


class StagingBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("stagingBanner")
        self.setStyleSheet(
            "#stagingBanner { background: #efe8fd; color: #3b2379; border: 1px solid #6a3fd4;"
            " border-radius: 4px; padding: 4px 8px; font-weight: bold; }"
        )
        self._plan: tuple[str, dt.date] | None = None
        self.setVisible(False)

    def show_plan(self, name: str | None, day: dt.date | None) -> None:
        """Show the plan drops are staged into; None hides the banner (live seating)."""
        self._plan = (name, day) if name is not None and day is not None else None
        self._render()

    def _render(self) -> None:
        self.setVisible(self._plan is not None)
        if self._plan is not None:
            name, day = self._plan
            self.setText(
                fill(
                    self.tr(
                        "Staging into plan %1 — changes take effect on %2. Dropping a person on a"
                        " desk adds a move to the plan; choose “None” to change the seating now."
                    ),
                    name,
                    day.isoformat(),
                )
            )

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
