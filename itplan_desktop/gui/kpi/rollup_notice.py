"""The notice shown when a district's own figure differs from its communes' roll-up: the
district's figure counts (it is never replaced silently) and the user chooses — use the
communes' roll-up (removes the district's own figure, undoably) or keep the district's."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...domain.indicator import Indicator
from ...domain.kpi_periods import Period
from ...domain.kpi_values import format_actual
from ...services.kpi import KpiView


@dataclass(frozen=True)
class Conflict:
    indicator: Indicator
    period: Period
    own: str
    derived: str


class RollupNotice(QWidget):
    """Hidden unless some district figure disagrees with its communes (see module docstring)."""

    use_rollup = Signal(list)  # [Conflict]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollupNotice")
        self.conflicts: list[Conflict] = []
        self._kept: set[tuple[str, str, str, str]] = set()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #8a4b00")
        self.use_button = QPushButton()
        self.keep_button = QPushButton()
        self.use_button.clicked.connect(lambda: self.use_rollup.emit(list(self.conflicts)))
        self.keep_button.clicked.connect(self.keep_own)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.use_button)
        layout.addWidget(self.keep_button)
        self.retranslate()
        self.hide()

    def update_from(self, view: KpiView, indicators: list[Indicator], periods: list[Period]):
        found = []
        for indicator in indicators:
            for period in periods:
                pair = view.rollup_conflict(indicator, period.code)
                if pair is None:
                    continue
                own, derived = (format_actual(indicator, a) for a in pair)
                if (indicator.uuid, period.code, own, derived) not in self._kept:
                    found.append(Conflict(indicator, period, own, derived))
        self.conflicts = found
        self.setVisible(bool(found))
        self.retranslate()

    def keep_own(self) -> None:
        """The district's figures stay; the notice comes back only if a figure changes."""
        for c in self.conflicts:
            self._kept.add((c.indicator.uuid, c.period.code, c.own, c.derived))
        self.conflicts = []
        self.hide()

    def retranslate(self) -> None:
        self.use_button.setText(self.tr("Dùng số tổng hợp từ các xã"))
        self.keep_button.setText(self.tr("Giữ số của huyện"))
        if not self.conflicts:
            self.label.clear()
            return
        first = self.conflicts[0]
        text = (
            self.tr(
                "Chỉ tiêu “%1”, %2: huyện đã nhập %3, số tổng hợp từ các xã là %4. "
                "Đang dùng số của huyện."
            )
            .replace("%1", first.indicator.name)
            .replace("%2", first.period.label)
            .replace("%3", first.own)
            .replace("%4", first.derived)
        )
        if len(self.conflicts) > 1:
            text += " " + self.tr("(và %1 chỗ khác như vậy)").replace(
                "%1", str(len(self.conflicts) - 1)
            )
        self.label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
