"""What a plan's desks say: names shortened as Koreans and English speakers do, the richest
form that fits, and label cells that never overlap (any layout)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.labels import fit_label, given_name, initials, label_cells, label_cells_of


def test_given_names_and_initials():
    assert given_name("김민수") == "민수"
    assert given_name("남궁민수") == "민수"
    assert given_name("이안") == "이안"  # a two-syllable name stays whole
    assert initials("Min-su Kim") == "MK"
    assert initials("Kim") == "Ki"


def test_fit_label_takes_the_richest_form_that_fits():
    def measure(text: str, bold: bool) -> float:
        return len(text) * 0.9

    def height(pixels: int, bold: bool) -> float:
        return pixels * 1.2

    forms = [("김민수", "3F-A-001"), ("김민수",), ("민수",)]
    assert fit_label(forms, 200, 60, range(12, 8, -1), measure, height).lines == (
        "김민수",
        "3F-A-001",
    )
    assert fit_label(forms, 40, 16, range(12, 8, -1), measure, height).lines == ("김민수",)
    assert fit_label(forms, 25, 16, range(12, 8, -1), measure, height).lines == ("민수",)
    assert (
        fit_label(forms, 10, 16, range(12, 8, -1), measure, height) is None
    )  # nothing legible fits


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 30)), min_size=2, max_size=60))
def test_label_cells_never_overlap(points):
    centres = [(x * 0.8, y * 0.7) for x, y in dict.fromkeys(points)]
    cells = label_cells(centres, lambda _i: range(len(centres)), 1.2, 0.8, 1.5)
    assert label_cells_of(centres, 1.2, 0.8, 1.5) == cells  # the grid finds every neighbour
    for i, j in itertools.combinations(range(len(centres)), 2):
        (xi, yi), (xj, yj) = centres[i], centres[j]
        (wi, hi), (wj, hj) = cells[i], cells[j]
        apart_x = abs(xi - xj) >= wi + wj - 1e-9
        apart_y = abs(yi - yj) >= hi + hj - 1e-9
        assert apart_x or apart_y, (centres[i], centres[j], cells[i], cells[j])
