"""An amount in whole KRW, grouped with thousands separators as the user types."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.renewals.texts import krw

MAX_BUDGET_DIGITS = 15  # the database keeps budgets below 10^15 KRW


class BudgetEdit(QLineEdit):
    """Whole KRW with thousands separators kept as the user types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9,]*"), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.textEdited.connect(self._regroup)

    def amount(self) -> int | None:
        digits = self.text().replace(",", "")
        return int(digits) if digits else None

    def set_amount(self, amount: int) -> None:
        self.setText(krw(amount))

    def _regroup(self, text: str) -> None:
        digits = text.replace(",", "").lstrip("0") or ("0" if text.replace(",", "") else "")
        digits = digits[:MAX_BUDGET_DIGITS]
        from_end = len(text) - self.cursorPosition()
        grouped = f"{int(digits):,}" if digits else ""
        if grouped != text:
            self.setText(grouped)
            self.setCursorPosition(max(0, len(grouped) - from_end))
