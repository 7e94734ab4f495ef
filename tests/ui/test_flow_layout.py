"""The wrapping toolbar row (ui.flow_layout) and windows sized to the screen (ui.screen_fit)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ui.flow_layout import FlowLayout
from ui.screen_fit import fitting_size


def _row(qtbot, width: int):
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout()
    buttons = [QPushButton(f"Button number {n}") for n in range(6)]
    flow.add_widgets(*buttons[:4])
    flow.add_stretch()
    flow.add_widgets(*buttons[4:])
    outer = QVBoxLayout(host)
    outer.addLayout(flow)
    outer.addStretch(1)
    host.resize(width, 300)
    host.show()
    qtbot.waitExposed(host)
    return host, buttons


def test_a_wide_row_stays_on_one_line_with_the_last_buttons_at_the_right(qtbot):
    host, buttons = _row(qtbot, 1600)
    assert len({b.y() for b in buttons}) == 1
    assert buttons[-1].geometry().right() >= host.width() - 20  # after the stretch


def test_a_narrow_row_wraps_and_every_button_stays_inside_with_its_whole_text(qtbot):
    host, buttons = _row(qtbot, 400)
    assert len({b.y() for b in buttons}) > 1
    for button in buttons:
        assert host.rect().contains(button.geometry())
        assert button.width() >= button.sizeHint().width()
    assert host.minimumSizeHint().width() < 400


def test_a_preferred_size_larger_than_the_screen_is_cut_to_it(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    size = fitting_size(window, room.width() + 500, room.height() + 500)
    assert size.width() < room.width() and size.height() < room.height()
    assert fitting_size(window, 300, 200).toTuple() == (300, 200)
