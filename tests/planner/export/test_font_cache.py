"""Parsed fonts kept across processes (planner.export.font_cache): the same font, the same
PDF, and a cache that fails is only a slower start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont, TTFontFace

import resources
from planner.export.fastfont import FastTTFont
from planner.export.font_cache import load_face

ROOT = Path(__file__).resolve().parents[3]
FONT = resources.path("fonts", "NanumMyeongjoBold.ttf")


def _plain(face: TTFontFace) -> dict:
    return {k: v for k, v in vars(face).items() if k not in ("_pdfScale", "filename")}


def test_a_face_read_back_is_the_face_reportlab_parses(tmp_path):
    parsed = TTFontFace(str(FONT))
    load_face(FONT, tmp_path)  # parses and stores
    (entry,) = tmp_path.iterdir()
    cached = load_face(FONT, tmp_path)
    assert _plain(cached) == _plain(parsed)
    assert type(cached.name) is TTFNameBytes and type(cached.familyName) is TTFNameBytes
    assert cached._ttf_data is not parsed._ttf_data and cached._ttf_data == parsed._ttf_data
    assert [cached._pdfScale(x) for x in (1, 977, 2048)] == [
        parsed._pdfScale(x) for x in (1, 977, 2048)
    ]
    assert entry.stat().st_size > 100_000  # the metrics, not the font's 4 MB


def test_a_font_made_around_a_cached_face_is_what_reportlab_makes(tmp_path):
    """FastTTFont(face=…) stands in for TTFont.__init__: the same attributes, same values."""
    load_face(FONT, tmp_path)
    cached = FastTTFont("Serif-Bold", str(FONT), face=load_face(FONT, tmp_path))
    parsed = TTFont("Serif-Bold", str(FONT))
    ours = {k: v for k, v in vars(cached).items() if k != "stringWidth"}
    assert ours.keys() == vars(parsed).keys()
    for key in ours.keys() - {"face", "state", "encoding"}:
        assert ours[key] == vars(parsed)[key], key
    assert vars(cached.encoding) == vars(parsed.encoding)


STORY = """
import sys
from reportlab.pdfbase import ttfonts
if sys.argv[2:] == ["cached-only"]:  # any font parsed here would fail the run
    def refuse(*args, **kwargs):
        raise AssertionError("a font was parsed although the cache had it")
    ttfonts.TTFontFace.__init__ = refuse
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
from planner.export.fonts import register_fonts
sans, serif = register_fonts()
body = ParagraphStyle("body", fontName=serif, fontSize=11, leading=16)
head = ParagraphStyle("head", fontName=sans, fontSize=14, leading=18)
text = "제1조(목적) 이 협약은 KT와 KAIST가 공동으로 수행하는 연구과제의 갱신에 관하여 정한다. " * 12
story = [Paragraph("<b>공동연구 협약서</b> Agreement", head)]
story += [Paragraph(f"{n}. <b>{text}</b> {text}", body) for n in range(8)]
SimpleDocTemplate(sys.argv[1], invariant=1).build(story)
"""


def _story(out: Path, cache: Path, *mode: str) -> bytes:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-c", STORY, str(out), *mode],
        env=env,
        check=True,
        cwd=ROOT,
        timeout=120,
    )
    return out.read_bytes()


def test_a_document_is_byte_identical_with_parsed_and_with_cached_fonts(tmp_path):
    cache = tmp_path / "cache"
    parsed = _story(tmp_path / "parsed.pdf", cache)  # an empty cache: every face parsed
    entries = sorted((cache / "LabPlanner" / "fonts").iterdir())
    assert len(entries) == 6  # regular and bold of the three families (Noto Serif for English)
    cached = _story(tmp_path / "cached.pdf", cache, "cached-only")
    assert sorted((cache / "LabPlanner" / "fonts").iterdir()) == entries
    assert cached == parsed


@pytest.mark.parametrize(
    "damage",
    [b"", b"not marshal at all", b"\xfa" * 64, None],
    ids=["empty", "text", "garbage", "truncated"],
)
def test_a_damaged_entry_is_parsed_again_and_replaced(tmp_path, damage):
    load_face(FONT, tmp_path)
    (entry,) = tmp_path.iterdir()
    good = entry.read_bytes()
    entry.write_bytes(good[: len(good) // 2] if damage is None else damage)
    face = load_face(FONT, tmp_path)
    assert _plain(face) == _plain(TTFontFace(str(FONT)))
    assert entry.read_bytes() == good


def test_a_cache_folder_that_is_a_file_only_costs_time(tmp_path):
    blocked = tmp_path / "fonts"
    blocked.write_text("a file where the folder should be")
    face = load_face(FONT, blocked)
    assert _plain(face) == _plain(TTFontFace(str(FONT)))
    assert blocked.read_text() == "a file where the folder should be"


def test_another_font_file_gets_its_own_entry(tmp_path):
    other = tmp_path / "copy.ttf"
    other.write_bytes(FONT.read_bytes() + b"\0\0\0\0")  # other bytes: another key
    cache = tmp_path / "cache"
    load_face(FONT, cache)
    load_face(other, cache)
    assert len(list(cache.iterdir())) == 2
