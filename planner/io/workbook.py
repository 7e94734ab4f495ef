"""Excel workbooks (XLSX/XLSM and Excel 97–2003 XLS), read in a process of their own.

The reader, python-calamine, is native code that ends the process it runs in when a file
asks it for more memory than there is (a 1.5 KB XLSX naming cell XFD1048576 does), and
:mod:`planner.io.workbook_checks` can only refuse the cases it knows. So the workbook is
opened by :mod:`planner.io.workbook_worker` in a child Python limited to 1 GB and
:data:`TIMEOUT_S` seconds: whatever happens there, this process — the window — carries on
and the user reads why the file was refused. Starting the child costs ~0.1 s per file.
"""

from __future__ import annotations

import os
import pickle
import subprocess
from pathlib import Path

import planner
from planner.io.errors import SpreadsheetError
from planner.io.workbook_worker import Rows
from planner.own_python import module_command

# A legitimate workbook at the cell limit (2 million cells) reads in ~3 s on a busy machine.
TIMEOUT_S = 10.0
_ROOT = str(Path(planner.__file__).resolve().parent.parent)


def read_sheet(path: Path, sheet: str | None = None) -> tuple[str, Rows]:
    """(sheet name, raw rows) of the named sheet, else the first."""
    return _run(path, "sheet", (path, sheet))


def sheet_heads(path: Path, nrows: int) -> list[tuple[str, Rows]]:
    """Each sheet's name with its first ``nrows`` rows."""
    return _run(path, "heads", (path, nrows))


def _run(path: Path, kind: str, args: tuple):
    # The child finds this very planner package first, whichever copy the caller runs.
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(p for p in (_ROOT, os.environ.get("PYTHONPATH", "")) if p),
    )
    try:
        done = subprocess.run(
            module_command("planner.io.workbook_worker"),
            input=pickle.dumps((kind, args)),
            capture_output=True,
            timeout=TIMEOUT_S,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise SpreadsheetError(
            f"{path.name} could not be read within {TIMEOUT_S:.0f} seconds; "
            "it is damaged or far larger than a list of people or desks."
        ) from None
    except OSError as error:
        raise SpreadsheetError(
            f"{path.name} could not be read: the reader did not start ({error})."
        ) from None
    answer = _answer(done.stdout)
    if answer is not None and answer[0] == "ok":
        return answer[1]
    if answer is not None and answer[0] == "refused":
        raise SpreadsheetError(answer[1])
    if done.returncode > 0 and answer is None:  # a Python error in the child, not the file's
        last = (done.stderr.decode(errors="replace").strip().splitlines() or ["?"])[-1]
        raise SpreadsheetError(f"{path.name} could not be read: the reader failed ({last}).")
    # Aborted, killed, or out of its memory: the file asked for far more than it holds.
    raise SpreadsheetError(
        f"{path.name} could not be read: it asks for more memory than a workbook of its "
        "size can need (a damaged or deliberately malformed file)."
    )


def _answer(output: bytes) -> tuple | None:
    try:
        answer = pickle.loads(output)
    except Exception:  # no answer (the child died) or a cut one
        return None
    return answer if isinstance(answer, tuple) and len(answer) == 2 else None
