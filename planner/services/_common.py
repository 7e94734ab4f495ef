"""Helpers shared by the service modules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from planner.errors import DuplicateValue, NotFound, ValidationError
from planner.services.audit import record

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """What a mutation touched, so that views refresh only that."""

    entities: frozenset[str] = frozenset()
    ids: frozenset[int] = frozenset()
    count: int = 0
    messages: tuple[str, ...] = field(default=())


def get(session: Session, model: type[T], key: int, what: str | None = None) -> T:
    obj = session.get(model, key)
    if obj is None:
        raise NotFound(what or model.__name__, key)
    return obj


def flush(session: Session, what: str) -> None:
    """Flush, turning constraint violations into errors a user understands."""
    try:
        session.flush()
    except IntegrityError as error:
        text = str(error.orig).lower()
        if "unique" in text or "duplicate" in text:
            raise DuplicateValue.from_template(
                what, "a record with this code, name or e-mail already exists"
            ) from error
        if "foreign key" in text:
            raise ValidationError.from_template(
                what, "refers to something that does not exist or is still in use"
            ) from error
        raise ValidationError.from_template(
            what, "violates a rule of the database (%1)", error.orig
        ) from error


def apply_changes(session: Session, obj: Any, entity: str, changes: dict[str, Any]) -> list[str]:
    """Set attributes, writing one audit entry per field whose value really changed."""
    changed = []
    for name, value in changes.items():
        old = getattr(obj, name)
        if old != value:
            setattr(obj, name, value)
            record(session, "update", entity, obj.id, name, old, value)
            changed.append(name)
    return changed
