"""The plan's indicators (chỉ tiêu), read-only: name, unit, baseline and yearly targets.
Entering actual values belongs to the KPI tracker (a later issue)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..vn.numbers import format_number
from .undo import UndoContext


class IndicatorsView(QWidget):
    def __init__(self, context: UndoContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def load(self) -> None:
        plan = self.context.editor.plan
        years = list(plan.years)
        self.table.setColumnCount(4 + len(years))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nhóm"), self.tr("Chỉ tiêu"), self.tr("Đơn vị"), self.tr("Hiện trạng")]
            + [str(y) for y in years]
        )
        self.table.setRowCount(len(plan.indicators))
        for row, indicator in enumerate(plan.indicators):
            baseline = (
                format_number(indicator.baseline_value)
                if indicator.baseline_value is not None
                else ""
            )
            cells = [indicator.group, indicator.name, indicator.unit, baseline]
            cells += [
                format_number(indicator.targets[y]) if y in indicator.targets else "" for y in years
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(indicator.objective_text or indicator.name)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(520, max(280, self.table.columnWidth(1))))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(
            self.tr(
                "Các chỉ tiêu của kế hoạch (chỉ xem; nhập số liệu thực hiện sẽ có ở "
                "chức năng theo dõi chỉ tiêu)."
            )
        )
        self.load()
