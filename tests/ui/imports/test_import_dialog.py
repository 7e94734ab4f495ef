"""The import dialog: recognised columns, remapping, refusals, preview, and a real import."""

from __future__ import annotations

import pytest

from planner.io.import_jobs import PEOPLE
from tests.ui.conftest import TODAY, open_page
from tests.ui.imports.conftest import NEW_PEOPLE, PEOPLE_HEADERS, write_csv, write_xlsx
from ui.background import SynchronousPool
from ui.imports import dialog as dialog_module
from ui.imports.dialog import ImportDialog
from ui.imports.models import PreviewTableModel
from ui.models.base import ROW_ROLE


def _dialog(qtbot, path, database, kind=PEOPLE) -> ImportDialog:
    dialog = ImportDialog(path, kind, database.sessions, pool=SynchronousPool())
    qtbot.addWidget(dialog)
    return dialog


def _statuses(dialog: ImportDialog) -> dict[str, str]:
    model = dialog.model
    return {row.label: model.display(row, PreviewTableModel.COL_STATUS) for row in model.rows()}


def test_recognised_korean_headers_are_preselected(qtbot, tmp_path, database, check_models):
    path = write_csv(tmp_path / "people.csv", [PEOPLE_HEADERS, *NEW_PEOPLE], "cp949")
    dialog = _dialog(qtbot, path, database)
    fields = [dialog.mapping_panel.field_of(c) for c in range(len(PEOPLE_HEADERS))]
    assert fields == [
        "name_ko",
        "name_en",
        "organisation",
        "role",
        "email",
        "phone",
        "stay_start",
        "tasks",
    ]
    assert dialog.encoding_box.currentText() == "감지됨: cp949"
    assert dialog.mapping_panel.combos[0].currentText() == "한글 이름 *"  # required, marked
    assert _statuses(dialog) == {"가나다": "새로 추가", "라마바": "새로 추가"}
    assert dialog.import_button.isEnabled()
    check_models(dialog.model, dialog.proxy)


def test_remapping_a_column_changes_the_preview_and_errors_block_import(qtbot, tmp_path, database):
    rows = [("성명", "소속", "직급", "연락 메일")]
    rows += [
        ("가나다", "KAIST", "연구원", "ganada@kaist.ac.kr"),
        ("라마바", "KT", "KT 직원", "없음"),
    ]
    dialog = _dialog(qtbot, write_csv(tmp_path / "p.csv", rows), database)
    panel = dialog.mapping_panel
    assert panel.field_of(3) is None  # "연락 메일" is not a header we know
    assert dialog.import_button.isEnabled()

    panel.combos[3].setCurrentIndex(panel.combos[3].findData("email"))
    assert dialog.mapping.fields[3] == "email"
    assert _statuses(dialog)["라마바"] == "오류"
    assert not dialog.import_button.isEnabled()
    assert "가져오지 않습니다" in dialog.blocked_label.text()

    dialog.preview_panel.problems_only.setChecked(True)
    assert dialog.proxy.rowCount() == 1
    shown = dialog.proxy.index(0, PreviewTableModel.COL_ROW).data(ROW_ROLE)
    assert shown.label == "라마바"
    message = dialog.proxy.index(0, PreviewTableModel.COL_MESSAGES).data()
    assert message == "연락 메일: '없음'은 이메일 주소가 아닙니다"

    panel.combos[3].setCurrentIndex(0)  # ignore it again
    assert dialog.import_button.isEnabled() and dialog.proxy.rowCount() == 0


def test_a_field_mapped_twice_is_refused(qtbot, tmp_path, database):
    path = write_csv(tmp_path / "p.csv", [PEOPLE_HEADERS, *NEW_PEOPLE])
    dialog = _dialog(qtbot, path, database)
    panel = dialog.mapping_panel
    panel.combos[1].setCurrentIndex(panel.combos[1].findData("name_ko"))
    assert panel.field_of(1) == "name_en"  # the combo went back
    assert dialog.mapping.fields[0] == "name_ko"
    assert "성명" in panel.message.text()


def test_a_required_field_left_unmapped_blocks_import(qtbot, tmp_path, database):
    path = write_csv(tmp_path / "p.csv", [PEOPLE_HEADERS, *NEW_PEOPLE])
    dialog = _dialog(qtbot, path, database)
    dialog.mapping_panel.combos[0].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0
    assert "한글 이름" in dialog.mapping_panel.message.text()


def test_encoding_can_be_overridden(qtbot, tmp_path, database, monkeypatch):
    shown = []
    monkeypatch.setattr(
        dialog_module, "show_error", lambda parent, error, title: shown.append(error)
    )
    path = write_csv(tmp_path / "p.csv", [PEOPLE_HEADERS, *NEW_PEOPLE], "cp949")
    dialog = _dialog(qtbot, path, database)
    dialog.encoding_box.setCurrentIndex(dialog.encoding_box.findData("utf-8"))
    assert shown and "utf-8" in str(shown[0])
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    dialog.encoding_box.setCurrentIndex(dialog.encoding_box.findData("cp949"))
    assert set(_statuses(dialog)) == {"가나다", "라마바"}


def test_xlsx_with_korean_headers_on_its_second_sheet(qtbot, tmp_path, database):
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {"표지": [["2025년 입주자 명단"]], "명단": [PEOPLE_HEADERS, *NEW_PEOPLE]},
    )
    dialog = _dialog(qtbot, path, database)
    assert dialog.sheet_box.currentText() == "명단"
    assert not dialog.encoding_box.isVisibleTo(dialog)
    assert _statuses(dialog) == {"가나다": "새로 추가", "라마바": "새로 추가"}
    assert dialog.preview_panel.counts_label.text().startswith("전체 2행: 새로 추가 2,")


