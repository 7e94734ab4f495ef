"""ui.background: progress, result, error and cancel, on the main thread."""

from __future__ import annotations

import threading
from collections.abc import Generator

import pytest
from PySide6.QtCore import QThread, QThreadPool

from ui.background import SynchronousPool, run_in_background


def count_to(n: int) -> Generator[int, None, str]:
    yield from range(1, n + 1)
    return f"counted to {n}"


def failing() -> Generator[int, None, None]:
    yield 1
    raise ValueError("broken input")


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []
        self.threads: set[object] = set()

    def slot(self, name: str):
        def record(*args) -> None:
            self.events.append((name, args[0] if args else None))
            self.threads.add(QThread.currentThread())

        return record

    def kwargs(self) -> dict:
        return {
            f"on_{name}": self.slot(name)
            for name in ("progress", "result", "error", "cancelled", "finished")
        }


def test_synchronous_pool_delivers_progress_then_result():
    rec = Recorder()
    run_in_background(lambda: count_to(3), pool=SynchronousPool(), **rec.kwargs())
    assert rec.events == [
        ("progress", 1),
        ("progress", 2),
        ("progress", 3),
        ("result", "counted to 3"),
        ("finished", None),
    ]


def test_error_is_delivered_not_raised():
    rec = Recorder()
    run_in_background(failing, pool=SynchronousPool(), **rec.kwargs())
    names = [name for name, _ in rec.events]
    assert names == ["progress", "error", "finished"]
    assert isinstance(rec.events[1][1], ValueError)


def test_cancel_before_start_runs_nothing():
    started = []

    def work():
        started.append(True)
        yield 1

    rec = Recorder()
    pool = _HeldPool()
    job = run_in_background(work, pool=pool, **rec.kwargs())
    job.cancel()
    pool.release()
    assert not started
    assert [name for name, _ in rec.events] == ["cancelled", "finished"]


def test_cancel_midway_stops_at_the_next_yield_and_closes_the_generator():
    closed = []

    def work():
        try:
            yield from range(1000)
        finally:
            closed.append(True)

    rec = Recorder()
    holder = {}

    def on_progress(value):
        rec.events.append(("progress", value))
        if value == 2:
            holder["job"].cancel()

    pool = _HeldPool()
    holder["job"] = run_in_background(
        work,
        pool=pool,
        on_progress=on_progress,
        on_result=rec.slot("result"),
        on_cancelled=rec.slot("cancelled"),
    )
    pool.release()
    assert rec.events == [("progress", 0), ("progress", 1), ("progress", 2), ("cancelled", None)]
    assert closed == [True]


def test_thread_pool_delivers_on_the_main_thread(qtbot):
    rec = Recorder()
    worker_threads = set()

    def work():
        worker_threads.add(threading.get_ident())
        yield "half"
        return 42

    run_in_background(work, pool=QThreadPool.globalInstance(), **rec.kwargs())
    qtbot.waitUntil(lambda: ("finished", None) in rec.events, timeout=5000)
    assert rec.events == [("progress", "half"), ("result", 42), ("finished", None)]
    assert rec.threads == {QThread.currentThread()}  # slots ran on the main thread
    assert threading.get_ident() not in worker_threads  # the work did not


def test_thread_pool_cancel(qtbot):
    gate = threading.Event()

    def work():
        gate.wait(5)
        yield "never delivered"
        return "never"

    rec = Recorder()
    job = run_in_background(work, pool=QThreadPool.globalInstance(), **rec.kwargs())
    job.cancel()
    gate.set()
    qtbot.waitUntil(lambda: ("finished", None) in rec.events, timeout=5000)
    assert [name for name, _ in rec.events] == ["cancelled", "finished"]


class _HeldPool:
    """Collects jobs and runs them on release(), so a test can act before they start."""

    def __init__(self) -> None:
        self.jobs = []

    def start(self, runnable) -> None:
        self.jobs.append(runnable)

    def release(self) -> None:
        for job in self.jobs:
            job.run()


@pytest.fixture(autouse=True)
def _no_leftover_jobs():
    yield
    QThreadPool.globalInstance().waitForDone(5000)
