"""A row of controls that wraps onto further lines when the window is narrow.

The toolbars over the floor plan, the move plans or the renewal cycle hold a dozen labels,
fields and buttons: in one QHBoxLayout their sum is the window's minimum width, wider than a
1366-pixel screen at 150 % (issue #18). Here they keep their natural widths and continue on
the next line instead, like words in a paragraph. ``add_stretch()`` marks where the rest of a
line's width goes (as QHBoxLayout.addStretch does), so buttons after it stay at the right end.
Built on Qt's own flow layout example (heightForWidth, so the lines below move down).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- filling ----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def add_widgets(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.addWidget(widget)

    def add_stretch(self) -> None:
        """The rest of the line's width goes here (to every stretch of the line, shared)."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        self.invalidate()

    def add_spacing(self, width: int) -> None:
        self.addItem(QSpacerItem(width, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        """All on one line."""
        width, height = 0, 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + (self._gap if width else 0)
            height = max(height, hint.height())
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest single control: every other one can go on a line of its own."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + self._margin_size()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    # -- placing ----------------------------------------------------------------------------
    def _margin_size(self) -> QSize:
        m: QMargins = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty() or item.spacerItem()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            need = min(item.sizeHint().width(), width)
            if lines[-1] and used + self._gap + need > width and not _is_stretch(item):
                lines.append([])
                used = 0
            if _is_stretch(item) and not lines[-1]:
                continue  # a stretch opening a line would only push it right
            used += need + (self._gap if lines[-1] else 0)
            lines[-1].append(item)
        return [line for line in lines if line]

    def _place(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        width = max(area.width(), 1)
        y = area.y()
        for line in self._lines(width):
            widths = [min(item.sizeHint().width(), width) for item in line]
            height = max(item.sizeHint().height() for item in line)
            spare = width - sum(widths) - self._gap * (len(line) - 1)
            growing = [i for i, item in enumerate(line) if _grows(item)]
            for n, i in enumerate(growing):
                share = spare // len(growing) + (1 if n < spare % len(growing) else 0)
                widths[i] += max(share, 0)
            x = area.x()
            for item, item_width in zip(line, widths, strict=True):
                if move:
                    item_height = min(item.sizeHint().height(), height)
                    if item.expandingDirections() & Qt.Orientation.Vertical:
                        item_height = height
                    top = y + (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(item_width, item_height)))
                x += item_width + self._gap
            y += height + self._gap
        return y - self._gap - rect.y() + m.bottom() if y > area.y() else m.top() + m.bottom()


def _is_stretch(item: QLayoutItem) -> bool:
    return item.spacerItem() is not None and _grows(item)


def _grows(item: QLayoutItem) -> bool:
    return bool(item.expandingDirections() & Qt.Orientation.Horizontal)
