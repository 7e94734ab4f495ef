"""ui.settings: declared once, typed, with defaults."""

from __future__ import annotations

import configparser
import subprocess

import pytest
from PySide6.QtCore import QByteArray, QSettings

from ui.settings import (
    ALL_SETTINGS,
    LANGUAGE,
    LAST_FOLDER,
    LAST_PAGE,
    MAX_RECENT_DATABASES,
    RECENT_DATABASES,
    WINDOW_GEOMETRY,
    Settings,
)


def test_defaults_when_nothing_is_stored(settings):
    assert settings.get(LANGUAGE) == "ko"
    assert settings.language() == "ko"
    assert settings.get(LAST_FOLDER) == ""
    assert settings.get(RECENT_DATABASES) == []
    assert settings.get(LAST_PAGE) == 0
    assert settings.get(WINDOW_GEOMETRY) == QByteArray()
    assert len({s.key for s in ALL_SETTINGS}) == len(ALL_SETTINGS)


def test_values_survive_a_new_settings_object(tmp_path):
    path = str(tmp_path / "s.ini")
    first = Settings(QSettings(path, QSettings.Format.IniFormat))
    first.set(LANGUAGE, "en")
    first.set(LAST_PAGE, 2)
    first.set(RECENT_DATABASES, ["/only/one.sqlite3"])
    first.set(WINDOW_GEOMETRY, QByteArray(b"\x01\x02geometry"))
    first.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.get(LANGUAGE) == "en"
    assert again.get(LAST_PAGE) == 2
    assert again.get(RECENT_DATABASES) == ["/only/one.sqlite3"]  # not a bare string
    assert again.get(WINDOW_GEOMETRY) == QByteArray(b"\x01\x02geometry")


def test_wrong_type_is_refused(settings):
    with pytest.raises(TypeError):
        settings.set(LAST_PAGE, "2")


def test_unknown_stored_language_falls_back(settings):
    settings.set(LANGUAGE, "fr")
    assert settings.language() == "ko"


def test_recent_databases_most_recent_first_without_duplicates(settings):
    for i in range(MAX_RECENT_DATABASES + 3):
        settings.remember_database(f"/db/{i}.sqlite3")
    recent = settings.remember_database("/db/5.sqlite3")
    assert recent[0] == "/db/5.sqlite3"
    assert len(recent) == MAX_RECENT_DATABASES == len(set(recent))


def test_settings_are_saved_by_replacing_the_file_never_in_place(tmp_path):
    """QSettings writes a temporary file and renames it over the old one (QSaveFile): the
    old file's inode is left whole, never truncated and rewritten."""
    path = tmp_path / "s.ini"
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.set(LANGUAGE, "en")
    assert settings.sync()
    before = path.stat().st_ino
    settings.set(LAST_FOLDER, "/data/floor plans")
    assert settings.sync()
    assert path.stat().st_ino != before  # a new file took the old one's name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.ini"]  # no temporary left


def test_a_failed_save_leaves_the_previous_settings_whole(tmp_path):
    """The folder cannot take the temporary file (as on a full disk): the save fails, says
    so, and the file is exactly as before — it was not overwritten in place."""
    folder = tmp_path / "config"
    folder.mkdir()
    path = folder / "s.ini"
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.set(LANGUAGE, "en")
    settings.set(RECENT_DATABASES, ["/data/a.sqlite3", "/data/b.sqlite3"])
    assert settings.sync()
    saved = path.read_bytes()
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        settings.set(LANGUAGE, "ko")
        settings.set(RECENT_DATABASES, [])
        assert not settings.sync()
        assert path.read_bytes() == saved
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    stored = configparser.ConfigParser()  # read apart from Qt, which caches the file's values
    stored.read(path, encoding="utf-8")
    assert stored["ui"]["language"] == "en"
