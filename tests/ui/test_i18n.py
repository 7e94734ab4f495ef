"""Translations: Korean by default, English on demand, live switching, nothing left untranslated."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from tests.ui.conftest import open_page
from ui.i18n import (
    current_language,
    fill,
    install_language,
    load_translations,
    parse_ts,
    translation_file,
)
from ui.models.people import PeopleTableModel
from ui.settings import LANGUAGE

UI_ROOT = Path(__file__).resolve().parents[2] / "ui"


def _literal(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)  # CONTEXT = "FloorPlanColours" at module level
    return None


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _module_strings(tree: ast.Module, where: str) -> dict[tuple[str, str], str]:
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    # Helpers such as ``def _tr(text): return QCoreApplication.translate(CONTEXT, text)``.
    wrappers: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
            param = node.args.args[0].arg
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and _call_name(call) == "translate"
                    and len(call.args) >= 2
                    and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == param
                ):
                    context = _literal(call.args[0], constants)
                    if context is not None:
                        wrappers[node.name] = context
    found: dict[tuple[str, str], str] = {}

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                name, args = _call_name(child), child.args
                first = _literal(args[0], {}) if args else None
                if name == "tr" and first is not None:
                    # tr(variable) translates a string marked with QT_TRANSLATE_NOOP elsewhere.
                    assert cls, f"{where}: tr() outside a class has no context"
                    found[(cls, first)] = where
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                    context, text = _literal(args[0], constants), _literal(args[1], {})
                    if context is not None and text is not None:
                        found[(context, text)] = where
                elif name in wrappers and first is not None:
                    found[(wrappers[name], first)] = where
            visit(child, cls)

    visit(tree, None)
    return found


def translatable_strings() -> dict[tuple[str, str], str]:
    """(context, source) of every tr / translate / QT_TRANSLATE_NOOP call in ui/, including
    calls through a module's one-argument translate helper."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(UI_ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for key, where in _module_strings(tree, str(path)).items():
            found.setdefault(key, where)
    return found


def test_every_ui_string_has_a_korean_translation():
    table = load_translations("ko")
    # A package may keep its part beside its code until it moves to resources/translations
    # (ui/renewals/renewals_ko.ts); it counts here, though the window does not load it yet.
    for part in sorted(UI_ROOT.glob("*/*_ko.ts")):
        for key, forms in parse_ts(part).items():
            table.setdefault(key, forms)
    strings = translatable_strings()
    assert len(strings) > 100  # the scan really found the UI's strings
    missing = sorted(
        f"{context}: {source!r} ({where})"
        for (context, source), where in strings.items()
        if not any(form.strip() for form in table.get((context, source), ()))
    )
    assert not missing, (
        "Korean translation missing (add it to resources/translations/planner_ko.ts, or to a "
        "<part>_ko.ts of your own in that folder or beside your package, ui/<package>/):\n"
        + "\n".join(missing)
    )


def test_translation_file_has_no_stale_entries():
    stale = set(parse_ts(translation_file("ko"))) - set(translatable_strings())
    assert not stale, f"entries no source string uses any more: {sorted(stale)}"


def test_switching_language_relabels_menus_navigation_and_headers(qtbot, window, settings):
    page = open_page(qtbot, window, "people")

    def header() -> str:
        return page.model.headerData(PeopleTableModel.COL_ORGANISATION, Qt.Orientation.Horizontal)

    assert window.menus.file_menu.title() == "파일(&F)"
    assert window.nav.item(1).text() == "인원"
    assert header() == "소속"

    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&File")
    assert window.nav.item(1).text() == "People"
    assert page.search.placeholderText().startswith("Search by name")
    assert header() == "Organisation"
    assert settings.get(LANGUAGE) == "en" and current_language() == "en"

    window.menus.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "인원")
    assert settings.get(LANGUAGE) == "ko"


def test_qt_own_strings_follow_the_language(app):
    install_language("ko")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    install_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_unknown_language_falls_back_to_english(app):
    assert install_language("xx") == "en"
    assert QCoreApplication.translate("MainWindow", "People") == "People"


def test_fill_replaces_numbered_places_in_any_order():
    assert fill("%2명 중 %1명", 3, 204) == "204명 중 3명"
    assert fill("%1 and %10", *range(1, 11)) == "1 and 10"
