"""The audit log is a hash chain: every entry written through the services is linked in its
own transaction (one at a time, in bulk, concurrently on PostgreSQL); a row edited, removed or
added with raw SQL is named by ``planner audit verify``; an existing log is linked by the
migration (issue #16)."""

from __future__ import annotations

import datetime as dt
import json
import threading

import pytest
from sqlalchemy import func, select, text

from planner import cli, migrate
from planner.db import make_engine, make_session_factory
from planner.models import AuditEntry
from planner.services import audit, seating
from planner.services.audit_chain import verify_chain
from planner.storage import open_database
from tests.planner.factories import person, small_site

DAY = dt.date(2025, 3, 2)


@pytest.fixture
def logged(sessions):
    """A small site whose log holds entries written each way the services write them."""
    with sessions() as s, s.begin():
        site = small_site(s, desks=4)
        people = [person(s, site.org_id, f"사람{i}") for i in range(3)]
    with sessions() as s, s.begin():
        seating.assign_desk(s, people[0], site.desks[0], start=DAY)  # a plain INSERT entry
    with sessions() as s, s.begin():
        audit.record_many(s, "update", "desk", "note", [(d, None, "창가") for d in site.desks])
    with sessions() as s, s.begin():
        seating.move_person(s, people[0], site.desks[1], on=DAY + dt.timedelta(days=3))
    return sessions


def entry_ids(sessions) -> list[int]:
    with sessions() as s:
        return list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def verified(sessions):
    with sessions() as s:
        return verify_chain(s)


def raw(sessions, statement: str, **values) -> None:
    with sessions() as s, s.begin():
        s.execute(text(statement), values)


def test_every_entry_is_linked_in_its_transaction(logged):
    report = verified(logged)
    assert report.intact and report.entries == len(entry_ids(logged)) > 10
    with logged() as s:
        rows = s.execute(
            select(AuditEntry.chain_no, AuditEntry.prev_hash, AuditEntry.entry_hash)
            .order_by(AuditEntry.chain_no)
        ).all()
    assert [r.chain_no for r in rows] == list(range(1, len(rows) + 1))
    assert all(b.prev_hash == a.entry_hash for a, b in zip(rows, rows[1:], strict=False))


def test_an_edited_entry_is_named(logged):
    target = entry_ids(logged)[5]
    raw(logged, "UPDATE audit_entry SET new_value = 'someone else' WHERE id = :id", id=target)
    broken = verified(logged).broken
    assert (broken.entry_id, broken.problem) == (target, "changed")
    assert f"entry {target} (chain 6) was changed after it was written" == broken.message


def test_an_edit_with_its_hash_recomputed_breaks_the_next_link(logged):
    ids = entry_ids(logged)
    raw(logged, "UPDATE audit_entry SET entry_hash = :h WHERE id = :id", h="f" * 64, id=ids[3])
    broken = verified(logged).broken
    # Either way the tampered entry or the one after it is named, never a later one.
    assert broken.entry_id in (ids[3], ids[4]) and broken.problem in ("changed", "relinked")


def test_a_removed_entry_is_named_by_its_place(logged):
    ids = entry_ids(logged)
    raw(logged, "DELETE FROM audit_entry WHERE id = :id", id=ids[2])
    broken = verified(logged).broken
    assert (broken.entry_id, broken.chain_no, broken.problem) == (ids[3], 3, "missing")
    assert broken.message == (
        f"chain entry 3 is missing after entry {ids[1]} and before entry {ids[3]}: "
        "removed from the log"
    )


def test_removing_the_newest_entry_shows(logged):
    ids = entry_ids(logged)
    raw(logged, "DELETE FROM audit_entry WHERE id = :id", id=ids[-1])
    broken = verified(logged).broken
    assert broken.problem == "truncated" and broken.chain_no == len(ids)
    assert f"the chain ends at entry {ids[-2]}" in broken.message


def test_an_entry_added_past_the_program_is_named(logged):
    raw(
        logged,
        "INSERT INTO audit_entry (at, actor, action, entity, entity_id, field) "
        "VALUES (:at, 'mallory', 'delete', 'person', 1, '')",
        at=dt.datetime(2025, 1, 1),
    )
    broken = verified(logged).broken
    assert broken.problem == "unlinked" and broken.entry_id == entry_ids(logged)[-1]


def test_a_rolled_back_transaction_leaves_no_gap(logged):
    with pytest.raises(RuntimeError), logged() as s, s.begin():
        audit.record(s, "update", "desk", 1, "note", None, "x")
        s.flush()
        raise RuntimeError("the user's action failed")
    with logged() as s, s.begin():
        audit.record(s, "update", "desk", 1, "note", None, "y")
    assert verified(logged).intact


def test_the_agreement_digest_is_part_of_the_chain(tmp_path):
    from planner.demo.create import create_demo
    from planner.services.agreements import export_agreement

    path = tmp_path / "demo.sqlite3"
    create_demo(path, today=DAY)
    db = open_database(path, actor="tester")
    with db.sessions() as s, s.begin():
        document = export_agreement(s, 2025, "ko", tmp_path / "a.pdf", today=DAY)
    with db.sessions() as s:
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "agreement_document", AuditEntry.field == "sha256"
            )
        ).one()
    assert entry.new_value == document.sha256 and verified(db.sessions).intact
    raw(db.sessions, "UPDATE audit_entry SET new_value = :v WHERE id = :id", v="0" * 64, id=entry.id)
    assert verified(db.sessions).broken.entry_id == entry.id
    db.close()


