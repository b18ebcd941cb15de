"""Column layout dialog of an appendix: header paths, role, kind and width of each column (a
breakdown column also names the column it splits and the name of its split); add or remove
columns, add a year of the plan period, split the years by funding source.

The dialog edits a copy; `result_columns` (and `result_moves`, which carry amounts to renamed
or split columns) are applied by the caller as one undo command.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.appendix import Appendix, Column, ColumnKind, ColumnRole
from ...domain.funding import CAPITAL_KINDS
from ...services import appendix_editing as ops
from ..errors import error_text
from ..screen_fit import fit_to_screen

ROLE_LABELS: dict[ColumnRole, str] = {
    ColumnRole.TT: "Số thứ tự (TT)",
    ColumnRole.NAME: "Tên / nội dung",
    ColumnRole.OBJECTIVE: "Mục tiêu",
    ColumnRole.LEAD_UNIT: "Đơn vị chủ trì",
    ColumnRole.PARTNER_UNIT: "Đơn vị phối hợp",
    ColumnRole.FIELD: "Lĩnh vực",
    ColumnRole.SCALE: "Quy mô",
    ColumnRole.SCOPE: "Phạm vi",
    ColumnRole.TIME: "Thời gian",
    ColumnRole.SOURCE: "Nguồn vốn (chữ)",
    ColumnRole.NOTE: "Ghi chú",
    ColumnRole.TEXT: "Chữ khác",
    ColumnRole.STAFF: "Số cán bộ",
    ColumnRole.QUANTITY: "Số lượng",
    ColumnRole.YEAR: "Kinh phí một năm",
    ColumnRole.AMOUNT: "Kinh phí (năm theo nhóm)",
    ColumnRole.ALLOCATED: "Đã phân bổ",
    ColumnRole.MISSING: "Còn thiếu (tự tính)",
    ColumnRole.TOTAL: "Tổng (tự tính)",
    ColumnRole.BREAKDOWN: "Chi tiết của cột khác (không cộng vào tổng)",
    ColumnRole.RATE: "Đơn giá, tỷ lệ (không cộng)",
}
KIND_LABELS = {ColumnKind.TEXT: "Chữ", ColumnKind.NUMBER: "Số đếm", ColumnKind.MONEY: "Tiền"}
HEADER_SEPARATOR = " > "
_TITLE, _KIND, _ROLE, _PART, _SPLIT, _WIDTH = range(6)


_Widget = TypeVar("_Widget", bound=QWidget)


def _cell_widget(table: QTableWidget, row: int, col: int, kind: type[_Widget]) -> _Widget:
    """The editor widget `_fill` put in a cell."""
    widget = table.cellWidget(row, col)
    assert isinstance(widget, kind)
    return widget


class ColumnLayoutDialog(QDialog):
    """Edit a copy of an appendix's columns (see module docstring)."""

    def __init__(self, appendix: Appendix, years: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bố cục cột của phụ lục"))
        fit_to_screen(self, 1100, 520)
        self.appendix = appendix
        self.years = years
        self.columns: list[Column] = list(appendix.columns)
        self.moves: dict[str, str] = {}
        self.result_columns: list[Column] | None = None
        self.result_moves: dict[str, str] = {}

        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tiêu đề (các tầng cách nhau bởi « > »)"),
                self.tr("Kiểu"),
                self.tr("Vai trò"),
                self.tr("Là chi tiết của cột"),
                self.tr("Cách chia"),
                self.tr("Độ rộng"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(_TITLE, 430)
        self.table.setColumnWidth(_ROLE, 200)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Thêm cột chữ"), lambda: self._add(ColumnKind.TEXT)),
            (self.tr("Thêm cột tiền"), lambda: self._add(ColumnKind.MONEY)),
            (self.tr("Xóa cột"), self._remove),
            (self.tr("Lên"), lambda: self._move(-1)),
            (self.tr("Xuống"), lambda: self._move(+1)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)

        years_row = QHBoxLayout()
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        existing = [c.year for c in self.columns if c.year is not None]
        self.year_spin.setValue((max(existing) + 1) if existing else (years[0] if years else 2025))
        add_year = QPushButton(self.tr("Thêm cột năm"), self)
        add_year.clicked.connect(self._add_year)
        years_row.addWidget(QLabel(self.tr("Năm:"), self))
        years_row.addWidget(self.year_spin)
        years_row.addWidget(add_year)
        years_row.addSpacing(24)
        years_row.addWidget(QLabel(self.tr("Tách các năm theo nguồn vốn:"), self))
        self.source_boxes: dict[str, QCheckBox] = {}
        for key, label in CAPITAL_KINDS.items():
            box = QCheckBox(label, self)
            box.setChecked(key in ("dtpt", "sn"))
            self.source_boxes[key] = box
            years_row.addWidget(box)
        split = QPushButton(self.tr("Tách"), self)
        split.clicked.connect(self._split)
        years_row.addWidget(split)
        years_row.addStretch(1)

        button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        button_box.accepted.connect(self.accept)
        button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(years_row)
        layout.addWidget(button_box)
        self._fill()

    # -- table <-> columns ------------------------------------------------------------------

    def _fill(self) -> None:
        self.table.setRowCount(len(self.columns))
        for row, column in enumerate(self.columns):
            self.table.setItem(row, _TITLE, QTableWidgetItem(HEADER_SEPARATOR.join(column.header)))
            kind = QComboBox(self.table)
            for value, label in KIND_LABELS.items():
                kind.addItem(self.tr(label), value)
            kind.setCurrentIndex(list(KIND_LABELS).index(column.kind))
            role = QComboBox(self.table)
            kind.currentIndexChanged.connect(lambda _i, r=role, k=kind: self._fill_roles(r, k))
            self._fill_roles(role, kind, column.role)
            width = QDoubleSpinBox(self.table)
            width.setRange(0.2, 6.0)
            width.setSingleStep(0.1)
            width.setValue(column.width)
            part_of = QComboBox(self.table)
            part_of.addItem("", None)
            for other in self.columns:
                if other.kind is not ColumnKind.TEXT and other.key != column.key:
                    part_of.addItem(HEADER_SEPARATOR.join(other.header), other.key)
            part_of.setCurrentIndex(max(part_of.findData(column.part_of), 0))
            split = QLineEdit(column.split or "", self.table)
            split.setPlaceholderText(self.tr("nguồn, giai đoạn …"))
            self.table.setCellWidget(row, _KIND, kind)
            self.table.setCellWidget(row, _ROLE, role)
            self.table.setCellWidget(row, _PART, part_of)
            self.table.setCellWidget(row, _SPLIT, split)
            self.table.setCellWidget(row, _WIDTH, width)

    def _fill_roles(
        self, role: QComboBox, kind: QComboBox, current: ColumnRole | None = None
    ) -> None:
        current = current or role.currentData()
        role.clear()
        allowed = ops.ROLES_BY_KIND[kind.currentData()]
        for value, label in ROLE_LABELS.items():
            if value in allowed:
                role.addItem(self.tr(label), value)
        found = role.findData(current)
        role.setCurrentIndex(max(found, 0))

    def read_columns(self) -> list[Column]:
        """The columns as edited in the table."""
        result = []
        for row, column in enumerate(self.columns):
            title_item = self.table.item(row, _TITLE)
            assert title_item is not None  # _fill sets every row's title item
            title = title_item.text()
            header = tuple(p.strip() for p in title.split(HEADER_SEPARATOR.strip()))
            # the combo boxes give the enums' values back as plain strings
            kind = ColumnKind(_cell_widget(self.table, row, _KIND, QComboBox).currentData())
            role = ColumnRole(_cell_widget(self.table, row, _ROLE, QComboBox).currentData())
            width = _cell_widget(self.table, row, _WIDTH, QDoubleSpinBox).value()
            part_of, split = None, None
            if role is ColumnRole.BREAKDOWN:
                part_of = _cell_widget(self.table, row, _PART, QComboBox).currentData()
                split = _cell_widget(self.table, row, _SPLIT, QLineEdit).text().strip() or None
            result.append(
                replace(
                    column,
                    header=header,
                    kind=kind,
                    role=role,
                    width=width,
                    part_of=part_of,
                    split=split,
                )
            )
        return result

    def _replace(self, columns: list[Column]) -> None:
        self.columns = columns
        self._fill()

    # -- buttons ----------------------------------------------------------------------------

    def _add(self, kind: ColumnKind) -> None:
        columns = self.read_columns()
        at = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else len(columns)
        if kind is ColumnKind.TEXT:
            key = ops.unique_key(columns, "text")
            new = Column(key, kind, ColumnRole.TEXT, (self.tr("Cột mới"),))
        else:
            key = ops.unique_key(columns, "amount")
            new = Column(key, kind, ColumnRole.AMOUNT, (self.tr("Kinh phí"),), width=0.9)
        self._replace([*columns[:at], new, *columns[at:]])
        self.table.selectRow(at)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            columns = self.read_columns()
            del columns[row]
            self._replace(columns)

    def _move(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        columns = self.read_columns()
        if row < 0 or not 0 <= target < len(columns):
            return
        columns[row], columns[target] = columns[target], columns[row]
        self._replace(columns)
        self.table.selectRow(target)

    def _add_year(self) -> None:
        try:
            self._replace(ops.with_year(self.read_columns(), self.year_spin.value()))
        except ValueError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))

    def _split(self) -> None:
        sources = tuple(k for k, box in self.source_boxes.items() if box.isChecked())
        try:
            columns, moves = ops.split_by_source(
                self.read_columns(), sources, self.appendix.funding_source
            )
        except ValueError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        self.moves.update(moves)
        self._replace(columns)

    def accept(self) -> None:
        columns = self.read_columns()
        problems = ops.layout_problems(columns)
        if problems:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(problems))
            return
        self.result_columns = columns
        self.result_moves = dict(self.moves)
        super().accept()
