"""The main window: menus, the page navigation, the pages and the status bar.

It is built and painted before the database is opened (see ui.app); ``attach_database``
then creates the pages, which load their rows when first shown.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from ui import settings as keys
from ui.i18n import QT_TRANSLATE_NOOP, current_language, fill, install_language
from ui.menus import MainMenus
from ui.screen_fit import fitting_size, keep_on_screen
from ui.settings import Settings

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QDialog

    from planner.dbtools.roles import Permissions
    from planner.live import Change
    from planner.storage import Database
    from ui.connection.live_refresh import LiveRefresh
    from ui.pages.base import Page, Today

# Navigation order; the keys name the page classes in ui.pages.registry.
PAGES: tuple[tuple[str, str], ...] = (
    ("seating", QT_TRANSLATE_NOOP("MainWindow", "Seating")),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People")),
    ("tasks", QT_TRANSLATE_NOOP("MainWindow", "Tasks & Renewals")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
)
LOCATION_WIDTH = 480  # pixels of the database's path in the status bar


class MainWindow(QMainWindow):
    first_painted = Signal()
    open_requested = Signal(str)  # a database path or URL chosen by the user
    page_loaded = Signal(str)  # key of a page whose rows were (re)loaded

    def __init__(
        self, settings: Settings, undo_stack: QUndoStack | None = None, today: Today = dt.date.today
    ) -> None:
        super().__init__()
        self.settings = settings
        # Parented to the window unless shared from outside: the menus use it until the end.
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.today = today
        self.database: Database | None = None
        self._pages: dict[str, Page] = {}
        self._painted = False
        self._counts: dict = {}
        # Shared mode (ui.connection): other users' changes, what the role allows.
        self.live: LiveRefresh | None = None
        self.permissions: Permissions | None = None
        # Pages whose rows changed while hidden (others' changes, or the user's own on another
        # page): they load again when shown. "desks" marks the floor plan as needing only its
        # desks and people list again (keeping zoom and position); "all" the whole plan.
        self._stale_pages: dict[str, str] = {}
        # The counts in the status bar follow the user's own edits, undo and redo as well;
        # several steps in one event-loop turn count once.
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(0)
        self._status_timer.timeout.connect(self.refresh_status)
        self.undo_stack.indexChanged.connect(self._own_change)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setSpacing(2)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.nav.setFont(font)
        for _key in PAGES:  # row i shows PAGES[i]
            item = QListWidgetItem()
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() + 16))
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        # Centred by its HTML (a QLabel centres vertically by default): no Qt.AlignmentFlag
        # before the first paint, see ui.app.
        self.waiting_label = QLabel()
        self.stack.addWidget(self.waiting_label)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([190, 1000])
        self.setCentralWidget(splitter)

        self.menus = MainMenus(self, self.undo_stack, [key for key, _ in PAGES], settings)
        self.menus.open_database.triggered.connect(self._choose_database)
        self.menus.recent_chosen.connect(self._open_recent)
        self.menus.connect_server.triggered.connect(self.connect_to_server)
        self.menus.back_up.triggered.connect(self.back_up_now)
        self.menus.restore_backup.triggered.connect(self.restore_backup)
        self.menus.quit.triggered.connect(self.close)
        self.menus.import_people.triggered.connect(lambda: self.import_spreadsheet("people"))
        self.menus.import_desks.triggered.connect(lambda: self.import_spreadsheet("desks"))
        self.menus.import_floor.triggered.connect(lambda: self.import_floor_plan())
        self.menus.people_template.triggered.connect(lambda: self.save_import_template("people"))
        self.menus.desks_template.triggered.connect(lambda: self.save_import_template("desks"))
        self.menus.export_spreadsheet.triggered.connect(self.export_spreadsheet)
        self.menus.print_chart.triggered.connect(self.print_seating_chart)
        self.menus.export_view.triggered.connect(self.export_plan_view)
        self.chart_printing = None  # the last File ▸ Print… (ui.floorplan.print_chart)
        self.menus.about.triggered.connect(self._about)
        self.menus.manual.triggered.connect(self.show_manual)
        self.manual_dialog: QDialog | None = None
        self.menus.page_chosen.connect(self.show_page)
        self.menus.language_chosen.connect(self.set_language)
        self.menus.appearance_chosen.connect(self.set_appearance)
        self.menus.refresh.triggered.connect(self.reload_current_page)
        self.nav.currentRowChanged.connect(self._nav_row_changed)

        self.location_label = QLabel()
        self.counts_label = QLabel()
        self.role_label = QLabel()  # the database role on a server; hidden for a file
        self.role_label.setObjectName("role_indicator")
        self.role_label.hide()
        # Permanent widgets, right of the messages: a message (the deadline reminder, "Backup
        # written to …") never hides or covers the database in use.
        self.statusBar().addPermanentWidget(self.location_label)
        self.statusBar().addPermanentWidget(self.role_label)
        self.statusBar().addPermanentWidget(self.counts_label)

        # Never larger than the screen (a 1366×768 laptop, 1920×1080 at 150 %); a geometry
        # saved on a larger monitor is brought back within this one.
        self.resize(fitting_size(self, 1400, 860))
        if self.restoreGeometry(settings.get(keys.WINDOW_GEOMETRY)):
            self.resize(fitting_size(self, self.width(), self.height()))
            keep_on_screen(self)
        self.retranslate()

    # -- the database and the pages ---------------------------------------------------------
    def attach_database(self, database: Database) -> None:
        """Show ``database``; the pages of a previous one are dropped."""
        from ui.keyboard import install_keyboard, install_tab_keys  # noqa: PLC0415 - see above
        from ui.pages.registry import build_page  # noqa: PLC0415 - only after the first paint

        # The focus ring, Tab out of date fields, Ctrl+Tab for the page's tabs (once).
        install_keyboard()
        install_tab_keys(self, self.stack.currentWidget)

        self._stop_live_refresh()  # its connection belongs to the database being replaced
        if self.database is not None and self.database is not database:
            self.database.close()
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._stale_pages.clear()
        self.undo_stack.clear()  # commands of another database cannot be undone here
        self.database = database
        self._start_shared_mode(database)
        for key, _source in PAGES:
            page = build_page(key, database.sessions, self.today, self.undo_stack)
            page.loaded.connect(lambda key=key: self._page_loaded(key))
            self._pages[key] = page
            self.stack.addWidget(page)
        last = self.settings.get(keys.LAST_PAGE)
        self.show_page(PAGES[last if 0 <= last < len(PAGES) else 0][0])
        self.retranslate()
        # The counts wait until the first page has its rows: that is what the user looks at.
        QTimer.singleShot(0, self.refresh_status)
        QTimer.singleShot(0, self._remind_of_deadlines)

    def _remind_of_deadlines(self) -> None:
        """Once per opened database: renewal deadlines that passed without signing, in a box
        that never blocks the window; "Do not remind me again" keeps those deadlines quiet
        at later starts (remembered in the settings, per database and deadline)."""
        if self.database is None:
            return
        from PySide6.QtCore import Qt  # noqa: PLC0415 - the Qt namespace costs time before paint
        from PySide6.QtWidgets import QCheckBox, QMessageBox  # noqa: PLC0415

        from ui.renewals.reminder import overdue_keys, overdue_reminder  # noqa: PLC0415

        dismissed = self.settings.get(keys.DISMISSED_REMINDERS)
        where = self.database.location
        text = overdue_reminder(
            self.database.sessions, self.today(), database=where, dismissed=dismissed
        )
        if not text:
            return
        shown = overdue_keys(self.database.sessions, self.today(), where, dismissed)
        # The lead line ends in a colon: the status bar shows it with the first deadline.
        self.statusBar().showMessage(" ".join(text.splitlines()[:2]), 20000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Renewal deadlines"), text,
                          QMessageBox.StandardButton.Ok, self)
        # Parented to the box: PySide6 does not hand setCheckBox's argument over to Qt, and a
        # check box collected by Python would leave the box pointing at freed memory.
        quiet = QCheckBox(self.tr("Do not remind me again of these deadlines"), box)
        # Remembered as soon as it is ticked: the box may be left open, or the window closed.
        quiet.toggled.connect(lambda on: self.dismiss_reminders(shown, on))
        box.setCheckBox(quiet)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)  # a reminder, not a question: never block the window or tests
        box.show()
        self.reminder_box = box

    def dismiss_reminders(self, shown: list[str], dismiss: bool = True) -> None:
        """Remember ``shown`` (ui.renewals.reminder keys): no reminder of them at later starts
        (or, un-ticked, remind of them again)."""
        kept = [k for k in self.settings.get(keys.DISMISSED_REMINDERS) if k not in shown]
        self.settings.set(keys.DISMISSED_REMINDERS, kept + (list(shown) if dismiss else []))
        self.settings.sync()

    def page(self, key: str) -> Page:
        return self._pages[key]

    def pages(self) -> dict[str, Page]:
        return dict(self._pages)

    def current_page_key(self) -> str | None:
        row = self.nav.currentRow()
        return PAGES[row][0] if 0 <= row < len(PAGES) else None

    def show_page(self, key: str) -> None:
        row = next(i for i, (k, _) in enumerate(PAGES) if k == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # comes back through _nav_row_changed
            return
        self._nav_row_changed(row)

    def _nav_row_changed(self, row: int) -> None:
        if not 0 <= row < len(PAGES):
            return
        key = PAGES[row][0]
        self.menus.mark_page(key)
        page = self._pages.get(key)
        if page is None:
            return
        self.stack.setCurrentWidget(page)
        self.settings.set(keys.LAST_PAGE, row)
        if key in self._stale_pages and page.is_loaded:
            how = self._stale_pages.pop(key)
            QTimer.singleShot(0, lambda: self._reload_stale(page, how))
        if not page.is_loaded:
            QTimer.singleShot(0, page.ensure_loaded)  # paint the page frame first

    def reload_current_page(self) -> None:
        key = self.current_page_key()
        if key in self._pages:
            self._pages[key].reload()
        self.refresh_status()

    def _page_loaded(self, key: str) -> None:
        if self.permissions is not None:  # parts built on first load (the floor plan) too
            from ui.connection.role_gate import apply_permissions  # noqa: PLC0415

            apply_permissions(self.pages(), self.permissions)
        self.page_loaded.emit(key)

    # -- shared mode: live refresh, roles, conflicts (ui.connection) --------------------------
    def _start_shared_mode(self, database: Database) -> None:
        from ui import transactions  # noqa: PLC0415 - after the first paint
        from ui.connection.live_refresh import LiveRefresh  # noqa: PLC0415
        from ui.connection.roles import read_permissions  # noqa: PLC0415

        self.permissions = read_permissions(database)
        self.live = LiveRefresh(database.engine, self)
        self.live.changed.connect(self._others_changed)
        from ui.connection.reconnect_status import watch_connection  # noqa: PLC0415

        watch_connection(self, self.live, self.undo_stack)
        if self._conflict_seen not in transactions.conflict_listeners:
            transactions.conflict_listeners.append(self._conflict_seen)

    def _stop_live_refresh(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live.deleteLater()
            self.live = None

    def _others_changed(self, changes: list[Change], authors: list[str]) -> None:
        """Reload the pages that show what others changed: the visible one now, the rest
        when next shown."""
        from ui.connection.live_refresh import pages_for  # noqa: PLC0415
        from ui.connection.page_refresh import refresh_seating  # noqa: PLC0415

        current = self.current_page_key()
        for key in sorted(pages_for(changes)):
            page = self._pages.get(key)
            if page is None or not page.is_loaded:
                continue  # loads fresh rows when first shown
            if key != current:
                self._stale_pages[key] = "all"
            elif key == "seating":
                refresh_seating(page, changes)
            else:
                page.reload()
        self.refresh_status()
        if authors:
            self.statusBar().showMessage(fill(self.tr("Updated by %1"), ", ".join(authors)), 5000)

    def _conflict_seen(self, _error: object) -> None:
        # A stale edit: show the other user's version (the message box comes from the command).
        if self.database is not None:
            QTimer.singleShot(0, self.reload_current_page)

    def _show_role(self) -> None:
        from ui.connection.roles import role_text  # noqa: PLC0415

        text = role_text(self.permissions) if self.permissions is not None else ""
        self.role_label.setText(text)
        self.role_label.setVisible(bool(text))

    def _own_change(self, _index: int) -> None:
        """An edit, undo or redo of the user's own: the page that made it shows it already;
        the other pages that have rows load them again when next shown."""
        current = self.current_page_key()
        for key, page in self._pages.items():
            if key != current and page.is_loaded:
                self._stale_pages.setdefault(key, "desks")
        self._status_timer.start()

    def _reload_stale(self, page: Page, how: str) -> None:
        from planner.live import Change  # noqa: PLC0415 - after the first paint
        from ui.connection.page_refresh import refresh_seating  # noqa: PLC0415

        if getattr(page, "floor_page", None) is not None:
            # The floor plan is not part of the page's own rows: refresh it too.
            refresh_seating(page, [Change("person" if how == "desks" else "*", ())])
        else:
            page.reload()

    def refresh_status(self) -> None:
        if self.database is None:
            return
        from planner.services.stats import institute_counts  # noqa: PLC0415 - see attach_database

        with self.database.sessions() as session:
            self._counts = institute_counts(session, self.today())
        self._show_status()

    def _show_status(self) -> None:
        if self.database is None:
            self.location_label.setText("")
            self.counts_label.setText("")
            return
        # At most about a third of a laptop screen: a deep folder is shortened in the middle
        # (the file's name stays readable) and shown whole in the tooltip.
        location = self.database.location
        from PySide6.QtCore import Qt  # noqa: PLC0415 - after the first paint (see ui.app)

        shown = self.location_label.fontMetrics().elidedText(
            location, Qt.TextElideMode.ElideMiddle, LOCATION_WIDTH
        )
        self.location_label.setText(fill(self.tr("Database: %1"), shown))
        self.location_label.setToolTip(location)
        self._show_role()
        counts = self._counts
        if counts:
            self.counts_label.setText(
                fill(
                    self.tr("People %1 · Desks %2 · Occupied today %3 · Tasks %4"),
                    counts["people"],
                    counts["desks"],
                    counts["occupied_desks_today"],
                    counts["tasks"],
                )
            )

    # -- user actions -----------------------------------------------------------------------
    # Dialog classes are imported when used: creating their Python enums at import time
    # would delay the first paint.
    def _choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            self.settings.get(keys.LAST_FOLDER),
            self.tr("Lab Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_requested.emit(path)

    def connect_to_server(self) -> None:
        """File ▸ Connect to server…: the connection dialog, then the server's database."""
        from ui.connection.flow import ask_and_connect  # noqa: PLC0415 - see _choose_database

        ask_and_connect(self, self.settings)

    def _open_recent(self, location: str) -> None:
        from ui.connection.flow import is_server_location, reconnect  # noqa: PLC0415

        if is_server_location(location):
            reconnect(self, self.settings, location)  # its password from the keyring or .pgpass
        else:
            self.open_requested.emit(location)

    def set_language(self, lang: str) -> None:
        """Save the choice and switch now; every widget retranslates on LanguageChange."""
        self.settings.set(keys.LANGUAGE, lang)
        install_language(lang)

    def set_appearance(self, appearance: str) -> None:
        """View ▸ Appearance: system, light or dark, remembered."""
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from ui.appearance import apply_appearance  # noqa: PLC0415

        self.settings.set(keys.APPEARANCE, appearance)
        apply_appearance(QApplication.instance(), appearance)
        self.menus.appearance_actions[appearance].setChecked(True)

    def import_spreadsheet(self, kind: str, path: Path | None = None) -> QDialog | None:
        """File ▸ Import people/desks…: choose a file (unless given), then map and preview."""
        from ui.imports.actions import open_import  # noqa: PLC0415 - see _choose_database

        if self.database is None:
            return None
        self.spreadsheet_dialog = open_import(
            self,
            kind,
            self.database.sessions,
            self.settings,
            self._after_import,
            path=path,
            undo_stack=self.undo_stack,
        )
        return self.spreadsheet_dialog

    def import_floor_plan(self, path: Path | None = None) -> QDialog | None:
        """File ▸ Import floor plan…: a floor's DXF drawing, previewed, then imported."""
        from ui.floorplan.floor_import_actions import open_floor_import  # noqa: PLC0415

        if self.database is None:
            return None
        self.floor_import_dialog = open_floor_import(
            self,
            self.database.sessions,
            self.settings,
            self._after_import,
            path=path,
            undo_stack=self.undo_stack,
        )
        return self.floor_import_dialog

    def save_import_template(self, kind: str, path: Path | None = None) -> Path | None:
        """File ▸ Import ▸ Save a template…: the file to fill for an import of ``kind``."""
        from ui.imports.actions import save_template  # noqa: PLC0415 - see _choose_database

        if self.database is None:
            return None
        written = save_template(self, kind, self.database.sessions, self.settings, path=path)
        if written is not None:
            self.statusBar().showMessage(fill(self.tr("Template saved: %1"), str(written)), 10000)
        return written

    def _after_import(self, _summary: object) -> None:
        # Every page that has shown its rows loads them again; the others load when shown.
        for page in self._pages.values():
            if page.is_loaded:
                page.reload()
        self.refresh_status()

    def back_up_now(self) -> bool:
        from ui.backup_actions import back_up_now  # noqa: PLC0415 - after the first paint

        return back_up_now(self, self.settings)

    def restore_backup(self) -> bool:
        from ui.backup_actions import restore_backup  # noqa: PLC0415

        return restore_backup(self, self.settings)

    def export_spreadsheet(self) -> QDialog | None:
        from ui.imports.actions import open_export  # noqa: PLC0415

        if self.database is None:
            return None
        # "For the day shown": the seating page's day when it has one, else today.
        seating = self._pages.get("seating")
        day_of = getattr(seating, "day", None)
        day = day_of() if callable(day_of) else self.today()
        self.spreadsheet_dialog = open_export(self, self.database.sessions, self.settings, day)
        return self.spreadsheet_dialog

    def _floor_page(self):
        """The floor plan, built and shown (File ▸ Print… prints what it shows)."""
        if self.database is None:
            return None
        self.show_page("seating")
        seating = self._pages.get("seating")
        return getattr(seating, "floor_page", None)

    def print_seating_chart(self) -> bool:
        from ui.floorplan.print_chart import ChartPrinting  # noqa: PLC0415 - printing on demand

        plan = self._floor_page()
        if plan is None:
            return False
        if self.chart_printing is None:
            self.chart_printing = ChartPrinting(self.database.sessions, self.settings, self)
        floor = plan.floor_combo.currentText().split(" · ")[0] or None
        return self.chart_printing.start(floor, plan.day())

    def export_plan_view(self):
        from ui.floorplan.print_chart import ask_and_export_view  # noqa: PLC0415

        plan = self._floor_page()
        if plan is None:
            return None
        name = f"plan-{plan.floor_combo.currentText().split(' · ')[0]}-{plan.day().isoformat()}"
        return ask_and_export_view(plan.view, self.settings, self, name)

    def show_manual(self) -> QDialog:
        """Help ▸ Manual (F1): one manual window, brought to the front when already open."""
        from ui.help import ManualDialog  # noqa: PLC0415 - see _choose_database

        if self.manual_dialog is None:
            self.manual_dialog = ManualDialog(self)
        self.manual_dialog.show()
        self.manual_dialog.raise_()
        self.manual_dialog.activateWindow()
        return self.manual_dialog

    def _about(self) -> None:
        from html import escape  # noqa: PLC0415

        from PySide6.QtCore import qVersion  # noqa: PLC0415
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        from planner.about import version_lines  # noqa: PLC0415

        # The same lines as `planner --version`, with the Qt this window runs on; the one
        # English word among the names of programs is said in the window's language.
        schema = "Database schema "
        lines = [
            self.tr("Database schema %1").replace("%1", line[len(schema):])
            if line.startswith(schema)
            else line
            for line in version_lines(qVersion())
        ]
        versions = "<br>".join(escape(line) for line in lines)
        QMessageBox.about(
            self,
            self.tr("About Lab Planner"),
            self.tr(
                "<h3>Lab Planner</h3><p>Seating and yearly renewal of the joint research tasks "
                "of the KT–KAIST AI·SW research institute at KT Daedeok 2nd R&amp;D Center.</p>"
                "<p>Korean fonts: NAVER Nanum fonts, SIL Open Font License 1.1.</p>"
            )
            + f"<p><small>{versions}</small></p>",
        )

    # -- Qt events --------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("Lab Planner")
        if self.database is not None:
            title = fill(self.tr("%1 — %2"), title, self.database.location)
        self.setWindowTitle(title)
        for row, (_key, source) in enumerate(PAGES):
            self.nav.item(row).setText(self.tr(source))
        # A wide page must not squeeze the navigation until its titles are cut off.
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count()))
        self.nav.setMinimumWidth(widest + 36)
        self.nav.setAccessibleName(self.tr("Pages"))
        waiting = self.tr("Opening the database…").replace("&", "&amp;").replace("<", "&lt;")
        self.waiting_label.setText(f'<p align="center">{waiting}</p>')
        self.menus.retranslate([self.tr(source) for _key, source in PAGES], current_language())
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # A passing message stays in the language it was said in: let it go.
            self.statusBar().clearMessage()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.sync()
        self._stop_live_refresh()
        from ui import transactions  # noqa: PLC0415

        if self._conflict_seen in transactions.conflict_listeners:
            transactions.conflict_listeners.remove(self._conflict_seen)
        if self.database is not None:
            self.database.close()
        super().closeEvent(event)
