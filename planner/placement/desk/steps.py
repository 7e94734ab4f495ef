"""Driving a placement run that reports its progress as a generator of steps."""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

from .anneal import ProgressCallback
from .model import PlacementProgress

Result = TypeVar("Result")


def run_steps(
    steps: Generator[PlacementProgress, None, Result], progress: ProgressCallback | None = None
) -> Result:
    """Run ``steps`` to the end and return its result, handing each step to ``progress``
    as (fraction, message) — the callback form of the same run."""
    while True:
        try:
            step = next(steps)
        except StopIteration as stop:
            return stop.value
        if progress is not None:
            progress(step.fraction, step.message)
