"""Small builders for tests: a site with one floor, a zone, desks and people."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.models import DeskKind, OrganisationKind, Role, ZoneKind
from planner.services import people, sites


@dataclass
class Small:
    site_id: int
    floor_id: int
    zone_id: int
    desks: list[int]
    org_id: int


def small_site(session: Session, desks: int = 4, capacity: int = 0, kinds: list[DeskKind] | None = None) -> Small:
    site = sites.create_site(session, "테스트 사이트")
    building = sites.create_building(session, site.id, "T", "테스트동")
    floor = sites.create_floor(session, building.id, level=3, name="3층", width_m=40, depth_m=20)
    zone = sites.create_zone(
        session, floor.id, name="개방형 A", kind=ZoneKind.OPEN_OFFICE,
        polygon=[[0, 0], [20, 0], [20, 10], [0, 10]], capacity_seats=capacity,
    )
    kinds = kinds or [DeskKind.FIXED] * desks
    desk_ids = [
        sites.create_desk(session, floor.id, zone_id=zone.id, code=f"3F-A-{i + 1:03d}", x=1 + 1.6 * i, y=2,
                          kind=kinds[i]).id
        for i in range(desks)
    ]
    org = people.create_organisation(session, "KAIST", "KAIST", OrganisationKind.KAIST)
    return Small(site.id, floor.id, zone.id, desk_ids, org.id)


def person(session: Session, org_id: int, name: str, email: str | None = None, **extra) -> int:
    return people.create_person(
        session, name_ko=name, name_en="", organisation_id=org_id, role=extra.pop("role", Role.RESEARCHER),
        email=email, **extra,
    ).id


def png_bytes(width: int, height: int, rows: int | None = None) -> bytes:
    """A grey RGB PNG of ``width`` × ``height``; ``rows`` < height leaves the image data short
    (a header declaring more than the file holds)."""
    import struct  # noqa: PLC0415
    import zlib  # noqa: PLC0415

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    line = b"\x00" + b"\x80" * (3 * width)
    pixels = zlib.compress(line * (height if rows is None else rows))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def record_agreement_terms(session, cycle_id: int, seats: int = 200) -> None:
    """The contract terms a cycle needs before it can be agreed: both signature blocks and the
    desks KT commits to (planner.services.agreements.freeze_problems)."""
    from planner.services import agreements, renewals

    for party, (ko, en) in {"kt": ("김대표", "Dae-pyo Kim"), "kaist": ("이총장", "Chong-jang Lee")}.items():
        agreements.set_party(session, cycle_id, party, name_ko=ko, name_en=en)
    renewals.update_cycle(session, cycle_id, seats_committed=seats)


def tick_review(session, cycle_id: int) -> None:
    """The review before agreement done: every item of the checklist ticked through the
    service, as a reviewer would (planner.services.review)."""
    from planner.services import review

    review.tick_whole_checklist(session, cycle_id, note="reviewed (test)")


def sign_cycle(session, cycle_id: int, signed_on) -> None:
    """Take a cycle with decided tasks through consultation and agreement to signed."""
    from planner.services import renewals

    record_agreement_terms(session, cycle_id)
    tick_review(session, cycle_id)
    for target in ("consultation", "agreed"):
        renewals.advance_cycle(session, cycle_id, target)
    renewals.advance_cycle(session, cycle_id, "signed", signed_on=signed_on)
