"""Screenshots of the real window for the user manual (resources/manual/images/).

Run under a virtual screen of a common laptop size, once per language:

    xvfb-run -a -s "-screen 0 1366x768x24" python packaging/manual_screenshots.py [OUT]

The demo institute is created in a temporary folder (today fixed, so the pictures do not
change from run to run) and every page is shown in Korean and then English, at 1366×768.
The PNGs are scaled down to 960 px wide and saved with a small palette: a manual is read,
not zoomed into, and the application should stay small.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from planner.demo.create import create_demo
from planner.storage import open_database
from ui.app import create_main_window, prepare_application
from ui.fonts import use_korean_ui_font
from ui.i18n import install_language
from ui.settings import Settings

TODAY = dt.date(2025, 11, 25)
SIZE = (1366, 740)  # the screen, less a taskbar
WIDTH = 960  # pixels of a picture in the manual
PAGES = ("seating", "people", "tasks", "reports")


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(image: QImage, path: Path) -> None:
    small = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    small = small.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    small.save(str(path), "PNG")
    print(path, path.stat().st_size)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = prepare_application()
    use_korean_ui_font(app)
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        demo = Path(folder) / "demo.sqlite3"
        create_demo(demo, today=TODAY)
        database = open_database(demo)
        for lang in ("ko", "en"):
            install_language(lang)
            window = create_main_window(database, settings, today=lambda: TODAY)
            window.resize(*SIZE)
            window.move(0, 0)
            window.show()
            wait(300)
            reminder = getattr(window, "reminder_box", None)
            if reminder is not None:
                reminder.close()
            for key in PAGES:
                window.show_page(key)
                page = window.page(key)
                for _ in range(100):
                    if page.is_loaded:
                        break
                    wait(50)
                wait(400)
                save(window.grab().toImage(), out / f"{key}_{lang}.png")
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
        database.close()
    QApplication.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "resources" / "manual" / "images")
