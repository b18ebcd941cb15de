"""The total rows above "Tổng cộng" of an appendix: label, funding source and year of each
("Tổng vốn ĐTPT" = source dtpt; "Năm 2021" = year 2021), added one by one or one per source
the table uses / per year of the plan, reordered, removed. Edits a copy; the caller applies
`result_rows` as one undo command."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.appendix import Appendix, TotalRow
from ...domain.funding import source_label, sources_for_year
from ...services import appendix_total_rows as totals
from ..screen_fit import fit_to_screen

_LABEL, _SOURCE, _YEAR = range(3)


class TotalRowsDialog(QDialog):
    """Edit a copy of an appendix's total rows (see module docstring)."""

    def __init__(self, appendix: Appendix, years: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Các dòng tổng phía trên “Tổng cộng”"))
        fit_to_screen(self, 760, 420)
        self.appendix, self.years = appendix, years
        self.rows: list[TotalRow] = list(appendix.total_rows)
        self.result_rows: list[TotalRow] | None = None
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tên dòng"), self.tr("Nguồn vốn"), self.tr("Năm")]
        )
        self.table.setColumnWidth(_LABEL, 300)
        self.table.setColumnWidth(_SOURCE, 260)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Thêm dòng"), self._add),
            (self.tr("Mỗi nguồn vốn một dòng"), self._per_source),
            (self.tr("Mỗi năm một dòng"), self._per_year),
            (self.tr("Xóa dòng"), self._remove),
            (self.tr("Lên"), lambda: self._move(-1)),
            (self.tr("Xuống"), lambda: self._move(+1)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Mỗi dòng cộng các số tiền thuộc nguồn vốn và năm đã chọn (để trống: mọi "
                    "nguồn, mọi năm); in theo thứ tự này, ngay trên dòng “Tổng cộng”."
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(box)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        first_year = self.years[0] if self.years else None
        for row, total in enumerate(self.rows):
            self.table.setItem(row, _LABEL, QTableWidgetItem(total.label))
            source = QComboBox(self.table)
            source.addItem(self.tr("(mọi nguồn)"), None)
            keys = sources_for_year(first_year)
            if total.source is not None and total.source not in keys:
                keys.append(total.source)
            for key in keys:
                source.addItem(source_label(key, first_year), key)
            source.setCurrentIndex(max(source.findData(total.source), 0))
            year = QComboBox(self.table)
            year.addItem(self.tr("(mọi năm)"), None)
            for value in sorted({*self.years, *([total.year] if total.year else [])}):
                year.addItem(str(value), value)
            year.setCurrentIndex(max(year.findData(total.year), 0))
            self.table.setCellWidget(row, _SOURCE, source)
            self.table.setCellWidget(row, _YEAR, year)

    def read_rows(self) -> list[TotalRow]:
        """The rows as edited (each keeps its identity and stated figures)."""
        found = []
        for row, total in enumerate(self.rows):
            item = self.table.item(row, _LABEL)
            label = item.text().strip() if item is not None else total.label
            source = self.table.cellWidget(row, _SOURCE)
            year = self.table.cellWidget(row, _YEAR)
            assert isinstance(source, QComboBox) and isinstance(year, QComboBox)
            found.append(
                replace(total, label=label, source=source.currentData(), year=year.currentData())
            )
        return found

    def _set(self, rows: list[TotalRow], current: int | None = None) -> None:
        self.rows = rows
        self._fill()
        if current is not None:
            self.table.selectRow(current)

    def _add(self) -> None:
        rows = self.read_rows()
        self._set([*rows, TotalRow(self.tr("Tổng"))], len(rows))

    def _per_source(self) -> None:
        self._set([*self.read_rows(), *totals.per_source_rows(self.appendix)])

    def _per_year(self) -> None:
        self._set([*self.read_rows(), *totals.per_year_rows(self.years)])

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            rows = self.read_rows()
            del rows[row]
            self._set(rows)

    def _move(self, delta: int) -> None:
        row, rows = self.table.currentRow(), self.read_rows()
        target = row + delta
        if row < 0 or not 0 <= target < len(rows):
            return
        rows[row], rows[target] = rows[target], rows[row]
        self._set(rows, target)

    def accept(self) -> None:
        rows = self.read_rows()
        for total in rows:  # an empty label prints nothing: name it by what it adds up
            if not total.label:
                total.label = self.tr("Tổng")
        self.result_rows = rows
        super().accept()
