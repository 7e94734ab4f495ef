"""What "Test connection" found, said so that the user knows what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.connection import ServerConnection
from planner.server_check import Problem, ServerStatus
from ui.i18n import fill

CONTEXT = "ConnectionStatus"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_text(status: ServerStatus, connection: ServerConnection) -> str:
    problem = status.problem
    if problem is None:
        return _tr("The connection works.")
    if problem is Problem.WRONG_PASSWORD:
        return fill(_tr("The password is wrong for user %1."), connection.user)
    if problem is Problem.NO_PASSWORD:
        return _tr("The server asks for a password: type it in.")
    if problem is Problem.NO_SERVER:
        return fill(
            _tr("No server answers at %1, port %2. Check the name, the port and the network."),
            connection.host,
            connection.port,
        )
    if problem is Problem.NO_USER:
        return fill(_tr("The server has no user %1."), connection.user)
    if problem is Problem.NO_DATABASE:
        return fill(_tr("The server has no database %1."), connection.database)
    if problem in (Problem.NOT_PREPARED, Problem.OUTDATED):
        lead = (
            fill(_tr("The database %1 is not prepared for Lab Planner yet."), connection.database)
            if problem is Problem.NOT_PREPARED
            else fill(
                _tr("The database %1 needs an upgrade for this version."), connection.database
            )
        )
        then = (
            _tr("You may prepare it now.")
            if status.may_prepare
            else _tr("Ask the server's administrator to run “planner db upgrade” on it.")
        )
        return f"{lead} {then}"
    return fill(_tr("The connection failed: %1"), status.detail)
