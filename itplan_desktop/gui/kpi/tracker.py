"""The KPI tracker (Chỉ tiêu): the entry grid by period or by commune, a chart per indicator,
the commune × indicator heat map, the task progress table and, for a plan of today's commune,
the actuals of the former communes merged into it. Every edit is an undo command
on the plan's stack; commune-derived district figures are shown read-only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.indicator import Indicator
from ...domain.kpi_periods import Period
from ...messages import UserError
from ...services.kpi import KpiView
from ...services.kpi_communes import builtin_communes, install_builtin_communes, list_communes
from ...services.kpi_entry import Entry, build_observation, parse_cell
from ...services.kpi_history import former_history
from ...services.kpi_paste import plan_paste
from ...services.plan_editing import PlanEditor
from ...services.units import period_starts_before_two_tier
from .chart import KpiChart
from .commands import SetObservationsCommand
from .former_history import FormerHistoryView
from .models import BY_COMMUNE, BY_PERIOD, GridColumn, KpiGridModel, KpiHeatmapModel
from .tasks_view import TaskProgressView
from .tracker_actions import KpiIndicatorActions


class KpiTracker(QWidget):
    """Tracker of one open plan; `changed` fires after every edit, undo or redo."""

    changed = Signal()

    def __init__(self, editor: PlanEditor, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor, self.stack = editor, undo_stack
        self.communes = list_communes(editor.db, editor.plan.organisation_code)
        self.view = KpiView(editor.plan, self.communes)
        self.periods: list[Period] = self.view.grid_periods()
        self._build()
        self.reload()

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        self.mode = QComboBox()
        self.mode.addItems(["", ""])
        self.period_box = QComboBox()
        self.add_communes = QPushButton()
        self.add_communes.clicked.connect(self._install_communes)
        self.mode_label, self.period_label = QLabel(), QLabel()
        top = QHBoxLayout()
        for widget in (self.mode_label, self.mode, self.period_label, self.period_box):
            top.addWidget(widget)
        top.addWidget(self.add_communes)
        top.addStretch(1)
        self.legend = legend = QLabel()
        legend.setWordWrap(True)
        self.model = KpiGridModel(self)
        self.model.edit_requested.connect(self._edit_cell)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setMinimumWidth(320)
        self.table.horizontalHeader().setDefaultSectionSize(96)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.table)
        paste.activated.connect(self.paste_clipboard)
        self.note = QLineEdit()
        self.source = QLineEdit()
        self.save_note_button = save_note = QPushButton()
        save_note.clicked.connect(self.save_note)
        notes = QHBoxLayout()
        for part in (self.note, self.source, save_note):
            notes.addWidget(part)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c")
        self.message.setWordWrap(True)
        from .rollup_notice import RollupNotice

        self.rollup_notice = RollupNotice()
        self.rollup_notice.use_rollup.connect(self._use_rollup)
        self.chart = KpiChart()
        entry = QWidget()
        entry_layout = QVBoxLayout(entry)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([320, 260])
        entry_layout.addLayout(notes)
        entry_layout.addWidget(splitter, 1)
        self.heatmap_model = KpiHeatmapModel(self)
        self.heatmap = QTableView()
        self.heatmap.setModel(self.heatmap_model)
        self.heatmap.horizontalHeader().setDefaultSectionSize(64)
        self.heatmap.clicked.connect(self._heatmap_clicked)
        heat_page = QWidget()
        heat_layout = QVBoxLayout(heat_page)
        self.heat_hint = QLabel()
        self.heat_hint.setWordWrap(True)
        heat_layout.addWidget(self.heat_hint)
        heat_layout.addWidget(self.heatmap, 1)
        self.tasks = TaskProgressView(self.editor, self.stack, self._after_edit)
        self.former = FormerHistoryView()
        self.tabs = QTabWidget()
        for page in (entry, heat_page, self.tasks, self.former):
            self.tabs.addTab(page, "")
        self.indicator_actions = KpiIndicatorActions(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.indicator_actions.bar)
        layout.addWidget(legend)
        layout.addWidget(self.message)
        layout.addWidget(self.rollup_notice)
        layout.addWidget(self.tabs, 1)
        self.mode.currentIndexChanged.connect(self._reshape)
        self.period_box.currentIndexChanged.connect(self._reshape)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language (at start and on every language switch)."""
        self.mode.setItemText(BY_PERIOD, self.tr("Theo kỳ báo cáo (huyện)"))
        self.mode.setItemText(BY_COMMUNE, self.tr("Theo xã, thị trấn"))
        self.mode_label.setText(self.tr("Xem:"))
        self.period_label.setText(self.tr("Kỳ:"))
        self.add_communes.setText(self.tr("Thêm danh sách xã, thị trấn có sẵn"))
        self.legend.setText(
            self.tr(
                "Màu: xanh đậm = đạt, xanh nhạt = đúng tiến độ, đỏ = chậm tiến độ; "
                "chữ nghiêng = tổng hợp từ các xã (chỉ xem)"
            )
        )
        self.note.setPlaceholderText(self.tr("Ghi chú của số liệu"))
        self.source.setPlaceholderText(self.tr("Nguồn số liệu (văn bản, báo cáo …)"))
        self.save_note_button.setText(self.tr("Lưu ghi chú"))
        self.heat_hint.setText(
            self.tr(
                "Cột là số thứ tự chỉ tiêu (di chuột lên tiêu đề để xem tên); "
                "bấm vào một ô để mở số liệu của xã."
            )
        )
        for index, text in enumerate(
            (
                self.tr("Nhập số liệu"),
                self.tr("Bản đồ nhiệt theo xã"),
                self.tr("Tiến độ nhiệm vụ"),
                self.tr("Số liệu đơn vị cũ (trước 01/07/2025)"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.indicator_actions.retranslate()
        self.tasks.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.tasks.model.columnCount() - 1
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ state
    @property
    def communes_codes(self) -> set[str]:
        return {c.code for c in self.communes}

    def current_period(self) -> Period:
        index = max(self.period_box.currentIndex(), 0)
        return self.periods[index] if self.periods else self.view.default_report_period()

    def reload(self) -> None:
        """Read communes, periods and figures again (after outside changes to the plan)."""
        self.communes = list_communes(self.editor.db, self.editor.plan.organisation_code)
        self.view = KpiView(self.editor.plan, self.communes)
        self.periods = self.view.grid_periods()
        default = self.view.default_report_period()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        self.period_box.addItems([p.label for p in self.periods])
        if default in self.periods:
            self.period_box.setCurrentIndex(self.periods.index(default))
        self.period_box.blockSignals(False)
        has_builtin = bool(builtin_communes(self.editor.plan.organisation_code))
        self.add_communes.setVisible(not self.communes and has_builtin)
        self._reshape()
        self.tasks.reload()
        self._load_former_history()

    def _load_former_history(self) -> None:
        """A plan of today's commune: the actuals of the former communes merged into it,
        before 2025-07-01, on their own page (shown only when there are some)."""
        plan = self.editor.plan
        history = None
        if not period_starts_before_two_tier(plan.start_year):
            history = former_history(
                self.editor.db, plan.organisation_code, plan.indicators, exclude_plan=plan.uuid
            )
        page = self.tabs.indexOf(self.former)
        self.tabs.setTabVisible(page, history is not None and not history.empty)
        if history is not None and not history.empty:
            self.former.show_history(history)

    def _columns(self) -> list[GridColumn]:
        district = self.editor.plan.organisation_code
        if self.mode.currentIndex() == BY_PERIOD:
            return [
                GridColumn(district, p.code, p.label.replace(" năm ", "\n")) for p in self.periods
            ]
        period = self.current_period().code
        return [GridColumn(c.code, period, f"{c.kind_name}\n{c.name}") for c in self.communes]

    def _reshape(self) -> None:
        self.period_box.setEnabled(True)
        self.model.reset(self.view, self._columns())
        self.rollup_notice.update_from(self.view, self.editor.plan.indicators, self.periods)
        period = self.current_period()
        self.heatmap_model.reset(self.view, [c.full_name for c in self.communes], period.code)
        self._show_chart(self.table.currentIndex())

    def _refresh(self) -> None:
        self.view = KpiView(self.editor.plan, self.communes)
        self.model.refresh(self.view)
        self.rollup_notice.update_from(self.view, self.editor.plan.indicators, self.periods)
        self.heatmap_model.reset(
            self.view, [c.full_name for c in self.communes], self.current_period().code
        )
        self._show_chart(self.table.currentIndex())
        self._current_changed(self.table.currentIndex(), QModelIndex())

    def _after_edit(self) -> None:
        self._refresh()
        self.tasks.reload()
        self.changed.emit()

    # ------------------------------------------------------------ chart, notes
    def _indicator_at(self, index: QModelIndex) -> Indicator | None:
        indicators = self.editor.plan.indicators
        if not indicators:
            return None
        return indicators[index.row() if index.isValid() else 0]

    def _show_chart(self, index: QModelIndex) -> None:
        self.chart.show_indicator(self.view, self._indicator_at(index), self.periods)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.chart.indicator is not self._indicator_at(current):
            self._show_chart(current)
        observation = self.model.cell(current).observation if current.isValid() else None
        self.note.setText(observation.note if observation else "")
        self.source.setText(observation.source if observation else "")

    # ------------------------------------------------------------ editing
    def _show_error(self, text: str) -> None:
        self.message.setText(text)

    def _push(self, changes, text: str) -> None:
        if changes:
            self.stack.push(SetObservationsCommand(self.editor, changes, text, self._after_edit))

    def _edit_cell(self, indicator: Indicator, column: GridColumn, text: str) -> None:
        try:
            key, new = build_observation(
                self.editor.plan,
                indicator,
                column.org,
                column.period,
                parse_cell(indicator, text),
                communes=self.communes_codes,
            )
        except UserError as error:
            self._show_error(error.text)
            return
        self._show_error("")
        self._push([(key, new)], self.tr("Nhập số liệu chỉ tiêu"))

    def _use_rollup(self, conflicts: list) -> None:
        """The user chose the communes' roll-up: the district's own figures go (notes stay)."""
        changes = []
        for conflict in conflicts:
            changes.append(
                build_observation(
                    self.editor.plan,
                    conflict.indicator,
                    self.editor.plan.organisation_code,
                    conflict.period.code,
                    None,
                    communes=self.communes_codes,
                )
            )
        self._push(changes, self.tr("Dùng số tổng hợp từ các xã"))

    def enter(self, row: int, column: int, text: str) -> None:
        """Type `text` into a cell of the grid, as the delegate does (used by tests, too)."""
        self.model.setData(self.model.index(row, column), text)

    def save_note(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        indicator = self.model.indicators[index.row()]
        column = self.model.columns[index.column()]
        old = self.model.cell(index).observation
        entry = None if old is None else Entry(old.value, old.numerator, old.denominator)
        if entry == Entry():
            entry = None
        try:
            key, new = build_observation(
                self.editor.plan,
                indicator,
                column.org,
                column.period,
                entry,
                communes=self.communes_codes,
                note=self.note.text(),
                source=self.source.text(),
            )
        except UserError as error:
            self._show_error(error.text)
            return
        self._push([(key, new)], self.tr("Ghi chú số liệu chỉ tiêu"))

    def paste_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> list[str]:
        """Paste tab-separated cells at the current cell; returns the per-cell errors."""
        index = self.table.currentIndex()
        top, left = (index.row(), index.column()) if index.isValid() else (0, 0)
        columns = [(c.org, c.period) for c in self.model.columns]
        try:
            result = plan_paste(
                self.editor.plan,
                text,
                self.model.indicators,
                columns,
                top=top,
                left=left,
                communes=self.communes_codes,
            )
        except UserError as error:
            self._show_error(error.text)
            return [error.text]
        self._show_error("\n".join(result.errors[:5]))
        self._push(result.changes, self.tr("Dán số liệu chỉ tiêu"))
        return result.errors

    # ------------------------------------------------------------ click-through
    def _heatmap_clicked(self, index: QModelIndex) -> None:
        """Open the numbers behind a heat-map cell: the commune grid of that period."""
        self.mode.setCurrentIndex(BY_COMMUNE)
        self.tabs.setCurrentIndex(0)
        target = self.model.index(index.column(), index.row())
        self.table.setCurrentIndex(target)
        self.table.scrollTo(target)

    def _install_communes(self) -> None:
        install_builtin_communes(self.editor.db, self.editor.plan.organisation_code)
        self.reload()
