"""A database that cannot be opened: a clear message, the ways out, and the file left alone.

The recovery dialog's ``exec`` is replaced by a script that records what the user would see
and clicks one of its buttons, as the user would.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner.dbtools.backup import automatic_backups, backups_folder
from planner.errors import DatabaseReadOnly, DiskFull
from planner.models import Person
from planner.services import people as people_service
from tests.ui.conftest import TODAY
from ui.app import Startup, create_main_window
from ui.background import SynchronousPool
from ui.errors import error_message
from ui.recovery import RecoveryDialog
from ui.recovery_flow import ReadOnlyIndicator
from ui.settings import KEEP_BACKUPS
from ui.transactions import run_action


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """The file's whole content as SQL, read without writing anything."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


class Answers:
    """Scripted answers to the recovery dialog; ``seen`` keeps what each showing displayed."""

    def __init__(self) -> None:
        self.script: list[Callable[[RecoveryDialog], None]] = []
        self.seen: list[dict] = []

    def __call__(self, dialog: RecoveryDialog) -> int:
        self.seen.append(
            {
                "message": dialog.message.text(),
                "backups": [row.path for row in dialog.model.rows()],
                "taken": [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())],
                "restore": not dialog.restore_button.isHidden()
                and dialog.restore_button.isEnabled(),
                "read_only": dialog.read_only_button.isEnabled(),
                "other": dialog.other_button.isEnabled(),
                "leave": dialog.leave_button.text(),
                "model": dialog.model,
            }
        )
        assert self.script, "the recovery dialog was shown more often than expected"
        self.script.pop(0)(dialog)
        return dialog.result()


@pytest.fixture
def answers(monkeypatch) -> Answers:
    scripted = Answers()
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: scripted(dialog))
    return scripted


@pytest.fixture
def fresh_window(qtbot, demo_copy, settings):
    """A window on a private copy (never the shared demo file), closed at the end."""
    from planner.storage import open_database

    opened = []

    def make(path: Path | None = None):
        database = open_database(path or demo_copy)
        window = create_main_window(database, settings, today=lambda: TODAY)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()
        if window.database is not None:
            window.database.close()


