"""The editor of one research task: codes, titles, track, people, members, year, status."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.models.enums import TaskStatus, Track
from planner.services.listings import PersonListing
from ui.accessibility import name_widget
from ui.i18n import fill
from ui.labels import label
from ui.models.base import fold
from ui.tasks.commands import TaskValues

Index = QModelIndex | QPersistentModelIndex


def person_text(person: PersonListing) -> str:
    name = f"{person.name_ko} ({person.name_en})" if person.name_en else person.name_ko
    return f"{name} · {person.organisation}" if person.organisation else name


class PeopleCheckModel(QAbstractListModel):
    """People with a check box each: the members of a task."""

    PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, people: Sequence[PersonListing], parent=None) -> None:
        super().__init__(parent)
        self._people = tuple(people)
        self._texts = tuple(person_text(p) for p in self._people)
        self._search = tuple(
            fold(f"{t} {p.email or ''}") for t, p in zip(self._texts, self._people, strict=True)
        )
        self._checked: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._people)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = person.person_id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == self.PERSON_ID_ROLE:
            return person.person_id
        if role == self.SEARCH_ROLE:
            return self._search[index.row()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        person_id = self._people[index.row()].person_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(person_id)
        else:
            self._checked.discard(person_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(sorted(self._checked))

    def set_checked_ids(self, ids: Iterable[int]) -> None:
        known = {p.person_id for p in self._people}
        self._checked = set(ids) & known
        if self._people:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._people) - 1), [Qt.ItemDataRole.CheckStateRole]
            )


class PeopleFilterProxy(QSortFilterProxyModel):
    """Every typed word must appear in the person's name, organisation or e-mail."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = tuple(fold(text).split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        text = model.data(model.index(source_row, 0, source_parent), PeopleCheckModel.SEARCH_ROLE)
        return all(word in (text or "") for word in self._words)


def person_combo(people: Sequence[PersonListing], none_text: str) -> QComboBox:
    """An editable combo of people; typing any part of a name offers the matches."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem(none_text, None)
    for person in people:
        combo.addItem(person_text(person), person.person_id)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return combo


_UNKNOWN = object()


def combo_person(combo: QComboBox) -> Any:
    """The chosen person id, None for nobody, or _UNKNOWN when the text names nobody."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(text)
    return combo.itemData(index) if index >= 0 else _UNKNOWN


def select_person(combo: QComboBox, person_id: int | None) -> None:
    index = combo.findData(person_id) if person_id is not None else 0
    combo.setCurrentIndex(max(index, 0))


class TaskDialog(QDialog):
    def __init__(
        self,
        people: Sequence[PersonListing],
        values: TaskValues | None = None,
        default_year: int = 2025,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Research task") if values else self.tr("New research task"))
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(20)
        self.title_ko_edit = QLineEdit()
        self.title_en_edit = QLineEdit()
        self.track_combo = QComboBox()
        for track in Track:
            self.track_combo.addItem(label(Track, track), track.value)
        self.area_edit = QLineEdit()
        self.pi_combo = person_combo(people, self.tr("(nobody)"))
        self.kt_combo = person_combo(people, self.tr("(nobody)"))
        self.member_filter = QLineEdit()
        self.member_filter.setClearButtonEnabled(True)
        self.member_filter.setPlaceholderText(self.tr("Filter people"))
        self.members_model = PeopleCheckModel(people, self)
        self.members_proxy = PeopleFilterProxy(self)
        self.members_proxy.setSourceModel(self.members_model)
        self.members_view = QListView()
        self.members_view.setModel(self.members_proxy)
        name_widget(self.member_filter, self.member_filter.placeholderText())
        name_widget(self.members_view, self.tr("Members"))
        self.members_view.setMinimumHeight(160)
        self.member_count = QLabel()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2200)
        self.year_spin.setValue(default_year)
        self.status_combo = QComboBox()
        for status in TaskStatus:
            self.status_combo.addItem(label(TaskStatus, status), status.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(TaskStatus.ACTIVE.value))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(80)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code_edit)
        form.addRow(self.tr("Title (Korean)"), self.title_ko_edit)
        form.addRow(self.tr("Title (English)"), self.title_en_edit)
        form.addRow(self.tr("Track"), self.track_combo)
        form.addRow(self.tr("Area"), self.area_edit)
        form.addRow(self.tr("KAIST PI"), self.pi_combo)
        form.addRow(self.tr("KT counterpart"), self.kt_combo)
        form.addRow(self.tr("Start year"), self.year_spin)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Description"), self.description_edit)
        # The members beside the fields, not under them: the dialog fits a screen 720 pixels
        # high (1920×1080 at 150 %).
        members_box = QGroupBox(self.tr("Members"))
        members = QVBoxLayout(members_box)
        members.addWidget(self.member_filter)
        members.addWidget(self.members_view, 1)
        members.addWidget(self.member_count)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addWidget(members_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        if values is not None:
            self.set_values(values)
        self.member_filter.textChanged.connect(self.members_proxy.set_search)
        for edit in (self.code_edit, self.title_ko_edit):
            edit.textChanged.connect(self._validate)
        for combo in (self.pi_combo, self.kt_combo):
            combo.currentTextChanged.connect(self._validate)
        self.members_model.dataChanged.connect(self._count_members)
        self._count_members()
        self._validate()

    def set_values(self, values: TaskValues) -> None:
        self.code_edit.setText(values.code)
        self.title_ko_edit.setText(values.title_ko)
        self.title_en_edit.setText(values.title_en)
        self.track_combo.setCurrentIndex(max(self.track_combo.findData(values.track), 0))
        self.area_edit.setText(values.area)
        select_person(self.pi_combo, values.pi_id)
        select_person(self.kt_combo, values.kt_contact_id)
        self.members_model.set_checked_ids(values.member_ids)
        self.year_spin.setValue(values.start_year)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(values.status), 0))
        self.description_edit.setPlainText(values.description)

    def values(self) -> TaskValues:
        pi, kt = combo_person(self.pi_combo), combo_person(self.kt_combo)
        return TaskValues(
            code=self.code_edit.text().strip(),
            title_ko=self.title_ko_edit.text().strip(),
            title_en=self.title_en_edit.text().strip(),
            track=self.track_combo.currentData(),
            area=self.area_edit.text().strip(),
            pi_id=None if pi is _UNKNOWN else pi,
            kt_contact_id=None if kt is _UNKNOWN else kt,
            start_year=self.year_spin.value(),
            status=self.status_combo.currentData(),
            description=self.description_edit.toPlainText().strip(),
            member_ids=self.members_model.checked_ids(),
        )

    def problem(self) -> str:
        """Why OK is disabled, or "" when the task can be saved."""
        if not self.code_edit.text().strip():
            return self.tr("Enter the task code.")
        if not self.title_ko_edit.text().strip():
            return self.tr("Enter the Korean title.")
        if combo_person(self.pi_combo) is _UNKNOWN:
            return self.tr("Choose the KAIST PI from the list.")
        if combo_person(self.kt_combo) is _UNKNOWN:
            return self.tr("Choose the KT counterpart from the list.")
        return ""

    def _validate(self, *_args) -> None:
        problem = self.problem()
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _count_members(self, *_args) -> None:
        count = len(self.members_model.checked_ids())
        self.member_count.setText(fill(self.tr("Members chosen: %1"), count))

    def accept(self) -> None:
        if not self.problem():
            super().accept()
