"""Running one of the program's own modules in a child process, from the sources or a bundle.

From the sources a child is ``python -m MODULE``. In the PyInstaller bundle there is no
``python``: ``sys.executable`` is the ``planner`` program itself, which would read ``-m`` as
a command-line option. The bundle's entry (lab_planner/__main__.py) therefore asks
:func:`run_module_if_asked` first, and :func:`module_command` gives the child's command line
for whichever way the program runs.
"""

from __future__ import annotations

import runpy
import sys

RUN_MODULE = "--planner-run-module"  # not a CLI option: only a frozen program's children get it


def module_command(module: str) -> list[str]:
    """The command that runs ``module`` as ``__main__`` in a child process."""
    if getattr(sys, "frozen", False):
        return [sys.executable, RUN_MODULE, module]
    return [sys.executable, "-m", module]


def run_module_if_asked(argv: list[str] | None = None) -> None:
    """In a child started by :func:`module_command` in the bundle: run the module and exit."""
    argv = sys.argv if argv is None else argv
    if len(argv) >= 3 and argv[1] == RUN_MODULE:
        sys.argv = [argv[2], *argv[3:]]
        runpy.run_module(argv[2], run_name="__main__", alter_sys=True)
        raise SystemExit(0)
