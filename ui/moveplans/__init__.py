"""Move plans 이동 계획: the list of plans, staging, validation, apply, discard (MovePlansTab)."""
