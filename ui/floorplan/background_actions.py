"""A floor's background image from the plan: choose a file, take it away, calibrate its scale.

Each change is one undoable command (ui.floorplan.edit_commands.BackgroundCommand); the image
bytes go into the database, so a shared server shows the same drawing to everyone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError, ValidationError
from planner.services.background_files import PDF, inspect_background, pdf_media_type
from planner.services.layout_background import (
    floor_background,
    place_floor_background,
    remove_floor_background,
    set_floor_background,
)
from planner.services.layout_geometry import Point, calibrate
from ui.floorplan.background_image import decode, fitting_scale, pdf_page_count, picture_of
from ui.floorplan.edit_commands import BackgroundCommand, EditCommand, push_edit
from ui.floorplan.edit_dialogs import ask_distance
from ui.floorplan.scene import FloorScene
from ui.i18n import fill
from ui.settings import LAST_FOLDER, Settings

CONTEXT = "FloorPlanEdit"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class BackgroundActions:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        stack: QUndoStack,
        scene: FloorScene,
        parent: QWidget,
        on_error: Callable[[PlannerError], None],
        settings: Callable[[], Settings] = Settings,
    ) -> None:
        self.sessions = sessions
        self.stack = stack
        self.scene = scene
        self.parent = parent
        self.on_error = on_error
        self.settings = settings

    @property
    def floor_id(self) -> int | None:
        snapshot = self.scene.snapshot
        return snapshot.floor_id if snapshot is not None else None

    def load(self, floor_id: int) -> None:
        """Read the floor's image from the database and show it (or show none)."""
        with self.sessions() as session:
            stored = floor_background(session, floor_id)
        self.scene.set_background(floor_id, picture_of(stored) if stored else None)

    def _changed(self, command: EditCommand) -> None:
        assert isinstance(command, BackgroundCommand)
        self.load(command.floor_id)

    def _push(self, text: str, floor_id: int, work: Callable[[Session], object]) -> bool:
        command = BackgroundCommand(
            self.sessions, text, floor_id, work, on_changed=self._changed, on_error=self.on_error
        )
        return push_edit(self.stack, command)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.parent, _t("Background"), text)

    # -- the file ---------------------------------------------------------------------------
    def choose(self) -> bool:
        settings = self.settings()
        folder = settings.get(LAST_FOLDER) or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self.parent,
            _t("Background image of the floor"),
            folder,
            _t("Floor drawings (*.png *.jpg *.jpeg *.svg *.pdf)"),
        )
        if not chosen:
            return False
        settings.set(LAST_FOLDER, str(Path(chosen).resolve().parent))
        return self.use_file(Path(chosen))

    def use_file(self, path: Path) -> bool:
        """Put this image under the current floor, fitted to the floor until calibrated."""
        floor_id, snapshot = self.floor_id, self.scene.snapshot
        if floor_id is None or snapshot is None:
            return False
        try:
            data = path.read_bytes()
        except OSError as error:
            self._warn(f"{_t('The file cannot be read.')}\n{error.strerror or error}")
            return False
        try:
            media_type = inspect_background(data).media_type
        except ValidationError as error:
            self.on_error(error)  # the reason, in the user's language (ui.error_details)
            return False
        page: int | None = None
        if media_type == PDF:
            page = self._ask_page(path.name, pdf_page_count(data))
            if page is None:
                return False
            media_type = pdf_media_type(page)
        decoded = decode(data, media_type)
        if decoded is None:
            self._warn(_t("This file is not a PNG, JPEG, SVG or PDF drawing that can be read."))
            return False
        scale = fitting_scale(decoded[1], snapshot.width_m, snapshot.depth_m)
        return self._push(
            _t("Set background image"),
            floor_id,
            lambda s: set_floor_background(s, floor_id, data, path.name, scale, page=page),
        )

    def _ask_page(self, name: str, pages: int) -> int | None:
        """The page of a PDF plan to show (asked when it has more than one)."""
        if pages < 1:
            self._warn(_t("This file is not a PNG, JPEG, SVG or PDF drawing that can be read."))
            return None
        if pages == 1:
            return 1
        page, chosen = QInputDialog.getInt(
            self.parent, _t("Page of the PDF"), fill(_t("Page of %1 to show (1–%2):"), name,
                                                      pages), 1, 1, pages
        )
        return page if chosen else None

    def remove(self) -> bool:
        floor_id = self.floor_id
        if floor_id is None or self.scene.backgrounds.get(floor_id) is None:
            return False
        return self._push(
            _t("Remove background image"),
            floor_id,
            lambda s: remove_floor_background(s, floor_id),
        )

    def move_by(self, by: Point) -> bool:
        """Shift the image on the floor by ``by`` metres (its scale unchanged)."""
        floor_id = self.floor_id
        picture = self.scene.backgrounds.get(floor_id) if floor_id is not None else None
        if floor_id is None or picture is None:
            return False
        offset = (picture.offset_m[0] + by[0], picture.offset_m[1] + by[1])
        return self._push(
            _t("Move background image"),
            floor_id,
            lambda s: place_floor_background(s, floor_id, picture.scale, offset),
        )

    # -- calibration ------------------------------------------------------------------------
    def has_picture(self) -> bool:
        floor_id = self.floor_id
        return floor_id is not None and self.scene.backgrounds.get(floor_id) is not None

    def calibrate(self, first: Point, second: Point) -> bool:
        """Two points clicked on the plan (metres) and the real distance between them: the
        image is scaled so that it matches, the first point staying where it is."""
        floor_id = self.floor_id
        picture = self.scene.backgrounds.get(floor_id) if floor_id is not None else None
        if floor_id is None or picture is None:
            self._warn(_t("Choose a background image first."))
            return False
        distance = ask_distance(self.parent)
        if distance is None:
            return False
        a = picture.image_point(QPointF(*first))
        b = picture.image_point(QPointF(*second))
        try:
            scale, offset = calibrate(
                picture.offset_m, picture.scale, (a.x(), a.y()), (b.x(), b.y()), distance
            )
        except PlannerError as error:
            self.on_error(error)
            return False
        return self._push(
            _t("Calibrate background scale"),
            floor_id,
            lambda s: place_floor_background(s, floor_id, scale, offset),
        )
