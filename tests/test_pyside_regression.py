"""PySide6 6.12.0 on Python 3.11 aborts ("Fatal Python error: none_dealloc") after a few
thousand calls of a Qt method returning None. The dependency range excludes it; this test
proves the installed PySide6 survives far more calls than the application makes."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 200_000

SCRIPT = f"""
from PySide6.QtWidgets import QApplication, QGraphicsRectItem
app = QApplication([])
item = QGraphicsRectItem(0, 0, 1, 1)
for i in range({CALLS}):
    item.setPos(i % 100, 0)       # returns None
    item.setToolTip("좌석")        # returns None
print("survived", {CALLS})
"""


def test_many_none_returning_qt_calls_do_not_crash():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    assert f"survived {CALLS}" in result.stdout


def test_installed_pyside6_is_not_the_broken_release():
    import PySide6

    if sys.version_info < (3, 12):
        assert PySide6.__version__ != "6.12.0"
