"""Pure renewal logic: cycle states and year-over-year comparison (plain objects only)."""
