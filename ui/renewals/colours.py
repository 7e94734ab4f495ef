"""The colours of decisions and states, shared by the tables, the legend and the badge."""

from __future__ import annotations

from PySide6.QtGui import QColor

from planner.models import Decision

# Light tints that keep black text readable; the decision column says the same in words,
# so nobody depends on telling the colours apart.
DECISION_TINTS = {
    Decision.NEW: QColor("#dcf5dc"),
    Decision.MODIFY: QColor("#ffeab8"),
    Decision.CONCLUDE: QColor("#e4e4e4"),
}
CONCLUDED_TEXT = QColor("#6b6b6b")
OVERDUE_RED = "#c62828"
