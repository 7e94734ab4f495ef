"""The product's icon and versions in the window: the same lines as `planner --version`."""

from __future__ import annotations

from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.about import version_lines


def test_about_shows_the_versions_and_the_product_icon(qtbot, window):
    seen = {}

    def read_and_close():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["icon"] = box.iconPixmap()
        box.accept()

    QTimer.singleShot(0, read_and_close)
    window.menus.about.trigger()

    lines = version_lines(qVersion())
    assert lines[0].startswith("Lab Planner ") and f"Qt {qVersion()}" in lines[2]
    for line in lines[:-1]:
        assert line in seen["text"]
    # The schema line says "Database schema" in the window's language (Korean here).
    schema = lines[-1].removeprefix("Database schema ")
    assert f"데이터베이스 스키마 {schema}" in seen["text"] and "Database" not in seen["text"]
    assert not seen["icon"].isNull()  # the application's icon: the About box shows it


def test_every_window_carries_the_product_icon(app, window):
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert not window.windowIcon().pixmap(48, 48).isNull()
    assert QApplication.desktopFileName() == "lab-planner"  # packaging/lab-planner.desktop
