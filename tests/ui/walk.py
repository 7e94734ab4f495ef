"""Walk every page, sub-tab and dialog of the window, and what tests check on each.

Shared by the screen-fit, mnemonic and accessibility tests (and any other test that must see
"everything the user can open"):

- ``page_views(window)`` shows every page and every tab inside it (and the floor plan's layout
  editor), yielding a label for each state;
- ``DIALOGS`` opens every dialog class defined in ``ui/`` with demo data; ``dialog_classes()``
  finds those classes in the code, so a new dialog without an entry here fails
  ``missing_dialogs()``;
- ``outside(widget, area)``, ``cut_texts(widget)``, ``mnemonic_problems(...)`` and
  ``unnamed(widget)`` return one readable line per problem (empty when all is well).
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFocusFrame,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

TODAY = dt.date(2025, 11, 25)


def spin(rounds: int = 8) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


# -- pages -----------------------------------------------------------------------------------
def _visible_tabs(root: QWidget) -> list[QTabWidget]:
    return [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root.window())]


def _walk_tabs(root: QWidget, label: str, seen: set[int]) -> Iterator[str]:
    for tabs in _visible_tabs(root):
        if id(tabs) in seen or not tabs.isVisible():
            continue
        seen.add(id(tabs))
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            spin()
            here = f"{label} / {tabs.tabText(index).replace('&', '')}"
            yield here
            yield from _walk_tabs(tabs.widget(index), here, seen)


def page_views(window) -> Iterator[str]:
    """Show every page, every tab in it (nested tabs too) and the floor plan's layout editor;
    yield a label for each state as it is shown (checks run while the generator waits)."""
    from ui.main_window import PAGES

    for key, _source in PAGES:
        window.show_page(key)
        page = window.page(key)
        page.ensure_loaded()
        spin()
        label = window.nav.item(window.nav.currentRow()).text()
        yield label
        seen: set[int] = set()
        yield from _walk_tabs(page, label, seen)
        floor = getattr(page, "floor_page", None)
        if floor is not None:
            page.tabs.setCurrentIndex(0)
            spin()
            floor.set_editing(True)
            spin()
            yield f"{label} / {floor.edit_button.text().replace('&', '')}"
            floor.set_editing(False)
            spin()
    window.show_page(PAGES[0][0])
    spin()


# -- dialogs ---------------------------------------------------------------------------------
@dataclass
class Context:
    """What the dialog factories draw on: the demo window (database open) and its settings."""

    window: object
    settings: object
    tmp: Path

    @property
    def sessions(self):
        return self.window.database.sessions


def _pool():
    from ui.background import SynchronousPool

    return SynchronousPool()


def _floor_page(ctx: Context):
    window = ctx.window
    window.show_page("seating")
    spin()
    page = window.page("seating")
    page.ensure_loaded()
    page.tabs.setCurrentIndex(0)
    spin()
    return page.floor_page


def _workspace(ctx: Context):
    window = ctx.window
    window.show_page("tasks")
    page = window.page("tasks")
    page.ensure_loaded()
    spin()
    from ui.renewals.workspace import RenewalWorkspace

    return page.findChild(RenewalWorkspace)


def _desk_grid(ctx):
    from ui.floorplan.edit_dialogs import DeskGridDialog

    return DeskGridDialog("3F-A-", 1, 3, ctx.window)


def _desk_properties(ctx):
    from ui.floorplan.edit_dialogs import DeskPropertiesDialog

    floor = _floor_page(ctx)
    desk = floor.scene.desk_layer.desks[0]
    return DeskPropertiesDialog(desk, ctx.window)


def _zone(ctx):
    from ui.floorplan.edit_dialogs import ZoneDialog, ZoneSpec

    return ZoneDialog(ZoneSpec("오픈 오피스 A", "open_office", 40), ctx.window)


def _chart_options(ctx):
    from ui.documents import actions
    from ui.floorplan.print_chart import ChartOptions

    floors = actions.floor_names(ctx.sessions)
    return ChartOptions(floors, floors[0], TODAY, ctx.settings, ctx.window)


def _move_out(ctx):
    from ui.floorplan.dialogs import MoveOutDialog

    return MoveOutDialog("김민준", "3F-A-012", None, TODAY + dt.timedelta(days=30), ctx.window)


def _deadlines(ctx):
    from ui.renewals.deadlines_dialog import DeadlinesDialog

    return DeadlinesDialog(2026, TODAY, None, ctx.window)


def _agreement_terms(ctx):
    from ui.renewals.agreement_dialogs import AgreementTermsDialog
    from ui.renewals.data import load_terms

    workspace = _workspace(ctx)
    with ctx.sessions() as session:
        terms = load_terms(session, workspace.data.current.id)
    return AgreementTermsDialog(workspace.data.current.year, terms, parent=ctx.window)


def _unfreeze(ctx):
    from ui.renewals.agreement_dialogs import UnfreezeDialog

    return UnfreezeDialog(2026, 1, ctx.window)


def _sign(ctx):
    from ui.renewals.sign_dialog import SignDialog

    workspace = _workspace(ctx)
    return SignDialog(workspace.data.current, TODAY, ctx.window, signers=("대표이사 김영섭", "총장 이광형"))


def _decision(ctx):
    from ui.renewals.decision_dialog import DecisionDialog

    workspace = _workspace(ctx)
    row = workspace.data.renewals[0]
    return DecisionDialog(ctx.sessions, row, parent=ctx.window, today=TODAY)


def _deliverable(ctx):
    from ui.research.deliverable_dialog import DeliverableDialog

    workspace = _workspace(ctx)
    row = workspace.deliverables_tab.model.rows()[0]
    return DeliverableDialog(row.year, row, parent=ctx.window)


def _wording(ctx):
    from ui.renewals.wording_editor import WordingEditor

    workspace = _workspace(ctx)
    return WordingEditor(ctx.sessions, workspace.year, pool=_pool(), parent=ctx.window)


def _task(ctx):
    from ui.tasks.task_dialog import TaskDialog

    window = ctx.window
    window.show_page("tasks")
    page = window.page("tasks")
    page.ensure_loaded()
    return TaskDialog(page._people(), default_year=TODAY.year, parent=ctx.window)


def _restore(ctx):
    from ui.backup_actions import RestoreDialog

    return RestoreDialog([], ctx.settings, ctx.window)


def _recovery(ctx):
    from planner.errors import DatabaseProblem
    from ui.recovery import RecoveryDialog

    return RecoveryDialog(
        DatabaseProblem("database disk image is malformed"),
        str(ctx.tmp / "institute.sqlite3"),
        [],
        can_read_only=True,
        at_startup=True,
        parent=ctx.window,
    )


def _auto_place(ctx):
    from ui.placement.dialog import AutoPlaceDialog

    return AutoPlaceDialog(
        ctx.sessions, ctx.window.undo_stack, settings=ctx.settings, pool=_pool(), parent=ctx.window
    )


def _export(ctx):
    from ui.imports.export_dialog import ExportDialog

    return ExportDialog(ctx.sessions, ctx.settings, TODAY, ctx.window)


def _import(ctx):
    from ui.imports.dialog import ImportDialog

    path = ctx.tmp / "people.csv"
    path.write_text(
        "이름,영문 이름,소속,역할,이메일\n"
        "홍길동,Hong Gildong,KAIST,연구원,hong@kaist.ac.kr\n"
        "김철수,,없는 소속,교수,not-an-email\n",
        encoding="utf-8",
    )
    return ImportDialog(path, "people", ctx.sessions, pool=_pool(), parent=ctx.window)


def _floor_import(ctx):
    from planner.io.dxf_floor import read_dxf
    from planner.services.sites import list_floors
    from tests.planner.io.dxf_drawings import write_floor
    from ui.floorplan.floor_import_dialog import FloorImportDialog

    path = ctx.tmp / "floor.dxf"
    write_floor(path)
    with ctx.sessions() as session:
        floors = [(f.id, f"{f.building.code} {f.name}") for f in list_floors(session)]
    return FloorImportDialog(read_dxf(path), ctx.sessions, floors, None, ctx.window)


def _connection(ctx):
    from ui.connection.dialog import ConnectionDialog

    return ConnectionDialog(ctx.settings, ctx.window, pool=_pool())


def _plan(ctx):
    from ui.moveplans.dialogs import PlanDialog

    return PlanDialog(None, TODAY, ctx.window)


def _move(ctx):
    from planner.services import floorplan, queries
    from ui.moveplans.dialogs import MoveDialog

    with ctx.sessions() as session:
        people = floorplan.people_on(session, TODAY)
        desks = [r for r in queries.seating_on(session, TODAY) if r.active]
    return MoveDialog(people, desks, TODAY, ctx.window)


def _pdf_preview(ctx):
    from ui.documents import actions
    from ui.documents.preview import PdfPreviewDialog

    pdf = actions.roster(ctx.sessions, TODAY).data
    return PdfPreviewDialog(
        pdf, file_name="roster.pdf", settings=ctx.settings, pool=_pool(), parent=ctx.window
    )


def _copy_preview(ctx):
    from ui.documents import actions
    from ui.documents.agreement_preview import CopyPreviewDialog

    pdf = actions.roster(ctx.sessions, TODAY).data
    return CopyPreviewDialog(
        pdf, write_copy=lambda fmt, path: None, file_name="comparison.pdf",
        settings=ctx.settings, pool=_pool(), parent=ctx.window,
    )


def _agreement_preview(ctx):
    from ui.documents import copies
    from ui.documents.agreement_preview import AgreementPreviewDialog

    pdf = copies.actions.roster(ctx.sessions, TODAY).data  # any PDF: the dialog is the point
    document = copies.AgreementDocument(pdf, "agreement-2025-ko-v1.pdf", 2025, "ko")
    return AgreementPreviewDialog(
        document, sessions=ctx.sessions, settings=ctx.settings, pool=_pool(), parent=ctx.window
    )


def _organisation(ctx):
    from ui.people.dialog import OrganisationForm

    return OrganisationForm(parent=ctx.window)


def _person(ctx):
    from planner.services import people
    from ui.people.dialog import PersonDialog

    with ctx.sessions() as session:
        organisations = [(o.id, o.name) for o in people.list_organisations(session)]
    return PersonDialog(organisations, None, TODAY, ctx.window)


def _out_of_use(ctx):
    from ui.floorplan.out_of_use import OutOfUseDialog

    return OutOfUseDialog("3F-A-001", TODAY, ctx.window)


def _leave(ctx):
    from sqlalchemy import select

    from planner.models import Person
    from ui.people.leave import LeaveDialog

    with ctx.sessions() as session:
        person = session.scalars(select(Person).order_by(Person.id)).first()
        person_id, who = person.id, person.name_ko
    return LeaveDialog(ctx.sessions, ctx.window.undo_stack, person_id, who, TODAY, ctx.window)


def _leave_form(ctx):
    from ui.people.leave import LeaveForm

    return LeaveForm(TODAY, ctx.window)


def _organisations(ctx):
    from ui.people.organisations import OrganisationsDialog

    return OrganisationsDialog(ctx.sessions, ctx.window.undo_stack, parent=ctx.window)


def _desk_chooser(ctx):
    from planner.services.queries import seating_on
    from ui.floorplan.desk_chooser import DeskChooser, Want, desk_choices

    with ctx.sessions() as session:
        choices = desk_choices(seating_on(session, TODAY))
    return DeskChooser(
        "좌석 배정", "2025-11-25부터 김민준 님이 앉을 빈 좌석을 고르십시오.", choices, TODAY,
        want=Want.FREE, parent=ctx.window,
    )


def _person_chooser(ctx):
    from planner.services.floorplan import people_on
    from ui.floorplan.person_chooser import PersonChooser

    with ctx.sessions() as session:
        rows = people_on(session, TODAY)
    return PersonChooser("3F-A-012에 인원 배정", "앉을 인원을 고르십시오.", rows, ctx.window)


def _sign_agreement(ctx):
    from ui.signing.sign_dialog import SignAgreementDialog

    return SignAgreementDialog(ctx.sessions, 2025, ctx.settings, ctx.window, pool=_pool())


def _signed_preview(ctx):
    from ui.documents import actions
    from ui.signing.preview import SignedPdfPreview

    pdf = actions.roster(ctx.sessions, TODAY).data  # "carries no electronic signature"
    return SignedPdfPreview(
        pdf, file_name="roster.pdf", settings=ctx.settings, pool=_pool(), parent=ctx.window
    )


def _signing_settings(ctx):
    from ui.signing.settings_dialog import SigningSettingsDialog

    return SigningSettingsDialog(ctx.settings, ctx.window)


def _research(ctx):
    window = ctx.window
    window.show_page("tasks")
    page = window.page("tasks")
    page.ensure_loaded()
    return page.research


def _participant(ctx):
    from ui.research.participation.dialogs import ParticipantDialog

    research = _research(ctx)
    return ParticipantDialog(research.data.renewals, research._people(), parent=ctx.window)


def _kpi(ctx):
    from ui.research.participation.dialogs import KpiDialog

    research = _research(ctx)
    return KpiDialog([(code, renewal) for code, renewal, *_ in research.data.renewals],
                     parent=ctx.window)


def _ip_disclosure(ctx):
    from ui.research.participation.dialogs import IpDialog

    research = _research(ctx)
    return IpDialog(research.data.tasks, research._people(), parent=ctx.window, today=TODAY)


def _manual(ctx):
    from ui.help import ManualDialog

    return ManualDialog(ctx.window)


# Every dialog class of ui/, opened with demo data. A new dialog gets an entry here (the
# check below names the ones missing).
DIALOGS: dict[str, Callable[[Context], QDialog]] = {
    "DeskGridDialog": _desk_grid,
    "DeskPropertiesDialog": _desk_properties,
    "ZoneDialog": _zone,
    "ChartOptions": _chart_options,
    "MoveOutDialog": _move_out,
    "DeadlinesDialog": _deadlines,
    "DeliverableDialog": _deliverable,
    "AgreementTermsDialog": _agreement_terms,
    "UnfreezeDialog": _unfreeze,
    "SignDialog": _sign,
    "DecisionDialog": _decision,
    "WordingEditor": _wording,
    "TaskDialog": _task,
    "ParticipantDialog": _participant,
    "KpiDialog": _kpi,
    "IpDialog": _ip_disclosure,
    "RestoreDialog": _restore,
    "RecoveryDialog": _recovery,
    "AutoPlaceDialog": _auto_place,
    "ExportDialog": _export,
    "ImportDialog": _import,
    "FloorImportDialog": _floor_import,
    "OutOfUseDialog": _out_of_use,
    "LeaveDialog": _leave,
    "LeaveForm": _leave_form,
    "ConnectionDialog": _connection,
    "PlanDialog": _plan,
    "MoveDialog": _move,
    "PdfPreviewDialog": _pdf_preview,
    "CopyPreviewDialog": _copy_preview,
    "AgreementPreviewDialog": _agreement_preview,
    "OrganisationForm": _organisation,
    "PersonDialog": _person,
    "OrganisationsDialog": _organisations,
    "ManualDialog": _manual,
    "DeskChooser": _desk_chooser,
    "PersonChooser": _person_chooser,
    "SignAgreementDialog": _sign_agreement,
    "SignedPdfPreview": _signed_preview,
    "SigningSettingsDialog": _signing_settings,
}


def dialog_classes() -> set[type]:
    """Every QDialog subclass defined in the ui package (its modules imported first)."""
    import ui

    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(info.name)
    found: set[type] = set()
    todo = list(QDialog.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("ui."):
            found.add(cls)
    return found


def missing_dialogs() -> list[str]:
    return sorted(
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in dialog_classes()
        if cls.__qualname__ not in DIALOGS
    )


def open_dialogs(ctx: Context) -> Iterator[tuple[str, QDialog]]:
    """Each dialog shown as its opener would (the window as parent), then closed."""
    for name, factory in DIALOGS.items():
        dialog = factory(ctx)
        assert type(dialog).__qualname__ == name, (name, type(dialog))
        dialog.show()
        spin()
        try:
            yield name, dialog
        finally:
            dialog.reject()
            dialog.close()
            dialog.deleteLater()
            spin()


# -- checks ----------------------------------------------------------------------------------
def describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "placeholderText", "windowTitle"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if isinstance(text, str) and text:
                break
    name = widget.objectName()
    parent = widget.parentWidget()
    where = type(parent).__name__ if parent is not None else "-"
    return f"{type(widget).__name__}{f'#{name}' if name else ''} {text[:40]!r} in {where}"


def _scrolled_away(widget: QWidget) -> bool:
    """Inside a scroll area's viewport (scrolling by design) or an item view's editor."""
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


# A window manager's title bar: the offscreen platform draws none, a desktop does.
TITLE_BAR = 30


def outside(root: QWidget, area: QRect) -> list[str]:
    """Visible widgets of ``root`` (its window included) not entirely inside ``area`` (the
    screen's available geometry: the taskbar is outside it); the window must also leave room
    for a title bar above it."""
    problems = []
    top = root.window()
    frame = top.frameGeometry()
    missing_title = max(TITLE_BAR - (frame.height() - top.height()), 0)
    if not area.contains(frame) or frame.height() + missing_title > area.height():
        problems.append(
            f"{describe(top)}: window {frame.width()}×{frame.height()} at "
            f"({frame.x()}, {frame.y()}) with its title bar outside the screen "
            f"{area.width()}×{area.height()}"
        )
    for widget in root.findChildren(QWidget):
        if not _shown(widget) or widget.isWindow() or _scrolled_away(widget):
            continue
        if isinstance(widget, QFocusFrame):
            continue  # the focus ring (ui.keyboard) hangs around a widget by the window's edge
        rect = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
        if not area.contains(rect):
            problems.append(
                f"{describe(widget)}: at ({rect.x()}, {rect.y()}) {rect.width()}×{rect.height()} "
                f"outside the screen {area.width()}×{area.height()}"
            )
    return problems


def plain(text: str) -> str:
    """The text as shown: mnemonic markers gone, "&&" a single ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _button_room(button: QAbstractButton) -> int:
    option = QStyleOptionButton()
    option.initFrom(button)
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    elif isinstance(button, QPushButton):
        element = QStyle.SubElement.SE_PushButtonContents
    else:
        return button.width()
    room = button.style().subElementRect(element, option, button).width()
    if isinstance(button, QPushButton) and not button.icon().isNull():
        room -= button.iconSize().width() + 4
    return room


def _rich(label: QLabel) -> bool:
    """Shown as rich text (HTML), where "&" and the width follow other rules."""
    text_format = label.textFormat()
    if text_format == Qt.TextFormat.AutoText:
        return QtGui.Qt.mightBeRichText(label.text())
    return text_format != Qt.TextFormat.PlainText


def cut_texts(root: QWidget) -> list[str]:
    """Labels and buttons whose one-line text is wider than the room they have."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget) or _scrolled_away(widget):
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or _rich(widget):
                continue
            text = plain(widget.text()) if widget.buddy() is not None else widget.text()
            need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            room = widget.contentsRect().width() - 2 * max(widget.margin(), 0)
            room -= max(widget.indent(), 0)
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            if not widget.text():
                continue
            need = metrics.horizontalAdvance(plain(widget.text()))
            room = _button_room(widget)
        elif isinstance(widget, QToolButton):
            icon_only = widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            if not widget.text() or icon_only:
                continue
            need, room = widget.sizeHint().width(), widget.width()
        else:
            continue
        if need > room + 1:
            problems.append(f"{describe(widget)}: text needs {need} px, has {room}")
    return problems


_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (upper case), or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def _literal_ampersand(label: QLabel) -> bool:
    return label.buddy() is None and not _rich(label) and mnemonic(label.text()) is not None


def _clashes(where: str, entries: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in entries:
        by_letter.setdefault(letter, []).append(plain(text))
    return [
        f"{where}: Alt+{letter} is {' and '.join(repr(t) for t in texts)}"
        for letter, texts in sorted(by_letter.items())
        if len(texts) > 1
    ]


def _menu_problems(menu: QMenu, where: str) -> list[str]:
    entries, problems = [], []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter:
            entries.append((letter, action.text()))
        sub = action.menu()
        if sub is not None:
            problems += _menu_problems(sub, f"{where} ▸ {plain(action.text())}")
    return problems + _clashes(where, entries)


def menu_problems(window) -> list[str]:
    """Clashes in the menu bar and in each of its menus (submenus included)."""
    bar: QMenuBar = window.menuBar()
    problems, entries = [], []
    for action in bar.actions():
        if not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter:
            entries.append((letter, action.text()))
        if action.menu() is not None:
            problems += _menu_problems(action.menu(), plain(action.text()))
    return _clashes("menu bar", entries) + problems


def mnemonic_problems(root: QWidget, where: str, *, menu_bar: QMenuBar | None = None) -> list[str]:
    """Mnemonics of the visible widgets of one window (and its menu bar's titles, which share
    Alt with them) that clash, and labels that show a literal "&"."""
    entries: list[tuple[str, str]] = []
    problems = []
    if menu_bar is not None:
        entries += [
            (letter, a.text())
            for a in menu_bar.actions()
            if a.isVisible() and (letter := mnemonic(a.text()))
        ]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, QLabel):
            if _literal_ampersand(widget):
                problems.append(f"{where}: {describe(widget)} shows a literal '&'")
                continue
            text = widget.text() if widget.buddy() is not None else ""
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title() if widget.isCheckable() else ""
            if not widget.isCheckable() and mnemonic(widget.title()):
                problems.append(f"{where}: {describe(widget)} shows a literal '&'")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and (letter := mnemonic(widget.tabText(index))):
                    entries.append((letter, widget.tabText(index)))
            continue
        else:
            continue
        if letter := mnemonic(text):
            entries.append((letter, text))
    return problems + _clashes(where, entries)


_INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QGraphicsView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a widget that is itself checked (a spin box's line edit, a tab
    bar's scroll arrows, a scroll bar, a combo box's line edit or popup)."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar)):
            return True
        if isinstance(parent, QHeaderView):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces for the widget (its own name, text, or buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def interactive_widgets(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, _INTERACTIVE)
        and w.isVisible()
        and w.window() is root.window()
        and not _internal(w)
    ]


def _labelled(widget: QWidget, labels: list[QLabel]) -> bool:
    return bool(widget.accessibleName()) or any(label.buddy() is widget for label in labels)


def unnamed(root: QWidget, where: str) -> list[str]:
    """Interactive widgets a screen reader could only announce by their kind, or (a combo
    box) by the value chosen ("2025", "All") without saying what it is."""
    labels = root.window().findChildren(QLabel)
    problems = []
    for widget in interactive_widgets(root):
        if not accessible_name(widget):
            problems.append(f"{where}: {describe(widget)} has no accessible name")
        elif isinstance(widget, QComboBox) and not _labelled(widget, labels):
            problems.append(f"{where}: {describe(widget)} is announced only by its value")
    return problems
