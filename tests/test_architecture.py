"""The layers stay apart: the domain never imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_module_under_planner_imports_qt():
    offenders = []
    for path in (ROOT / "planner").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in {"PySide6", "shiboken6", "ui"}]
    # The one sanctioned crossing: `planner` without a subcommand hands over to the window,
    # importing ui.app inside that branch only (checked at run time by the next test).
    assert offenders == ["planner/cli.py: ui.app"]


def test_importing_every_planner_module_loads_no_qt():
    code = (
        "import importlib, pkgutil, sys, planner\n"
        "for m in pkgutil.walk_packages(planner.__path__, 'planner.'):\n"
        "    if not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_help_does_not_pay_for_heavy_libraries():
    code = (
        "import sys, planner.cli\n"
        "planner.cli.build_parser()\n"
        "heavy = sorted(n for n in sys.modules if n.split('.')[0] in "
        "{'reportlab', 'openpyxl', 'numpy', 'ortools', 'PySide6', 'alembic'})\n"
        "print(heavy); sys.exit(1 if heavy else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
