import datetime as dt

import pytest
from sqlalchemy import func, select

from planner.io.columns import recognise_people_columns
from planner.io.errors import ImportRefused
from planner.io.people_import import import_people, preview_people
from planner.io.read_table import read_table
from planner.models import AuditEntry, Organisation, OrganisationKind, Person, Role, TaskMember
from planner.services import imports, tasks

from .conftest import ENCODINGS, ENGLISH_HEADERS, KOREAN_HEADERS, PEOPLE_ROWS, write_csv, write_xlsx


def load(path, **kwargs):
    table = read_table(path, **kwargs)
    return table, recognise_people_columns(table.headers)


def run_import(factory, path, *, create=False):
    table, mapping = load(path)
    with factory() as session, session.begin():
        preview = preview_people(session, table, mapping, create_missing_organisations=create)
        summary = import_people(session, preview, create_missing_organisations=create)
    return preview, summary


def snapshot(factory):
    """Everything an import may touch, to compare before and after."""
    with factory() as session:
        people = session.execute(
            select(
                Person.name_ko,
                Person.name_en,
                Person.email,
                Person.role,
                Person.phone,
                Person.employee_no,
                Person.stay_start,
                Person.stay_end,
                Person.organisation_id,
            ).order_by(Person.name_ko)
        ).all()
        members = session.execute(select(TaskMember.task_id, TaskMember.person_id)).all()
        return (
            people,
            sorted(members),
            session.scalar(select(func.count(AuditEntry.id))),
            session.scalar(select(func.count(Organisation.id))),
        )


def stored(factory):
    with factory() as session:
        codes = imports.load_people_index(session).task_codes
        return {
            p.email: (
                p.name_ko,
                p.name_en,
                p.organisation.name,
                p.role,
                p.phone,
                p.stay_start,
                p.stay_end,
                sorted(codes.get(p.id, ())),
                p.employee_no,
            )
            for p in session.scalars(select(Person))
        }


