"""A read-only view of an appendix, used until (or when) the appendix editor is not
available: the same `focus_cell` and `changed` interface, no editing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..domain.appendix import ColumnKind, RowKind
from ..services.plan_editing import PlanEditor
from ..vn.numbers import format_number
from ..vn.units import MoneyUnit, from_dong

COMPUTED = QColor("#eef3fb")


def money_text(dong: int | None, unit: MoneyUnit) -> str:
    return "" if dong is None else format_number(from_dong(dong, unit))


class AppendixTableView(QWidget):
    changed = Signal()

    def __init__(self, editor: PlanEditor, appendix_uuid: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor, self.uuid = editor, appendix_uuid
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.load()

    def load(self) -> None:
        appendix = self.editor.appendix(self.uuid)
        computation = self.editor.computation(self.uuid)
        try:
            unit = MoneyUnit.from_label(appendix.unit)
        except ValueError:
            unit = MoneyUnit.TRIEU_DONG
        self.title.setText(f"<b>{appendix.title}</b> — {appendix.unit}")
        columns = appendix.columns
        self.table.setColumnCount(len(columns))
        self.table.setRowCount(len(appendix.rows) + 1)
        for c, column in enumerate(columns):
            header = QTableWidgetItem(column.header[-1] if column.header else column.key)
            header.setToolTip(" / ".join(column.header))
            self.table.setHorizontalHeaderItem(c, header)
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(appendix.rows):
            for c, column in enumerate(columns):
                if column.kind is ColumnKind.TEXT:
                    text = row.texts.get(column.key, "")
                else:
                    value = computation.value(r, column.key)
                    text = (
                        money_text(value, unit)
                        if column.kind is ColumnKind.MONEY
                        else ("" if value is None else format_number(value))
                    )
                item = QTableWidgetItem(text)
                if column.kind is not ColumnKind.TEXT:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if computation.is_computed(r, column.key):
                    item.setBackground(QBrush(COMPUTED))
                if row.kind is RowKind.GROUP:
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        totals = computation.totals()
        last = len(appendix.rows)
        for c, column in enumerate(columns):
            text = ""
            if c == 0 or (column.kind is ColumnKind.TEXT and c == 1):
                text = appendix.total_label if c == 1 or len(columns) == 1 else ""
            elif column.kind is ColumnKind.MONEY:
                text = money_text(totals.get(column.key), unit)
            item = QTableWidgetItem(text)
            item.setFont(bold)
            item.setBackground(QBrush(COMPUTED))
            if column.kind is not ColumnKind.TEXT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(last, c, item)
        self.table.resizeColumnsToContents()
        for c in range(len(columns)):
            self.table.setColumnWidth(c, min(320, self.table.columnWidth(c)))

    def focus_cell(self, row_uuid: str | None, column_key: str | None) -> None:
        appendix = self.editor.appendix(self.uuid)
        rows = [r.uuid for r in appendix.rows]
        row = rows.index(row_uuid) if row_uuid in rows else len(rows)
        keys = [c.key for c in appendix.columns]
        column = keys.index(column_key) if column_key in keys else 0
        self.table.setCurrentCell(row, column)
        self.table.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.note.setText(self.tr("Bảng chỉ xem: ô tô màu là ô tự tính (tổng nhóm, tổng cộng)."))
