"""Research administration in the window: deliverables and milestones of the tasks (산출물)."""
