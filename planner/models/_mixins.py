"""Columns shared by every editable row."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class Versioned:
    """Optimistic locking: an UPDATE that finds another version raises StaleDataError, so an
    edit made from an old screen never silently overwrites someone else's newer one."""

    version: Mapped[int] = mapped_column(nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805 - SQLAlchemy's declared_attr convention
        return {"version_id_col": cls.__table__.c.version}
