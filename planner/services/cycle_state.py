"""Whether a renewal cycle may still be changed: asked by every service that writes into one
(its renewals, their budget lines), so the refusal reads the same everywhere."""

from __future__ import annotations

from planner.errors import ReadOnly
from planner.models import CycleStatus, RenewalCycle

__all__ = ["ensure_editable"]


def ensure_editable(cycle: RenewalCycle) -> None:
    if cycle.status == CycleStatus.SIGNED:
        raise ReadOnly.from_template(
            "The %1 cycle is signed and can no longer be changed.", cycle.year
        )
    if cycle.status == CycleStatus.AGREED:
        raise ReadOnly.from_template(
            "The %1 cycle is agreed and its agreement frozen; go back to consultation (with a "
            "reason) to change it.",
            cycle.year,
        )