@pytest.mark.postgres
def test_concurrent_writers_form_one_chain(pg_sessions):
    """Eight threads, each with its own connection, committing single and bulk entries at
    once: one unbroken chain, no deadlock, nothing lost."""
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for round_ in range(15):
                with pg_sessions() as s, s.begin():
                    if round_ % 3:
                        audit.record(s, "update", "desk", n, "note", None, f"{n}-{round_}")
                    else:
                        audit.record_many(s, "update", "desk", "note",
                                          [(n, None, f"{n}-{round_}-{k}") for k in range(5)])
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    report = verified(pg_sessions)
    assert report.intact and report.entries == 8 * (10 + 5 * 5)


def test_cli_verify_json_names_the_first_broken_link(tmp_path, capsys):
    path = tmp_path / "p.sqlite3"
    db = open_database(path)
    with db.sessions() as s, s.begin():
        site = small_site(s, desks=2)
    db.close()
    assert cli.main(["audit", "verify", "--json", "--database", str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["intact"] and report["first_broken"] is None and report["entries"] > 3
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2"))
    engine.dispose()
    assert cli.main(["audit", "verify", "--json", "--database", str(path)]) == 4
    report = json.loads(capsys.readouterr().out)
    assert report["intact"] is False
    assert report["first_broken"]["entry_id"] == 2
    assert report["first_broken"]["problem"] == "changed"
    assert cli.main(["audit", "verify", "--database", str(path)]) == 4
    assert capsys.readouterr().out.strip() == (
        "The audit log was tampered with: entry 2 (chain 2) was changed after it was written."
    )
    del site


def test_the_migration_links_an_existing_log(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade(engine, "0005")
    with engine.begin() as connection:
        for n in range(7):
            connection.execute(
                text("INSERT INTO audit_entry (at, actor, action, entity, entity_id, field, "
                     "new_value) VALUES (:at, '김민준', 'create', 'person', :n, 'name', :v)"),
                {"at": dt.datetime(2024, 5, 1, 9, n, 30, 123456), "n": n, "v": f"사람{n}"},
            )
    migrate.upgrade(engine)
    sessions = make_session_factory(engine, actor="tester")
    report = verified(sessions)
    assert report.intact and report.entries == 7
    with sessions() as s, s.begin():
        audit.record(s, "update", "person", 1, "name", "사람1", "이서연")
    assert verified(sessions).entries == 8
    with sessions() as s:
        assert s.scalar(select(func.max(AuditEntry.chain_no))) == 8
    engine.dispose()


@pytest.mark.postgres
def test_the_migration_lets_existing_writers_link_their_entries(pg_schema_url):
    """A coordinator granted before the chain existed (INSERT on the log only) still commits
    after the upgrade: the migration grants them the linking, nothing more."""
    import uuid

    from sqlalchemy.engine import make_url

    from tests.conftest import pg_engine

    url, schema = pg_schema_url
    owner = pg_engine(url, schema)
    migrate.upgrade(owner, "0005")
    user = f"t{uuid.uuid4().hex[:8]}_coordinator"
    with owner.begin() as connection:
        connection.execute(text(f'CREATE ROLE "{user}" LOGIN'))
        connection.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO "{user}"'))
        connection.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO "{user}"'))
        connection.execute(text(f'GRANT INSERT, UPDATE, DELETE ON assignment, desk, person TO "{user}"'))
        connection.execute(text(f'GRANT INSERT ON audit_entry TO "{user}"'))
        connection.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA "{schema}" TO "{user}"'))
    migrate.upgrade(owner)
    owner_sessions = make_session_factory(owner, actor="owner")
    with owner_sessions() as s, s.begin():
        site = small_site(s, desks=2)
        someone = person(s, site.org_id, "김민준")
    engine = pg_engine(make_url(url).set(username=user).render_as_string(hide_password=False),
                       schema)
    try:
        coordinator = make_session_factory(engine, actor=user)
        with coordinator() as s, s.begin():
            seating.assign_desk(s, someone, site.desks[0], start=DAY)
        assert verified(owner_sessions).intact
        with pytest.raises(Exception, match="permission denied"), coordinator() as s, s.begin():
            s.execute(text("UPDATE audit_entry SET actor = 'mallory'"))
    finally:
        engine.dispose()
        with owner.begin() as connection:
            connection.execute(text(f'DROP OWNED BY "{user}"'))
            connection.execute(text(f'DROP ROLE "{user}"'))
        owner.dispose()


def test_a_copied_database_keeps_its_chain(tmp_path):
    from planner.dbtools.copy import copy_database

    source = open_database(tmp_path / "a.sqlite3")
    with source.sessions() as s, s.begin():
        small_site(s, desks=3)
    target = open_database(tmp_path / "b.sqlite3")
    copy_database(source, target)
    report = verified(target.sessions)
    assert report.intact and report.entries == verified(source.sessions).entries > 3
    with target.sessions() as s, s.begin():
        audit.record(s, "update", "desk", 1, "note", None, "복사 후")
    assert verified(target.sessions).intact
    source.close()
    target.close()
