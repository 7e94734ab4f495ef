"""The layers stay apart: the domain never imports Qt, the window or the launcher, and no two
modules import each other, however indirectly.

The imports are read with the standard library's ast, at module level and inside functions
alike (a lazy import is still a dependency); those under ``if TYPE_CHECKING:`` are not run and
are left out. The CLI's command modules, imported by name, count as imports of planner.cli.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("lab_planner", "planner", "ui")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                skipped |= {id(n) for n in ast.walk(child)}
    return skipped


def imported_names(module: str) -> list[str]:
    """Every module name ``module`` imports (absolute, as written or resolved from relative)."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    skipped = _type_checking_nodes(tree)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    names = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            # `from a import b` imports the module a.b when there is one, else a name of a.
            names += [
                f"{source}.{alias.name}" if f"{source}.{alias.name}" in MODULES else source
                for alias in node.names
            ]
    if module == "planner.cli":
        names += _command_modules(tree)
    return names


def _command_modules(tree: ast.AST) -> list[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "COMMANDS" for t in node.targets
        ):
            return list(ast.literal_eval(node.value))
    raise AssertionError("planner/cli.py no longer lists its COMMANDS")


def _own_module(name: str) -> str | None:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def import_graph() -> dict[str, set[str]]:
    graph = {}
    for module in MODULES:
        targets = {_own_module(name) for name in imported_names(module)}
        graph[module] = {t for t in targets if t is not None and t != module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One import loop (a → … → a) per strongly connected group of modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10 * len(graph)))
    try:
        for module in sorted(graph):
            if module not in index:
                visit(module)
    finally:
        sys.setrecursionlimit(limit)
    return [_loop_through(group, graph) for group in groups]


def _loop_through(group: list[str], graph: dict[str, set[str]]) -> list[str]:
    """A shortest loop from the group's first module back to itself, to name in a failure."""
    start = group[0]
    paths = {target: [start, target] for target in graph[start] if target in group}
    frontier = list(paths)
    while start not in paths:
        following = []
        for module in frontier:
            for target in sorted(graph[module]):
                if target in group and target not in paths:
                    paths[target] = [*paths[module], target]
                    following.append(target)
        frontier = following
    return paths[start]


def _crossings(package: str, forbidden: set[str]) -> list[str]:
    return sorted(
        f"{module}: {name}"
        for module in MODULES
        if module.split(".")[0] == package
        for name in imported_names(module)
        if name.split(".")[0] in forbidden
    )


def test_planner_imports_neither_qt_nor_the_window_nor_the_launcher():
    assert _crossings("planner", {"PySide6", "shiboken6", "ui", "lab_planner"}) == []


def test_the_window_does_not_import_the_launcher():
    assert _crossings("ui", {"lab_planner"}) == []


def test_no_import_cycles():
    assert cycles(import_graph()) == []


def test_the_cycle_check_sees_lazy_relative_and_by_name_imports():
    """The checks above can fail: the graph holds a lazy import, a relative one, the command
    modules imported by name, and a loop made of them is found."""
    graph = import_graph()
    assert "planner.dbtools.copy" in graph["planner.dbtools.backup"]  # inside a function
    assert "planner.commands.demo" in graph["planner.cli"]  # by name, from COMMANDS
    assert "ui.app" in graph["lab_planner.launcher"]
    looped = {**graph, "planner.commands.demo": graph["planner.commands.demo"] | {"planner.cli"}}
    assert ["planner.cli", "planner.commands.demo", "planner.cli"] in cycles(looped)


def test_importing_every_planner_module_loads_no_qt():
    code = (
        "import importlib, pkgutil, sys, planner\n"
        "for m in pkgutil.walk_packages(planner.__path__, 'planner.'):\n"
        "    if not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_help_does_not_pay_for_heavy_libraries():
    code = (
        "import sys, contextlib, io, lab_planner.launcher\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    lab_planner.launcher.main(['--help'])\n"
        "heavy = sorted(n for n in sys.modules if n.split('.')[0] in "
        "{'reportlab', 'openpyxl', 'numpy', 'ortools', 'PySide6', 'alembic', 'sqlalchemy'})\n"
        "print(heavy); sys.exit(1 if heavy else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _starts_python_with_dash_m(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.List)
        and len(node.elts) >= 2
        and ast.unparse(node.elts[0]) == "sys.executable"
        and isinstance(node.elts[1], ast.Constant)
        and node.elts[1].value == "-m"
    )


def test_children_of_the_programs_own_python_go_through_own_python():
    """In the bundle sys.executable is `planner` itself, which reads `-m` as an option:
    planner.own_python.module_command starts such a child either way."""
    offenders = sorted(
        f"{module}:{node.lineno}"
        for module, path in MODULES.items()
        if module != "planner.own_python"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if _starts_python_with_dash_m(node)
    )
    assert offenders == []
