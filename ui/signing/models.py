"""The Signatures panel's table: one row per signature of a PDF (planner.signing.SignatureCheck)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from planner.signing import SignatureCheck
from ui.models.base import Index, RowTableModel
from ui.signing import texts

GOOD, BAD = QColor("#1b5e20"), QColor("#b00020")


def moment(iso: str | None) -> str:
    """'2026-12-07T10:15:00Z' as '2026-12-07 10:15:00 UTC'; '' when unknown."""
    return iso.replace("T", " ").replace("Z", " UTC") if iso else ""


class SignaturesModel(RowTableModel):
    COL_FIELD = 0
    COL_SIGNER = 1
    COL_INSTITUTION = 2
    COL_SIGNED_AT = 3
    COL_INTACT = 4
    COL_TRUSTED = 5
    COL_COVERAGE = 6
    COL_TIMESTAMP = 7

    HEADERS = (
        QT_TRANSLATE_NOOP("SignaturesModel", "Signature"),
        QT_TRANSLATE_NOOP("SignaturesModel", "Signer"),
        QT_TRANSLATE_NOOP("SignaturesModel", "Institution"),
        QT_TRANSLATE_NOOP("SignaturesModel", "Signed at"),
        QT_TRANSLATE_NOOP("SignaturesModel", "Intact"),
        QT_TRANSLATE_NOOP("SignaturesModel", "Trusted"),
        QT_TRANSLATE_NOOP("SignaturesModel", "Covers"),
        QT_TRANSLATE_NOOP("SignaturesModel", "Timestamp"),
    )

    def display(self, row: SignatureCheck, column: int) -> str:
        if column == self.COL_FIELD:
            return texts.field_name(row.field)
        if column == self.COL_SIGNER:
            return row.signer
        if column == self.COL_INSTITUTION:
            return row.institution
        if column == self.COL_SIGNED_AT:
            return moment(row.signed_at)
        if column == self.COL_INTACT:
            return texts.yes_no(row.intact)
        if column == self.COL_TRUSTED:
            return texts.yes_no(row.trusted)
        if column == self.COL_COVERAGE:
            return texts.coverage(row)
        if column == self.COL_TIMESTAMP:
            return moment(row.timestamp) or self.tr("none (time given by the signer)")
        return ""

    def tooltip(self, row: SignatureCheck, column: int) -> str | None:
        return texts.verdict(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            flag = {self.COL_INTACT: row.intact, self.COL_TRUSTED: row.trusted}.get(index.column())
            if flag is not None:
                return QBrush(GOOD if flag else BAD)
        return super().data(index, role)