def damaged_copy(demo_copy: Path, tmp_path: Path, how: str) -> Path:
    broken = tmp_path / "broken" / "planner.sqlite3"
    broken.parent.mkdir()
    data = demo_copy.read_bytes()
    if how == "truncated":
        broken.write_bytes(data[: len(data) // 3])
    elif how == "scribbled":  # the header survives, pages in the middle do not
        middle = len(data) // 2
        broken.write_bytes(data[:4096] + b"\xde\xad\xbe\xef" * 4096 + data[4096 + 16384 :])
        assert middle  # the file was big enough to damage in the middle
    else:
        broken.write_text("minutes of the 2025 steering committee")
    return broken


@pytest.mark.parametrize("how", ["truncated", "scribbled", "not-sqlite"])
def test_a_damaged_file_on_open_is_explained_and_left_alone(
    qtbot, fresh_window, demo_copy, tmp_path, answers, settings, how
):
    window = fresh_window()
    before = window.database
    broken = damaged_copy(demo_copy, tmp_path, how)
    checksum = digest(broken)
    answers.script.append(lambda dialog: dialog.leave_button.click())

    window.open_requested.emit(str(broken))

    (seen,) = answers.seen
    assert "손상" in seen["message"] and str(broken) in seen["message"]
    assert seen["read_only"] is False  # reading a damaged file would fail page by page
    assert seen["other"] is True and seen["leave"] == "지금 데이터베이스 유지(&K)"
    assert window.database is before  # the window still shows the database it had
    assert digest(broken) == checksum
    assert not automatic_backups(broken)  # no backup of a damaged file pushes good ones out


def test_restoring_an_automatic_backup_opens_it_and_keeps_the_damaged_file(
    qtbot, fresh_window, demo_copy, tmp_path, answers, settings, check_models
):
    settings.set(KEEP_BACKUPS, 3)
    target = tmp_path / "work" / "planner.sqlite3"
    target.parent.mkdir()
    shutil.copyfile(demo_copy, target)
    window = fresh_window()
    window.open_requested.emit(str(target))  # opening makes an automatic backup
    window.open_requested.emit(str(demo_copy))
    assert len(automatic_backups(target)) == 1
    damaged = damaged_copy(demo_copy, tmp_path, "truncated").read_bytes()
    target.write_bytes(damaged)

    def restore_newest(dialog: RecoveryDialog) -> None:
        check_models(dialog.model, dialog.proxy)
        assert dialog.selected_backup() is not None  # the newest is chosen already
        dialog.restore_button.click()

    answers.script.append(restore_newest)
    window.open_requested.emit(str(target))

    (seen,) = answers.seen
    assert seen["restore"] is True and len(seen["backups"]) == 1
    assert seen["taken"][0].startswith(str(TODAY.year)[:2])  # a date, shown in full
    assert window.database.location == str(target)
    with window.database.sessions() as session:
        assert session.scalar(select(func.count(Person.id))) == 204
    kept = list(target.parent.glob("planner.replaced-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # never thrown away


def test_a_file_from_a_newer_version_is_refused_before_any_backup(
    qtbot, fresh_window, demo_copy, tmp_path, answers, settings
):
    settings.set(KEEP_BACKUPS, 5)
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(demo_copy, newer)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    checksum = digest(newer)
    window = fresh_window()
    before = window.database
    answers.script.append(lambda dialog: dialog.leave_button.click())

    window.open_requested.emit(str(newer))

    (seen,) = answers.seen
    assert "더 새로운 버전" in seen["message"]
    assert seen["read_only"] is False
    assert window.database is before
    assert digest(newer) == checksum
    assert not automatic_backups(newer)


def test_choosing_another_file_opens_it(
    qtbot, fresh_window, demo_copy, tmp_path, answers, settings, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    window = fresh_window()
    broken = damaged_copy(demo_copy, tmp_path, "not-sqlite")
    good = tmp_path / "good.sqlite3"
    shutil.copyfile(demo_copy, good)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    answers.script.append(lambda dialog: dialog.other_button.click())

    window.open_requested.emit(str(broken))

    assert window.database.location == str(good)
    assert settings.get(KEEP_BACKUPS) and automatic_backups(good)  # opened like any file


# -- read-only files and folders ---------------------------------------------------------------
@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable even for an administrator (``chattr +i``), as a read-only
    mount or a locked file on a share would be; skip where the file system cannot."""
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_opens_read_only_and_refuses_every_edit(
    qtbot, fresh_window, demo_copy, tmp_path, answers, settings, what
):
    folder = tmp_path / "share"
    folder.mkdir()
    target = folder / "planner.sqlite3"
    shutil.copyfile(demo_copy, target)
    checksum = digest(target)
    window = fresh_window()
    answers.script.append(lambda dialog: dialog.read_only_button.click())

    with immutable(target if what == "file" else folder):
        window.open_requested.emit(str(target))

        (seen,) = answers.seen
        assert "읽기 전용" in seen["message"]
        assert seen["read_only"] is True
        assert window.database.read_only and window.database.location == str(target)
        indicator = window.statusBar().findChild(ReadOnlyIndicator, "read_only_indicator")
        assert indicator is not None and indicator.isVisible()
        assert indicator.text() == "읽기 전용"
        with window.database.sessions() as session:  # the pages can read it
            assert session.scalar(select(func.count(Person.id))) == 204

        def add_person(session) -> None:
            org = session.scalar(select(Person.organisation_id).limit(1))
            people_service.create_person(
                session, name_ko="새 연구원", organisation_id=org, role="researcher"
            )

        error = run_action(window.database.sessions, add_person, "add a person")
        assert isinstance(error, DatabaseReadOnly)
        assert error_message(error) == "데이터베이스가 읽기 전용이라 아무것도 저장하지 않았습니다."
        window.close()
        window.database.close()
    assert digest(target) == checksum
    wal = folder / "planner.sqlite3-wal"  # SQLite's reader may leave an empty log beside it
    assert not wal.exists() or wal.stat().st_size == 0


def test_every_page_reads_a_read_only_database_and_the_sign_goes_with_it(
    qtbot, demo_copy, tmp_path, settings
):
    from planner.storage import open_read_only
    from tests.ui.conftest import open_page
    from ui.main_window import PAGES

    ro_copy = tmp_path / "ro.sqlite3"
    shutil.copyfile(demo_copy, ro_copy)
    checksum = digest(ro_copy)
    window = create_main_window(open_read_only(ro_copy), settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    indicator = window.statusBar().findChild(ReadOnlyIndicator, "read_only_indicator")
    assert indicator is not None and indicator.isVisible()
    for key, _title in PAGES:  # loading a page writes nothing, so each one shows its rows
        page = open_page(qtbot, window, key)
        assert page.is_loaded
    # Nothing can be changed, so nothing offers to: edit buttons hidden, no dragging people.
    seating, tasks = window.page("seating"), window.page("tasks")
    qtbot.waitUntil(lambda: seating.floor_page is not None)
    assert seating.floor_page.edit_button.isHidden()
    assert seating.plans_tab.new_button.isHidden()
    assert not seating.floor_page.view.acceptDrops()
    assert tasks.new_button.isHidden()

    window.open_requested.emit(str(demo_copy))  # a writable file: the sign goes away

    assert not window.database.read_only and not indicator.isVisible()
    seating = open_page(qtbot, window, "seating")
    qtbot.waitUntil(lambda: seating.floor_page is not None)
    assert not seating.floor_page.edit_button.isHidden()  # the new pages may edit again
    window.close()
    window.database.close()
    assert digest(ro_copy) == checksum


# -- a full disk -------------------------------------------------------------------------------
@pytest.fixture
def full_disk(tmp_path) -> Iterator[Path]:
    """A real, tiny file system (tmpfs) that is then filled up; needs the right to mount."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def fill_up(folder: Path) -> None:
    with (folder / "filler").open("wb") as handle:
        with contextlib.suppress(OSError):
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()


def test_a_full_disk_at_opening_offers_read_only(
    qtbot, fresh_window, demo_copy, answers, settings, full_disk, monkeypatch
):
    """The automatic backup cannot be written: nothing is changed, read-only still works."""
    import planner.dbtools.snapshots as snapshots

    settings.set(KEEP_BACKUPS, 3)
    monkeypatch.setattr(snapshots, "backups_folder", lambda: full_disk)
    fill_up(full_disk)
    checksum = digest(demo_copy)
    window = fresh_window(demo_copy)
    window.database.close()
    window.database = None
    answers.script.append(lambda dialog: dialog.read_only_button.click())

    window.open_requested.emit(str(demo_copy))

    (seen,) = answers.seen
    assert "디스크가 가득 차서" in seen["message"] and seen["read_only"] is True
    assert window.database.read_only
    assert digest(demo_copy) == checksum
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]  # no half backup left


def test_a_database_on_a_full_disk_is_not_mistaken_for_a_damaged_one(
    qtbot, fresh_window, demo_copy, answers, full_disk
):
    """SQLite cannot even read it (no room for its -shm file): the message says the disk is
    full, not that the file is damaged, and the file is left as it was."""
    target = full_disk / "planner.sqlite3"
    shutil.copyfile(demo_copy, target)
    fill_up(full_disk)
    checksum = digest(target)
    window = fresh_window()
    before = window.database
    answers.script.append(lambda dialog: dialog.leave_button.click())

    window.open_requested.emit(str(target))

    (seen,) = answers.seen
    assert "디스크가 가득 차서" in seen["message"] and "손상" not in seen["message"]
    assert window.database is before
    assert digest(target) == checksum


def _add_people(count: int) -> Callable:
    def work(session) -> None:
        org = session.scalar(select(Person.organisation_id).limit(1))
        for i in range(count):
            people_service.create_person(
                session,
                name_ko=f"연구원{i}",
                organisation_id=org,
                role="researcher",
                email=f"full{i}@example.kr",
                notes="x" * 2000,
            )

    return work


def test_a_full_disk_during_a_write_rolls_it_back_with_a_clear_message(
    qtbot, fresh_window, demo_copy, full_disk
):
    target = full_disk / "planner.sqlite3"
    shutil.copyfile(demo_copy, target)
    window = fresh_window(target)
    with window.database.sessions() as session:  # the log and shared memory files exist now
        before = session.scalar(select(func.count(Person.id)))
    fill_up(full_disk)
    content = dump(target)

    error = run_action(window.database.sessions, _add_people(300), "add people")

    assert isinstance(error, DiskFull)
    assert error_message(error).startswith("디스크가 가득 차서 아무것도 저장하지 않았습니다.")
    (full_disk / "filler").unlink()  # space again: the application carries on
    with window.database.sessions() as session:
        assert session.scalar(select(func.count(Person.id))) == before
    assert dump(target) == content
    assert run_action(window.database.sessions, _add_people(1), "add a person") is None


def test_sqlite_full_from_max_page_count_takes_the_same_path(qtbot, fresh_window, demo_copy):
    """Where no file system can be mounted: SQLite's own "database or disk is full"."""
    from sqlalchemy import event

    window = fresh_window(demo_copy)
    engine = window.database.engine
    engine.dispose()
    event.listen(
        engine,
        "connect",
        lambda connection, _record: connection.execute(
            "PRAGMA max_page_count = " + str(connection.execute("PRAGMA page_count").fetchone()[0])
        ),
    )
    content = dump(demo_copy)

    error = run_action(window.database.sessions, _add_people(300), "add people")

    assert isinstance(error, DiskFull)
    assert dump(demo_copy) == content


# -- at start-up -------------------------------------------------------------------------------
def test_at_startup_a_damaged_file_offers_quit_or_another_file(
    qtbot, settings, demo_copy, tmp_path, answers, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from ui.main_window import MainWindow

    broken = damaged_copy(demo_copy, tmp_path, "truncated")
    checksum = digest(broken)
    window = MainWindow(settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    startup = Startup(window, settings, database=str(broken), demo=False, pool=SynchronousPool())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(demo_copy), ""))
    answers.script.append(lambda dialog: dialog.other_button.click())

    startup.begin()
    qtbot.waitUntil(lambda: window.database is not None)

    (seen,) = answers.seen
    assert seen["leave"] == "끝내기(&Q)" and "손상" in seen["message"]
    assert window.database.location == str(demo_copy)
    assert digest(broken) == checksum
    assert str(backups_folder())  # the folder exists; nothing of the broken file is in it
    assert not automatic_backups(broken)
    window.close()
    window.database.close()
