"""The renewal cycle's states: draft → consultation → agreed → signed (and back to draft
from consultation). Pure functions over plain values; the service applies them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.errors import fill_template
from planner.models.enums import CycleStatus, Decision

ALLOWED: dict[CycleStatus, tuple[CycleStatus, ...]] = {
    CycleStatus.DRAFT: (CycleStatus.CONSULTATION,),
    CycleStatus.CONSULTATION: (CycleStatus.AGREED, CycleStatus.DRAFT),
    CycleStatus.AGREED: (CycleStatus.SIGNED, CycleStatus.CONSULTATION),
    CycleStatus.SIGNED: (),
}

NEEDS_REASON = (Decision.MODIFY, Decision.CONCLUDE)


class Problem(str):
    """One reason in English, as a plain string compares and prints, that also keeps its
    template (%1 …) and values so that the window can say it in Korean."""

    template: str
    values: tuple[object, ...]

    def __new__(cls, template: str, *values: object) -> Problem:
        problem = super().__new__(cls, fill_template(template, values))
        problem.template, problem.values = template, values
        return problem


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
    reason_given: bool = False,
    agreement_problems: Iterable[Problem] = (),
    unticked_review: Iterable[tuple[str, str]] = (),
) -> list[Problem]:
    """Every reason the move from ``current`` to ``target`` is not allowed (empty = allowed).

    ``agreement_problems`` are why the agreement could not be frozen as a contract (recorded
    seats, signature blocks, English texts: planner.services.agreements.freeze_problems); they
    stop the move to *agreed*. Leaving *agreed* unfreezes the agreement and needs a reason.
    ``unticked_review`` are the required items of the review before agreement not ticked for
    the cycle, as (English, Korean) labels (planner.services.review); they stop *agreed* too.
    """
    if current == CycleStatus.SIGNED:
        return [Problem("A signed cycle is read-only.")]
    if target not in ALLOWED[current]:
        return [Problem("A cycle cannot go from %1 to %2.", current.value, target.value)]
    problems: list[Problem] = []
    renewals = list(renewals)
    if target in (CycleStatus.CONSULTATION, CycleStatus.AGREED) and not renewals:
        problems.append(Problem("The cycle has no tasks."))
    if target in (CycleStatus.AGREED, CycleStatus.SIGNED):
        undecided = sorted(r.task_code for r in renewals if r.decision is None)
        if undecided:
            problems.append(Problem("No decision yet for %1.", ", ".join(undecided)))
        unexplained = sorted(
            r.task_code for r in renewals if r.decision in NEEDS_REASON and not r.reason.strip()
        )
        if unexplained:
            codes = ", ".join(unexplained)
            problems.append(Problem("A reason is required for the change of %1.", codes))
    if target == CycleStatus.AGREED:
        problems.extend(agreement_problems)
        unticked = list(unticked_review)
        if unticked:
            # %2 holds the Korean labels: the window's Korean sentence shows those instead.
            problems.append(Problem(
                "Required review items are not ticked: %1.",
                ", ".join(en or ko for en, ko in unticked), ", ".join(ko for _en, ko in unticked),
            ))
    if current == CycleStatus.AGREED and target == CycleStatus.CONSULTATION and not reason_given:
        problems.append(Problem("Going back to consultation unfreezes the agreement: give a reason."))
    if target == CycleStatus.SIGNED:
        if not signed_on_given:
            problems.append(Problem("Signing needs the date of signature."))
        if not signatories_given:
            problems.append(Problem("Signing needs both signatories."))
    return problems
