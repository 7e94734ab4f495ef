"""Names that screen readers announce for widgets that have no label of their own.

A button says its text and a field with a buddy label says the label; a search field, a table,
its column headers, a chart or the floor plan would be announced by their kind alone. Pages
call ``name_widget`` in their ``retranslate`` so the name follows the language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from ui.i18n import fill

CONTEXT = "Accessibility"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def name_widget(widget: QWidget, name: str, description: str = "") -> None:
    """``name`` (and ``description``, when the name is not enough) for ``widget``; a table's
    or tree's column headers are named after it."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    header: QHeaderView | None = None
    if isinstance(widget, QTableView):
        header = widget.horizontalHeader()
        widget.verticalHeader().setAccessibleName(fill(_tr("%1: row headers"), name))
    elif isinstance(widget, QTreeView):
        header = widget.header()
    if header is not None:
        header.setAccessibleName(fill(_tr("%1: column headers"), name))


def name_views(*named: tuple[QAbstractItemView, str]) -> None:
    for view, name in named:
        name_widget(view, name)
