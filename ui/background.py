"""One way to run long work off the main thread.

The work is a generator function from ``planner`` (no Qt there): it yields progress values
and returns its result. :func:`run_in_background` runs it on a QThreadPool and delivers
``progress``, ``result``, ``error`` and ``finished`` on the main thread (queued signals).
``cancel()`` stops it at the next ``yield``; the generator is closed, so its ``finally``
blocks run in the worker, and ``cancelled`` is emitted instead of ``result``.
Tests pass :class:`SynchronousPool` to run the work in place, deterministically.
Work that touches the database must open its own Session inside the generator.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Work = Callable[[], Generator[Any, None, Any]]


class JobSignals(QObject):
    progress = Signal(object)
    result = Signal(object)
    error = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after result, error or cancelled


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class BackgroundJob(QRunnable):
    """A QRunnable running one generator; create it on the main thread (its signals live there)."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it (kept in _running until finished)
        self.signals = JobSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            outcome = self._drive()
        except Exception as error:  # everything the work raises goes to the error slot
            self.signals.error.emit(error)
        else:
            if outcome is _CANCELLED:
                self.signals.cancelled.emit()
            else:
                self.signals.result.emit(outcome)
        finally:
            self.signals.finished.emit()

    def _drive(self) -> Any:
        if self._cancel.is_set():
            return _CANCELLED
        generator = self._work()
        try:
            while True:
                item = next(generator)
                if self._cancel.is_set():
                    return _CANCELLED
                self.signals.progress.emit(item)
                if self._cancel.is_set():
                    return _CANCELLED
        except StopIteration as stop:
            return stop.value
        finally:
            generator.close()


_CANCELLED = object()
_running: set[BackgroundJob] = set()


def run_in_background(
    work: Work,
    *,
    on_progress: Callable[[Any], None] | None = None,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    pool: Pool | None = None,
) -> BackgroundJob:
    """Start ``work`` and return its job (for ``cancel()`` and the signals)."""
    job = BackgroundJob(work)
    for signal, slot in (
        (job.signals.progress, on_progress),
        (job.signals.result, on_result),
        (job.signals.error, on_error),
        (job.signals.cancelled, on_cancelled),
        (job.signals.finished, on_finished),
    ):
        if slot is not None:
            signal.connect(slot)
    _running.add(job)
    job.signals.finished.connect(lambda: _running.discard(job))
    (pool or QThreadPool.globalInstance()).start(job)
    return job


class SynchronousPool:
    """Runs a job at once in the calling thread: signals arrive before ``start`` returns."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()
