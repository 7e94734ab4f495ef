"""Every transition of a renewal cycle, valid and invalid (pure rules)."""

from __future__ import annotations

import pytest

from planner.models import CycleStatus as S
from planner.models import Decision as D
from planner.renewals.workflow import RenewalFacts, transition_problems

DONE = [RenewalFacts("F-01", D.CONTINUE, ""), RenewalFacts("F-02", D.MODIFY, "증액")]


@pytest.mark.parametrize("current, target", [
    (S.DRAFT, S.CONSULTATION), (S.CONSULTATION, S.DRAFT), (S.CONSULTATION, S.AGREED),
    (S.AGREED, S.CONSULTATION), (S.AGREED, S.SIGNED),
])
def test_allowed_transitions(current, target):
    assert transition_problems(current, target, DONE, signed_on_given=True, signatories_given=True,
                               reason_given=True) == []


def test_unfreezing_an_agreed_cycle_needs_a_reason():
    problems = transition_problems(S.AGREED, S.CONSULTATION, DONE)
    assert problems == ["Going back to consultation unfreezes the agreement: give a reason."]


@pytest.mark.parametrize("current, target", [
    (S.DRAFT, S.AGREED), (S.DRAFT, S.SIGNED), (S.CONSULTATION, S.SIGNED), (S.AGREED, S.DRAFT),
    (S.DRAFT, S.DRAFT),
])
def test_skipping_states_is_refused(current, target):
    problems = transition_problems(current, target, DONE, signed_on_given=True, signatories_given=True)
    assert problems == [f"A cycle cannot go from {current.value} to {target.value}."]


@pytest.mark.parametrize("target", list(S))
def test_a_signed_cycle_is_read_only(target):
    assert transition_problems(S.SIGNED, target, DONE) == ["A signed cycle is read-only."]


def test_agreement_needs_every_decision_and_every_reason():
    facts = [RenewalFacts("F-03", None, ""), RenewalFacts("F-01", D.MODIFY, " "),
             RenewalFacts("F-02", D.CONCLUDE, ""), RenewalFacts("I-01", D.NEW, "")]
    assert transition_problems(S.CONSULTATION, S.AGREED, facts) == [
        "No decision yet for F-03.",
        "A reason is required for the change of F-01, F-02.",
    ]


def test_signing_needs_date_and_signatories_and_consultation_needs_tasks():
    assert transition_problems(S.AGREED, S.SIGNED, DONE) == [
        "Signing needs the date of signature.", "Signing needs both signatories."]
    assert transition_problems(S.DRAFT, S.CONSULTATION, []) == ["The cycle has no tasks."]
