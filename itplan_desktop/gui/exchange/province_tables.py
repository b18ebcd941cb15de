"""Read-only tables of the province's consolidation: the per-district allocation appendix as
the appendix engine computes it (totals included, never stored), and the KPI comparison."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from ...domain import Appendix, ColumnKind, ColumnRole, RowKind
from ...domain.appendix_engine import TOTAL_ROW, AppendixComputation
from ...domain.appendix_layout import row_labels
from ...services.province import KpiComparison
from ...vn.numbers import format_number
from ...vn.units import MoneyUnit, from_dong

COMPUTED = QColor("#eef3fb")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def read_only_table(name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    return table


def _cell(computation: AppendixComputation, index: int, kind: ColumnKind, key: str,
          unit: MoneyUnit) -> str:  # fmt: skip
    value = computation.value(index, key)
    if value is None:
        return ""
    return format_number(from_dong(value, unit)) if kind is ColumnKind.MONEY else str(value)


def fill_appendix(table: QTableWidget, appendix: Appendix) -> None:
    """One row per appendix row — group rows (a kind of unit, with its subtotals) in bold,
    numbered as the PDF and Excel number them — and the total row when the appendix holds
    amounts; computed cells tinted, as in the editor."""
    computation = AppendixComputation(appendix)
    unit = appendix.unit
    columns = appendix.columns
    labels = row_labels(appendix)
    shown = [*range(len(appendix.rows)), *([TOTAL_ROW] if appendix.has_amounts else [])]
    table.clear()
    table.setColumnCount(len(columns))
    table.setRowCount(len(shown))
    table.setHorizontalHeaderLabels(["\n".join(c.header) or c.key for c in columns])
    bold = QFont()
    bold.setBold(True)
    for r, row in enumerate(shown):
        strong = row == TOTAL_ROW or appendix.rows[row].kind is RowKind.GROUP
        for c, column in enumerate(columns):
            if column.kind is ColumnKind.TEXT:
                text = appendix.rows[row].texts.get(column.key, "") if row != TOTAL_ROW else ""
                if row == TOTAL_ROW and column.key == "name":
                    text = QCoreApplication.translate("ProvinceTables", "Tổng cộng")
                elif row != TOTAL_ROW and column.role is ColumnRole.TT and not text:
                    text = labels[row]
                item = QTableWidgetItem(text)
            else:
                item = QTableWidgetItem(_cell(computation, row, column.kind, column.key, unit))
                item.setTextAlignment(RIGHT)
                if row == TOTAL_ROW or computation.is_computed(row, column.key):
                    item.setBackground(QBrush(COMPUTED))
            if strong:
                item.setFont(bold)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c, column in enumerate(columns):
        if column.key == "name":
            table.setColumnWidth(c, max(table.columnWidth(c), 260))


def _number(value: Decimal | None) -> str:
    return "—" if value is None else format_number(value)


def fill_kpi(table: QTableWidget, comparison: KpiComparison) -> None:
    """Indicators as rows (the first column), districts as columns: "actual / target"."""
    table.clear()
    table.setColumnCount(len(comparison.districts) + 1)
    table.setRowCount(len(comparison.indicators))
    indicator = QCoreApplication.translate("ProvinceTables", "Chỉ tiêu")
    districts = [f"{name}\n({code})" for code, name in comparison.districts]
    table.setHorizontalHeaderLabels([indicator, *districts])
    tip = QCoreApplication.translate("ProvinceTables", "Thực hiện / kế hoạch năm %1")
    for r, key in enumerate(comparison.indicators):
        name = QTableWidgetItem(comparison.names.get(key) or key)  # the name, not "ud.dms_…"
        name.setToolTip(key)
        table.setItem(r, 0, name)
        for c, (code, _name) in enumerate(comparison.districts, start=1):
            cell = comparison.cells.get((key, code))
            text = ""
            if cell is not None and (cell.value is not None or cell.target is not None):
                text = f"{_number(cell.value)} / {_number(cell.target)}"
            item = QTableWidgetItem(text)
            item.setTextAlignment(RIGHT)
            item.setToolTip(tip.replace("%1", comparison.period[:4]))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.setColumnWidth(0, 340)
    table.resizeRowsToContents()
