"""Every model, imported here so that ``Base.metadata`` is complete once this package is."""

from planner.models.agreements import AgreementParty, AgreementSnapshot, AgreementTemplate
from planner.models.audit import AuditChainHead, AuditEntry
from planner.models.availability import Leave, OutOfUse
from planner.models.budget import BudgetCategory, BudgetLine, IndirectRate
from planner.models.deliverables import (
    Deliverable,
    DeliverableEvidence,
    ReviewItem,
    ReviewTick,
)
from planner.models.enums import (
    CycleStatus,
    Decision,
    DeliverableKind,
    DeliverableState,
    DeskFeature,
    DeskKind,
    Language,
    MovePlanStatus,
    OrganisationKind,
    Role,
    TaskStatus,
    Track,
    ZoneKind,
)
from planner.models.people import Organisation, Person
from planner.models.renewals import (
    AgreementDocument,
    AgreementSignature,
    RenewalCycle,
    TaskRenewal,
)
from planner.models.research import (
    IpDisclosure,
    IpInventor,
    IpState,
    IpTask,
    ParticipantRole,
    ParticipationCap,
    TaskKpi,
    TaskParticipant,
)
from planner.models.seating import Assignment, MovePlan, PlannedMove
from planner.models.site import Building, Desk, Floor, Site, Zone
from planner.models.tasks import ResearchTask, TaskMember

import planner.guards  # noqa: E402,F401  - attaches the overlap guards to the assignment table
import planner.frozen_guards  # noqa: E402,F401  - attaches the guards of agreed records
import planner.budget_guards  # noqa: E402,F401  - a renewal's budget is the sum of its lines
import planner.review_guards  # noqa: E402,F401  - attaches the review-before-agreement rule
import planner.research_guards  # noqa: E402,F401  - attaches the participation rules
import planner.out_of_use_guards  # noqa: E402,F401  - attaches the out-of-use rule

__all__ = [
    "AgreementDocument", "AgreementParty", "AgreementSignature", "AgreementSnapshot", "AgreementTemplate", "Assignment",
    "AuditChainHead", "AuditEntry", "BudgetCategory", "BudgetLine", "Building", "CycleStatus", "Decision",
    "Deliverable", "DeliverableEvidence", "DeliverableKind", "DeliverableState", "ReviewItem", "ReviewTick",
    "Desk", "DeskFeature", "DeskKind", "Floor", "IndirectRate", "Language", "MovePlan", "MovePlanStatus",
    "Leave", "Organisation", "OrganisationKind", "OutOfUse", "Person", "PlannedMove", "RenewalCycle", "ResearchTask",
    "Role", "Site", "IpDisclosure", "IpInventor", "IpState", "IpTask", "ParticipantRole",
    "ParticipationCap", "TaskKpi", "TaskParticipant", "TaskMember", "TaskRenewal", "TaskStatus", "Track", "Zone", "ZoneKind",
]
