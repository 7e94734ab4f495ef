"""The column-mapping step: each file column, a few of its values, and the field it fills.

A combo per column offers "Ignore" and every field (required ones marked with *), prefilled by
the header recognition. A field lives in one column only: choosing a field that another column
already holds is refused (the combo goes back) with a message naming that column.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from planner.io.cells import cell_text
from planner.io.columns import ColumnMapping
from planner.io.read_table import Table
from ui.i18n import fill
from ui.imports.texts import field_label

SAMPLE_VALUES = 3
SAMPLE_SCAN_ROWS = 50
SAMPLE_WIDTH = 60  # characters of sample text shown per column


def sample_values(table: Table, column: int) -> list[str]:
    """The first few non-blank values of a column, as text."""
    found: list[str] = []
    for row in table.rows[:SAMPLE_SCAN_ROWS]:
        text = cell_text(row.get(column)).strip()
        if text:
            found.append(text)
            if len(found) == SAMPLE_VALUES:
                break
    return found


class MappingPanel(QWidget):
    mapping_changed = Signal(object)  # the new ColumnMapping

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mapping: ColumnMapping | None = None
        self.combos: list[QComboBox] = []
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(1, 1)
        self._titles = [QLabel(), QLabel(), QLabel()]
        for column, title in enumerate(self._titles):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self._grid.addWidget(title, 0, column)
        self.message = QLabel()  # why a choice was refused; what is still missing
        self.message.setWordWrap(True)
        self._row_widgets: list[QWidget] = []
        self.retranslate()

    def set_table(self, table: Table, mapping: ColumnMapping) -> None:
        """One line per column of ``table``, combos set from ``mapping``."""
        for widget in self._row_widgets:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._row_widgets.clear()
        self.combos.clear()
        self.mapping = mapping
        for column, header in enumerate(mapping.headers):
            name = QLabel(header or self.tr("(no header)"))
            samples = " · ".join(sample_values(table, column))
            if len(samples) > SAMPLE_WIDTH:
                samples = samples[: SAMPLE_WIDTH - 1] + "…"
            sample = QLabel(samples)
            sample.setEnabled(False)  # greyed: examples, not something to act on
            combo = QComboBox()
            combo.addItem("", None)
            for spec in mapping.specs:
                combo.addItem("", spec.key)
            combo.currentIndexChanged.connect(lambda _index, column=column: self._chosen(column))
            combo.setAccessibleName(fill(self.tr("Column “%1” is read as"), name.text()))
            for widget, grid_column in ((name, 0), (sample, 1), (combo, 2)):
                self._grid.addWidget(widget, column + 1, grid_column)
                self._row_widgets.append(widget)
            self.combos.append(combo)
        self._grid.addWidget(self.message, len(mapping.headers) + 1, 0, 1, 3)
        self._label_combos()
        self._show_combos()
        self._show_missing()

    def field_of(self, column: int) -> str | None:
        return self.combos[column].currentData()

    def _show_combos(self) -> None:
        assert self.mapping is not None
        for column, combo in enumerate(self.combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(self.mapping.fields.get(column))))
            combo.blockSignals(False)

    def _chosen(self, column: int) -> None:
        assert self.mapping is not None
        key = self.combos[column].currentData()
        holder = self.mapping.column_of(key) if key is not None else None
        if holder is not None and holder != column:
            self._show_combos()  # refused: the combo goes back to what it was
            self.message.setText(
                fill(
                    self.tr("%1 is already taken by column “%2”; set that column to Ignore first."),
                    field_label(key),
                    self.mapping.label(holder) or str(holder + 1),
                )
            )
            return
        self.mapping = self.mapping.with_field(column, key)
        self._show_missing()
        self.mapping_changed.emit(self.mapping)

    def _show_missing(self) -> None:
        assert self.mapping is not None
        missing = self.mapping.missing_required
        self.message.setText(
            fill(
                self.tr("Choose a column for: %1"),
                ", ".join(field_label(key) for key in missing),
            )
            if missing
            else ""
        )

    def _label_combos(self) -> None:
        if self.mapping is None:
            return
        required = {spec.key for spec in self.mapping.specs if spec.required}
        for combo in self.combos:
            combo.setItemText(0, self.tr("Ignore"))
            for index in range(1, combo.count()):
                key = combo.itemData(index)
                combo.setItemText(index, field_label(key) + (" *" if key in required else ""))

    def retranslate(self) -> None:
        for title, text in zip(
            self._titles,
            (
                self.tr("Column in the file"),
                self.tr("Sample values"),
                self.tr("Field (* required)"),
            ),
            strict=True,
        ):
            title.setText(text)
        self._label_combos()
        if self.mapping is not None:
            self._show_missing()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
