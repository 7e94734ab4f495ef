"""Connecting to a server: URLs without passwords, the password sources, and "Test connection"."""

from __future__ import annotations

import os

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy.engine import make_url

from planner import passwords
from planner.connection import ServerConnection, recent_servers
from planner.errors import ValidationError
from planner.server_check import Problem, check_server, classify
from tests.conftest import pg_engine

SERVER = ServerConnection(
    host="db.example", database="planner", user="kim", port=5433, tls="require"
)


class MemoryKeyring(KeyringBackend):
    """An in-memory backend, set with keyring.set_keyring as the library documents."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def pgpass(tmp_path, monkeypatch):
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))

    def write(content: str, mode: int = 0o600):
        path.write_text(content, encoding="utf-8")
        os.chmod(path, mode)
        return path

    return write


def test_url_has_the_password_only_when_asked():
    with_password = make_url(SERVER.url("s3cret:@/"))
    assert with_password.password == "s3cret:@/"
    assert (with_password.host, with_password.port, with_password.database) == (
        "db.example",
        5433,
        "planner",
    )
    assert with_password.query["sslmode"] == "require"
    assert "s3cret" not in SERVER.location()
    assert make_url(SERVER.location()).password is None


def test_recent_list_reads_back_servers_and_skips_files_and_passwords():
    leaked = SERVER.url("s3cret")
    found = recent_servers(
        ["/home/kim/planner.sqlite3", SERVER.location(), leaked, "postgresql://"]
    )
    assert found == [SERVER]  # the same server once; the password of `leaked` is not kept
    assert "s3cret" not in repr(found)


def test_wrong_fields_are_refused_in_plain_words():
    with pytest.raises(ValidationError, match="port"):
        ServerConnection(host="h", database="d", user="u", port=70000)
    with pytest.raises(ValidationError, match="TLS"):
        ServerConnection(host="h", database="d", user="u", tls="maybe")


def test_keyring_stores_and_forgets(memory_keyring):
    assert passwords.remember_password(SERVER, "pw1") is True
    assert passwords.stored_password(SERVER) == "pw1"
    assert list(memory_keyring.store) == [("Lab Planner", "kim@db.example:5433/planner")]
    passwords.forget_password(SERVER)
    assert passwords.keyring_password(SERVER) is None


def test_without_keyring_nothing_is_stored_and_pgpass_answers(no_keyring, pgpass):
    assert passwords.keyring_available() is False
    assert passwords.remember_password(SERVER, "pw1") is False
    pgpass(
        "# comment\n"
        "other.host:5433:planner:kim:wrong\n"
        "db.example:5433:*:kim:pa\\:ss\\\\word\n"
        "*:*:*:*:fallback\n"
    )
    assert passwords.stored_password(SERVER) == "pa:ss\\word"
    other = ServerConnection(host="x", database="y", user="z")
    assert passwords.stored_password(other) == "fallback"


def test_pgpass_readable_by_others_is_ignored_like_libpq(no_keyring, pgpass):
    pgpass("*:*:*:*:secret\n", mode=0o644)
    assert passwords.stored_password(SERVER) is None


def test_libpq_messages_become_problems():
    assert (
        classify('FATAL:  password authentication failed for user "kim"') is Problem.WRONG_PASSWORD
    )
    assert classify("fe_sendauth: no password supplied") is Problem.NO_PASSWORD
    assert classify('FATAL:  database "x" does not exist') is Problem.NO_DATABASE
    assert classify('FATAL:  role "x" does not exist') is Problem.NO_USER


@pytest.mark.postgres
def test_check_tells_no_server_no_database_and_not_prepared(pg_schema_url):
    url, schema = pg_schema_url
    base = make_url(url)
    no_server = check_server(base.set(port=1).render_as_string(hide_password=False), timeout=2)
    assert no_server.problem is Problem.NO_SERVER
    no_database = check_server(
        base.set(database="no_such_db_h6").render_as_string(hide_password=False)
    )
    assert no_database.problem is Problem.NO_DATABASE
    empty = check_server(url, options=f"-c search_path={schema}")
    assert empty.problem is Problem.NOT_PREPARED and empty.may_prepare


@pytest.mark.postgres
def test_check_passes_on_a_prepared_schema(pg_schema_url):
    from planner import migrate

    url, schema = pg_schema_url
    engine = pg_engine(url, schema)
    migrate.upgrade(engine)
    engine.dispose()
    assert check_server(url, options=f"-c search_path={schema}").ok
