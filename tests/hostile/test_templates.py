"""Hostile agreement templates are refused within 10 s, with the line, and nothing is stored.

Each file in tests/hostile/templates/ (see its README) goes through ``planner template import``
in a fresh process, as a user would run it; the too-large and too-many-sections cases are made
here. The database is checked afterwards: no template version, no audit entry.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

import resources
from planner.models import AgreementTemplate, AuditEntry
from planner.storage import open_database

HERE = Path(__file__).parent / "templates"
ROOT = Path(__file__).resolve().parents[2]
LIMIT_S = 10.0

EXPECTED = {
    "attribute_access_ko.txt": "attribute and index access are not allowed",
    "dunder_globals_en.txt": "attribute and index access are not allowed",
    "index_access_ko.txt": "attribute and index access are not allowed",
    "format_width_bomb_ko.txt": "may not carry a conversion or format",
    "conversion_ko.txt": "may not carry a conversion or format",
    "expansion_bomb_ko.txt": "grows past 12,000 characters once filled in",
    "bidi_override_ko.txt": "contains the control character U+202E",
    "nul_byte_ko.txt": "contains the control character U+0000",
    "not_utf8_ko.txt": "is not UTF-8 text",
    "unpaired_en.txt": "paragraphs, its Korean",
    "unknown_placeholder_en.txt": "unknown placeholder {__import__}",
    "brace_open_ko.txt": "write {{ or }} for a literal brace",
}


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile-templates") / "planner.sqlite3"
    open_database(path).close()
    return path


def _counts(path: Path) -> tuple[int, int]:
    db = open_database(path)
    try:
        with db.sessions() as session:
            return (
                session.scalar(select(func.count()).select_from(AgreementTemplate)),
                session.scalar(select(func.count()).select_from(AuditEntry)),
            )
    finally:
        db.close()


def _import(database: Path, file: Path) -> tuple[subprocess.CompletedProcess, float]:
    lang = "en" if file.stem.endswith("_en") else "ko"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "template",
            "import",
            f"--{lang}",
            str(file),
            "--database",
            str(database),
        ],
        capture_output=True,
        text=True,
        timeout=LIMIT_S,
        env=env,
        cwd=ROOT,
    )
    return done, time.perf_counter() - started


def test_every_hostile_file_is_described_and_tested():
    assert sorted(p.name for p in HERE.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_hostile_template_is_refused_quickly_and_stores_nothing(database, name):
    before = _counts(database)
    done, seconds = _import(database, HERE / name)
    assert done.returncode == 3, done.stderr
    message = done.stderr.strip()
    assert len(message.splitlines()) == 1 and EXPECTED[name] in message, message
    assert name in message  # the file is named
    assert seconds < LIMIT_S
    assert _counts(database) == before == (0, 0)


def test_too_large_and_too_many_sections_are_refused(database, tmp_path):
    shipped = resources.path("templates", "agreement_ko.txt").read_text(encoding="utf-8")
    large = tmp_path / "large_ko.txt"
    large.write_text(shipped + ("; 주석\n" * 60_000), encoding="utf-8")
    sections = tmp_path / "sections_ko.txt"
    sections.write_text(
        shipped + "".join(f"## 제{n}조\n본문\n" for n in range(17, 5_000)), encoding="utf-8"
    )
    for file, says in ((large, "at most 200,000 are accepted"), (sections, "too many sections")):
        done, seconds = _import(database, file)
        assert done.returncode == 3 and says in done.stderr, done.stderr
        assert seconds < LIMIT_S
    assert _counts(database) == (0, 0)


def test_the_shipped_wording_itself_is_accepted(tmp_path):
    """The same path stores good wording: the refusals above are about the hostile change."""
    database = tmp_path / "planner.sqlite3"
    open_database(database).close()
    good = tmp_path / "agreement_en.txt"
    good.write_text(
        resources.path("templates", "agreement_en.txt")
        .read_text(encoding="utf-8")
        .replace("shall be {period}", "shall run {period}"),
        encoding="utf-8",
    )
    done, _seconds = _import(database, good)
    assert done.returncode == 0 and "Stored en version 1" in done.stdout, done.stderr
