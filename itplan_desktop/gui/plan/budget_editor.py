"""The budget summary (Kinh phí thực hiện): the figures stated in the text, the total's amount
in words shown live, and each figure's difference from what the appendices add up to.

Each line names its funding source (a combo in the "Đối chiếu với" column, or a label that
names a source); the appendices' amounts of that source are what it is compared with."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.amount_input import Ambiguous, InputError, read_amount
from ...domain.budget import BudgetLine
from ...domain.funding import source_label
from ...services.budget_lines import new_line, source_choices, source_for_label
from ...services.plan_editing import BUDGET
from ...vn.amount_words import amount_to_words
from ...vn.numbers import format_number
from ...vn.units import MoneyUnit, from_dong
from ..undo import UndoContext
from .commands import ListCommand, SetFieldCommand

RED = QColor("#c62828")
LINE_COLUMNS = 5  # label, source, stated, from appendices, difference
LABEL, SOURCE, STATED, COMPUTED, DIFF = range(LINE_COLUMNS)


class BudgetEditor(QWidget):
    def __init__(self, context: UndoContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.budget = context.editor.plan.budget
        self.total_label = QLineEdit()
        self.total = QLineEdit()
        self.total.setObjectName("budgetTotal")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.words_live = QLabel()
        self.words_live.setObjectName("budgetWordsLive")
        self.words_live.setWordWrap(True)
        self.words = QLineEdit()
        self.words.setObjectName("budgetWords")
        self.use_words = QPushButton()
        self.use_words.clicked.connect(self._use_words)
        self.computed = QLabel()
        self.computed.setObjectName("budgetComputed")
        self.lines = QTableWidget(0, LINE_COLUMNS)
        self.lines.setObjectName("budgetLines")
        self.lines.itemChanged.connect(self._line_edited)
        self.add_line = QPushButton()
        self.add_line.setObjectName("budgetAddLine")
        self.add_menu = QMenu(self.add_line)
        self.add_menu.setObjectName("budgetAddLineMenu")
        self.add_line.setMenu(self.add_menu)
        self.remove_line = QPushButton()
        self.remove_line.clicked.connect(self._remove_line)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        words_row = QHBoxLayout()
        words_row.addWidget(self.words, 1)
        words_row.addWidget(self.use_words)
        fields: tuple[QWidget | QLayout, ...] = (
            self.total_label,
            self.total,
            self.words_live,
            words_row,
            self.computed,
        )
        for label, field in zip(self.labels, fields, strict=True):
            self.form.addRow(label, field)
        self.labels[0].setBuddy(self.total_label)
        self.labels[1].setBuddy(self.total)
        self.labels[3].setBuddy(self.words)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_line)
        buttons.addWidget(self.remove_line)
        buttons.addStretch(1)
        self.lines_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.lines, 1)
        layout.addLayout(buttons)
        self.total_label.textEdited.connect(
            lambda text: self._set(
                self.budget, "total_label", text, self.tr("Sửa câu tổng kinh phí")
            )
        )
        self.total.textEdited.connect(self._total_edited)
        self.words.textEdited.connect(
            lambda text: self._set(
                self.budget, "total_words_stated", text, self.tr("Sửa số tiền bằng chữ")
            )
        )
        self._loading = False
        context.changed.connect(self._changed)
        self.retranslate()

    @property
    def year(self) -> int:
        """The plan's first year: its funding sources, in its words."""
        return self.context.editor.plan.start_year

    @property
    def unit(self) -> MoneyUnit:
        return self.budget.unit

    def _money(self, dong: int | None) -> str:
        return "" if dong is None else format_number(from_dong(dong, self.unit))

    def _read_money(self, text: str) -> int | None:
        """A typed figure in the budget's unit; a number with two readings is refused with
        the question (a field checked at each keystroke cannot ask)."""
        value = read_amount(text, self.unit)
        if isinstance(value, Ambiguous):
            raise value.error()
        return value

    # ------------------------------------------------------------ plan -> widgets
    def load(self) -> None:
        self._loading = True
        try:
            budget = self.budget
            if self.total_label.text() != budget.total_label:
                self.total_label.setText(budget.total_label)
            if not self.total.hasFocus() or self._read_money_safe() != budget.total_stated:
                self.total.setText(self._money(budget.total_stated))
            if self.words.text() != budget.total_words_stated:
                self.words.setText(budget.total_words_stated)
            self._show_words()
            computed = self.context.editor.budget()
            diff = (budget.total_stated or 0) - computed.total
            text = self.tr("%1 %2 (chênh lệch so với kế hoạch: %3)")
            self.computed.setText(
                text.replace("%1", self._money(computed.total))
                .replace("%2", budget.unit.label)
                .replace("%3", self._money(diff))
            )
            self.computed.setStyleSheet("color: #c62828;" if diff else "")
            self._load_lines(computed.by_source)
        finally:
            self._loading = False

    def _read_money_safe(self) -> int | None:
        try:
            return self._read_money(self.total.text())
        except InputError:
            return None

    def _show_words(self) -> None:
        stated = self.budget.total_stated
        if stated is None:
            self.words_live.setText("—")
            return
        words = amount_to_words(stated)
        self.words_live.setText(f"<i>{words}</i>")
        mismatch = bool(self.budget.total_words_stated.strip()) and (
            self.budget.total_words_stated.strip().rstrip(".").lower() != words.lower()
        )
        self.words.setStyleSheet("QLineEdit { color: #c62828; }" if mismatch else "")

    def _load_lines(self, by_source: dict[str, int]) -> None:
        self.lines.setRowCount(len(self.budget.lines))
        for row, line in enumerate(self.budget.lines):
            computed = by_source.get(line.source, 0)
            diff = line.stated - computed
            cells = {
                LABEL: ("  " * (line.level - 1)) + line.label,
                STATED: self._money(line.stated),
                COMPUTED: self._money(computed),
                DIFF: self._money(diff),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                if column >= STATED:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column >= COMPUTED:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == DIFF and diff:
                    item.setForeground(RED)
                item.setToolTip(source_label(line.source, self.year))
                self.lines.setItem(row, column, item)
            combo = self.lines.cellWidget(row, SOURCE)
            if isinstance(combo, QComboBox) and combo.property("lineUuid") == line.uuid:
                combo.setCurrentIndex(max(0, combo.findData(line.source)))
            else:  # replaced only when the row holds another line (never from its own signal)
                self.lines.setCellWidget(row, SOURCE, self._source_combo(line))
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for column in range(SOURCE, LINE_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _source_combo(self, line: BudgetLine) -> QComboBox:
        """The line's funding source, chosen from every source `domain.funding` knows."""
        combo = QComboBox()
        combo.setObjectName("budgetLineSource")
        combo.setProperty("lineUuid", line.uuid)
        for choice in source_choices(self.year):
            combo.addItem(("    " if choice.level > 1 else "") + choice.label, choice.key)
        index = combo.findData(line.source)
        if index < 0:  # a source this version does not list: keep it, shown by its key
            combo.addItem(source_label(line.source, self.year), line.source)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.setToolTip(
            self.tr("Dòng này được đối chiếu với số của nguồn vốn này trong các phụ lục")
        )
        combo.currentIndexChanged.connect(
            lambda _index, c=combo, ln=line: self._source_chosen(ln, c.currentData())
        )
        return combo

    def _source_chosen(self, line: BudgetLine, source: str) -> None:
        if self._loading or line.source == source:
            return
        text = self.tr("Đổi nguồn vốn “%1”: %2").replace("%1", line.label)
        text = text.replace("%2", source_label(source, self.year))
        self.context.push(
            SetFieldCommand(self.context.editor, line, "source", source, BUDGET, text, merge=False)
        )

    def _changed(self, part: str) -> None:
        if part == BUDGET or part.startswith("appendix:"):
            self.load()

    # ------------------------------------------------------------ edits
    def _set(self, target: object, attr: str, value: object, text: str) -> None:
        if self._loading or getattr(target, attr) == value:
            return
        self.context.push(SetFieldCommand(self.context.editor, target, attr, value, BUDGET, text))

    def _total_edited(self, text: str) -> None:
        try:
            value = self._read_money(text)
        except InputError as error:
            self.total.setStyleSheet("QLineEdit { border: 1px solid #c62828; }")
            self.total.setToolTip(error.text)
            return
        self.total.setStyleSheet("")
        self.total.setToolTip("")
        self._set(self.budget, "total_stated", value, self.tr("Sửa tổng kinh phí"))

    def _use_words(self) -> None:
        if self.budget.total_stated is not None:
            words = amount_to_words(self.budget.total_stated)
            self._set(self.budget, "total_words_stated", words, self.tr("Sửa số tiền bằng chữ"))

    def _line_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.row() >= len(self.budget.lines):
            return
        line = self.budget.lines[item.row()]
        if item.column() == LABEL:
            self._rename_line(line, item.text().strip())
        elif item.column() == STATED:
            try:
                value = self._read_money(item.text()) or 0
            except InputError:
                self.load()
                return
            self._set(
                line, "stated", value, self.tr("Sửa số kinh phí “%1”").replace("%1", line.label)
            )

    def _rename_line(self, line: BudgetLine, label: str) -> None:
        """A new label; one that names a funding source also sets the line's source."""
        if label == line.label:
            return
        source = source_for_label(label, self.year)
        editor = self.context.editor
        text = self.tr("Sửa dòng kinh phí")
        if source is None or source == line.source:
            self._set(line, "label", label, text)
            return
        stack = self.context.stack
        stack.beginMacro(text)
        stack.push(SetFieldCommand(editor, line, "label", label, BUDGET, text, merge=False))
        stack.push(SetFieldCommand(editor, line, "source", source, BUDGET, text, merge=False))
        stack.endMacro()

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        for choice in source_choices(self.year):
            prefix = "    " if choice.level > 1 else ""
            act = self.add_menu.addAction(prefix + choice.label)
            act.setData(choice.key)
            act.triggered.connect(lambda _checked=False, key=choice.key: self._add_line(key))

    def _add_line(self, source: str) -> None:
        line = new_line(source, self.year)
        lines = self.budget.lines
        text = self.tr("Thêm dòng kinh phí: %1").replace("%1", line.label)
        self.context.push(ListCommand(self.context.editor, lines, [*lines, line], BUDGET, text))
        self.lines.setCurrentCell(len(lines) - 1, STATED)

    def _remove_line(self) -> None:
        row = self.lines.currentRow()
        lines = self.budget.lines
        if 0 <= row < len(lines):
            new = lines[:row] + lines[row + 1 :]
            text = self.tr("Xóa dòng kinh phí")
            self.context.push(ListCommand(self.context.editor, lines, new, BUDGET, text))

    def focus(self, field: str | None, row_uuid: str | None) -> None:
        """Jump to what a budget finding names: the total, the words or one line."""
        if field == "words":
            self.words.setFocus()
        elif field == "line":
            rows = [line.uuid for line in self.budget.lines]
            if row_uuid in rows:
                self.lines.setCurrentCell(rows.index(row_uuid), STATED)
                self.lines.setFocus()
        else:
            self.total.setFocus()
            self.total.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = (
            self.tr("Câu &dẫn:"),
            self.tr("&Tổng kinh phí (%1):").replace("%1", self.budget.unit.label),
            self.tr("Bằng chữ (tự động):"),
            self.tr("Bằng &chữ ghi trong kế hoạch:"),
            self.tr("Các phụ lục cộng được:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.use_words.setText(self.tr("Dùng chữ tự động"))
        self.lines_label.setText(self.tr("Chia theo nguồn vốn:"))
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Nguồn vốn"),
                self.tr("Đối chiếu với"),
                self.tr("Ghi trong kế hoạch"),
                self.tr("Phụ lục cộng được"),
                self.tr("Chênh lệch"),
            ]
        )
        self.add_line.setText(self.tr("Thêm dòng"))
        self._fill_add_menu()
        self.remove_line.setText(self.tr("Xóa dòng"))
        self.load()
