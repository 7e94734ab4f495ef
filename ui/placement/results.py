"""The outcome of a run: a summary in numbers, then the seats proposed, the teams' scores
and everyone left without a desk, with the reason."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QTabWidget, QVBoxLayout, QWidget

from planner.services.placement import PlacementProposal
from ui.accessibility import name_widget
from ui.i18n import fill
from ui.models.base import RowTableModel, SearchProxyModel
from ui.pages.base import fit_columns, make_table_view
from ui.placement.models import ProposedSeatModel, TeamScoreModel, UnplacedModel


def placed_count(proposal: PlacementProposal) -> tuple[int, int]:
    """(people given a first desk, people asked for who had none)."""
    placed = sum(1 for seat in proposal.assignments if seat.from_desk is None)
    return placed, placed + len(proposal.unplaced)


class PlacementResults(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposal: PlacementProposal | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.seats = ProposedSeatModel(self)
        self.teams = TeamScoreModel(self)
        self.unplaced = UnplacedModel(self)
        self.tabs = QTabWidget()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.views: list[QTableView] = []
        self.proxies: list[SearchProxyModel] = []
        for model in (self.seats, self.teams, self.unplaced):
            proxy = SearchProxyModel(self)
            proxy.setSourceModel(model)
            self.search.textChanged.connect(proxy.set_search)
            self.proxies.append(proxy)
            view = make_table_view(proxy)
            self.views.append(view)
            self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.search)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def models(self) -> list[RowTableModel]:
        return [self.seats, self.teams, self.unplaced]

    def show_proposal(self, proposal: PlacementProposal | None) -> None:
        self.proposal = proposal
        self.seats.set_rows(proposal.assignments if proposal else ())
        self.teams.set_rows(proposal.teams if proposal else ())
        self.unplaced.set_rows(proposal.unplaced if proposal else ())
        for view, model in zip(self.views, self.models(), strict=True):
            if model.rowCount():
                fit_columns(view, model)
        self.retranslate()

    def summary_text(self) -> str:
        proposal = self.proposal
        if proposal is None:
            return ""
        placed, asked = placed_count(proposal)
        lines = [fill(self.tr("Placed %1 of %2 people without a desk."), placed, asked)]
        lines.append(fill(self.tr("Seated people moved: %1."), proposal.moved))
        pairs = sum(team.pairs for team in proposal.teams)
        bound = sum(team.bound for team in proposal.teams)
        if bound:
            lines.append(
                fill(
                    self.tr("Teams: %1 of %2 possible adjacent pairs (%3 %)."),
                    pairs,
                    bound,
                    f"{100 * pairs / bound:.0f}",
                )
            )
        if proposal.unplaced:
            lines.append(
                fill(
                    self.tr("%1 people got no desk; the last tab says why."),
                    len(proposal.unplaced),
                )
            )
        return " ".join(lines)

    def retranslate(self) -> None:
        self.summary.setText(self.summary_text())
        self.search.setPlaceholderText(self.tr("Filter by name, desk, task or reason"))
        name_widget(self.search, self.search.placeholderText())
        for index, title in enumerate(
            (self.tr("Seats (%1)"), self.tr("Teams (%1)"), self.tr("Not placed (%1)"))
        ):
            self.tabs.setTabText(index, fill(title, self.models()[index].rowCount()))
            name_widget(self.views[index], self.tabs.tabText(index))
        for model in self.models():
            model.retranslate()
