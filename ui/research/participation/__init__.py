"""Research administration on the Tasks & Renewals page: participating researchers, KPIs and
IP disclosures, each a tab with a sortable, filterable table and undoable edits."""

from ui.research.participation.tabs import ResearchTabs

__all__ = ["ResearchTabs"]
