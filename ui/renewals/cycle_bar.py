"""The bar above the tabs: which cycle, its state and deadlines, and what can be done with it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from planner.models import CycleStatus
from planner.renewals.workflow import ALLOWED
from ui.flow_layout import FlowLayout
from ui.i18n import fill
from ui.labels import label
from ui.renewals.colours import OVERDUE_RED
from ui.renewals.data import CycleInfo
from ui.renewals.texts import day, deadline_kind

BADGE_COLOURS = {  # background, text
    CycleStatus.DRAFT: ("#e8e8e8", "#333333"),
    CycleStatus.CONSULTATION: ("#d6e6ff", "#0b3d91"),
    CycleStatus.AGREED: ("#fff0c2", "#6b4e00"),
    CycleStatus.SIGNED: ("#d4f2d4", "#1b5e20"),
}
ORDER = list(CycleStatus)


class CycleBar(QWidget):
    year_chosen = Signal(int)
    open_next_requested = Signal()
    advance_requested = Signal(object)  # CycleStatus
    export_requested = Signal()
    deadlines_requested = Signal()
    terms_requested = Signal()
    wording_requested = Signal()
    sign_requested = Signal()  # Agreement ▸ Sign… (ui.signing)
    check_signatures_requested = Signal()
    signing_settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.year_combo = QComboBox()
        self.caption.setBuddy(self.year_combo)  # read by screen readers
        self.year_combo.setMinimumContentsLength(6)
        self.year_combo.activated.connect(
            lambda i: self.year_chosen.emit(self.year_combo.itemData(i))
        )
        self.badge = QLabel()
        self.deadlines_label = QLabel()
        self.overdue_label = QLabel()
        self.overdue_label.setStyleSheet(f"color: {OVERDUE_RED}; font-weight: bold;")
        # Long deadline texts may be cut on a narrow screen rather than widen the window
        # past it; the year combo's tooltip and the Deadlines dialog carry them in full.
        for label in (self.deadlines_label, self.overdue_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(80)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_next_requested)
        self.advance_menu = QMenu(self)
        self.advance_button = QToolButton()
        self.advance_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.advance_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.advance_button.setMenu(self.advance_menu)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_requested)
        self.deadlines_button = QPushButton()
        self.deadlines_button.clicked.connect(self.deadlines_requested)
        # One button for the agreement's record, so the deadlines keep their room.
        self.agreement_menu = QMenu(self)
        self.terms_action = self.agreement_menu.addAction("")
        self.terms_action.triggered.connect(self.terms_requested)
        self.wording_action = self.agreement_menu.addAction("")
        self.wording_action.triggered.connect(self.wording_requested)
        self.agreement_menu.addSeparator()
        self.sign_action = self.agreement_menu.addAction("")
        self.sign_action.triggered.connect(self.sign_requested)
        self.check_signatures_action = self.agreement_menu.addAction("")
        self.check_signatures_action.triggered.connect(self.check_signatures_requested)
        self.signing_settings_action = self.agreement_menu.addAction("")
        self.signing_settings_action.triggered.connect(self.signing_settings_requested)
        self.agreement_button = QToolButton()
        self.agreement_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.agreement_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.agreement_button.setMenu(self.agreement_menu)
        self.frozen_label = QLabel()  # "frozen: version 2 · 1e9d9f9e466f"
        self.frozen_label.setStyleSheet("color: #1b5e20;")

        # Wraps onto a second line on a narrow screen: no deadline or button text is cut.
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.caption,
            self.year_combo,
            self.badge,
            self.deadlines_label,
            self.overdue_label,
            self.frozen_label,
        ):
            layout.addWidget(widget)
        layout.add_stretch()
        for button in (
            self.advance_button,
            self.agreement_button,
            self.deadlines_button,
            self.open_button,
            self.export_button,
        ):
            layout.addWidget(button)
        self._cycles: tuple[CycleInfo, ...] = ()
        self._current: CycleInfo | None = None
        self.retranslate()

    def set_cycles(self, cycles: Sequence[CycleInfo], current: CycleInfo | None) -> None:
        self._cycles, self._current = tuple(cycles), current
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for cycle in reversed(self._cycles):  # the newest year first
            self.year_combo.addItem(str(cycle.year), cycle.year)
            if cycle.overdue:
                index = self.year_combo.count() - 1
                self.year_combo.setItemData(
                    index, QBrush(QColor(OVERDUE_RED)), Qt.ItemDataRole.ForegroundRole
                )
                self.year_combo.setItemData(
                    index, self._overdue_text(cycle), Qt.ItemDataRole.ToolTipRole
                )
        if current is not None:
            self.year_combo.setCurrentIndex(self.year_combo.findData(current.year))
        self.year_combo.blockSignals(False)
        self._show_current()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Renewal cycle"))
        self.open_button.setText(self.tr("Open next year's cycle"))
        self.advance_button.setText(self.tr("Advance to…"))
        self.export_button.setText(self.tr("Export deadlines (.ics)…"))
        self.deadlines_button.setText(self.tr("Deadlines…"))
        self.agreement_button.setText(self.tr("Agreement"))
        self.terms_action.setText(self.tr("Agreement terms…"))
        self.terms_action.setToolTip(
            self.tr("Desks KT provides and who signs for each party, in Korean and English")
        )
        self.wording_action.setText(self.tr("Agreement wording…"))
        self.wording_action.setToolTip(
            self.tr("The articles of the agreement, shared by everyone, with a preview")
        )
        self.export_button.setToolTip(
            self.tr("Save this cycle's deadlines for Outlook or any calendar")
        )
        self.sign_action.setText(self.tr("Sign…"))
        self.sign_action.setToolTip(
            self.tr("Sign the agreed agreement electronically, as KT and then as KAIST")
        )
        self.check_signatures_action.setText(self.tr("Check a signed file…"))
        self.signing_settings_action.setText(self.tr("Signature settings…"))
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_current(self) -> None:
        cycle = self._current
        self.badge.setVisible(cycle is not None)
        for widget in (self.advance_button, self.export_button):
            widget.setEnabled(cycle is not None)
        self.terms_action.setEnabled(cycle is not None)
        self.sign_action.setEnabled(cycle is not None and cycle.status == CycleStatus.AGREED)
        self.deadlines_button.setEnabled(cycle is not None and not cycle.signed)
        latest = self._cycles[-1].year if self._cycles else None
        self.open_button.setEnabled(latest is not None)
        self.open_button.setToolTip(
            fill(
                self.tr(
                    "Creates the %1 cycle from %2: every task still running is copied as "
                    "“continue” with last year's figures."
                ),
                latest + 1,
                latest,
            )
            if latest is not None
            else self.tr("There is no cycle to start from yet.")
        )
        if cycle is None:
            self.deadlines_label.setText(self.tr("No renewal cycle yet."))
            self.overdue_label.setText("")
            self.frozen_label.setText("")
            return
        frozen = cycle.frozen
        self.frozen_label.setText(
            fill(self.tr("agreement frozen: version %1 · %2"), frozen.version, frozen.fingerprint)
            if frozen
            else ""
        )
        self.frozen_label.setToolTip(
            fill(
                self.tr("Frozen on %1 (UTC) by %2. Every copy is built from it."),
                frozen.frozen_at.strftime("%Y-%m-%d %H:%M"),
                frozen.frozen_by,
            )
            if frozen
            else ""
        )
        background, text = BADGE_COLOURS[cycle.status]
        self.badge.setText(label(CycleStatus, cycle.status))
        self.badge.setStyleSheet(
            f"background: {background}; color: {text}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: bold;"
        )
        parts = []
        if cycle.consultation_deadline:
            parts.append(
                fill(self.tr("consultation deadline %1"), day(cycle.consultation_deadline))
            )
        if cycle.signing_target:
            parts.append(fill(self.tr("signing target %1"), day(cycle.signing_target)))
        if cycle.signed:
            parts = [
                fill(
                    self.tr("signed on %1 by %2 and %3"),
                    day(cycle.signed_on),
                    cycle.signatory_kt,
                    cycle.signatory_kaist,
                )
            ]
        self.deadlines_label.setText(" · ".join(parts))
        self.overdue_label.setText(self._overdue_text(cycle))
        self._fill_advance_menu(cycle)

    def _overdue_text(self, cycle: CycleInfo) -> str:
        if not cycle.overdue:
            return ""
        passed = ", ".join(f"{deadline_kind(kind)} {day(when)}" for kind, when in cycle.overdue)
        return fill(self.tr("Overdue: %1 passed"), passed)

    def _fill_advance_menu(self, cycle: CycleInfo) -> None:
        self.advance_menu.clear()
        targets = ALLOWED[cycle.status]
        for target in targets:
            if ORDER.index(target) < ORDER.index(cycle.status) and cycle.frozen:
                text = fill(self.tr("Back to “%1” (unfreeze, with a reason)…"),
                            label(CycleStatus, target))  # fmt: skip
            elif ORDER.index(target) < ORDER.index(cycle.status):
                text = fill(self.tr("Back to “%1”"), label(CycleStatus, target))
            elif target == CycleStatus.SIGNED:
                text = fill(self.tr("“%1” (date and signatories)…"), label(CycleStatus, target))
            elif target == CycleStatus.AGREED:
                text = fill(self.tr("“%1” (freezes the agreement)"), label(CycleStatus, target))
            else:
                text = label(CycleStatus, target)
            action = QAction(text, self.advance_menu)
            action.setData(target)
            action.triggered.connect(
                lambda _checked=False, t=target: self.advance_requested.emit(t)
            )
            self.advance_menu.addAction(action)
        self.advance_button.setEnabled(bool(targets))
        self.advance_button.setToolTip(
            self.tr("A signed cycle is read-only; it cannot change state anymore.")
            if not targets
            else self.tr("Move the cycle to its next state")
        )
