"""The user's settings: the only module that touches QSettings.

Every setting is declared once below with its key, type and default, so the rest of the UI
reads ``settings.get(LANGUAGE)`` and never spells a key or guesses a type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT_DATABASES = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


LANGUAGE: Setting[str] = Setting("ui/language", str, "ko")
# View ▸ Appearance: "system" (follow the system's light or dark scheme), "light" or "dark".
APPEARANCE: Setting[str] = Setting("ui/appearance", str, "system")
LAST_FOLDER: Setting[str] = Setting("files/last_folder", str, "")
LAST_BACKUP_FOLDER: Setting[str] = Setting("files/last_backup_folder", str, "")
RECENT_DATABASES: Setting[list[str]] = Setting("files/recent_databases", list, [])
WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray())
LAST_PAGE: Setting[int] = Setting("window/last_page", int, 0)
# Copies of a database file kept in the backups folder, one made each time the window opens it.
KEEP_BACKUPS: Setting[int] = Setting("files/keep_backups", int, 10)
# Floor plan edit mode: desks and zone corners land on a grid of this step (metres).
SNAP_TO_GRID: Setting[bool] = Setting("floorplan/snap_to_grid", bool, True)
SNAP_STEP_M: Setting[float] = Setting("floorplan/snap_step_m", float, 0.5)
# What the floor plan writes on desks: "name", "desk" or "team" (planner.labels).
FLOORPLAN_LABELS: Setting[str] = Setting("floorplan/labels", str, "name")
# File ▸ Print…: the seating chart's paper ("A4", "A3", "A1") and tiling ("auto", "off").
CHART_PAPER: Setting[str] = Setting("print/chart_paper", str, "A3")
CHART_TILES: Setting[str] = Setting("print/chart_tiles", str, "auto")
# Overdue renewal deadlines the user asked not to be reminded of at start, one
# "<database>|<year>:<kind>:<day>" each (ui.renewals.reminder): a deadline that moves, or a
# later one that passes, reminds again.
DISMISSED_REMINDERS: Setting[list[str]] = Setting("renewals/dismissed_reminders", list, [])
# Electronic signatures (ui.signing): the root certificates whose signatures are trusted (PEM or
# DER files), the RFC 3161 timestamp authority for level B-T (empty: B-B), and the folder of
# the last certificate file chosen. A certificate's password is never stored.
TRUST_ROOTS: Setting[list[str]] = Setting("signing/trust_roots", list, [])
TIMESTAMP_URL: Setting[str] = Setting("signing/timestamp_url", str, "")
CERTIFICATE_FOLDER: Setting[str] = Setting("signing/certificate_folder", str, "")

ALL_SETTINGS = (
    LANGUAGE,
    APPEARANCE,
    LAST_FOLDER,
    RECENT_DATABASES,
    WINDOW_GEOMETRY,
    LAST_PAGE,
    KEEP_BACKUPS,
    SNAP_TO_GRID,
    SNAP_STEP_M,
    FLOORPLAN_LABELS,
    CHART_PAPER,
    CHART_TILES,
    DISMISSED_REMINDERS,
    TRUST_ROOTS,
    TIMESTAMP_URL,
    CERTIFICATE_FOLDER,
)
LANGUAGES = ("ko", "en")


class Settings:
    """Typed access to QSettings; tests pass a QSettings on a temporary .ini file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()
        # Written through QSaveFile (a temporary file renamed over the old one) and never
        # in place: a crash or a full disk while saving leaves the previous settings whole.
        # This is Qt's default; said here so that nobody turns it off unawares
        # (tests/ui/test_settings.py checks the behaviour).
        self._store.setAtomicSyncRequired(True)

    def get(self, setting: Setting[T]) -> T:
        raw: Any = self._store.value(setting.key, None)
        if raw is None:
            return _copy(setting.default)
        try:
            if setting.type is list:
                # An .ini file gives back a one-element list as a plain string.
                value: Any = [raw] if isinstance(raw, str) else [str(item) for item in raw]
            elif setting.type is QByteArray:
                value = raw if isinstance(raw, QByteArray) else QByteArray(raw)
            elif setting.type is int:
                value = int(raw)
            elif setting.type is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
            else:
                value = setting.type(raw)
        except (TypeError, ValueError):
            return _copy(setting.default)  # a hand-edited or foreign value: fall back quietly
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.type):
            raise TypeError(
                f"{setting.key} takes {setting.type.__name__}, not {type(value).__name__}"
            )
        self._store.setValue(setting.key, value)

    def language(self) -> str:
        value = self.get(LANGUAGE)
        return value if value in LANGUAGES else LANGUAGE.default

    def remember_database(self, location: str) -> list[str]:
        """Put ``location`` first in the recent databases; returns the new list."""
        recent = [location] + [item for item in self.get(RECENT_DATABASES) if item != location]
        recent = recent[:MAX_RECENT_DATABASES]
        self.set(RECENT_DATABASES, recent)
        return recent

    def sync(self) -> bool:
        """Write the settings now; False when they could not be saved (nothing was changed)."""
        self._store.sync()
        return self._store.status() == QSettings.Status.NoError


def _copy(value: T) -> T:
    # Defaults are shared; hand out copies of the mutable ones.
    if isinstance(value, list):
        return list(value)  # type: ignore[return-value]
    if isinstance(value, QByteArray):
        return QByteArray(value)  # type: ignore[return-value]
    return value
