"""Plain files shipped with the application (fonts, translations, templates)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """The file ``resources/<parts…>``; raises FileNotFoundError naming it when missing."""
    target = ROOT.joinpath(*parts)
    if not target.exists():
        raise FileNotFoundError(f"Lab Planner resource missing: {target}")
    return target
