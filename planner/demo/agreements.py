"""The demo's agreement terms, and a cycle taken through the workflow to signed.

The representatives are the institutions' heads; the delegate who signs for KT and his name
are made up for the demo.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from planner.models import CycleStatus, RenewalCycle
from planner.services import agreements
from planner.services import renewals as renewal_svc

SEATS = 200  # "about 200 residents" (the original agreement)
PARTIES = {
    "kt": {
        "name_ko": "김영섭",
        "name_en": "Young-shub Kim",
        "signer_position_ko": "융합기술원장",
        "signer_position_en": "Head of the Institute of Convergence Technology",
        "signer_name_ko": "홍민수",
        "signer_name_en": "Min-su Hong",
        "delegation_ko": "「KT 위임전결규정」에 따라 대표이사로부터 공동연구 협약 체결 권한을 "
        "위임받음",
        "delegation_en": "Authorised by the Chief Executive Officer to conclude joint research "
        "agreements under KT’s Regulations on Delegation of Authority",
    },
    "kaist": {"name_ko": "이광형", "name_en": "Kwang Hyung Lee"},
}


def record_terms(session: Session, cycle: RenewalCycle) -> None:
    """Signature blocks and committed seats, as partnership staff record them."""
    for party, values in PARTIES.items():
        agreements.set_party(session, cycle.id, party, **values)
    renewal_svc.update_cycle(session, cycle.id, seats_committed=SEATS)


def agree_and_sign(
    session: Session, cycle: RenewalCycle, *, agreed_at: dt.datetime, signed_on: dt.date
) -> None:
    """Consultation, agreement (its snapshot frozen at ``agreed_at``, UTC) and signature."""
    for target in (CycleStatus.CONSULTATION, CycleStatus.AGREED):
        renewal_svc.advance_cycle(session, cycle.id, target, frozen_at=agreed_at)
    renewal_svc.advance_cycle(session, cycle.id, CycleStatus.SIGNED, signed_on=signed_on)
