"""IP disclosures: KT and KAIST shares add up to exactly 100 % (service and database)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from planner.errors import ValidationError
from planner.services import ip
from tests.planner.research.helpers import small_lab


def test_shares_must_sum_to_100(sessions):
    with sessions() as s, s.begin():
        lab = small_lab(s, years=(2025,))
        with pytest.raises(ValidationError, match=r"add up to 90 %, not 100 %"):
            ip.add_disclosure(s, title="발명", disclosed_on=dt.date(2025, 4, 1), kt_share_pct=50,
                              kaist_share_pct=40, inventor_ids=[lab.people["kim@kaist.ac.kr"]])
        row = ip.add_disclosure(s, title="발명", disclosed_on=dt.date(2025, 4, 1), kt_share_pct=50,
                                kaist_share_pct=50, inventor_ids=[lab.people["kim@kaist.ac.kr"]],
                                task_ids=[lab.tasks["F-01"]])
        with pytest.raises(ValidationError, match="add up to 110 %"):
            ip.update_disclosure(s, row.id, kt_share_pct=60)
        ip.update_disclosure(s, row.id, kt_share_pct=60, kaist_share_pct=40)
        assert [(r.kt_share_pct, r.kaist_share_pct, r.task_codes) for r in ip.ip_rows(s)] == [
            (60, 40, ("F-01",))
        ]
    with pytest.raises(IntegrityError, match="shares_sum_100"):
        with sessions() as s, s.begin():
            s.execute(text("UPDATE ip_disclosure SET kt_share_pct = 61"))


_ENGINE = None


def _engine():
    """One in-memory database with a disclosure, shared by the examples (each rolls back)."""
    global _ENGINE
    if _ENGINE is None:
        from planner.db import Base, make_engine, make_session_factory

        _ENGINE = make_engine("sqlite://")
        Base.metadata.create_all(_ENGINE)
        with make_session_factory(_ENGINE)() as s, s.begin():
            lab = small_lab(s, years=(2025,))
            ip.add_disclosure(s, title="발명", disclosed_on=dt.date(2025, 4, 1), kt_share_pct=50,
                              kaist_share_pct=50, inventor_ids=[lab.people["kim@kaist.ac.kr"]])
    return _ENGINE


@settings(max_examples=80, deadline=None)
@given(kt=st.integers(-5, 105), kaist=st.integers(-5, 105))
def test_the_service_and_the_database_agree_on_shares(kt, kaist):
    try:
        ip.check_shares(kt, kaist)
        service = 0 <= kt <= 100 and 0 <= kaist <= 100  # the service's integer() bounds
    except ValidationError:
        service = False
    with _engine().connect() as connection:
        transaction = connection.begin()
        try:
            connection.execute(text("UPDATE ip_disclosure SET kt_share_pct = :a, kaist_share_pct = :b"),
                               {"a": kt, "b": kaist})
            database = True
        except IntegrityError:
            database = False
        transaction.rollback()
    assert service == database == (kt + kaist == 100 and 0 <= kt <= 100)
