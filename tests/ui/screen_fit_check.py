"""Run in a subprocess by test_screen_fit.py: one screen size and scale per process (Qt reads
QT_SCALE_FACTOR and the offscreen screen's size when it starts).

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=1.5 \\
        python -m tests.ui.screen_fit_check DEMO.sqlite3 OUT.json [SHOTS_DIR]

Opens the demo window at its default size in Korean and English, walks every page, sub-tab
and dialog, and writes the problems found (widgets off the screen, texts cut) as JSON. With
SHOTS_DIR (under Xvfb, not offscreen) it also saves the whole screen on every page.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path


def main(demo: Path, out: Path, shots: Path | None = None) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from planner.storage import open_database
    from tests.ui import walk
    from ui.app import create_main_window, prepare_application
    from ui.fonts import use_korean_ui_font
    from ui.i18n import install_language
    from ui.settings import Settings

    prepare_application()
    use_korean_ui_font(app)
    tmp = Path(tempfile.mkdtemp())
    shutil.copyfile(demo, tmp / "d.sqlite3")
    database = open_database(tmp / "d.sqlite3")
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    problems: list[str] = []
    for lang in ("ko", "en"):
        install_language(lang)
        window = create_main_window(database, settings, today=lambda: walk.TODAY)
        window.show()
        walk.spin()
        reminder = getattr(window, "reminder_box", None)  # overdue renewal deadlines
        if reminder is not None:
            reminder.close()
        area = window.screen().availableGeometry()
        for label in walk.page_views(window):
            where = f"[{lang}] {label}"
            problems += [f"{where}: {p}" for p in walk.outside(window, area)]
            problems += [f"{where}: {p}" for p in walk.cut_texts(window)]
            if shots is not None:
                name = label.replace(" / ", "-").replace(" ", "_").replace("&", "")
                walk.spin(20)
                window.screen().grabWindow(0).save(str(shots / f"{lang}-{name}.png"))
        context = walk.Context(window, settings, tmp)
        for name, dialog in walk.open_dialogs(context):
            where = f"[{lang}] {name}"
            problems += [f"{where}: {p}" for p in walk.outside(dialog, area)]
            problems += [f"{where}: {p}" for p in walk.cut_texts(dialog)]
        window.close()
        window.deleteLater()
        walk.spin()
        database = open_database(tmp / "d.sqlite3")  # the window closed the last one
    out.write_text(json.dumps({"screen": [area.width(), area.height()], "problems": problems}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None)
