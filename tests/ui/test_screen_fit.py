"""The window and every dialog fit the screens staff have (issue #18): 1366×768 at 100 %,
1280×720 at 125 % and 1920×1080 at 150 %, with a 40-pixel taskbar.

Each size runs in its own process (Qt reads QT_SCALE_FACTOR and the offscreen screen's size
when it starts): tests/ui/screen_fit_check.py opens the demo window at its default size in
Korean and English, walks every page, sub-tab and dialog (tests/ui/walk.py), and reports every
visible widget outside the screen's available area (title bar room included) and every label's
or button's text wider than its room.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TASKBAR = 40  # physical pixels at the bottom, outside the available area

SCREENS = {
    "1366x768 at 100%": (1366, 768, 1.0),
    "1280x720 at 125%": (1280, 720, 1.25),
    "1920x1080 at 150%": (1920, 1080, 1.5),
}


def run_check(tmp_path: Path, demo: Path, width: int, height: int, scale: float) -> dict:
    config = tmp_path / "screen.json"
    screen = {
        "name": "laptop",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height - TASKBAR,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"screens": [screen]}))
    out = tmp_path / "problems.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_fit_check", str(demo), str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text())


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_page_and_dialog_fits_the_screen(tmp_path, demo_file, screen):
    width, height, scale = SCREENS[screen]
    result = run_check(tmp_path, demo_file, width, height, scale)
    # Qt's own pixels: the screen as the window sees it.
    assert result["screen"] == [round(width / scale), round((height - TASKBAR) / scale)]
    assert result["problems"] == []


def test_the_walk_opens_every_dialog_of_the_code():
    from tests.ui import walk

    assert walk.missing_dialogs() == []
