"""The main window's menu bar: File, Edit, View, Help.

Kept apart from the window so each stays small; the window connects the actions and
signals it cares about.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from ui import settings as keys
from ui.i18n import fill
from ui.settings import Settings


class MainMenus(QObject):
    """Shortcuts are set with ``setShortcuts([...])``: ``setShortcut`` would build PySide's
    ``Qt`` enums before the first paint (see ui.app)."""

    page_chosen = Signal(str)
    language_chosen = Signal(str)
    appearance_chosen = Signal(str)  # "system", "light" or "dark" (ui.appearance)
    recent_chosen = Signal(str)

    def __init__(
        self, window: QMainWindow, undo_stack: QUndoStack, page_keys: list[str], settings: Settings
    ) -> None:
        super().__init__(window)
        self._settings = settings
        bar = window.menuBar()

        self.file_menu = bar.addMenu("")
        self.open_database = QAction(window)
        self.open_database.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Open))
        self.connect_server = QAction(window)  # shared mode: a PostgreSQL server (ui.connection)
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.quit = QAction(window)
        self.quit.setShortcuts([QKeySequence("Ctrl+Q")])
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(self.open_database)
        self.file_menu.addAction(self.connect_server)
        self.file_menu.addMenu(self.recent_menu)
        # Backups (ui.backup_actions): a copy now, or the database put back from one.
        self.back_up = QAction(window)
        self.restore_backup = QAction(window)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.back_up)
        self.file_menu.addAction(self.restore_backup)
        # Spreadsheets (ui.imports): File ▸ Import ▸ people, desks, or a template to fill;
        # File ▸ Export… a list.
        self.import_menu = QMenu(window)
        self.import_people = QAction(window)
        self.import_desks = QAction(window)
        self.people_template = QAction(window)
        self.desks_template = QAction(window)
        self.import_menu.addAction(self.import_people)
        self.import_menu.addAction(self.import_desks)
        self.import_menu.addSeparator()
        self.import_menu.addAction(self.people_template)
        self.import_menu.addAction(self.desks_template)
        self.export_spreadsheet = QAction(window)
        self.file_menu.addSeparator()
        self.file_menu.addMenu(self.import_menu)
        # A floor's CAD drawing (ui.floorplan.floor_import_actions).
        self.import_floor = QAction(window)
        self.file_menu.addAction(self.import_floor)
        self.file_menu.addAction(self.export_spreadsheet)
        self.file_menu.addSeparator()
        # The seating chart of a floor (ui.floorplan.print_chart), and the plan's view.
        self.print_chart = QAction(window)
        self.print_chart.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Print))
        self.export_view = QAction(window)
        self.file_menu.addAction(self.print_chart)
        self.file_menu.addAction(self.export_view)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)

        self.edit_menu = bar.addMenu("")
        # Our own actions rather than QUndoStack.createUndoAction, whose "Undo %1" prefix
        # would not follow a live language switch.
        self.undo = QAction(window, enabled=False)
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo = QAction(window, enabled=False)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo.triggered.connect(undo_stack.undo)
        self.redo.triggered.connect(undo_stack.redo)
        undo_stack.canUndoChanged.connect(self.undo.setEnabled)
        undo_stack.canRedoChanged.connect(self.redo.setEnabled)
        # The texts come with the signals: the stack also signals while it is being destroyed.
        self._undo_text, self._redo_text = undo_stack.undoText(), undo_stack.redoText()
        undo_stack.undoTextChanged.connect(self._set_undo_text)
        undo_stack.redoTextChanged.connect(self._set_redo_text)
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)

        self.view_menu = bar.addMenu("")
        self.page_group = QActionGroup(window)
        self.page_actions: dict[str, QAction] = {}
        for number, key in enumerate(page_keys, start=1):
            action = QAction(window, checkable=True)
            action.setShortcuts([QKeySequence(f"Ctrl+{number}")])
            action.triggered.connect(lambda _checked=False, key=key: self.page_chosen.emit(key))
            self.page_group.addAction(action)
            self.page_actions[key] = action
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.refresh = QAction(window)
        self.refresh.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh))
        self.view_menu.addAction(self.refresh)
        self.language_menu = QMenu(window)
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        # Each language is named in itself, so a user lost in the other language finds theirs.
        for lang, name in (("ko", "한국어"), ("en", "English")):
            action = QAction(name, window, checkable=True)
            action.triggered.connect(
                lambda _checked=False, lang=lang: self.language_chosen.emit(lang)
            )
            self.language_group.addAction(action)
            self.language_actions[lang] = action
            self.language_menu.addAction(action)
        self.view_menu.addMenu(self.language_menu)
        self.appearance_menu = QMenu(window)
        self.appearance_group = QActionGroup(window)
        self.appearance_actions: dict[str, QAction] = {}
        for appearance in ("system", "light", "dark"):
            action = QAction(window, checkable=True)
            action.triggered.connect(
                lambda _checked=False, chosen=appearance: self.appearance_chosen.emit(chosen)
            )
            self.appearance_group.addAction(action)
            self.appearance_actions[appearance] = action
            self.appearance_menu.addAction(action)
        self.view_menu.addMenu(self.appearance_menu)

        self.help_menu = bar.addMenu("")
        self.manual = QAction(window)  # the user manual (ui.help)
        self.manual.setShortcuts([QKeySequence("F1")])
        self.help_menu.addAction(self.manual)
        self.help_menu.addSeparator()
        self.about = QAction(window)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about)

    def mark_page(self, key: str) -> None:
        self.page_actions[key].setChecked(True)

    def retranslate(self, page_titles: list[str], language: str) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.open_database.setText(self.tr("&Open database…"))
        self.connect_server.setText(self.tr("&Connect to server…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.back_up.setText(self.tr("&Back up now…"))
        self.restore_backup.setText(self.tr("Res&tore a backup…"))
        self.import_menu.setTitle(self.tr("&Import"))
        self.import_floor.setText(self.tr("Import &floor plan…"))
        self.import_people.setText(self.tr("&People…"))
        self.import_desks.setText(self.tr("&Desks…"))
        self.people_template.setText(self.tr("Save a &template for people…"))
        self.desks_template.setText(self.tr("Save a te&mplate for desks…"))
        self.export_spreadsheet.setText(self.tr("&Export…"))
        self.print_chart.setText(self.tr("&Print seating chart…"))
        self.export_view.setText(self.tr("Export the plan's &view…"))
        self.quit.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._label_undo_redo()
        self.view_menu.setTitle(self.tr("&View"))
        for action, title in zip(self.page_actions.values(), page_titles, strict=True):
            # A page title is plain text: "Tasks & Renewals" must not read "Tasks_Renewals".
            action.setText(title.replace("&", "&&"))
        self.refresh.setText(self.tr("&Reload"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[language].setChecked(True)
        self.appearance_menu.setTitle(self.tr("Appeara&nce"))
        for appearance, text in (
            ("system", self.tr("As the &system")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ):
            self.appearance_actions[appearance].setText(text)
        chosen = self._settings.get(keys.APPEARANCE)
        self.appearance_actions.get(chosen, self.appearance_actions["system"]).setChecked(True)
        self.help_menu.setTitle(self.tr("&Help"))
        self.manual.setText(self.tr("&Manual"))
        self.about.setText(self.tr("&About Lab Planner"))

    def _set_undo_text(self, text: str) -> None:
        self._undo_text = text
        self._label_undo_redo()

    def _set_redo_text(self, text: str) -> None:
        self._redo_text = text
        self._label_undo_redo()

    def _label_undo_redo(self) -> None:
        undo_text, redo_text = self._undo_text, self._redo_text
        self.undo.setText(fill(self.tr("&Undo %1"), undo_text) if undo_text else self.tr("&Undo"))
        self.redo.setText(fill(self.tr("&Redo %1"), redo_text) if redo_text else self.tr("&Redo"))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.get(keys.RECENT_DATABASES)
        for location in recent:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(
                lambda _checked=False, loc=location: self.recent_chosen.emit(loc)
            )
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
