"""The fields of the index editor: the index's own (code, name, year …), a group's, and an
indicator's (name, maximum points, scoring rule and its parameters, evidence, data source,
verifier). A form never changes the index itself: each committed field hands the editor an
edit (a function from index to index, `services.dti_index_edit`) and the undo text; a refused
edit puts its message under the field, which turns red and keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.dti_index import DtIndex, EvidenceKind, IndexIndicator, RuleKind, TieRule
from ...messages import UserError
from ...services import dti_index_edit as edit
from ...services.dti_documents import points_text
from ..object_names import named

Edit = Callable[[DtIndex], DtIndex]
Apply = Callable[[Edit, str], None]  # raises UserError when the edit is refused
ERROR_STYLE = "background: #f8d7da"


def rule_labels() -> dict[RuleKind, str]:
    return {
        RuleKind.RATIO: QCoreApplication.translate("IndexForm", "Tỷ lệ (tử số / mẫu số)"),
        RuleKind.STEPS: QCoreApplication.translate("IndexForm", "Theo ngưỡng"),
        RuleKind.YES_NO: QCoreApplication.translate("IndexForm", "Có / không"),
        RuleKind.COUNT: QCoreApplication.translate("IndexForm", "Đếm so với mục tiêu"),
        RuleKind.ASSESSOR: QCoreApplication.translate("IndexForm", "Do Sở thẩm định cho điểm"),
    }


def evidence_labels() -> dict[EvidenceKind, str]:
    return {
        EvidenceKind.DOCUMENT: QCoreApplication.translate("IndexForm", "Số, ngày văn bản"),
        EvidenceKind.FILE: QCoreApplication.translate("IndexForm", "Tệp đính kèm"),
        EvidenceKind.LINK: QCoreApplication.translate("IndexForm", "Liên kết"),
    }


class _Form(QWidget):
    """Fields with their error lines; `apply` is the editor's."""

    def __init__(self, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.apply = apply
        self.loading = False
        self.error_labels: dict[QWidget, QLabel] = {}

    @staticmethod
    def error_label(name: str) -> QLabel:
        label = named(QLabel(), f"{name}_error")
        label.setStyleSheet("color: #b00020")
        label.setWordWrap(True)
        label.hide()
        return label

    def with_error(self, widget: QWidget) -> QWidget:
        """`widget` above the line its refusals are shown on."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        label = self.error_label(widget.objectName())
        layout.addWidget(widget)
        layout.addWidget(label)
        self.error_labels[widget] = label
        return box

    def error_of(self, widget: QWidget) -> str:
        label = self.error_labels.get(widget)
        return label.text() if label is not None and not label.isHidden() else ""

    def set_error(self, widget: QWidget, text: str) -> None:
        """The refusal under the field (a check box has no line of its own: its tooltip)."""
        label = self.error_labels.get(widget)
        if label is not None:
            label.setText(text)
            label.setVisible(bool(text))
        widget.setStyleSheet(ERROR_STYLE if text else "")
        widget.setToolTip(text)

    def clear_errors(self) -> None:
        for widget in self.error_labels:
            self.set_error(widget, "")

    def commit(self, widget: QWidget, change: Edit, text: str) -> None:
        if self.loading:
            return
        try:
            self.apply(change, text)
        except UserError as error:
            self.set_error(widget, error.text)
            return
        self.set_error(widget, "")

    def put(self, widget: QLineEdit, text: str) -> None:
        """Show a stored value, unless the field holds a refused text the user typed."""
        if not self.error_of(widget):
            widget.setText(text)
            widget.setCursorPosition(0)

    def line(
        self, name: str, field: str, edit_of: Callable[[str, str], Edit], undo: Callable[[], str]
    ) -> QLineEdit:
        """A line field committing `edit_of(field, text)` when editing finishes; `undo` gives
        the undo text in the current language."""
        widget = named(QLineEdit(), name)
        widget.editingFinished.connect(
            lambda: self.commit(widget, edit_of(field, widget.text()), undo())
        )
        return widget


class IndexHeaderForm(_Form):
    """The index's code, name, year, version, issuer, legal basis and tie rule."""

    def __init__(self, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(apply, parent)

        def header(field: str, text: str) -> Edit:
            return lambda index: edit.set_header(index, field, text)

        self.code = self.line("index_code", "code", header, lambda: self.tr("Sửa mã bộ chỉ số"))
        self.name = self.line("index_name", "name", header, lambda: self.tr("Sửa tên bộ chỉ số"))
        self.year = self.line("index_year", "year", header, lambda: self.tr("Sửa năm"))
        self.version = self.line(
            "index_version", "version", header, lambda: self.tr("Sửa phiên bản")
        )
        self.issued_by = self.line(
            "index_issued_by", "issued_by", header, lambda: self.tr("Sửa cơ quan ban hành")
        )
        self.basis = self.line("index_basis", "basis", header, lambda: self.tr("Sửa căn cứ"))
        for widget in (self.year, self.version):
            widget.setMaximumWidth(80)
        self.tie_rule = named(QComboBox(), "tie_rule")
        self.tie_rule.addItem("", TieRule.SHARED.value)
        self.tie_rule.addItem("", TieRule.GROUP_ORDER.value)
        self.tie_rule.activated.connect(
            lambda _n: self.commit(
                self.tie_rule,
                header("tie_rule", self.tie_rule.currentData()),
                self.tr("Đổi cách xếp hạng khi bằng điểm"),
            )
        )
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.labels[0], self.with_error(self.name))
        row = QHBoxLayout()  # code, year and version share one line of messages under them
        row.addWidget(self.code, 2)
        row.addWidget(self.labels[1])
        row.addWidget(self.year)
        row.addWidget(self.labels[2])
        row.addWidget(self.version)
        shared = self.error_label("index_code_year_version")
        for widget in (self.code, self.year, self.version):
            self.error_labels[widget] = shared
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addLayout(row)
        box.addWidget(shared)
        form.addRow(self.labels[3], box)
        form.addRow(self.labels[4], self.with_error(self.issued_by))
        form.addRow(self.labels[5], self.with_error(self.basis))
        self.tie_label = QLabel()
        form.addRow(self.tie_label, self.with_error(self.tie_rule))
        self.retranslate()

    def retranslate(self) -> None:
        texts = (
            self.tr("Tên bộ chỉ số:"),
            self.tr("Năm:"),
            self.tr("Phiên bản:"),
            self.tr("Mã:"),
            self.tr("Cơ quan ban hành:"),
            self.tr("Căn cứ:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.tie_label.setText(self.tr("Bằng điểm:"))
        self.tie_rule.setItemText(0, self.tr("Cùng hạng (1, 2, 2, 4)"))
        self.tie_rule.setItemText(1, self.tr("Xét lần lượt điểm từng nhóm"))

    def load(self, index: DtIndex) -> None:
        self.loading = True
        self.put(self.code, index.code)
        self.put(self.name, index.name)
        self.put(self.year, str(index.year))
        self.put(self.version, str(index.version))
        self.put(self.issued_by, index.issued_by)
        self.put(self.basis, index.basis)
        self.tie_rule.setCurrentIndex(self.tie_rule.findData(index.tie_rule.value))
        self.loading = False


class IndexGroupForm(_Form):
    """A group's code and name."""

    def __init__(self, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(apply, parent)
        self.group_code = ""

        def group(field: str, text: str) -> Edit:
            code = self.group_code
            return lambda index: edit.set_group(index, code, field, text)

        self.code = self.line("group_code", "code", group, lambda: self.tr("Sửa mã nhóm"))
        self.name = self.line("group_name", "name", group, lambda: self.tr("Sửa tên nhóm"))
        self.code.setMaximumWidth(120)
        self.points = named(QLabel(), "group_points")
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout(self)
        form.addRow(self.labels[0], self.with_error(self.code))
        form.addRow(self.labels[1], self.with_error(self.name))
        form.addRow(self.labels[2], self.points)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (
            self.tr("Mã nhóm:"),
            self.tr("Tên nhóm (chỉ số chính):"),
            self.tr("Điểm của nhóm:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def load(self, index: DtIndex, code: str) -> None:
        if code != self.group_code:
            self.clear_errors()
        self.loading = True
        self.group_code = code
        group = next(g for g in index.groups if g.code == code)
        self.put(self.code, group.code)
        self.put(self.name, group.name)
        self.points.setText(
            self.tr("{points} (tổng điểm tối đa của {count} chỉ số)").format(
                points=points_text(index.group_max(code)), count=len(index.indicators_of(code))
            )
        )
        self.loading = False


class IndexIndicatorForm(_Form):
    """An indicator: code, name, group, maximum points, rule and its parameters, evidence,
    data source, verifier, KPI catalogue code, placeholder."""

    def __init__(self, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(apply, parent)
        self.indicator_code = ""
        self.max_points = Decimal(0)

        def field(name: str, text: str) -> Edit:
            code = self.indicator_code
            return lambda index: edit.set_indicator(index, code, name, text)

        self.code = self.line("indicator_code", "code", field, lambda: self.tr("Sửa mã chỉ số"))
        self.code.setMaximumWidth(120)
        self.name = self.line("indicator_name", "name", field, lambda: self.tr("Sửa tên chỉ số"))
        self.points = self.line(
            "max_points", "max_points", field, lambda: self.tr("Sửa điểm tối đa")
        )
        self.points.setMaximumWidth(120)
        self.target = self.line("count_target", "target", field, lambda: self.tr("Sửa mục tiêu"))
        self.target.setMaximumWidth(120)
        self.data_source = self.line(
            "data_source", "data_source", field, lambda: self.tr("Sửa nguồn số liệu")
        )
        self.verified_by = self.line(
            "verified_by", "verified_by", field, lambda: self.tr("Sửa cơ quan xác minh")
        )
        self.kpi_code = self.line(
            "kpi_code", "kpi_catalogue_code", field, lambda: self.tr("Sửa mã chỉ tiêu KPI")
        )
        self.group = named(QComboBox(), "indicator_group")
        self.group.activated.connect(self._group_chosen)
        self.rule = named(QComboBox(), "rule_kind")
        for kind in RuleKind:
            self.rule.addItem("", kind.value)
        self.rule.activated.connect(self._rule_chosen)
        self.cap = named(QCheckBox(), "ratio_cap")
        self.cap.toggled.connect(self._cap_toggled)
        self.steps = named(QTableWidget(0, 2), "steps")
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.steps.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.steps.itemChanged.connect(self._steps_changed)
        self.evidence = {
            kind: named(QCheckBox(), f"evidence_{kind.value}") for kind in EvidenceKind
        }
        for box in self.evidence.values():
            box.toggled.connect(self._evidence_toggled)
        self.placeholder = named(QCheckBox(), "placeholder")
        self.placeholder.toggled.connect(self._placeholder_toggled)
        self.rule_hint = named(QLabel(), "rule_hint")
        self.rule_hint.setWordWrap(True)
        self.rule_hint.setStyleSheet("color: #555")
        self.rule_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        self.labels = [QLabel() for _ in range(10)]
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the rows keep their height; the space left goes below them
        top = QHBoxLayout()
        top.addWidget(self.with_error(self.code))
        top.addWidget(self.labels[9])
        top.addWidget(self.group, 1)
        form.addRow(self.labels[0], top)
        form.addRow(self.labels[1], self.with_error(self.name))
        form.addRow(self.labels[2], self.with_error(self.points))
        rule = QVBoxLayout()  # the rule, its refusal and what it computes, as one row
        rule.setSpacing(2)
        rule.addWidget(self.with_error(self.rule))
        rule.addWidget(self.rule_hint)
        form.addRow(self.labels[3], rule)
        form.addRow("", self.cap)
        self.target_label, self.steps_label = self.labels[4], self.labels[5]
        form.addRow(self.target_label, self.with_error(self.target))
        form.addRow(self.steps_label, self.with_error(self.steps))
        boxes = QHBoxLayout()
        for box in self.evidence.values():
            boxes.addWidget(box)
        boxes.addStretch(1)
        form.addRow(self.labels[6], boxes)
        form.addRow(self.labels[7], self.with_error(self.data_source))
        form.addRow(self.labels[8], self.with_error(self.verified_by))
        self.kpi_label = QLabel()
        form.addRow(self.kpi_label, self.with_error(self.kpi_code))
        form.addRow("", self.placeholder)
        self.form = form

    def retranslate(self) -> None:
        texts = (
            self.tr("Mã chỉ số:"),
            self.tr("Tên chỉ số:"),
            self.tr("Điểm tối đa:"),
            self.tr("Cách tính điểm:"),
            self.tr("Mục tiêu (đạt điểm tối đa):"),
            self.tr("Các ngưỡng:"),
            self.tr("Minh chứng yêu cầu:"),
            self.tr("Nguồn số liệu:"),
            self.tr("Cơ quan xác minh:"),
            self.tr("Nhóm:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.kpi_label.setText(self.tr("Mã chỉ tiêu trong danh mục KPI:"))
        for n, rule_label in enumerate(rule_labels().values()):
            self.rule.setItemText(n, rule_label)
        for kind, text in evidence_labels().items():
            self.evidence[kind].setText(text)
        self.cap.setText(self.tr("Không vượt điểm tối đa khi tử số lớn hơn mẫu số"))
        self.placeholder.setText(self.tr("Chưa xác nhận được từ văn bản gốc (tạm)"))
        self.steps.setHorizontalHeaderLabels([self.tr("Từ giá trị"), self.tr("Được điểm")])

    # ------------------------------------------------------------ showing
    def load(self, index: DtIndex, code: str) -> None:
        if code != self.indicator_code:
            self.clear_errors()
        self.loading = True
        self.indicator_code = code
        indicator = index.indicator(code)
        self.max_points = indicator.max_points
        self.put(self.code, indicator.code)
        self.put(self.name, indicator.name)
        self.put(self.points, points_text(indicator.max_points))
        self.group.clear()
        for group in index.groups:
            self.group.addItem(f"{group.code}. {group.name}", group.code)
        self.group.setCurrentIndex(self.group.findData(indicator.group_code))
        self.rule.setCurrentIndex(self.rule.findData(indicator.rule.kind.value))
        self.cap.setChecked(indicator.rule.cap)
        target = indicator.rule.target
        self.put(self.target, points_text(target) if target is not None else "")
        if not self.error_of(self.steps):
            self._fill_steps(indicator)
        for kind, box in self.evidence.items():
            box.setChecked(kind in indicator.evidence)
        self.put(self.data_source, indicator.data_source)
        self.put(self.verified_by, indicator.verified_by)
        self.put(self.kpi_code, indicator.kpi_catalogue_code or "")
        self.placeholder.setChecked(indicator.placeholder)
        self._show_rule(indicator)
        self.loading = False

    def _fill_steps(self, indicator: IndexIndicator) -> None:
        self.steps.setRowCount(len(indicator.rule.steps) + 1)  # a free row to add one
        rows = self.steps.rowCount()
        height = self.steps.horizontalHeader().sizeHint().height() + 2 * self.steps.frameWidth()
        self.steps.setFixedHeight(
            height + self.steps.verticalHeader().defaultSectionSize() * min(rows, 6)
        )
        for row in range(self.steps.rowCount()):
            step = indicator.rule.steps[row] if row < len(indicator.rule.steps) else None
            for column in (0, 1):
                text = "" if step is None else points_text((step.at_least, step.points)[column])
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.steps.setItem(row, column, item)

    def _show_rule(self, indicator: IndexIndicator) -> None:
        kind = indicator.rule.kind
        self.form.setRowVisible(self.cap, kind is RuleKind.RATIO)
        target_row, steps_row = self.target.parentWidget(), self.steps.parentWidget()
        assert target_row is not None and steps_row is not None  # each laid out in its row
        self.form.setRowVisible(target_row, kind is RuleKind.COUNT)
        self.form.setRowVisible(steps_row, kind is RuleKind.STEPS)
        hints = {
            RuleKind.RATIO: self.tr("Điểm = tử số / mẫu số × điểm tối đa."),
            RuleKind.STEPS: self.tr(
                "Được điểm của ngưỡng cao nhất đạt được; dưới ngưỡng đầu: 0 điểm. Ngưỡng tăng "
                "dần, điểm không quá điểm tối đa; thêm ngưỡng ở dòng trống cuối."
            ),
            RuleKind.YES_NO: self.tr("Có: điểm tối đa; không: 0 điểm."),
            RuleKind.COUNT: self.tr("Điểm = số lượng / mục tiêu × điểm tối đa, không quá tối đa."),
            RuleKind.ASSESSOR: self.tr(
                "Sở Khoa học và Công nghệ thẩm định và cho điểm (0…tối đa)."
            ),
        }
        self.rule_hint.setText(hints[kind])

    # ------------------------------------------------------------ committing
    def _group_chosen(self, _n: int) -> None:
        code, group = self.indicator_code, self.group.currentData()
        self.commit(
            self.group, lambda index: edit.set_group_of(index, code, group), self.tr("Đổi nhóm")
        )

    def _rule_chosen(self, _n: int) -> None:
        code, kind = self.indicator_code, RuleKind(self.rule.currentData())
        self.commit(
            self.rule,
            lambda index: edit.set_rule_kind(index, code, kind),
            self.tr("Đổi cách tính điểm"),
        )

    def _cap_toggled(self, checked: bool) -> None:
        code = self.indicator_code
        self.commit(
            self.cap, lambda index: edit.set_cap(index, code, checked), self.tr("Đổi giới hạn điểm")
        )

    def _placeholder_toggled(self, checked: bool) -> None:
        code = self.indicator_code
        self.commit(
            self.placeholder,
            lambda index: edit.set_flag(index, code, "placeholder", checked),
            self.tr("Đổi đánh dấu tạm"),
        )

    def _evidence_toggled(self, _checked: bool) -> None:
        code = self.indicator_code
        kinds = {kind for kind, box in self.evidence.items() if box.isChecked()}
        self.commit(
            self.evidence[EvidenceKind.DOCUMENT],
            lambda index: edit.set_evidence(index, code, kinds),
            self.tr("Đổi minh chứng yêu cầu"),
        )

    def step_rows(self) -> list[tuple[str, str]]:
        rows = []
        for row in range(self.steps.rowCount()):
            cells = [self.steps.item(row, column) for column in (0, 1)]
            rows.append(tuple(c.text() if c is not None else "" for c in cells))
        return rows  # type: ignore[return-value]

    def _steps_changed(self, _item: QTableWidgetItem) -> None:
        if self.loading:
            return
        code, rows = self.indicator_code, self.step_rows()
        self.commit(
            self.steps, lambda index: edit.set_steps(index, code, rows), self.tr("Sửa các ngưỡng")
        )
