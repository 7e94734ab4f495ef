"""File ▸ Connect to server…: fields become the right URL, recent servers are one click away,
"Test connection" says what is wrong, and no password ever reaches the settings."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QDialog
from sqlalchemy import text
from sqlalchemy.engine import make_url

from planner.connection import ServerConnection
from planner.db import make_engine
from planner.server_check import check_server
from planner.storage import open_database
from tests.conftest import PG_URL, require_postgres
from tests.planner.test_connection import MemoryKeyring
from tests.ui.conftest import TODAY
from ui.app import create_main_window
from ui.background import SynchronousPool
from ui.connection.dialog import ConnectionDialog
from ui.connection.flow import open_server
from ui.settings import RECENT_DATABASES

KIM = ServerConnection(host="db.example", database="planner", user="kim", port=5433, tls="require")


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(tmp_path, monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def kept() -> list:
    """Dialogs kept alive until after check_models has let go of their models."""
    return []


def _dialog(qtbot, settings, kept: list | None = None, **kw) -> ConnectionDialog:
    dialog = ConnectionDialog(settings, pool=SynchronousPool(), **kw)
    qtbot.addWidget(dialog)
    if kept is not None:
        kept.append(dialog)
    return dialog


def _type(dialog: ConnectionDialog, connection: ServerConnection, password: str = "") -> None:
    dialog.host.setText(connection.host)
    dialog.port.setValue(connection.port)
    dialog.database.setText(connection.database)
    dialog.user.setText(connection.user)
    dialog.tls.setCurrentIndex(dialog.tls.findData(connection.tls))
    dialog.password_edit.setText(password)


def test_fields_make_the_url(qtbot, settings, no_keyring):
    dialog = _dialog(qtbot, settings)
    _type(dialog, KIM)
    assert dialog.read_fields() == KIM
    url = make_url(dialog.read_fields().url("pw"))
    assert (url.host, url.port, url.database, url.username, url.query["sslmode"]) == (
        "db.example",
        5433,
        "planner",
        "kim",
        "require",
    )


def test_recent_servers_listed_without_password_and_one_click_fills(
    qtbot, settings, no_keyring, kept, check_models
):
    settings.set(RECENT_DATABASES, ["/data/planner.sqlite3", KIM.location()])
    dialog = _dialog(qtbot, settings, kept)
    check_models(dialog.recent_model, dialog.recent_proxy)
    assert list(dialog.recent_model.rows()) == [KIM]  # files are not servers
    index = dialog.recent_proxy.index(0, 0)
    dialog.recent_view.clicked.emit(index)
    assert (dialog.host.text(), dialog.port.value(), dialog.user.text()) == (
        "db.example",
        5433,
        "kim",
    )
    assert dialog.tls.currentData() == "require"


def test_without_keyring_remember_is_off_and_explained(qtbot, settings, no_keyring):
    dialog = _dialog(qtbot, settings)
    assert not dialog.remember.isEnabled()
    assert not dialog.keyring_note.isHidden()
    assert ".pgpass" in dialog.keyring_note.text()


def test_no_server_is_said_plainly(qtbot, settings, no_keyring):
    dialog = _dialog(qtbot, settings)
    _type(
        dialog,
        ServerConnection(host="127.0.0.1", database="test", user="postgres", port=1, tls="disable"),
    )
    dialog.test_button.click()
    assert "1" in dialog.status_label.text() and "서버" in dialog.status_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


@pytest.fixture
def fresh_database() -> Iterator[ServerConnection]:
    """An empty database of its own on the test server (a schema would not do: the dialog
    connects to a database's default schema), dropped afterwards."""
    require_postgres()
    server = make_url(PG_URL)
    name = f"h6_{uuid.uuid4().hex[:10]}"
    admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield ServerConnection(
            host=server.host,
            database=name,
            user=server.username,
            port=server.port or 5432,
            tls="disable",
        )
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.postgres
def test_missing_database_then_an_unprepared_one_prepared_from_the_dialog(
    qtbot, settings, tmp_path, no_keyring, fresh_database
):
    dialog = _dialog(qtbot, settings)
    _type(
        dialog,
        ServerConnection(
            host=fresh_database.host,
            database="no_such_db_h6",
            user=fresh_database.user,
            port=fresh_database.port,
            tls="disable",
        ),
    )
    dialog.test_button.click()
    assert (
        "no_such_db_h6" in dialog.status_label.text() and "없습니다" in dialog.status_label.text()
    )
    assert dialog.prepare_button.isHidden()

    dialog.database.setText(fresh_database.database)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "준비되지 않았습니다" in dialog.status_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted  # not opened behind the user's back
    assert not dialog.prepare_button.isHidden()
    dialog.prepare_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.prepare

    window = create_main_window(
        open_database(tmp_path / "start.sqlite3"), settings, today=lambda: TODAY
    )
    qtbot.addWidget(window)
    assert open_server(window, settings, dialog.connection, "never-stored-pw")
    assert window.database.engine.dialect.name == "postgresql"
    assert check_server(fresh_database.url()).ok  # prepared: Lab Planner's tables are there
    assert settings.get(RECENT_DATABASES)[0] == fresh_database.location()
    settings.sync()
    assert "never-stored-pw" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    window.close()


def test_remembered_password_goes_to_the_keyring_never_to_settings(
    qtbot, settings, memory_keyring, tmp_path
):
    dialog = _dialog(qtbot, settings)
    _type(dialog, KIM, password="s3cret-pw")
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    dialog.connection, dialog.password = dialog.read_fields(), "s3cret-pw"
    dialog._finish()
    assert memory_keyring.store == {("Lab Planner", "kim@db.example:5433/planner"): "s3cret-pw"}
    settings.remember_database(KIM.location())
    settings.sync()
    assert "s3cret" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")


@pytest.mark.postgres
def test_one_click_on_a_recent_server_reconnects_with_the_pgpass_password(
    qtbot, settings, tmp_path, no_keyring, fresh_database, monkeypatch
):
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:{fresh_database.database}:*:from-pgpass\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    start = open_database(tmp_path / "start.sqlite3")
    window = create_main_window(start, settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.menus.connect_server.text() == "서버에 연결(&C)…"
    settings.remember_database(fresh_database.location())

    window.menus.recent_chosen.emit(fresh_database.location())  # File ▸ Open recent ▸ …

    assert window.database is not start
    assert window.database.engine.url.database == fresh_database.database
    assert window.database.engine.url.password == "from-pgpass"
    settings.sync()
    assert "from-pgpass" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    window.close()
