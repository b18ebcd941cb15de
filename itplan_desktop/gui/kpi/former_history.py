"""The tracker's page of a current commune's history (issue 13): the KPI actuals, before
2025-07-01, of the former communes merged into it (`services.kpi_history`), one indicator per
row with the combined figure where it adds up and, under it, each former unit's own figure
labelled with its former name. Read-only: the figures belong to the district plans of their
time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.kpi_history import FormerHistory, HistoryLine

FORMER = QColor("#5d4037")  # the figures of former units, set apart from today's


class FormerHistoryView(QWidget):
    """Indicators × periods before 2025-07-01; children: the former units' own figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiFormerHistory")
        self.history: FormerHistory | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("formerHistoryTree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)

    def show_history(self, history: FormerHistory) -> None:
        self.history = history
        self.tree.clear()
        periods = history.periods
        self.tree.setColumnCount(1 + len(periods))
        self.tree.setHeaderLabels(["", *[p.label for p in periods]])
        bold = QFont()
        bold.setBold(True)
        for line in history.lines:
            top = QTreeWidgetItem([line.indicator.name])
            top.setFont(0, bold)
            top.setToolTip(0, line.indicator.name)
            for column, period in enumerate(periods, start=1):
                cell = line.cells.get(period.code)
                if cell is not None and cell.combined is not None:
                    top.setText(column, cell.combined_text)
                    top.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                    top.setToolTip(column, self._combined_tip(cell.combined.derived_from))
            self._add_units(top, line)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 420)
        for column in range(1, 1 + len(periods)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.retranslate()

    def _add_units(self, top: QTreeWidgetItem, line: HistoryLine) -> None:
        """One child per former unit with a figure of this indicator, in the units' order."""
        assert self.history is not None
        periods = self.history.periods
        for unit in self.history.units:
            figures = {
                code: part
                for code, cell in line.cells.items()
                for part in cell.parts
                if part.unit.code == unit.code
            }
            if not figures:
                continue
            name = unit.name + (self.tr(" (một phần)") if unit.partial else "")
            child = QTreeWidgetItem([name])
            child.setData(0, Qt.ItemDataRole.UserRole, unit.code)
            for column, period in enumerate(periods, start=1):
                part = figures.get(period.code)
                if part is None:
                    continue
                child.setText(column, part.text)
                child.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                child.setForeground(column, QBrush(FORMER))
                child.setToolTip(column, part.plan_title)
            child.setForeground(0, QBrush(FORMER))
            top.addChild(child)

    def _combined_tip(self, count: int) -> str:
        return self.tr("Cộng số liệu của %1 đơn vị cũ").replace("%1", str(count))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        history = self.history
        names = ", ".join(u.name for u in history.units) if history else ""
        self.intro.setText(
            self.tr(
                "Số liệu trước ngày 01/07/2025 của các đơn vị cũ đã hợp nhất vào đơn vị này "
                "(đơn vị cũ, đến 01/07/2025): %1. Dòng chỉ tiêu ghi số cộng của các đơn vị cũ "
                "khi chỉ tiêu cộng được; đơn vị cũ chỉ nhập một phần vào đơn vị này không "
                "tính vào số cộng. Số liệu chỉ để xem: chúng thuộc các kế hoạch cấp huyện."
            ).replace("%1", names)
        )
        if self.tree.headerItem() is not None:
            self.tree.headerItem().setText(0, self.tr("Chỉ tiêu / đơn vị cũ"))
