"""Show the floor plan page alone: ``python3 -m ui.floorplan.preview --database FILE [--floor N]``.

``--screenshot PREFIX`` saves PREFIX-fit.png and PREFIX-zoom.png and quits (works under
Xvfb or with QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow

from planner.storage import open_database
from ui.floorplan.floor_page import FloorPage
from ui.fonts import use_korean_ui_font


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", required=True)
    parser.add_argument("--floor", type=int, default=1, help="position in the floor list, from 1")
    parser.add_argument("--day", type=dt.date.fromisoformat, help="YYYY-MM-DD (default: today)")
    parser.add_argument(
        "--mode", default="organisation", help="organisation, task, vacancy or move_out"
    )
    parser.add_argument("--screenshot", metavar="PREFIX")
    parser.add_argument("--find", help="find this person or desk before the zoomed screenshot")
    parser.add_argument("--size", default="1500x900")
    parser.add_argument("--plan", type=int, default=0, help="show the Nth draft move plan (from 1)")
    parser.add_argument("--zoom", type=float, default=2.4, help="zoom of the second screenshot")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    use_korean_ui_font(app)
    db = open_database(args.database)
    stack = QUndoStack()
    window = QMainWindow()
    page = FloorPage(db.sessions, stack, today=(lambda: args.day) if args.day else None)
    window.setCentralWidget(page)
    window.setWindowTitle("Lab Planner — floor plan preview")
    edit = window.menuBar().addMenu("&Edit")
    undo = stack.createUndoAction(window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit.addActions([undo, redo])
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    if 1 <= args.floor <= page.floor_combo.count():
        page.floor_combo.setCurrentIndex(args.floor - 1)
    if 0 < args.plan < page.plan_combo.count():
        page.plan_combo.setCurrentIndex(args.plan)
    index = page.mode_combo.findData(args.mode)
    if index >= 0:
        page.mode_combo.setCurrentIndex(index)
    window.show()

    if args.screenshot:

        def shoot() -> None:
            page.view.fit_floor()
            app.processEvents()
            window.grab().save(f"{args.screenshot}-fit.png")
            if args.find:
                page.find(args.find)
            else:
                page.view.set_zoom(args.zoom)
                page.view.centerOn(page.scene.floor_rect().center())
            app.processEvents()
            window.grab().save(f"{args.screenshot}-zoom.png")
            app.quit()

        QTimer.singleShot(300, shoot)
    code = app.exec()
    db.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
