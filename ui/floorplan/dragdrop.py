"""What a dragged person carries: who, and from which desk when dragged off the plan; or,
dragged from a multiple selection of the people list, everyone selected."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

PERSON_MIME = "application/x-labplanner-person"


@dataclass(frozen=True)
class DraggedPerson:
    person_id: int
    from_desk_id: int | None = None
    group: tuple[int, ...] = ()  # everyone dragged together (two or more), else empty


def person_mime(person: DraggedPerson) -> QMimeData:
    mime = QMimeData()
    payload = {"person_id": person.person_id, "from_desk_id": person.from_desk_id, "group": list(person.group)}
    mime.setData(PERSON_MIME, json.dumps(payload).encode())
    return mime


def dragged_person(mime: QMimeData | None) -> DraggedPerson | None:
    if mime is None or not mime.hasFormat(PERSON_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(PERSON_MIME)).decode())
        group = tuple(int(person_id) for person_id in payload.get("group") or ())
        return DraggedPerson(int(payload["person_id"]), payload.get("from_desk_id"), group if len(group) > 1 else ())
    except (ValueError, KeyError, TypeError):
        return None
