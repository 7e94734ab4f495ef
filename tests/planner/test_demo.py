"""The demo institute is realistic, deterministic and obeys the rules."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from planner.demo.create import create_demo
from planner.models import CycleStatus, Person, RenewalCycle, ResearchTask, Track
from planner.services.stats import institute_counts
from planner.storage import open_database

TODAY = dt.date(2025, 11, 25)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    db = open_database(path)
    yield db
    db.close()


def test_counts_match_the_institute(demo_db):
    with demo_db.sessions() as s:
        counts = institute_counts(s, TODAY)
        assert 195 <= counts["people"] <= 230
        assert counts["desks"] >= 220
        assert counts["floors"] == 4
        assert counts["tasks_by_track"] == {"foundational": 15, "industrial": 5}
        assert counts["cycles_by_status"] == {"signed": 1, "draft": 1}
        assert 150 <= counts["occupied_desks_today"] < counts["desks"]
        codes = s.scalars(select(ResearchTask.code).order_by(ResearchTask.code)).all()
        assert codes == [f"F-{i:02d}" for i in range(1, 16)] + [f"I-{i:02d}" for i in range(1, 6)]
        years = {c.year: c.status for c in s.scalars(select(RenewalCycle))}
        assert years == {2024: CycleStatus.SIGNED, 2025: CycleStatus.DRAFT}


def test_no_double_bookings_anywhere(demo_db):
    overlap = """
        SELECT count(*) FROM assignment a JOIN assignment b ON a.id < b.id
        AND a.start_date <= COALESCE(b.end_date, '9999-12-31')
        AND b.start_date <= COALESCE(a.end_date, '9999-12-31')
        WHERE (a.person_id = b.person_id) OR (a.desk_id = b.desk_id AND NOT a.desk_shared)"""
    with demo_db.engine.connect() as connection:
        assert connection.execute(text(overlap)).scalar() == 0


def test_people_have_korean_and_english_names_and_unique_emails(demo_db):
    with demo_db.sessions() as s:
        people = s.scalars(select(Person)).all()
        assert all("\uac00" <= p.name_ko[0] <= "\ud7a3" for p in people)  # Hangul syllables
        assert all(p.name_en and p.name_en.isascii() for p in people)
        emails = [p.email for p in people]
        assert len(set(emails)) == len(emails)
        # professors are the PIs of the tasks
        pis = s.scalars(select(func.count(ResearchTask.pi_id.distinct()))).one()
        assert pis == 20
        industrial = s.scalar(select(func.count()).where(ResearchTask.track == Track.INDUSTRIAL))
        assert industrial == 5


def test_same_day_same_demo(tmp_path):
    def fingerprint(path):
        create_demo(path, today=TODAY)
        db = open_database(path)
        with db.engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT p.name_ko, p.email, d.code, a.start_date, a.end_date FROM assignment a "
                "JOIN person p ON p.id = a.person_id JOIN desk d ON d.id = a.desk_id ORDER BY a.id")).all()
        db.close()
        return rows

    assert fingerprint(tmp_path / "a.sqlite3") == fingerprint(tmp_path / "b.sqlite3")


def test_campus_scale(tmp_path):
    path = tmp_path / "campus.sqlite3"
    result = create_demo(path, scale=3000, today=TODAY)
    assert result["desks"] == 3000
    db = open_database(path)
    with db.sessions() as s:
        counts = institute_counts(s, TODAY)
    db.close()
    assert counts["desks"] == 3000
    assert counts["occupied_desks_today"] == result["assignments"] == 2550


def test_existing_file_is_not_overwritten_without_replace(tmp_path):
    from planner.errors import ValidationError

    path = tmp_path / "keep.sqlite3"
    path.write_bytes(b"precious")
    with pytest.raises(ValidationError, match="--replace"):
        create_demo(path, today=TODAY)
    assert path.read_bytes() == b"precious"
