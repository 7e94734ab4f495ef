"""The one palette: legible text on every fill, a second signal besides colour, identity keys."""

from __future__ import annotations

import itertools

from planner import palette
from planner.palette import (
    CYCLE,
    INK,
    MIN_CONTRAST,
    PATTERNS,
    Pattern,
    all_swatches,
    badges,
    contrast,
    organisation_swatch,
    task_swatch,
)


def test_contrast_is_computed_as_wcag_says():
    assert round(contrast((0, 0, 0), (255, 255, 255)), 2) == 21.0
    assert contrast((119, 119, 119), (255, 255, 255)) > 4.47  # the classic #777 on white
    assert contrast((120, 120, 120), (120, 120, 120)) == 1.0


def test_text_on_every_fill_and_pattern_reads_at_4_5_to_1():
    swatches = all_swatches()
    assert len(swatches) > 50
    for swatch in swatches:
        assert swatch.ink == INK
        assert contrast(INK, swatch.fill) >= MIN_CONTRAST, swatch
        if swatch.pattern != Pattern.PLAIN:
            # A letter may fall on a pattern's line: it must read there too.
            assert contrast(INK, swatch.pattern_colour) >= MIN_CONTRAST, swatch


def test_neighbouring_slots_differ_in_colour_and_pattern():
    combos = [
        (organisation_swatch(slot).hue, organisation_swatch(slot).pattern)
        for slot in range(len(CYCLE) * len(PATTERNS))
    ]
    assert len(set(combos)) == len(combos)  # all different
    for (hue_a, pattern_a), (hue_b, pattern_b) in itertools.pairwise(combos):
        assert hue_a != hue_b and pattern_a != pattern_b


def test_colours_follow_identity_not_name_or_position():
    # KT and KAIST by their kind, whatever their id; the others by id alone.
    assert organisation_swatch(17, "kt") == organisation_swatch(1, "kt")
    assert organisation_swatch(17, "kt").hue == palette.VERMILLION
    assert organisation_swatch(2, "kaist").hue == palette.BLUE
    assert organisation_swatch(5) == organisation_swatch(5, "startup")
    assert organisation_swatch(5) != organisation_swatch(6)
    assert task_swatch(3) == task_swatch(3)
    assert task_swatch(3, ended=True) == palette.ENDED != task_swatch(3)


def test_badges_are_short_and_unique():
    found = badges([(1, "KT"), (2, "KAIST"), (3, "딥보이스랩"), (4, "로보링크"), (5, "비전웨이브")])
    assert found == {1: "KT", 2: "KA", 3: "딥", 4: "로", 5: "비"}
    assert len(set(found.values())) == len(found)


def test_plan_reads_in_the_light_and_in_the_dark_scheme():
    from planner.palette import DARK_PLAN, LIGHT_PLAN, luminance, plan_text_pairs

    for scheme in (LIGHT_PLAN, DARK_PLAN):
        for text, background in plan_text_pairs(scheme):
            assert contrast(text, background) >= MIN_CONTRAST, (scheme, background)
        # Walls and zone outlines are graphics: WCAG asks 3:1 of them.
        assert contrast(scheme.wall, scheme.floor) >= 3.0
        # Desks keep their light fills and dark ink on either floor (the swatch test above
        # holds for both), and they stand out from the dark floor.
    assert luminance(DARK_PLAN.floor) < 0.05 < 0.9 < luminance(LIGHT_PLAN.floor)
    for swatch in all_swatches():
        assert contrast(swatch.fill, DARK_PLAN.floor) >= 3.0, swatch
