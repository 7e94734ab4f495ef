"""Show the renewal workspace alone: ``python3 -m ui.renewals.preview --database FILE``.

``--screenshot PREFIX`` saves PREFIX-tasks.png, -comparison.png, -summary.png, -audit.png
(and PREFIX-dialog.png with the decision editor of ``--edit CODE``) and quits; works under
Xvfb or with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow

from planner.storage import open_database
from ui.fonts import use_korean_ui_font
from ui.i18n import install_language
from ui.renewals.decision_dialog import DecisionDialog
from ui.renewals.workspace import RenewalWorkspace

TAB_NAMES = ("tasks", "comparison", "summary", "audit")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", required=True)
    parser.add_argument("--year", type=int, help="cycle to show (default: the latest)")
    parser.add_argument("--today", type=dt.date.fromisoformat, help="YYYY-MM-DD (default: today)")
    parser.add_argument("--lang", default="ko", choices=("ko", "en"))
    parser.add_argument("--screenshot", metavar="PREFIX")
    parser.add_argument(
        "--edit", metavar="CODE", help="with --screenshot: also the decision editor of CODE"
    )
    parser.add_argument("--decision", help="with --edit: choose this decision in the editor first")
    parser.add_argument("--size", default="1500x900")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    use_korean_ui_font(app)
    install_language(args.lang)  # loads every resources/translations/*_ko.ts
    db = open_database(args.database)
    stack = QUndoStack()
    window = QMainWindow()
    workspace = RenewalWorkspace(
        db.sessions, stack, today=(lambda: args.today) if args.today else None
    )
    if args.year:
        workspace.show_year(args.year)
    workspace.reminder.connect(
        lambda text: window.statusBar().showMessage(text.replace("\n", " "), 15000)
    )
    workspace.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.setCentralWidget(workspace)
    window.setWindowTitle("Lab Planner — renewal workspace preview")
    edit = window.menuBar().addMenu("&Edit")
    undo = stack.createUndoAction(window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit.addActions([undo, redo])
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()

    if args.screenshot:

        def shoot() -> None:
            for index, name in enumerate(TAB_NAMES):
                workspace.tabs.setCurrentIndex(index)
                app.processEvents()
                window.grab().save(f"{args.screenshot}-{name}.png")
            workspace.tabs.setCurrentIndex(0)
            row = next((r for r in workspace.tasks_tab.model.rows() if r.code == args.edit), None)
            if row is not None:
                dialog = DecisionDialog(db.sessions, row, parent=window)
                if args.decision:
                    dialog.decision_combo.setCurrentIndex(
                        dialog.decision_combo.findData(args.decision)
                    )
                dialog.show()
                app.processEvents()
                dialog.grab().save(f"{args.screenshot}-dialog.png")
                dialog.close()
            app.quit()

        QTimer.singleShot(400, shoot)
    code = app.exec()
    db.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
