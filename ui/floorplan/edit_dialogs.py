"""The small dialogs of edit mode: a row or grid of desks, a desk's properties, a zone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.models.enums import DeskFeature, DeskKind
from planner.services.floorplan import DeskSpot
from ui.floorplan.view import feature_labels
from ui.floorplan.zones_layer import ZONE_KIND_TEXT, zone_kind_label
from ui.labels import label

CONTEXT = "FloorPlanEdit"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _kind_combo(current: str) -> QComboBox:
    combo = QComboBox()
    for kind in DeskKind:
        combo.addItem(label(DeskKind, kind), kind.value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


@dataclass(frozen=True)
class GridSpec:
    rows: int
    columns: int
    spacing_x: float  # metres between desk centres along a row
    spacing_y: float  # metres between rows
    prefix: str
    first: int
    digits: int
    kind: str


class DeskGridDialog(QDialog):
    """A row (one row) or a grid of desks, placed from the point the user clicked."""

    def __init__(self, prefix: str, first: int, digits: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Add desks"))
        self.rows, self.columns = QSpinBox(), QSpinBox()
        self.rows.setRange(1, 100)
        self.columns.setRange(1, 100)
        self.columns.setValue(4)
        self.spacing_x, self.spacing_y = QDoubleSpinBox(), QDoubleSpinBox()
        for spin, value in ((self.spacing_x, 1.6), (self.spacing_y, 2.4)):
            spin.setRange(0.5, 50.0)
            spin.setSingleStep(0.1)
            spin.setDecimals(2)
            spin.setSuffix(" m")
            spin.setValue(value)
        self.prefix = QLineEdit(prefix)
        self.first = QSpinBox()
        self.first.setRange(0, 999999)
        self.first.setValue(first)
        self.digits = QSpinBox()
        self.digits.setRange(1, 6)
        self.digits.setValue(digits)
        self.kind = _kind_combo("fixed")
        form = QFormLayout()
        form.addRow(_t("Rows:"), self.rows)
        form.addRow(_t("Desks per row:"), self.columns)
        form.addRow(_t("Spacing along a row:"), self.spacing_x)
        form.addRow(_t("Spacing between rows:"), self.spacing_y)
        form.addRow(_t("Code prefix:"), self.prefix)
        form.addRow(_t("First number:"), self.first)
        form.addRow(_t("Digits:"), self.digits)
        form.addRow(_t("Kind:"), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def spec(self) -> GridSpec:
        return GridSpec(
            self.rows.value(),
            self.columns.value(),
            self.spacing_x.value(),
            self.spacing_y.value(),
            self.prefix.text().strip().upper(),
            self.first.value(),
            self.digits.value(),
            self.kind.currentData(),
        )

    @staticmethod
    def ask(parent: QWidget | None, prefix: str, first: int, digits: int) -> GridSpec | None:
        dialog = DeskGridDialog(prefix, first, digits, parent)
        return dialog.spec() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DeskPropertiesDialog(QDialog):
    def __init__(self, desk: DeskSpot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Desk properties"))
        self.code = QLineEdit(desk.code)
        self.kind = _kind_combo(desk.kind)
        self.features: dict[DeskFeature, QCheckBox] = {}
        form = QFormLayout()
        form.addRow(_t("Code:"), self.code)
        form.addRow(_t("Kind:"), self.kind)
        for feature in DeskFeature:
            box = QCheckBox(feature_labels(int(feature))[0])
            box.setChecked(bool(desk.features & feature))
            self.features[feature] = box
            form.addRow("", box)
        self.active = QCheckBox(_t("In service"))
        self.active.setChecked(desk.active)
        form.addRow("", self.active)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> dict[str, object]:
        features = 0
        for feature, box in self.features.items():
            if box.isChecked():
                features |= int(feature)
        return {
            "code": self.code.text().strip().upper(),
            "kind": self.kind.currentData(),
            "features": features,
            "active": self.active.isChecked(),
        }

    @staticmethod
    def ask(parent: QWidget | None, desk: DeskSpot) -> dict[str, object] | None:
        dialog = DeskPropertiesDialog(desk, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class ZoneSpec:
    name: str
    kind: str
    capacity: int


class ZoneDialog(QDialog):
    def __init__(self, spec: ZoneSpec | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        spec = spec or ZoneSpec("", "open_office", 0)
        self.setWindowTitle(_t("Zone"))
        self.name = QLineEdit(spec.name)
        self.kind = QComboBox()
        for kind in ZONE_KIND_TEXT:
            self.kind.addItem(zone_kind_label(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(spec.kind), 0))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setValue(spec.capacity)
        form = QFormLayout()
        form.addRow(_t("Name:"), self.name)
        form.addRow(_t("Kind:"), self.kind)
        form.addRow(_t("Capacity (seats):"), self.capacity)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def spec(self) -> ZoneSpec:
        return ZoneSpec(self.name.text().strip(), self.kind.currentData(), self.capacity.value())

    @staticmethod
    def ask(parent: QWidget | None, spec: ZoneSpec | None = None) -> ZoneSpec | None:
        dialog = ZoneDialog(spec, parent)
        return dialog.spec() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_distance(parent: QWidget | None) -> float | None:
    """The real distance between the two points clicked on the background, in metres."""
    value, ok = QInputDialog.getDouble(
        parent,
        _t("Calibrate scale"),
        _t("Real distance between the two points (m):"),
        10.0,
        0.01,
        10000.0,
        2,
    )
    return value if ok else None
