"""A connection to the shared PostgreSQL server, as the user fills it in.

The password is never part of what is shown, logged or remembered here: :meth:`url` takes
it only for the engine, :meth:`location` (recent list, window title, logs) has none. Where
passwords are kept is :mod:`planner.passwords`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

from planner.errors import ValidationError

TLS_MODES = ("disable", "prefer", "require", "verify-full")
DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class ServerConnection:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    tls: str = "prefer"  # libpq's sslmode

    def __post_init__(self) -> None:
        if not self.host.strip():
            raise ValidationError.from_template("host", "the server name is empty")
        if not self.database.strip():
            raise ValidationError.from_template("database", "the database name is empty")
        if not self.user.strip():
            raise ValidationError.from_template("user", "the user name is empty")
        if not 0 < self.port < 65536:
            raise ValidationError.from_template(
                "port", "%1 is not a port number (1–65535)", self.port
            )
        if self.tls not in TLS_MODES:
            raise ValidationError.from_template("tls", "unknown TLS mode '%1'", self.tls)

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL for the engine; with the password only when one is given."""
        url = URL.create(
            DRIVER,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.tls},
        )
        return url.render_as_string(hide_password=False)

    def location(self) -> str:
        """The URL without any password: safe for the recent list, titles and logs."""
        return self.url()

    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, text: str) -> ServerConnection:
        """Read back a :meth:`location` (a password in ``text`` is ignored, never kept)."""
        url = make_url(text)
        if url.get_backend_name() != "postgresql":
            raise ValidationError.from_template(
                "url", "'%1' is not a PostgreSQL server", url.render_as_string()
            )
        sslmode = url.query.get("sslmode", "prefer")
        return cls(
            host=url.host or "",
            database=url.database or "",
            user=url.username or "",
            port=url.port or DEFAULT_PORT,
            tls=sslmode if isinstance(sslmode, str) else sslmode[0],
        )


def server_label(url: str | None) -> str:
    """``user@host:port/database`` of a server URL, never its password; "" for a file."""
    if not url:
        return ""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return ""
    user = f"{parsed.username}@" if parsed.username else ""
    host = parsed.host or "localhost"
    return f"{user}{host}:{parsed.port or DEFAULT_PORT}/{parsed.database or ''}"


def is_server_location(text: str) -> bool:
    return text.startswith(("postgresql://", "postgresql+", "postgres://"))


def recent_servers(locations: list[str]) -> list[ServerConnection]:
    """The server entries of a recent-databases list (files and broken entries skipped)."""
    found: list[ServerConnection] = []
    for location in locations:
        if not is_server_location(location):
            continue
        try:
            connection = ServerConnection.from_url(location)
        except (ValidationError, ValueError):
            continue
        if connection not in found:
            found.append(connection)
    return found
