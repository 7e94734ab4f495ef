"""Render the application icon (resources/icons/lab-planner.svg) as PNG files of the usual sizes.

    python packaging/icons.py OUT_FOLDER

Writes OUT_FOLDER/lab-planner-<size>.png for every size in SIZES: the Linux desktop's
hicolor theme takes them, PyInstaller turns the largest into the Windows .ico and the macOS
.icns. They are made at build time from the one drawing, never committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAWING = ROOT / "resources" / "icons" / "lab-planner.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(DRAWING))
    if not renderer.isValid():
        raise SystemExit(f"{DRAWING} is not a drawing Qt can render")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"lab-planner-{size}.png"
        if not image.save(str(target)):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1])):
        print(path)
