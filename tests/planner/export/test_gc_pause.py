"""A document build pauses the cyclic garbage collector and always gives it back."""

from __future__ import annotations

import gc
import threading

import pytest

from planner.export.gc_pause import without_cyclic_gc


def test_paused_inside_nested_and_given_back_even_after_an_error():
    seen: list[bool] = []

    @without_cyclic_gc
    def inner() -> None:
        seen.append(gc.isenabled())

    @without_cyclic_gc
    def outer() -> None:
        inner()
        seen.append(gc.isenabled())  # the inner build ending does not end the outer pause
        raise ValueError("a broken document")

    assert gc.isenabled()
    with pytest.raises(ValueError):
        outer()
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_program_stays_off():
    gc.disable()
    try:
        without_cyclic_gc(lambda: None)()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_two_builds_on_two_threads_share_one_pause():
    first_inside, second_done, seen = threading.Event(), threading.Event(), []

    @without_cyclic_gc
    def slow() -> None:
        first_inside.set()
        second_done.wait(5)
        seen.append(gc.isenabled())  # the other build ended meanwhile: still paused

    worker = threading.Thread(target=slow)
    worker.start()
    first_inside.wait(5)
    without_cyclic_gc(lambda: None)()
    second_done.set()
    worker.join(5)
    assert seen == [False] and gc.isenabled()