EXPECTED = {
    "minsu.kim@kaist.ac.kr": (
        "김민수",
        "Kim Minsu",
        "KAIST",
        Role.PROFESSOR,
        "010-1111-2222",
        dt.date(2025, 3, 1),
        dt.date(2026, 2, 28),
        ["F-01"],
        "K001",
    ),
    "seoyeon@kaist.ac.kr": (
        "이서연",
        "Lee Seoyeon",
        "KAIST",
        Role.STUDENT,
        "",
        dt.date(2025, 3, 1),
        None,
        ["F-01", "F-02"],
        "K002",
    ),
    "jihoon.park@kt.com": (
        "박지훈",
        "Park Jihoon",
        "KT",
        Role.KT_STAFF,
        "+82-10-3333-4444",
        dt.date(2025, 3, 4),
        None,
        ["I-01"],
        "T100",
    ),
    "yuna@kt.com": (
        "최유나",
        "",
        "KT",
        Role.INTERN,
        "",
        dt.date(2025, 4, 1),
        dt.date(2025, 8, 31),
        [],
        None,
    ),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("headers", [KOREAN_HEADERS, ENGLISH_HEADERS], ids=["korean", "english"])
def test_csv_corpus_imports_the_same_people(sqlite_institute, tmp_path, encoding, headers):
    factory, _ = sqlite_institute
    path = write_csv(tmp_path / "people.csv", [headers, *PEOPLE_ROWS], encoding)
    preview, summary = run_import(factory, path)
    assert preview.errors == () and preview.warnings == ()
    assert (preview.would_add, preview.would_change, preview.unchanged) == (4, 0, 0)
    assert len(summary.added) == 4
    assert stored(factory) == EXPECTED


def test_xlsx_with_korean_headers_and_real_dates(institute_sessions, tmp_path):
    factory, _ = institute_sessions
    rows = [KOREAN_HEADERS]
    for row in PEOPLE_ROWS:
        row = list(row)
        row[6] = {"2025-03-01": dt.datetime(2025, 3, 1), "2025.3.1": 45717}.get(row[6], row[6])
        row[9] = (
            int(row[9][1:]) if row[9] == "K001" else row[9]
        )  # a number typed into the 사번 column
        rows.append(row)
    path = write_xlsx(tmp_path / "people.xlsx", [["2025 입주자 명단"], *rows], merges=["A1:J1"])
    preview, summary = run_import(factory, path)
    assert preview.errors == ()
    expected = dict(EXPECTED)
    expected["minsu.kim@kaist.ac.kr"] = (*EXPECTED["minsu.kim@kaist.ac.kr"][:8], "1")
    assert stored(factory) == expected
    with factory() as session:
        created = session.scalar(
            select(func.count(AuditEntry.id)).where(
                AuditEntry.entity == "person", AuditEntry.action == "create"
            )
        )
    assert created == 4


def test_a_file_with_errors_imports_nothing_and_lists_every_bad_row(institute_sessions, tmp_path):
    factory, _ = institute_sessions
    rows = [
        KOREAN_HEADERS,
        PEOPLE_ROWS[0],  # 2 fine
        ("", "No Name", "KAIST", "교수", "noname@kaist.ac.kr", "", "", "", "", ""),  # 3 no name
        ("김철수", "", "KAIST", "연구원", "not-an-email", "", "", "", "", ""),  # 4 e-mail
        (
            "김민수2",
            "",
            "KAIST",
            "연구원",
            "minsu.kim@kaist.ac.kr",
            "",
            "",
            "",
            "",
            "",
        ),  # 5 dup e-mail
        ("오하늘", "", "네이버", "연구원", "sky@naver.com", "", "", "", "", ""),  # 6 unknown org
        (
            "윤별",
            "",
            "KAIST",
            "연구원",
            "star@kaist.ac.kr",
            "",
            "",
            "",
            "X-99",
            "",
        ),  # 7 unknown task
        (
            "한결",
            "",
            "KAIST",
            "연구원",
            "gyeol@kaist.ac.kr",
            "",
            "2025-05-01",
            "2025-04-01",
            "",
            "",
        ),  # 8 order
        ("서준", "", "KAIST", "총장님", "junn@kaist.ac.kr", "", "", "", "", ""),  # 9 unknown role
        (
            "강산",
            "",
            "KAIST",
            "연구원",
            "san@kaist.ac.kr",
            "",
            "25.3.1",
            "",
            "",
            "",
        ),  # 10 short year
        PEOPLE_ROWS[2],  # 11 fine
        ("정우", "", "", "연구원", "woo@kaist.ac.kr", "", "", "", "", ""),  # 12 no org
        ("임하", "", "KAIST", "연구원", "", "", "", "", "", "K001"),  # 13 dup 사번
    ]
    path = write_csv(tmp_path / "bad.csv", rows, "cp949")
    table, mapping = load(path)
    before = snapshot(factory)
    with factory() as session, session.begin():
        preview = preview_people(session, table, mapping)
        assert preview.bad_rows == (3, 4, 5, 6, 7, 8, 9, 10, 12, 13)
        messages = {issue.row: issue for issue in preview.errors}
        assert messages[3].message == "name is missing" and messages[3].column == "성명"
        assert "not an e-mail" in messages[4].message and messages[4].column == "이메일"
        assert "same e-mail as row 2" in messages[5].message
        assert "unknown organisation '네이버'" in messages[6].message
        assert "X-99" in messages[7].message
        assert "before it starts" in messages[8].message
        assert "unknown role '총장님'" in messages[9].message
        assert "two-digit year" in messages[10].message
        assert "organisation is missing" in messages[12].message
        assert "same employee no. as row 2" in messages[13].message
        with pytest.raises(ImportRefused, match="Nothing was imported: 10 people row"):
            import_people(session, preview, create_missing_organisations=True)
    assert snapshot(factory) == before


def test_reimport_updates_instead_of_duplicating(institute_sessions, tmp_path):
    factory, _ = institute_sessions
    path = write_csv(tmp_path / "p.csv", [KOREAN_HEADERS, *PEOPLE_ROWS])
    run_import(factory, path)
    audit_before = snapshot(factory)[2]
    preview, summary = run_import(factory, path)
    assert (preview.would_add, preview.would_change, preview.unchanged) == (0, 0, 4)
    assert snapshot(factory)[2] == audit_before  # nothing written, not even audit entries
    changed = [list(r) for r in PEOPLE_ROWS]
    changed[0][5] = "010-9999-0000"  # new phone
    changed[1][8] = "F-02"  # leaves F-01
    changed[2][4] = "jihoon@kt.com"  # new e-mail: still found by employee number T100
    changed[3][5] = ""  # a blank cell keeps the stored value
    write_csv(path, [KOREAN_HEADERS, *changed])
    preview, summary = run_import(factory, path)
    assert {r.name_ko: r.changed_fields for r in preview.rows if r.action == "change"} == {
        "김민수": ("phone",),
        "이서연": ("tasks",),
        "박지훈": ("email",),
    }
    assert sorted(summary.changed) == ["김민수", "박지훈", "이서연"] and summary.unchanged == (
        "최유나",
    )
    people = stored(factory)
    assert len(people) == 4
    assert people["minsu.kim@kaist.ac.kr"][4] == "010-9999-0000"
    assert people["seoyeon@kaist.ac.kr"][7] == ["F-02"]
    assert "jihoon@kt.com" in people and "jihoon.park@kt.com" not in people


def test_people_without_keys_are_matched_by_name_and_organisation(sqlite_institute, tmp_path):
    factory, _ = sqlite_institute
    path = write_csv(
        tmp_path / "p.csv",
        [("이름", "소속", "역할"), ("김민수", "KAIST", "교수"), ("박지훈", "KT", "")],
    )
    preview, _ = run_import(factory, path)
    assert [w.message for w in preview.warnings] == ["role missing; 'kt_staff' assumed"]
    preview, summary = run_import(factory, path)
    assert summary.unchanged == ("김민수", "박지훈")
    assert all("matched" in w.message for w in preview.warnings)
    write_csv(path, [("이름", "소속"), ("김민수", "KAIST"), ("김민수", "KAIST")])
    with factory() as session:
        preview = preview_people(session, *load(path))
    assert [e.message for e in preview.errors] == ["same person as row 2: 김민수 (#1)"]


def test_unknown_organisations_are_created_only_when_asked(sqlite_institute, tmp_path):
    factory, _ = sqlite_institute
    path = write_csv(
        tmp_path / "p.csv",
        [
            ("이름", "소속", "이메일"),
            ("오하늘", "네이버랩스", "sky@naver.com"),
            ("윤별", "kaist", "star@kaist.ac.kr"),
            ("강산", "네이버랩스", "san@naver.com"),
        ],
    )
    table, mapping = load(path)
    with factory() as session, session.begin():
        strict = preview_people(session, table, mapping)
        assert [e.row for e in strict.errors] == [2, 4]
        lenient = preview_people(session, table, mapping, create_missing_organisations=True)
        assert lenient.errors == () and lenient.new_organisations == ("네이버랩스",)
        with pytest.raises(ImportRefused, match="네이버랩스"):
            import_people(session, lenient, create_missing_organisations=False)
        summary = import_people(session, lenient, create_missing_organisations=True)
    assert summary.created_organisations == ("네이버랩스",)
    with factory() as session:
        org = session.scalars(select(Organisation).where(Organisation.name == "네이버랩스")).one()
        assert org.kind == OrganisationKind.OTHER and len(org.people) == 2
        assert (
            session.scalars(select(Person).where(Person.name_ko == "윤별")).one().organisation.name
            == "KAIST"
        )


def test_a_stale_preview_is_refused(sqlite_institute, tmp_path):
    factory, institute = sqlite_institute
    path = write_csv(tmp_path / "p.csv", [KOREAN_HEADERS, *PEOPLE_ROWS])
    table, mapping = load(path)
    with factory() as session:
        preview = preview_people(session, table, mapping)
    with factory() as session, session.begin():
        tasks.delete_task(session, institute.task_ids["I-01"])  # someone else, meanwhile
    before = snapshot(factory)
    with factory() as session, session.begin(), pytest.raises(ImportRefused, match="I-01"):
        import_people(session, preview, create_missing_organisations=False)
    assert snapshot(factory) == before


def test_a_failure_while_writing_leaves_nothing_behind(institute_sessions, tmp_path, monkeypatch):
    factory, _ = institute_sessions
    path = write_csv(tmp_path / "p.csv", [KOREAN_HEADERS, *PEOPLE_ROWS])
    table, mapping = load(path)
    before = snapshot(factory)

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(imports, "_set_memberships", fail)  # after the people are inserted
    with factory() as session, session.begin():
        preview = preview_people(session, table, mapping)
        with pytest.raises(RuntimeError):
            import_people(session, preview, create_missing_organisations=False)
        # the caller carries on and commits its transaction: the savepoint has undone the import
    assert snapshot(factory) == before
