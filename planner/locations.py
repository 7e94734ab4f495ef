"""Where the program keeps its own files: the user data folder (databases, backups), the
user cache folder (what can be computed again) and the user log folder (crash reports). Below
everything that reads or writes them."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_cache_path, user_data_path, user_log_path

APP_NAME = "LabPlanner"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def cache_dir() -> Path:
    return user_cache_path(APP_NAME, appauthor=False, ensure_exists=True)


def log_dir() -> Path:
    """Crash reports (``~/.local/state/LabPlanner/log`` on Linux)."""
    return user_log_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_database() -> Path:
    return data_dir() / "planner.sqlite3"


def demo_database() -> Path:
    return data_dir() / "demo.sqlite3"


def font_cache_dir() -> Path | None:
    """Where parsed fonts are kept (planner.export.font_cache); None when there is no cache
    folder to be had (a read-only home): fonts are then parsed every time."""
    try:
        return cache_dir() / "fonts"
    except OSError:
        return None
