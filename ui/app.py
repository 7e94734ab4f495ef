"""Start the window: QApplication, fonts, translations, then the database.

The window is shown before the database is opened: importing SQLAlchemy, Alembic and the
models, backing the file up (see KEEP_BACKUPS in ui.settings) and checking the schema cost
more than half a second, and the user should see the window at once. Once it has painted,
:class:`Startup` opens (or, for ``--demo``, first creates) the database on a worker thread,
and the first page loads its rows.

Start-up modules (this one, ui.main_window, ui.menus, …) do not import ``Qt`` from
PySide6.QtCore at module level: the first access builds all of the namespace's Python enums,
about 60 ms (more on a busy machine) that the first paint should not wait for. Code that runs
after the first paint imports it where it is used.

``PLANNER_STARTUP_PROBE=1`` makes the program print ``first-paint <ms>``, ``database-open
<ms>`` and ``ready <ms>`` (milliseconds since the program started: ``started_at``, given by the
launcher) and quit once the first page shows its rows; benchmarks/startup.py uses it.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QUndoStack
from PySide6.QtWidgets import QApplication

import resources
from planner.errors import DatabaseProblem
from ui.appearance import SYSTEM, apply_appearance
from ui.background import Pool, run_in_background
from ui.fonts import use_korean_ui_font
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.opening import open_location, show_database
from ui.settings import APPEARANCE, KEEP_BACKUPS, Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from planner.storage import Database
    from ui.pages.base import Today

APP_NAME = "Lab Planner"
DESKTOP_ENTRY = "lab-planner"
ORGANISATION = "KT-KAIST"
EXIT_DATABASE = 4  # as planner.cli: the database cannot be used
STARTUP_PROBE_ENV = "PLANNER_STARTUP_PROBE"
CREATING_DEMO = "creating-demo"  # progress step of the start-up job


def run_window(
    database: str | None, demo: bool, lang: str | None, started_at: float | None = None
) -> int:
    """Open the main window on ``database`` (or the demo institute); returns the exit code.

    ``started_at`` (``time.perf_counter()`` when the program started) is what the start-up
    probe measures from; without it, from when this module was imported."""
    app = prepare_application()
    settings = Settings()
    use_korean_ui_font(app)
    install_language(lang or settings.language())
    appearance = settings.get(APPEARANCE)
    if appearance != SYSTEM:  # the system's scheme is the platform's palette already
        apply_appearance(app, appearance)
    window = MainWindow(settings)
    startup = Startup(
        window,
        settings,
        database=database,
        demo=demo,
        probe=os.environ.get(STARTUP_PROBE_ENV) == "1",
        started_at=started_at,
    )
    window.first_painted.connect(startup.first_painted)
    # Should no paint ever come (a window that starts minimised), open the database anyway.
    QTimer.singleShot(1500, startup.begin)
    window.show()
    return app.exec()


def prepare_application() -> QApplication:
    """The QApplication (the existing one, if any) with the names QSettings files go by, the
    product's icon (every window and the About box take it) and the desktop entry it belongs
    to (packaging/lab-planner.desktop: Wayland and the task bar match the window to it)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName(DESKTOP_ENTRY)
    app.setWindowIcon(QIcon(str(resources.path("icons", "lab-planner.svg"))))
    return app


def create_main_window(
    database: Database,
    settings: Settings | None = None,
    *,
    today: Today = dt.date.today,
    undo_stack: QUndoStack | None = None,
) -> MainWindow:
    """A main window showing ``database``, without ``exec()`` (for tests and embedding)."""
    settings = settings or Settings()
    window = MainWindow(settings, undo_stack, today)
    window.open_requested.connect(lambda location: open_location(window, settings, location))
    show_database(window, database)
    return window


