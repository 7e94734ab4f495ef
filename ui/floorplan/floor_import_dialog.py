"""File ▸ Import floor plan…: a floor's DXF drawing, previewed before anything changes.

The user picks the floor, the layers of the room outlines, of their names and of the desk
blocks, and the units (the drawing's $INSUNITS first). The dialog shows the counts, a drawing
of what will be created (zones and desks coloured by what happens to them) and every change
in a list; a revised drawing shows its diff — zones renamed, desks added, moved or removed.
Import writes it all in one transaction (planner.services.floor_import), re-checked against
the data of that moment; a desk someone holds that would be removed keeps Import disabled
and names the occupant.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsScene,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError
from planner.io.dxf_floor import DrawingRefused, DxfDrawing, DxfLayer
from planner.io.dxf_layout import LayoutChoice
from planner.services.floor_import import (
    FloorImportPlan,
    FloorImportResult,
    import_floor,
    plan_floor_import,
)
from ui.accessibility import name_widget
from ui.errors import error_message
from ui.floorplan.floor_import_model import FloorChangesModel, changes_of
from ui.i18n import fill
from ui.screen_fit import fit_to_screen
from ui.transactions import run_action

CONTEXT = "FloorImport"
PREVIEW_PX_PER_M = 10.0
# Readable on white: what is added in green, moved in amber, removed in red, kept in grey.
COLOURS = {
    "add": QColor(30, 140, 60),
    "rename": QColor(40, 90, 200),
    "reshape": QColor(40, 90, 200),
    "move": QColor(200, 120, 0),
    "keep": QColor(110, 110, 110),
    "remove": QColor(200, 40, 40),
    "retire": QColor(200, 40, 40),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def refusal_text(error: PlannerError) -> str:
    """A refused drawing in the window's language (its English template translated here)."""
    if isinstance(error, DrawingRefused):
        return fill(_tr(error.problem or str(error)), *error.values)
    return error_message(error)


