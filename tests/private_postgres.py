"""A PostgreSQL cluster of a test's own, in a temporary folder, that the test may restart.

The shared server on 127.0.0.1:5432 serves every other test (and other people): a restart
test must never touch it. ``initdb``/``pg_ctl`` come from /usr/lib/postgresql/*/bin (or
``PG_BIN``); as root they run as the ``postgres`` OS user, since PostgreSQL refuses root.
Without the binaries the tests skip with the reason, except on CI where they fail.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def _binaries() -> Path | None:
    candidates = [os.environ["PG_BIN"]] if os.environ.get("PG_BIN") else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    candidates += [str(Path(p).parent) for p in [shutil.which("pg_ctl")] if p]
    for folder in candidates:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivateServer:
    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.port = _free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="planner-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            os.chown(self.folder, account.pw_uid, account.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, tool: str, *arguments: str, timeout: float = 60) -> None:
        command = [*self._as_user, str(self.binaries / tool), *arguments]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr.strip()}\n{log}")

    def _pg_ctl(self, action: str, *extra: str) -> None:
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c max_connections=60"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w",
                  "-t", "60", *extra, action)

    def initialise(self) -> PrivateServer:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync",
                  "-E", "UTF8", "--locale", "C.UTF-8", timeout=120)
        self.start()
        return self

    def start(self) -> None:
        self._pg_ctl("start")

    def stop(self, mode: str = "fast") -> None:
        self._pg_ctl("stop", "-m", mode)

    def restart(self) -> None:
        self._pg_ctl("restart", "-m", "fast")

    def remove(self) -> None:
        try:
            self.stop("immediate")
        except (RuntimeError, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


def private_server() -> PrivateServer:
    """A started private cluster; the caller removes it (see the fixtures in the tests)."""
    binaries = _binaries()
    reason = None
    if binaries is None:
        reason = "PostgreSQL server binaries (initdb, pg_ctl) not found; set PG_BIN"
    elif os.geteuid() == 0 and shutil.which("runuser") is None:
        reason = "running as root without runuser: cannot start PostgreSQL as its own user"
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the restart tests, but: {reason}")
        pytest.skip(reason)
    server = PrivateServer(binaries)
    try:
        return server.initialise()
    except Exception:
        server.remove()
        raise
