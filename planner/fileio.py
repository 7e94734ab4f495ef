"""Writing files: whole or not at all, with the permissions any other program would give them.

Every file the product writes goes through :func:`replace_atomically` (or
:func:`write_atomically` for bytes): it is written to a temporary file in the target's folder,
fsynced, then renamed over the target, so a crash or a full disk never leaves half a file
behind and a reader sees the old file or the new one.

Its mode is the one a newly created file gets from the user's umask (0644 under the usual
022), like a file saved by any other program, so that a roster or a seating chart saved into a
shared folder opens for colleagues; replacing an existing file keeps that file's mode (0640
stays 0640). Database files and their automatic backups are ``private`` (0600): they hold
personal data (names, phone numbers, e-mails, stays) of everyone in the institute.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

PRIVATE = 0o600
_ANYONE = 0o666  # what open(2) is asked for; the umask takes away what the user does not give


def temporary_beside(target: str | Path, *, private: bool = False, suffix: str = ".part") -> Path:
    """A new, empty file in ``target``'s folder (hidden, named after it) that already has the
    mode ``target`` should get: 0600 when ``private``; else the existing target's mode; else
    what the umask leaves of 0666, given by the operating system itself."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    while True:
        temporary = folder / f".{target.name}.{secrets.token_hex(4)}{suffix}"
        try:
            handle = os.open(
                temporary,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0),
                PRIVATE if private else _ANYONE,
            )
        except FileExistsError:
            continue
        os.close(handle)
        break
    if not private:
        try:
            kept = stat.S_IMODE(os.stat(target).st_mode)
        except OSError:
            kept = None  # a new file: the mode the umask gave the temporary one
        if kept is not None:
            try:
                os.chmod(temporary, kept)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
    return temporary


def new_file_mode(target: str | Path, *, private: bool = False) -> int:
    """The mode :func:`replace_atomically` gives ``target`` (for files another library builds
    under a temporary name of its own, such as a database copy)."""
    if private:
        return PRIVATE
    probe = temporary_beside(target, suffix=".probe")
    try:
        return stat.S_IMODE(probe.stat().st_mode)
    finally:
        probe.unlink(missing_ok=True)


def replace_atomically(
    target: str | Path, write: Callable[[Path], None], *, private: bool = False
) -> Path:
    """Call ``write(temporary)`` to fill a temporary file beside ``target`` (it exists, empty,
    with the right mode: open it for writing, which keeps the mode), fsync it, then rename it
    over ``target``. On any failure the temporary file is removed and ``target`` is as it was."""
    target = Path(target)
    temporary = temporary_beside(target, private=private)
    try:
        write(temporary)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return put_in_place(temporary, target)


def put_in_place(temporary: str | Path, target: str | Path) -> Path:
    """The end of :func:`replace_atomically`, for a temporary file (from
    :func:`temporary_beside`) that something else filled, such as Qt printing to a file:
    fsync it, rename it over ``target``; on failure remove it and leave ``target`` alone."""
    temporary, target = Path(temporary), Path(target)
    try:
        with temporary.open("rb+") as written:  # on disk before it takes the real name
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)
    return target


def write_atomically(path: str | Path, data: bytes, *, private: bool = False) -> Path:
    """Write ``data`` to ``path`` with :func:`replace_atomically`."""

    def write(temporary: Path) -> None:
        with temporary.open("wb") as stream:
            stream.write(data)

    return replace_atomically(path, write, private=private)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where a folder cannot be opened, skip it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder if str(folder) else ".", os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