class FloorImportDialog(QDialog):
    imported = Signal(object)  # FloorImportResult

    def __init__(
        self,
        drawing: DxfDrawing,
        sessions: sessionmaker[Session],
        floors: Sequence[tuple[int, str]],
        floor_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.drawing = drawing
        self.sessions = sessions
        self.plan: FloorImportPlan | None = None
        self.result: FloorImportResult | None = None
        self.setWindowTitle(fill(_tr("Import floor plan: %1"), drawing.file_name))
        self.floor = QComboBox()
        for fid, label in floors:
            self.floor.addItem(label, fid)
        if floor_id is not None and self.floor.findData(floor_id) >= 0:
            self.floor.setCurrentIndex(self.floor.findData(floor_id))
        self.rooms = self._layer_box("closed_outlines", _tr("%1 (%2 closed outlines)"))
        self.labels = self._layer_box("texts", _tr("%1 (%2 texts)"))
        self.desks = self._layer_box("inserts", _tr("%1 (%2 blocks)"))
        self.units = QComboBox()
        said = drawing.units
        self.units.addItem(
            fill(_tr("As the drawing says (%1)"), said) if said else _tr("Millimetres (assumed)"),
            None,
        )
        for unit, text in (("mm", _tr("Millimetres")), ("cm", _tr("Centimetres")),
                           ("m", _tr("Metres"))):
            self.units.addItem(text, unit)
        form = QFormLayout()
        form.addRow(_tr("&Floor:"), self.floor)
        form.addRow(_tr("&Room outlines:"), self.rooms)
        form.addRow(_tr("Room &names:"), self.labels)
        form.addRow(_tr("&Desk blocks:"), self.desks)
        form.addRow(_tr("&Units:"), self.units)
        for label, box in ((_tr("&Floor:"), self.floor), (_tr("&Room outlines:"), self.rooms),
                           (_tr("Room &names:"), self.labels), (_tr("&Desk blocks:"), self.desks),
                           (_tr("&Units:"), self.units)):
            box.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setBackgroundBrush(QBrush(QColor("white")))
        self.view.setAccessibleName(_tr("Drawing of what will be created"))
        self.model = FloorChangesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        name_widget(self.table, _tr("Changes"))
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.table)
        splitter.setSizes([520, 360])
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            _tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        for box in (self.floor, self.rooms, self.labels, self.desks, self.units):
            box.currentIndexChanged.connect(self.refresh)
        fit_to_screen(self, 960, 640)  # 1366×768 and 1280×720 at 125 % too
        self.refresh()

    def _layer_box(self, what: str, template: str) -> QComboBox:
        box = QComboBox()
        layers: list[DxfLayer] = sorted(
            self.drawing.layers, key=lambda layer: (-getattr(layer, what), layer.name)
        )
        for layer in layers:
            box.addItem(fill(template, layer.name, getattr(layer, what)), layer.name)
        return box

    def choice(self) -> LayoutChoice:
        return LayoutChoice(
            self.rooms.currentData(),
            self.labels.currentData(),
            self.desks.currentData(),
            self.units.currentData(),
        )

    def refresh(self) -> None:
        """Plan again with the current choice (reads only) and show it."""
        self.plan = None
        floor_id = self.floor.currentData()
        try:
            if floor_id is None:
                raise DrawingRefused("No floor to import onto: add a floor first.")
            with self.sessions() as session:
                self.plan = plan_floor_import(session, floor_id, self.drawing, self.choice())
        except PlannerError as error:
            self._show_problem(refusal_text(error))
            return
        except SQLAlchemyError as error:
            self._show_problem(str(error.orig if hasattr(error, "orig") else error))
            return
        self._show_plan(self.plan)

    def _show_problem(self, text: str) -> None:
        self.summary.setText(text)
        self.model.set_rows([])
        self.scene.clear()
        self.import_button.setEnabled(False)

    def _show_plan(self, plan: FloorImportPlan) -> None:
        c = plan.counts
        lines = [
            fill(
                _tr("%1 zones and %2 desks on %3 (%4 × %5 m)."),
                c["zones"], c["desks"], plan.floor_name,
                f"{plan.layout.width_m:g}", f"{plan.layout.depth_m:g}",
            ),
            fill(
                _tr("Zones: %1 added, %2 renamed, %3 removed. Desks: %4 added, %5 moved, "
                    "%6 kept, %7 removed."),
                c["zones_added"], c["zones_renamed"], c["zones_removed"], c["desks_added"],
                c["desks_moved"], c["desks_kept"], c["desks_removed"],
            ),
        ]
        lines += [fill(_tr(text), *values) for text, values in plan.warnings]
        for held in plan.held:
            lines.append(
                fill(_tr("Desk %1 is held by %2: move them first (a move plan)."),
                     held.code, held.person)
            )
        self.summary.setText("\n".join(lines))
        self.model.set_rows(changes_of(plan))
        self._draw(plan)
        self.import_button.setEnabled(not plan.held)

    def _draw(self, plan: FloorImportPlan) -> None:
        self.scene.clear()
        k = PREVIEW_PX_PER_M
        self.scene.addRect(0, 0, plan.layout.width_m * k, plan.layout.depth_m * k,
                           QPen(QColor(200, 200, 200)))
        font = QFont()
        font.setPixelSize(9)
        for zone in plan.zones:
            colour = COLOURS[zone.action]
            pen = QPen(colour, 1.5)
            if zone.action == "remove":
                pen.setStyle(Qt.PenStyle.DashLine)
            polygon = QPolygonF([QPointF(x * k, y * k) for x, y in zone.polygon])
            fill_colour = QColor(colour)
            fill_colour.setAlpha(25)
            self.scene.addPolygon(polygon, pen, QBrush(fill_colour))
            text = self.scene.addSimpleText(zone.name, font)
            box = polygon.boundingRect()
            text.setPos(box.left() + 3, box.top() + 2)
            text.setBrush(QBrush(QColor(40, 40, 40)))
        for desk in plan.desks:
            colour = COLOURS[desk.action]
            item = self.scene.addRect(-0.7 * k, -0.35 * k, 1.4 * k, 0.7 * k, QPen(colour),
                                      QBrush(colour.lighter(150)))
            item.setPos(desk.x * k, desk.y * k)
            item.setRotation(desk.rotation)
            item.setToolTip(desk.code)
        self.view.fitInView(self.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.scene.items():
            self.view.fitInView(self.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def run_import(self) -> None:
        plan = self.plan
        if plan is None or plan.held:
            return
        done: list[FloorImportResult] = []
        choice = self.choice()

        def work(session: Session) -> None:
            done.append(
                import_floor(session, plan.floor_id, self.drawing, choice, expected=plan)
            )

        error = run_action(self.sessions, work, _tr("Import floor plan"))
        if error is not None:
            self.refresh()
            self.summary.setText(refusal_text(error) + "\n" + self.summary.text())
            return
        self.result = done[0]
        self.imported.emit(self.result)
        self.accept()
