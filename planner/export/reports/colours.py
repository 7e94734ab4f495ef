"""Organisation colours shared by the seating chart and its legend."""

from __future__ import annotations

from collections.abc import Iterable

# Soft fills that keep black text readable and still tell eight organisations apart in print.
PALETTE = (
    (0.99, 0.80, 0.78),  # KT: a light red
    (0.78, 0.86, 0.98),  # KAIST: a light blue
    (0.80, 0.93, 0.80),
    (1.00, 0.89, 0.70),
    (0.89, 0.82, 0.96),
    (0.80, 0.93, 0.93),
    (0.96, 0.86, 0.92),
    (0.91, 0.91, 0.78),
)
OTHER = (0.88, 0.88, 0.88)
VACANT = (1.0, 1.0, 1.0)
INACTIVE = (0.72, 0.72, 0.74)


def organisation_colours(names: Iterable[str]) -> dict[str, tuple[float, float, float]]:
    """KT and KAIST keep their colours; the others take the next ones in name order."""
    ordered = sorted(set(names), key=lambda n: (n not in ("KT", "KAIST"), n != "KT", n))
    return {name: PALETTE[i] if i < len(PALETTE) else OTHER for i, name in enumerate(ordered)}
