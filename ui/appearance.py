"""Light or dark window: the system's scheme, or the one chosen in View ▸ Appearance.

"system" leaves the palette to the platform (Qt 6 gives a dark palette where the system is
dark, and says so through QStyleHints.colorScheme); "light" and "dark" set the palette
here. The floor plan follows the palette (ui.floorplan.plan_scheme). Nothing here builds
PySide's ``Qt`` namespace: it runs before the first paint (see ui.app).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

SYSTEM, LIGHT, DARK = "system", "light", "dark"
APPEARANCES = (SYSTEM, LIGHT, DARK)

# Text on every surface at WCAG AA (4.5:1) or better; the highlight and the focus frames a
# saturated blue that reads on both window and base colours (tests/ui/test_appearance.py).
_DARK_COLOURS = {
    QPalette.ColorRole.Window: (45, 48, 54),
    QPalette.ColorRole.WindowText: (232, 235, 239),
    QPalette.ColorRole.Base: (30, 32, 37),
    QPalette.ColorRole.AlternateBase: (40, 43, 49),
    QPalette.ColorRole.ToolTipBase: (56, 60, 67),
    QPalette.ColorRole.ToolTipText: (232, 235, 239),
    QPalette.ColorRole.PlaceholderText: (156, 163, 173),
    QPalette.ColorRole.Text: (232, 235, 239),
    QPalette.ColorRole.Button: (55, 59, 66),
    QPalette.ColorRole.ButtonText: (232, 235, 239),
    QPalette.ColorRole.BrightText: (255, 120, 120),
    QPalette.ColorRole.Light: (80, 85, 94),
    QPalette.ColorRole.Midlight: (66, 70, 78),
    QPalette.ColorRole.Mid: (40, 43, 48),
    QPalette.ColorRole.Dark: (24, 26, 30),
    QPalette.ColorRole.Shadow: (10, 11, 13),
    QPalette.ColorRole.Highlight: (40, 112, 220),
    QPalette.ColorRole.HighlightedText: (255, 255, 255),
    QPalette.ColorRole.Link: (120, 176, 255),
    QPalette.ColorRole.LinkVisited: (190, 150, 255),
    QPalette.ColorRole.Accent: (40, 112, 220),
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: (128, 134, 143),
    QPalette.ColorRole.Text: (128, 134, 143),
    QPalette.ColorRole.ButtonText: (128, 134, 143),
    QPalette.ColorRole.Highlight: (70, 74, 82),
    QPalette.ColorRole.HighlightedText: (170, 175, 182),
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, rgb in _DARK_COLOURS.items():
        palette.setColor(role, QColor(*rgb))
    for role, rgb in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(*rgb))
    return palette


def light_palette(app: QGuiApplication) -> QPalette:
    style = getattr(app, "style", None)
    return style().standardPalette() if style is not None else QPalette()


def apply_appearance(app: QGuiApplication, appearance: str) -> None:
    """Set the window's colours for ``appearance`` (system, light or dark)."""
    if appearance == DARK:
        app.setPalette(dark_palette())
    elif appearance == LIGHT:
        app.setPalette(light_palette(app))
    else:
        app.setPalette(QPalette())  # an empty palette: the platform's own again
    _tell_platform(appearance)


def _tell_platform(appearance: str) -> None:
    """Qt 6.8+: native dialogs and title bars follow the choice too."""
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "setColorScheme"):
        return
    from PySide6.QtCore import Qt  # noqa: PLC0415 - only when the user chose (after paint)

    if appearance == SYSTEM and not _requested[0]:
        return  # nothing asked before: leave the platform alone (and the start-up fast)
    scheme = {DARK: Qt.ColorScheme.Dark, LIGHT: Qt.ColorScheme.Light}.get(
        appearance, Qt.ColorScheme.Unknown
    )
    _requested[0] = appearance != SYSTEM
    hints.setColorScheme(scheme)


_requested = [False]
