"""Research administration in the window (issue 20): deliverables and milestones of the
tasks (산출물, in the renewal workspace); participants, KPIs and IP disclosures (participation/,
tabs of the Tasks & Renewals page)."""
