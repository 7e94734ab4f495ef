"""View ▸ Appearance: system, light or dark, remembered; the floor plan follows, and text
reads at 4.5:1 on the dark window's surfaces."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from planner.palette import DARK_PLAN, LIGHT_PLAN, contrast
from tests.ui.conftest import open_page
from ui.appearance import SYSTEM, apply_appearance, dark_palette
from ui.floorplan.plan_scheme import current_scheme
from ui.settings import APPEARANCE


@pytest.fixture
def back_to_system(app):
    yield
    apply_appearance(app, SYSTEM)


def rgb(palette: QPalette, role: QPalette.ColorRole, group=QPalette.ColorGroup.Active):
    colour = palette.color(group, role)
    return colour.red(), colour.green(), colour.blue()


def test_dark_palette_text_reads_on_every_surface():
    palette, roles = dark_palette(), QPalette.ColorRole
    for text, surface in (
        (roles.WindowText, roles.Window),
        (roles.Text, roles.Base),
        (roles.Text, roles.AlternateBase),
        (roles.ButtonText, roles.Button),
        (roles.ToolTipText, roles.ToolTipBase),
        (roles.HighlightedText, roles.Highlight),
        (roles.Link, roles.Base),
        (roles.PlaceholderText, roles.Base),
    ):
        assert contrast(rgb(palette, text), rgb(palette, surface)) >= 4.5, (text, surface)
    # Focus frames and selections (the highlight) stand out from the window: 3:1 for graphics.
    assert contrast(rgb(palette, roles.Highlight), rgb(palette, roles.Base)) >= 3.0


def test_view_menu_switches_to_dark_and_back_remembered(
    qtbot, window, settings, back_to_system
):
    seating = open_page(qtbot, window, "seating")
    qtbot.waitUntil(lambda: seating.floor_page is not None, timeout=5000)
    plan = seating.floor_page
    assert current_scheme() is LIGHT_PLAN

    window.menus.appearance_actions["dark"].trigger()
    assert settings.get(APPEARANCE) == "dark"
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < 80)
    assert current_scheme() is DARK_PLAN
    assert plan.scene.backgroundBrush().color().lightness() < 40
    assert window.menus.appearance_actions["dark"].isChecked()

    window.menus.appearance_actions["light"].trigger()
    assert settings.get(APPEARANCE) == "light"
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() > 180)
    assert current_scheme() is LIGHT_PLAN
    assert plan.scene.backgroundBrush().color().lightness() > 200

    window.menus.appearance_actions["system"].trigger()
    assert settings.get(APPEARANCE) == "system"
    # The offscreen platform's scheme is light: the platform's palette is back.
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180