class Startup(QObject):
    """What happens once the window has painted: open the database, load the first page."""

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        *,
        database: str | None,
        demo: bool,
        probe: bool = False,
        pool: Pool | None = None,
        started_at: float | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.database = database
        self.demo = demo
        self.probe = probe
        self.pool = pool
        self.started_at = _IMPORTED_AT if started_at is None else started_at
        self._begun = False
        self._dialog: QProgressDialog | None = None
        window.open_requested.connect(lambda location: open_location(window, settings, location))

    def first_painted(self) -> None:
        if self.probe:
            _report("first-paint", self.started_at)
        self.begin()

    def begin(self) -> None:
        if self._begun:
            return
        self._begun = True
        QTimer.singleShot(0, self._open)  # let the first frame reach the screen

    def _open(self) -> None:
        # Importing SQLAlchemy and Alembic and checking the schema take about a second: done
        # on a worker thread, so the window stays responsive meanwhile. The Database (engine
        # and session factory) is then used from the main thread; SQLAlchemy's SQLite pool
        # allows that.
        from PySide6.QtCore import Qt  # noqa: PLC0415 - Qt enums only after the first paint

        demo, location = self.demo, self.database
        keep_backups = self.settings.get(KEEP_BACKUPS)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        def work() -> Generator[str, None, Database]:
            from planner.storage import demo_database, open_database  # noqa: PLC0415

            if demo:
                path = demo_database()
                if not path.exists():
                    yield CREATING_DEMO
                    from planner.demo.create import create_demo  # noqa: PLC0415

                    create_demo(path)
                database = open_database(path)  # no backups of the demo: it can be made again
            else:
                database = open_database(location, keep_backups=keep_backups)
            prepare_first_page()
            return database

        self._job = run_in_background(
            work,
            on_progress=self._progress,
            on_result=self._opened,
            on_error=self._fail,
            on_finished=QGuiApplication.restoreOverrideCursor,
            pool=self.pool,
        )

    def _progress(self, step: str) -> None:
        if step == CREATING_DEMO:
            from PySide6.QtCore import Qt  # noqa: PLC0415
            from PySide6.QtWidgets import QProgressDialog  # noqa: PLC0415 - rarely needed

            dialog = QProgressDialog(
                self.tr("Creating the demo institute (a few seconds)…"), "", 0, 0, self.window
            )
            dialog.setWindowTitle(self.tr("Lab Planner"))
            dialog.setCancelButton(None)  # creation is all-or-nothing and takes seconds
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.show()
            self._dialog = dialog

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog = None

    def _opened(self, database: Database) -> None:
        self._close_dialog()
        if self.probe:
            _report("database-open", self.started_at)
            self.window.page_loaded.connect(self._probe_ready)
        show_database(self.window, database)
        if not self.demo:
            self.settings.remember_database(database.location)

    def _fail(self, error: BaseException) -> None:
        self._close_dialog()
        if self.probe:  # a benchmark must not wait for someone to close a message box
            print(f"planner: {error}", file=sys.stderr)
        elif isinstance(error, DatabaseProblem):
            from ui.recovery_flow import recover  # noqa: PLC0415 - rarely needed

            QGuiApplication.restoreOverrideCursor()  # the dialog waits for the user
            location = str(self._demo_path()) if self.demo else self.database
            database = recover(self.window, self.settings, error, location, at_startup=True)
            if database is not None:
                self.demo = False  # what opened is the user's choice: remember it
                self._opened(database)
                return
        else:
            from ui.errors import show_fatal  # noqa: PLC0415 - it imports the models

            show_fatal(self.window, error)
        self.window.close()
        QApplication.exit(EXIT_DATABASE if isinstance(error, DatabaseProblem) else 1)

    def _demo_path(self) -> Path:
        from planner.storage import demo_database  # noqa: PLC0415

        return demo_database()

    def _probe_ready(self, _key: str) -> None:
        self.window.repaint()  # the rows are on screen when we report
        _report("ready", self.started_at)
        QApplication.exit(0)


def prepare_first_page() -> None:
    """What the first page needs besides the database, done on the worker while the main
    thread is idle anyway: importing the pages (and, with them, the floor plan, the services
    and their prepared statements) and configuring the ORM's mappers took about 0.5 s of the
    main thread between the database opening and the first rows (benchmarks/startup.py).
    Importing modules is safe off the GUI thread; nothing here creates a widget."""
    import ui.floorplan.floor_page  # noqa: F401, PLC0415 - the first page's plan
    import ui.pages.registry  # noqa: F401, PLC0415
    import ui.placement.hook  # noqa: F401, PLC0415
    from sqlalchemy.orm import configure_mappers  # noqa: PLC0415

    configure_mappers()


def _report(what: str, started_at: float) -> None:
    print(f"{what} {1000 * (time.perf_counter() - started_at):.1f}", flush=True)


_IMPORTED_AT = time.perf_counter()
