"""The fields of one indicator: name, group, kind, unit, direction, denominator label,
baseline (value, year), the plan's sentence and a small grid of targets per plan year.

The form never changes the indicator itself: each committed field emits `edited` with the
new values and the undo text, and the host pushes a command (or, for a new indicator, sets a
draft). `values()` reads every field at once.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.indicator import Direction, Indicator, IndicatorKind
from ...domain.kpi_values import FRACTION_KINDS, format_target
from ...messages import UserError
from ...services.kpi_indicator_edit import parse_target, targets_for_kind


def kind_labels() -> dict[IndicatorKind, str]:
    return {
        IndicatorKind.PERCENT_RATIO: QCoreApplication.translate(
            "KpiIndicatorForm", "Tỷ lệ % (tính từ tử số/mẫu số)"
        ),
        IndicatorKind.PERCENT: QCoreApplication.translate(
            "KpiIndicatorForm", "Tỷ lệ % (nhập trực tiếp)"
        ),
        IndicatorKind.COUNT: QCoreApplication.translate("KpiIndicatorForm", "Số lượng"),
        IndicatorKind.RATIO: QCoreApplication.translate(
            "KpiIndicatorForm", "Tỷ số dạng “x/y” (14/14)"
        ),
        IndicatorKind.BOOLEAN: QCoreApplication.translate("KpiIndicatorForm", "Có/Không"),
    }


def direction_labels() -> dict[Direction, str]:
    return {
        Direction.HIGHER_IS_BETTER: QCoreApplication.translate(
            "KpiIndicatorForm", "Càng cao càng tốt"
        ),
        Direction.LOWER_IS_BETTER: QCoreApplication.translate(
            "KpiIndicatorForm", "Càng thấp càng tốt"
        ),
    }


class RoomyItemDelegate(QStyledItemDelegate):
    """Rows tall enough for stacked Vietnamese diacritics ("Ứ", "ẩ", "Tỷ lệ")."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height()) + 8)


def target_text(kind: IndicatorKind, value: Decimal | None) -> str:
    return format_target(Indicator(name="", kind=kind), value)


