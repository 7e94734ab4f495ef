"""File ▸ Connect to server…: where the shared database is, and whether it can be used.

"Test connection" and "Connect" check the server on a worker thread and say what is wrong
in words a user can act on; a server database without Lab Planner's tables can be prepared
from here when the user may create them. The password goes only to the engine and, when
asked, to the OS keyring (planner.passwords) — never into the settings.
"""

from __future__ import annotations

from collections.abc import Generator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import passwords
from planner.connection import DEFAULT_PORT, ServerConnection, recent_servers
from planner.errors import PlannerError
from planner.server_check import Problem, ServerStatus, check_server
from ui.accessibility import name_widget
from ui.background import Pool, run_in_background
from ui.connection.recent_model import RecentServersModel
from ui.connection.texts import status_text
from ui.errors import error_message
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.base import ROW_ROLE, SearchProxyModel
from ui.pages.base import make_table_view
from ui.settings import RECENT_DATABASES, Settings

TLS_CHOICES = (
    ("disable", QT_TRANSLATE_NOOP("ConnectionDialog", "Off (disable)")),
    ("prefer", QT_TRANSLATE_NOOP("ConnectionDialog", "When the server offers it (prefer)")),
    ("require", QT_TRANSLATE_NOOP("ConnectionDialog", "Always (require)")),
    (
        "verify-full",
        QT_TRANSLATE_NOOP("ConnectionDialog", "Always, server certificate checked (verify-full)"),
    ),
)
NEEDS_UPGRADE = (Problem.NOT_PREPARED, Problem.OUTDATED)


class ConnectionDialog(QDialog):
    """After ``exec()`` returns Accepted: ``connection``, ``password`` and ``prepare``."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        initial: ServerConnection | None = None,
        pool: Pool | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.pool = pool
        self.connection: ServerConnection | None = None
        self.password: str | None = None
        self.prepare = False
        self.status: ServerStatus | None = None
        self._job = None

        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("planner")
        self.user = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox()
        for mode, _text in TLS_CHOICES:
            self.tls.addItem("", mode)
        self.tls.setCurrentIndex(1)
        self.remember = QCheckBox()
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.has_keyring = passwords.keyring_available()
        self.remember.setEnabled(self.has_keyring)
        self.remember.setChecked(self.has_keyring)
        self.keyring_note.setVisible(not self.has_keyring)

        self.recent_model = RecentServersModel(self)
        self.recent_model.set_rows(recent_servers(settings.get(RECENT_DATABASES)))
        self.recent_proxy = SearchProxyModel(self)
        self.recent_proxy.setSourceModel(self.recent_model)
        self.recent_view = make_table_view(self.recent_proxy)
        self.recent_view.setSelectionMode(self.recent_view.SelectionMode.SingleSelection)
        self.recent_view.clicked.connect(self._recent_clicked)
        name_widget(self.recent_view, self.tr("Recent servers"))
        self.recent_view.doubleClicked.connect(self._recent_double_clicked)
        self.recent_label = QLabel()

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_connection)
        self.prepare_button = QPushButton()
        self.prepare_button.hide()
        self.prepare_button.clicked.connect(self._prepare_and_connect)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.prepare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.connect_now)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(7)]
        for label, field in zip(
            self.labels,
            (
                self.host,
                self.port,
                self.database,
                self.user,
                self.password_edit,
                self.tls,
                self.remember,
            ),
            strict=True,
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent_view)
        layout.addLayout(self.form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        if initial is not None:
            self.fill(initial)
        self.retranslate()

    # -- the fields ---------------------------------------------------------------------------
    def fill(self, connection: ServerConnection) -> None:
        self.host.setText(connection.host)
        self.port.setValue(connection.port)
        self.database.setText(connection.database)
        self.user.setText(connection.user)
        self.tls.setCurrentIndex(max(self.tls.findData(connection.tls), 0))
        self.password_edit.clear()
        self._show_password_source(connection)

    def _show_password_source(self, connection: ServerConnection) -> None:
        if passwords.keyring_password(connection):
            self.password_edit.setPlaceholderText(self.tr("Stored in the keyring"))
        elif passwords.pgpass_password(connection):
            self.password_edit.setPlaceholderText(self.tr("From the password file (.pgpass)"))
        else:
            self.password_edit.setPlaceholderText("")

    def read_fields(self) -> ServerConnection:
        """The connection the fields describe; ValidationError on an empty name."""
        return ServerConnection(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            tls=str(self.tls.currentData()),
        )

    def _password_for(self, connection: ServerConnection) -> str | None:
        return self.password_edit.text() or passwords.stored_password(connection)

    def _recent_clicked(self, index) -> None:
        self.fill(index.data(ROW_ROLE))

    def _recent_double_clicked(self, index) -> None:
        self.fill(index.data(ROW_ROLE))
        self.connect_now()

    # -- checking and connecting ----------------------------------------------------------------
    def test_connection(self) -> None:
        self._check(then_accept=False)

    def connect_now(self) -> None:
        self._check(then_accept=True)

    def _prepare_and_connect(self) -> None:
        self.prepare = True
        self._finish()

    def _check(self, then_accept: bool) -> None:
        try:
            connection = self.read_fields()
        except PlannerError as error:
            self.status_label.setText(error_message(error))
            return
        self.connection, self.password = connection, self._password_for(connection)
        url = connection.url(self.password)
        self.status_label.setText(self.tr("Connecting…"))
        self.prepare_button.hide()
        self._set_busy(True)

        def work() -> Generator[str, None, ServerStatus]:
            yield "checking"
            return check_server(url)

        self._job = run_in_background(
            work,
            on_result=lambda status: self._checked(status, then_accept),
            on_error=lambda error: self.status_label.setText(error_message(error)),
            on_finished=lambda: self._set_busy(False),
            pool=self.pool,
        )

    def _set_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _checked(self, status: ServerStatus, then_accept: bool) -> None:
        self.status = status
        assert self.connection is not None
        self.status_label.setText(status_text(status, self.connection))
        self.prepare_button.setVisible(status.problem in NEEDS_UPGRADE and status.may_prepare)
        if status.ok and then_accept:
            self._finish()

    def _finish(self) -> None:
        assert self.connection is not None
        if self.remember.isChecked() and self.password_edit.text():
            passwords.remember_password(self.connection, self.password_edit.text())
        elif not self.remember.isChecked() and self.has_keyring:
            passwords.forget_password(self.connection)
        self.accept()

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to server"))
        for label, text in zip(
            self.labels,
            (
                self.tr("&Server:"),
                self.tr("P&ort:"),
                self.tr("&Database:"),
                self.tr("&User:"),
                self.tr("Pass&word:"),
                self.tr("T&LS:"),
                "",
            ),
            strict=True,
        ):
            label.setText(text)
        for index, (_mode, text) in enumerate(TLS_CHOICES):
            self.tls.setItemText(index, self.tr(text))
        self.remember.setText(self.tr("&Remember the password (in the system keyring)"))
        self.keyring_note.setText(
            self.tr(
                "This computer has no keyring, so the password is not stored: it is read from "
                "your password file (.pgpass) if it is there, or asked each time."
            )
        )
        self.recent_label.setText(self.tr("Recent connections (double-click to connect):"))
        self.test_button.setText(self.tr("&Test connection"))
        self.prepare_button.setText(self.tr("&Prepare it and connect"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
