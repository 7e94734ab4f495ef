"""SIGKILL a process writing assignments at random moments: after every kill the file passes
``PRAGMA integrity_check`` and every change whose commit returned is there.

Children are forked from this (already imported) test process, so 200 kills take seconds
rather than minutes of interpreter start-ups; each child opens its own engine after the fork.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time

import pytest

from tests.planner.factories import person, small_site
from tests.reliability.crash_writer import main as write_until_killed

KILLS = int(os.environ.get("PLANNER_CRASH_KILLS", "200"))


def _spawn_writer(path, seed) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never returns
        try:
            os.close(read_end)
            os.dup2(write_end, 1)
            sys.stdout = os.fdopen(1, "w", buffering=1)
            write_until_killed(str(path), seed)
        finally:
            os._exit(1)
    os.close(write_end)
    return pid, read_end


def _read_lines(fd) -> tuple[list[int], bytes]:
    data = b""
    while chunk := os.read(fd, 65536):
        data += chunk
    os.close(fd)
    return [int(x) for x in data.split()], data


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs POSIX fork and SIGKILL")
def test_no_committed_assignment_is_lost_across_200_kills(tmp_path):
    from planner.storage import open_database

    path = tmp_path / "crash.sqlite3"
    db = open_database(path)
    with db.sessions() as s, s.begin():
        site = small_site(s, desks=8)
        for i in range(8):
            person(s, site.org_id, f"직원{i}", f"w{i}@x.kr")
    db.close()

    rng = random.Random(20251125)
    committed: set[int] = set()
    for kill in range(KILLS):
        pid, fd = _spawn_writer(path, kill)
        first = b""
        while not first.endswith(b"\n"):  # the first commit has returned: now kill mid-write
            chunk = os.read(fd, 1)
            assert chunk, f"writer {kill} died before its first commit"
            first += chunk
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        rest, _raw = _read_lines(fd)
        committed.update([int(first), *rest])

        connection = sqlite3.connect(path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"kill {kill}"
            present = {row[0] for row in connection.execute("SELECT id FROM assignment")}
        finally:
            connection.close()
        missing = committed - present
        assert not missing, f"after kill {kill}: committed assignments lost: {sorted(missing)[:10]}"
    assert len(committed) >= KILLS
