"""Python's cyclic garbage collector paused around work that allocates many objects at once
(a document build, reading parsed fonts back), for one caller or several at a time."""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class _GcPause:
    """Nested and concurrent builds (a print job in a worker) share one pause; the collector
    comes back as it was when the last one ends."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.holders = 0
        self.was_enabled = True

    def __enter__(self) -> None:
        with self.lock:
            if self.holders == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.holders += 1

    def __exit__(self, *_exc: object) -> None:
        with self.lock:
            self.holders -= 1
            if self.holders == 0 and self.was_enabled:
                gc.enable()


_gc_pause = _GcPause()


def without_cyclic_gc(build: F) -> F:
    """Run a document build with Python's cyclic garbage collector paused.

    A long document allocates millions of short-lived objects that reference counting frees
    anyway; each full collection walks everything alive, so collections made the 50,000-row
    roster grow faster than its rows (benchmarks/pdf.py: 10.9 × the 5,000-row one, 9.7 × without
    them). Cycles made meanwhile are collected after the build.
    """

    @functools.wraps(build)
    def paused(*args: Any, **kwargs: Any) -> Any:
        with _gc_pause:
            return build(*args, **kwargs)

    return paused  # type: ignore[return-value]
