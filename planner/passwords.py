"""Where a server password comes from: the OS keyring, else the user's ``.pgpass``.

A password is stored only in the OS keyring (the ``keyring`` package). Without a keyring
backend (a headless machine: keyring's "fail" backend raises ``NoKeyringError``) nothing is
stored: the password is read from the libpq password file (``PGPASSFILE`` or ``~/.pgpass``)
or asked for each time. Never in settings, logs or the recent list.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from planner.connection import ServerConnection

SERVICE = "Lab Planner"


def _key(connection: ServerConnection) -> str:
    return connection.label()  # user@host:port/database


def keyring_available() -> bool:
    """True when an OS keyring can store passwords (not the "fail" backend)."""
    import keyring  # noqa: PLC0415 - finding backends costs time; only when connecting
    from keyring.backends import fail  # noqa: PLC0415

    return not isinstance(keyring.get_keyring(), fail.Keyring)


def keyring_password(connection: ServerConnection) -> str | None:
    import keyring  # noqa: PLC0415
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        return keyring.get_password(SERVICE, _key(connection))
    except KeyringError:  # NoKeyringError, a locked or broken keyring: as if nothing stored
        return None


def remember_password(connection: ServerConnection, password: str) -> bool:
    """Store in the OS keyring; False (and nothing stored anywhere) when there is none."""
    import keyring  # noqa: PLC0415
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        keyring.set_password(SERVICE, _key(connection), password)
    except KeyringError:
        return False
    return True


def forget_password(connection: ServerConnection) -> None:
    import keyring  # noqa: PLC0415
    from keyring.errors import KeyringError, PasswordDeleteError  # noqa: PLC0415

    try:
        keyring.delete_password(SERVICE, _key(connection))
    except (PasswordDeleteError, KeyringError):
        pass  # nothing stored: nothing to forget


def pgpass_file() -> Path:
    """libpq's rule: PGPASSFILE, else ~/.pgpass (%APPDATA%/postgresql/pgpass.conf on Windows)."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"]).expanduser()
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "~")) / "postgresql" / "pgpass.conf"
    return Path("~/.pgpass").expanduser()


def pgpass_password(connection: ServerConnection, path: Path | None = None) -> str | None:
    """The first matching line of the password file (``host:port:database:user:password``,
    ``*`` matches anything, ``\\:`` and ``\\\\`` escape), as libpq reads it."""
    path = path or pgpass_file()
    try:
        if os.name != "nt" and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            return None  # libpq ignores a file others can read; so do we
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    wanted = (connection.host, str(connection.port), connection.database, connection.user)
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = _split(line)
        if len(fields) < 5:
            continue
        patterns = zip(fields[:4], wanted, strict=True)
        if all(pattern in ("*", value) for pattern, value in patterns):
            return fields[4]
    return None


def _split(line: str) -> list[str]:
    fields, current, escaped = [], [], False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":" and len(fields) < 4:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def stored_password(connection: ServerConnection) -> str | None:
    """The keyring's password, else the password file's, else None (ask the user)."""
    return keyring_password(connection) or pgpass_password(connection)
