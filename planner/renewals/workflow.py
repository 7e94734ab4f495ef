"""The renewal cycle's states: draft → consultation → agreed → signed (and back to draft
from consultation). Pure functions over plain values; the service applies them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.models.enums import CycleStatus, Decision

ALLOWED: dict[CycleStatus, tuple[CycleStatus, ...]] = {
    CycleStatus.DRAFT: (CycleStatus.CONSULTATION,),
    CycleStatus.CONSULTATION: (CycleStatus.AGREED, CycleStatus.DRAFT),
    CycleStatus.AGREED: (CycleStatus.SIGNED, CycleStatus.CONSULTATION),
    CycleStatus.SIGNED: (),
}

NEEDS_REASON = (Decision.MODIFY, Decision.CONCLUDE)


@dataclass(frozen=True)
class RenewalFacts:
    """What the rules need to know about one task's renewal."""

    task_code: str
    decision: Decision | None
    reason: str


def transition_problems(
    current: CycleStatus,
    target: CycleStatus,
    renewals: Iterable[RenewalFacts],
    *,
    signed_on_given: bool = False,
    signatories_given: bool = False,
) -> list[str]:
    """Every reason the move from ``current`` to ``target`` is not allowed (empty = allowed)."""
    if current == CycleStatus.SIGNED:
        return ["A signed cycle is read-only."]
    if target not in ALLOWED[current]:
        return [f"A cycle cannot go from {current.value} to {target.value}."]
    problems: list[str] = []
    renewals = list(renewals)
    if target in (CycleStatus.CONSULTATION, CycleStatus.AGREED) and not renewals:
        problems.append("The cycle has no tasks.")
    if target in (CycleStatus.AGREED, CycleStatus.SIGNED):
        undecided = sorted(r.task_code for r in renewals if r.decision is None)
        if undecided:
            problems.append(f"No decision yet for {', '.join(undecided)}.")
        unexplained = sorted(
            r.task_code for r in renewals if r.decision in NEEDS_REASON and not r.reason.strip()
        )
        if unexplained:
            problems.append(f"A reason is required for the change of {', '.join(unexplained)}.")
    if target == CycleStatus.SIGNED:
        if not signed_on_given:
            problems.append("Signing needs the date of signature.")
        if not signatories_given:
            problems.append("Signing needs both signatories.")
    return problems