class IndicatorForm(QWidget):
    """Edits one indicator of a plan whose years are `years`."""

    edited = Signal(dict, str)  # {field: new value}, undo text

    def __init__(self, years: range, groups: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.years = years
        self.indicator: Indicator | None = None
        self._loading = False
        self.name = QLineEdit()
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItems(groups)
        self.kind = QComboBox()
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind)
        self.unit = QLineEdit()
        self.unit.setMaximumWidth(160)
        self.direction = QComboBox()
        for direction, label in direction_labels().items():
            self.direction.addItem(label, direction)
        self.denominator = QLineEdit()
        self.denominator.setPlaceholderText(self.tr("Ví dụ: Tổng số cán bộ, công chức"))
        self.baseline = QLineEdit()
        self.baseline.setMaximumWidth(120)
        self.baseline_year = QSpinBox()
        self.baseline_year.setRange(years.start - 11, years.stop - 1)
        self.baseline_year.setSpecialValueText(self.tr("(chưa có)"))
        self.objective = QLineEdit()
        self.objective.setPlaceholderText(self.tr("Câu mục tiêu trong kế hoạch"))
        self.targets = QTableWidget(1, len(years))
        self.targets.setHorizontalHeaderLabels([str(y) for y in years])
        self.targets.setVerticalHeaderLabels([self.tr("Mục tiêu")])
        self.targets.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.targets.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.targets.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.targets.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        row_height = self.fontMetrics().height() + 14
        self.targets.verticalHeader().setDefaultSectionSize(row_height)
        header_height = self.targets.horizontalHeader().sizeHint().height()
        self.targets.setFixedHeight(header_height + row_height + 2 * self.targets.frameWidth())
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c")
        self.message.setWordWrap(True)
        self._lay_out()
        self._connect()
        self.setEnabled(False)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Tên chỉ tiêu:"), self.name)
        form.addRow(self.tr("Nhóm:"), self.group)
        form.addRow(self.tr("Loại:"), self.kind)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit)
        unit_row.addWidget(QLabel(self.tr("Chiều đánh giá:")))
        unit_row.addWidget(self.direction, 1)
        form.addRow(self.tr("Đơn vị tính:"), unit_row)
        form.addRow(self.tr("Tên mẫu số:"), self.denominator)
        base_row = QHBoxLayout()
        base_row.addWidget(self.baseline)
        base_row.addWidget(QLabel(self.tr("năm")))
        base_row.addWidget(self.baseline_year)
        base_row.addStretch(1)
        form.addRow(self.tr("Giá trị cơ sở:"), base_row)
        form.addRow(self.tr("Câu mục tiêu:"), self.objective)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Mục tiêu theo năm (để trống năm không đặt mục tiêu):")))
        layout.addWidget(self.targets)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.name.editingFinished.connect(
            lambda: self._emit(
                {"name": " ".join(self.name.text().split())}, self.tr("Sửa tên chỉ tiêu")
            )
        )
        group_edit = self.group.lineEdit()
        assert group_edit is not None  # the group box is editable
        group_edit.editingFinished.connect(self._group_done)
        self.group.activated.connect(lambda _i: self._group_done())
        self.kind.activated.connect(self._kind_done)
        self.unit.editingFinished.connect(
            lambda: self._emit({"unit": self.unit.text().strip()}, self.tr("Sửa đơn vị tính"))
        )
        self.direction.activated.connect(
            lambda _i: self._emit(
                {"direction": Direction(self.direction.currentData())},
                self.tr("Đổi chiều đánh giá"),
            )
        )
        self.denominator.editingFinished.connect(
            lambda: self._emit(
                {"denominator_label": self.denominator.text().strip()}, self.tr("Sửa tên mẫu số")
            )
        )
        self.objective.editingFinished.connect(
            lambda: self._emit(
                {"objective_text": self.objective.text().strip()}, self.tr("Sửa câu mục tiêu")
            )
        )
        self.baseline.editingFinished.connect(self._baseline_done)
        self.baseline_year.valueChanged.connect(lambda _v: self._baseline_done())
        self.targets.itemChanged.connect(self._target_changed)

    # ------------------------------------------------------------ showing
    def load(self, indicator: Indicator | None, *, has_values: bool = False) -> None:
        """Show `indicator` (None: an empty, disabled form)."""
        self.indicator = indicator
        self._loading = True
        try:
            self.setEnabled(indicator is not None)
            self.message.clear()
            if indicator is None:
                for edit in (self.name, self.unit, self.denominator, self.baseline, self.objective):
                    edit.clear()
                return
            self.name.setText(indicator.name)
            self.group.setCurrentText(indicator.group)
            self.kind.setCurrentIndex(self.kind.findData(indicator.kind))
            self.kind.setEnabled(not has_values)
            self.kind.setToolTip(
                self.tr("Chỉ tiêu đã có số liệu: không đổi được loại.") if has_values else ""
            )
            self.unit.setText(indicator.unit)
            self.direction.setCurrentIndex(self.direction.findData(indicator.direction))
            self.denominator.setText(indicator.denominator_label)
            self.denominator.setEnabled(indicator.kind in FRACTION_KINDS)
            self.baseline.setText(target_text(indicator.kind, indicator.baseline_value))
            year = indicator.baseline_year
            self.baseline_year.setValue(year if year else self.baseline_year.minimum())
            self.objective.setText(indicator.objective_text)
            for edit in (self.name, self.objective, self.denominator):
                edit.setCursorPosition(0)
            for column, year in enumerate(self.years):
                text = target_text(indicator.kind, indicator.targets.get(year))
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.targets.setItem(0, column, item)
        finally:
            self._loading = False

    def show_error(self, text: str) -> None:
        self.message.setText(text)

    # ------------------------------------------------------------ committing
    def _emit(self, values: dict[str, Any], text: str) -> None:
        if self._loading or self.indicator is None:
            return
        changed = {k: v for k, v in values.items() if getattr(self.indicator, k) != v}
        if changed:
            self.message.clear()
            self.edited.emit(changed, text)

    def _group_done(self) -> None:
        self._emit({"group": self.group.currentText().strip()}, self.tr("Sửa nhóm chỉ tiêu"))

    def _kind_done(self, _index: int) -> None:
        kind = IndicatorKind(self.kind.currentData())
        values: dict[str, Any] = {"kind": kind}
        percent = kind in (IndicatorKind.PERCENT, IndicatorKind.PERCENT_RATIO)
        unit = self.unit.text().strip()
        if percent and not unit:
            values["unit"] = "%"
        elif not percent and unit == "%":
            values["unit"] = ""
        if self.indicator is not None:
            values["targets"] = targets_for_kind(kind, self.indicator.targets)
            if self.indicator.baseline_value is not None:
                kept = targets_for_kind(kind, {0: self.indicator.baseline_value})
                values["baseline_value"] = kept.get(0)
        self._emit(values, self.tr("Đổi loại chỉ tiêu"))

    def _parse(self, text: str) -> Decimal | None:
        assert self.indicator is not None
        return parse_target(self.indicator.kind, text, self.indicator.name)

    def _baseline_done(self) -> None:
        if self._loading or self.indicator is None:
            return
        try:
            value = self._parse(self.baseline.text())
        except UserError as error:
            self.show_error(error.text)
            return
        year: int | None = self.baseline_year.value()
        if year == self.baseline_year.minimum():
            year = None
        if value is not None and year is None:
            year = self.years.start - 1
        self._emit({"baseline_value": value, "baseline_year": year}, self.tr("Sửa giá trị cơ sở"))

    def _target_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.indicator is None:
            return
        year = self.years[item.column()]
        try:
            value = self._parse(item.text())
        except UserError as error:
            self.show_error(error.text)
            return
        targets = dict(self.indicator.targets)
        if value is None:
            targets.pop(year, None)
        else:
            targets[year] = value
        self._emit({"targets": targets}, self.tr("Sửa mục tiêu năm %1").replace("%1", str(year)))

    def set_target(self, year: int, text: str) -> None:
        """Type a target into the grid (as a user does; used by tests too)."""
        item = self.targets.item(0, self.years.index(year))
        assert item is not None  # every target cell has its item
        item.setText(text)

    def values(self) -> dict[str, Any]:
        """Every field read at once (for a new indicator); raises UserError on a bad figure."""
        kind = IndicatorKind(self.kind.currentData())
        targets: dict[int, Decimal] = {}
        for column, target_year in enumerate(self.years):
            item = self.targets.item(0, column)
            try:
                value = parse_target(kind, item.text() if item else "")
            except UserError:
                self.targets.setCurrentCell(0, column)  # show the clerk which target
                self.targets.setFocus()
                raise
            if value is not None:
                targets[target_year] = value
        baseline = parse_target(kind, self.baseline.text())
        year: int | None = self.baseline_year.value()
        if year == self.baseline_year.minimum():
            year = None
        if baseline is not None and year is None:
            year = self.years.start - 1
        return {
            "name": " ".join(self.name.text().split()),
            "group": self.group.currentText().strip(),
            "kind": kind,
            "unit": self.unit.text().strip(),
            "direction": Direction(self.direction.currentData()),
            "denominator_label": self.denominator.text().strip(),
            "baseline_value": baseline,
            "baseline_year": year,
            "objective_text": self.objective.text().strip(),
            "targets": targets,
        }