def test_cp949_csv_imports_and_the_people_page_shows_them(qtbot, tmp_path, own_window):
    page = open_page(qtbot, own_window, "people")

    def names() -> set[str]:
        return {row.name_ko for row in page.model.rows()}

    assert "가나다" not in names()
    path = write_csv(tmp_path / "people.csv", [PEOPLE_HEADERS, *NEW_PEOPLE], "cp949")
    dialog = own_window.import_spreadsheet("people", path)
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert len(dialog.summary.added) == 2
    assert "추가 2" in dialog.blocked_label.text()
    assert not dialog.import_button.isEnabled()  # the same file is not imported twice
    qtbot.waitUntil(lambda: "가나다" in names(), timeout=5000)
    assert {"가나다", "라마바"} <= names()

    # One command on the undo stack: undo removes both, redo brings them back.
    stack = own_window.undo_stack
    assert stack.count() == 1 and "people.csv" in stack.undoText()
    stack.undo()
    assert not {"가나다", "라마바"} & names()
    stack.redo()
    assert {"가나다", "라마바"} <= names()


def test_undo_is_refused_once_an_imported_person_is_seated(
    qtbot, tmp_path, own_window, monkeypatch
):
    from sqlalchemy import select

    from planner.models import Desk, Person
    from planner.services import seating, sites
    from ui.imports import actions

    shown = []
    monkeypatch.setattr(actions, "show_error", lambda parent, error, title: shown.append(error))
    path = write_csv(tmp_path / "people.csv", [PEOPLE_HEADERS, *NEW_PEOPLE], "cp949")
    dialog = own_window.import_spreadsheet("people", path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    sessions = own_window.database.sessions
    with sessions() as session, session.begin():
        person = session.scalars(select(Person).where(Person.name_ko == "가나다")).one()
        floor_id = session.scalars(select(Desk.floor_id)).first()
        desk = sites.create_desk(session, floor_id, code="9F-Z-999", x=0.5, y=0.5)
        seating.assign_desk(session, person.id, desk.id, start=TODAY)
    own_window.undo_stack.undo()
    assert len(shown) == 1 and "1 desk assignment" in str(shown[0])
    with sessions() as session:
        assert session.scalars(select(Person).where(Person.name_ko == "가나다")).one()


def test_menu_offers_the_spreadsheet_actions(window):
    texts = [action.text() for action in window.menus.file_menu.actions()]
    assert {"가져오기(&I)", "내보내기(&E)…"} <= set(texts)
    assert [action.text() for action in window.menus.import_menu.actions()] == [
        "인원(&P)…",
        "좌석(&D)…",
        "",  # a separator
        "인원 가져오기 양식 저장(&T)…",
        "좌석 가져오기 양식 저장(&M)…",
    ]


@pytest.mark.parametrize("content", [b"", b"\x00\x01garbage" * 10])
def test_an_unusable_file_is_refused_with_a_message(qtbot, tmp_path, window, monkeypatch, content):
    from ui.imports import actions

    shown = []
    monkeypatch.setattr(actions, "show_error", lambda parent, error, title: shown.append(error))
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    assert window.import_spreadsheet("people", path) is None
    assert shown


def test_desks_import_marks_changes_by_field(qtbot, tmp_path, own_window):
    rows = [
        ("좌석번호", "층", "x", "y"),
        ("2F-S-001", "2층", 1.2, 9.5),
        ("2F-S-002", "2층", 2.8, 1.4),
    ]
    dialog = own_window.import_spreadsheet("desks", write_csv(tmp_path / "desks.csv", rows))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert _statuses(dialog) == {"2F-S-001": "변경: y (m)", "2F-S-002": "변경 없음"}
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert (len(dialog.summary.changed), len(dialog.summary.unchanged)) == (1, 1)


def test_the_file_chooser_remembers_the_folder(qtbot, tmp_path, window, settings, monkeypatch):
    from ui.imports import actions
    from ui.settings import LAST_FOLDER

    folder = tmp_path / "명단"
    folder.mkdir()
    path = write_csv(folder / "people.csv", [PEOPLE_HEADERS, *NEW_PEOPLE])
    starts = []

    def open_name(parent, caption, start, filters):
        starts.append(start)
        return str(path), ""

    monkeypatch.setattr(actions.QFileDialog, "getOpenFileName", open_name)
    first = window.import_spreadsheet("people")
    assert isinstance(first, ImportDialog) and first.path == path
    first.close()
    window.import_spreadsheet("people").close()
    assert settings.get(LAST_FOLDER) == str(folder) and starts[1] == str(folder)


def test_the_preview_follows_a_language_switch(qtbot, tmp_path, database):
    from ui.i18n import install_language

    rows = [("성명", "소속", "직급", "이메일"), ("라마바", "KT", "KT 직원", "없음")]
    dialog = _dialog(qtbot, write_csv(tmp_path / "p.csv", rows), database)
    item = dialog.model.row_at(0)
    messages = PreviewTableModel.COL_MESSAGES
    assert dialog.model.display(item, messages) == "이메일: '없음'은 이메일 주소가 아닙니다"
    install_language("en")
    qtbot.waitUntil(lambda: dialog.import_button.text() == "&Import")
    assert dialog.model.display(item, PreviewTableModel.COL_STATUS) == "Error"
    assert dialog.model.display(item, messages) == "이메일: '없음' is not an e-mail address"
