"""The second tool bar of the floor page, shown while the layout is edited: tools, rotation,
properties, delete, snapping, and the floor's background image."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import name_widget
from ui.floorplan.edit_actions import EditActions
from ui.floorplan.edit_mode import CONTEXT, ROTATIONS, LayoutEditor, Tool
from ui.flow_layout import FlowLayout
from ui.settings import SNAP_STEP_M, SNAP_TO_GRID, Settings


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class EditBar(QWidget):
    def __init__(
        self,
        editor: LayoutEditor,
        actions: EditActions,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.actions = actions
        self.settings = settings or Settings()
        self.tool_buttons: dict[Tool, QToolButton] = {}
        self.tools = QButtonGroup(self)
        self.tools.setExclusive(True)
        # The buttons (wrapping onto more lines on a narrow screen), then the hint on a line
        # of its own: one row of both would make the window wider than a laptop screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = FlowLayout()
        outer.addLayout(layout)
        for tool in (Tool.SELECT, Tool.ADD_DESK, Tool.ADD_GRID, Tool.DRAW_ZONE):
            button = QToolButton()
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, t=tool: self.choose_tool(t))
            self.tools.addButton(button)
            self.tool_buttons[tool] = button
            layout.addWidget(button)
        self.tool_buttons[Tool.SELECT].setChecked(True)
        layout.addWidget(_separator())
        self.rotate_button = QToolButton()
        self.rotate_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.rotate_menu = QMenu(self.rotate_button)
        self.rotate_actions = []
        for degrees, _text in ROTATIONS:
            action = self.rotate_menu.addAction("")
            action.triggered.connect(lambda _c=False, d=degrees: self.rotate(d))
            self.rotate_actions.append(action)
        self.rotate_button.setMenu(self.rotate_menu)
        self.properties_button = QToolButton()
        self.properties_button.clicked.connect(self.edit_properties)
        self.delete_button = QToolButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.snap_box = QCheckBox()
        self.snap_step = QDoubleSpinBox()
        self.snap_step.setRange(0.05, 10.0)
        self.snap_step.setSingleStep(0.05)
        self.snap_step.setDecimals(2)
        self.snap_step.setSuffix(" m")
        self.snap_box.setChecked(self.settings.get(SNAP_TO_GRID))
        self.snap_step.setValue(self.settings.get(SNAP_STEP_M))
        self.snap_box.toggled.connect(self._snap_changed)
        self.snap_step.valueChanged.connect(self._snap_changed)
        self.background_button = QToolButton()
        self.background_button.clicked.connect(self.actions.background.choose)
        self.remove_background_button = QToolButton()
        self.remove_background_button.clicked.connect(self.actions.background.remove)
        self.calibrate_button = QToolButton()
        self.calibrate_button.setCheckable(True)
        self.calibrate_button.clicked.connect(lambda: self.choose_tool(Tool.CALIBRATE))
        self.tools.addButton(self.calibrate_button)
        self.tool_buttons[Tool.CALIBRATE] = self.calibrate_button
        self.move_background_button = QToolButton()
        self.move_background_button.setCheckable(True)
        self.move_background_button.clicked.connect(lambda: self.choose_tool(Tool.MOVE_BACKGROUND))
        self.tools.addButton(self.move_background_button)
        self.tool_buttons[Tool.MOVE_BACKGROUND] = self.move_background_button
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.rotate_button, self.properties_button, self.delete_button):
            layout.addWidget(widget)
        layout.addWidget(_separator())
        layout.addWidget(self.snap_box)
        layout.addWidget(self.snap_step)
        layout.addWidget(_separator())
        for widget in (
            self.background_button,
            self.remove_background_button,
            self.calibrate_button,
            self.move_background_button,
        ):
            layout.addWidget(widget)
        layout.add_stretch()
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        for button in self.findChildren(QToolButton):
            # Keys (Del, R, [, ], Enter, Esc) keep going to the plan after a button is used.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._snap_changed()
        editor.tool_changed = self.sync_tool
        self.retranslate()

    # -- what the buttons do ----------------------------------------------------------------
    def choose_tool(self, tool: Tool) -> None:
        needs_picture = tool in (Tool.CALIBRATE, Tool.MOVE_BACKGROUND)
        if needs_picture and not self.actions.background.has_picture():
            self.actions.background._warn(self.tr("Choose a background image first."))
            tool = Tool.SELECT
        self.editor.set_tool(tool)

    def sync_tool(self, tool: Tool) -> None:
        """Buttons and hint follow the editor's tool (also when it changes by itself: back
        to selecting after a calibration or Escape)."""
        self.tool_buttons[tool].setChecked(True)
        self._show_hint()

    def rotate(self, degrees: float) -> None:
        if self.editor.selected:
            self.actions.rotate_desks(list(self.editor.selected), degrees)

    def edit_properties(self) -> None:
        if self.editor.selected:
            self.actions.edit_desk(self.editor.selected[0])
        elif self.editor.zone_id is not None:
            self.actions.edit_zone(self.editor.zone_id)

    def delete_selected(self) -> None:
        if self.editor.selected:
            self.actions.delete_desks(list(self.editor.selected))
        elif self.editor.zone_id is not None:
            self.actions.delete_zone(self.editor.zone_id)

    def _snap_changed(self, *_args) -> None:
        on = self.snap_box.isChecked()
        self.snap_step.setEnabled(on)
        self.editor.snap_step = self.snap_step.value() if on else None
        self.settings.set(SNAP_TO_GRID, on)
        self.settings.set(SNAP_STEP_M, float(self.snap_step.value()))

    def _show_hint(self) -> None:
        hints = {
            Tool.SELECT: self.tr(
                "Click or drag a box to select; Shift adds. Drag to move, R rotates, Del deletes."
            ),
            Tool.ADD_DESK: self.tr("Click where the new desk goes."),
            Tool.ADD_GRID: self.tr("Click where the first desk of the row or grid goes."),
            Tool.DRAW_ZONE: self.tr(
                "Click the corners; double-click or Enter closes the zone, Esc cancels."
            ),
            Tool.CALIBRATE: self.tr(
                "Click two points of the drawing whose real distance you know."
            ),
            Tool.MOVE_BACKGROUND: self.tr("Drag the drawing into place under the plan."),
        }
        self.hint.setText(hints[self.editor.tool])

    def retranslate(self) -> None:
        texts = {
            Tool.SELECT: self.tr("Select"),
            Tool.ADD_DESK: self.tr("Add desk"),
            Tool.ADD_GRID: self.tr("Add desks…"),
            Tool.DRAW_ZONE: self.tr("Draw zone"),
            Tool.CALIBRATE: self.tr("Calibrate scale"),
            Tool.MOVE_BACKGROUND: self.tr("Move background"),
        }
        for tool, button in self.tool_buttons.items():
            button.setText(texts[tool])
        self.tool_buttons[Tool.ADD_GRID].setToolTip(self.tr("A row or a grid of desks"))
        name_widget(self.snap_step, self.tr("Grid step"))
        self.rotate_button.setText(self.tr("Rotate"))
        for action, (_degrees, text) in zip(self.rotate_actions, ROTATIONS, strict=True):
            action.setText(QCoreApplication.translate(CONTEXT, text))
        self.properties_button.setText(self.tr("Properties…"))
        self.delete_button.setText(self.tr("Delete"))
        self.snap_box.setText(self.tr("Snap to grid"))
        self.background_button.setText(self.tr("Background…"))
        self.background_button.setToolTip(
            self.tr("Put a drawing of the floor (PNG, JPEG or SVG) under the plan")
        )
        self.remove_background_button.setText(self.tr("Remove background"))
        self._show_hint()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
