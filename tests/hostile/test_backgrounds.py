"""Hostile floor backgrounds are refused with the reason within 10 s and 1 GB, before they are
stored and again before they are drawn; a drawing never makes the program fetch or read
anything outside it (issue #16)."""

from __future__ import annotations

import http.server
import re
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QPainter
from sqlalchemy import func, select

from planner.errors import ValidationError
from planner.models import AuditEntry
from planner.models.site import FloorBackground
from planner.services.background_files import inspect_background
from planner.services.layout_background import set_floor_background
from tests.planner.factories import small_site

from . import background_files as files
from .harness import run_reader

REFUSED = {
    "PNG declaring 100,000 × 100,000": (
        files.huge_png,
        "image/png",
        r"the image is 100,000 × 100,000 pixels; at most 64 million",
    ),
    "JPEG declaring 65,535 × 65,535": (files.huge_jpeg, "image/jpeg", r"65,535 × 65,535 pixels"),
    "PNG without a header": (files.damaged_png, "image/png", r"damaged: its size cannot be read"),
    "SVG cut off": (files.broken_svg, "image/svg+xml", r"cut off or malformed at line 3"),
    "HTML with an svg inside": (files.not_an_svg, "image/svg+xml", r"malformed at line 1"),
    "billion laughs": (files.billion_laughs, "image/svg+xml", r"declares entities"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_before_storing_and_before_drawing(case, tmp_path):
    build, media_type, reason = REFUSED[case]
    path = build(tmp_path)
    checked = run_reader("background", path)
    assert checked.outcome == "refused" and re.search(reason, checked.message), checked.answer
    drawn = run_reader("render", path, media_type)
    assert drawn.outcome == "refused", drawn.answer


def test_an_enormous_drawing_is_rendered_at_a_bounded_size(tmp_path):
    outcome = run_reader("render", files.enormous_svg(tmp_path), "image/svg+xml")
    assert outcome.outcome == "read", outcome.answer
    assert max(outcome.answer["size"]) == 8192


class _Listener(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        type(self).requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *_args) -> None:
        pass


@pytest.fixture
def listener() -> Iterator[tuple[int, list[str]]]:
    """A web server on this machine that writes down every request it gets."""
    _Listener.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Listener)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], _Listener.requests
    server.shutdown()
    server.server_close()


def test_external_references_are_refused_and_never_fetched(qapp, tmp_path, listener):
    from ui.floorplan.background_image import decode

    port, requests = listener
    drawings = files.external_references(tmp_path, port)
    for name, path in drawings.items():
        data = path.read_bytes()
        with pytest.raises(ValidationError, match="refers to files or web addresses outside it"):
            inspect_background(data)
        assert decode(data, "image/svg+xml") is None, name
    assert requests == []
    assert "(http://127.0.0.1:" in _refusal(drawings["image-http"].read_bytes())
    assert "(secret.png)" in _refusal(drawings["image-relative"].read_bytes())


def test_qts_renderer_alone_would_read_the_local_file_a_drawing_names(qapp, tmp_path, listener):
    """Why the check matters: QSvgRenderer draws a local image that an SVG names (a drawing
    from the shared server could read any picture on the user's disk)."""
    from PySide6.QtSvg import QSvgRenderer

    data = files.external_references(tmp_path, listener[0])["image-local-file"].read_bytes()
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(data)).render(painter)
    painter.end()
    assert image.pixelColor(200, 150).red() == 0x80  # secret.png's grey, read from the disk


def test_a_drawing_referring_only_to_itself_is_used(qapp, tmp_path):
    from ui.floorplan.background_image import decode

    data = files.inner_references_only(tmp_path).read_bytes()
    facts = inspect_background(data)
    assert (facts.media_type, facts.width, facts.height) == ("image/svg+xml", 400, 300)
    image, size = decode(data, "image/svg+xml")
    assert (size.width(), size.height()) == (400, 300) and image.width() == 4096


def test_the_service_stores_nothing_it_refuses(sqlite_sessions, tmp_path):
    with sqlite_sessions() as s, s.begin():
        floor_id = small_site(s).floor_id
    with sqlite_sessions() as s:
        audit = s.scalar(select(func.count(AuditEntry.id)))
    for build in (files.huge_png, files.billion_laughs):
        data = build(tmp_path).read_bytes()
        with pytest.raises(ValidationError), sqlite_sessions() as s, s.begin():
            set_floor_background(s, floor_id, data, "plan", 0.1)
    with sqlite_sessions() as s:
        assert s.get(FloorBackground, floor_id) is None
        assert s.scalar(select(func.count(AuditEntry.id))) == audit


def _refusal(data: bytes) -> str:
    try:
        inspect_background(data)
    except ValidationError as error:
        return str(error)
    raise AssertionError("not refused")
