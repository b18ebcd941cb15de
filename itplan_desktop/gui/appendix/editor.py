"""The appendix editor: the table of one Phụ lục with its toolbar, filter and unit switch.

Contract (the main window places it): `AppendixEditor(editor, appendix_uuid, undo_stack)`,
`focus_cell(row_uuid, column_key)` (None row = the total row) and `changed`, emitted after
every edit, undo and redo of this appendix. Every edit is an undo command on `undo_stack`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.amount_input import Ambiguous, InputError
from ...domain.appendix import ColumnKind
from ...services.appendix_clipboard import (
    Convention,
    PastePlan,
    number_to_cell,
    parse_cell_value,
)
from ...services.plan_editing import PlanEditor
from ...vn.numbers import format_number
from ...vn.units import MoneyUnit
from ..none_refcount_guard import protect_none
from ..tasks import Task
from . import column_widths
from . import paste as appendix_paste
from . import toolbar as appendix_toolbar
from .commands import LayoutCommand, SetCellsCommand, SetDecimalsCommand, SetUnitCommand
from .delegate import AppendixDelegate
from .document import AppendixDocument
from .header_view import AppendixHeaderView
from .model import AppendixTableModel
from .proxy import AppendixFilterProxy

UNITS = (MoneyUnit.TRIEU_DONG, MoneyUnit.TY_DONG)
PIXELS_PER_WIDTH = 80  # a column of width hint 1.0
MIN_MONEY_WIDTH = 84


class AppendixEditor(QWidget):
    """Editor of one appendix of the open plan (see module docstring)."""

    changed = Signal()
    message_shown = Signal(str)

    # built by toolbar.build (called from __init__)
    actions_by_name: dict[str, QAction]
    toolbar: QToolBar
    unit_box: QComboBox
    unit_label: QLabel
    decimals_box: QComboBox
    decimals_label: QLabel
    filter_edit: QLineEdit

    def __init__(
        self,
        editor: PlanEditor,
        appendix_uuid: str,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        protect_none()  # PySide6 6.12 on CPython 3.11 (see none_refcount_guard)
        self.plan_editor = editor
        self.undo_stack = undo_stack
        self.document = AppendixDocument.of(editor, appendix_uuid)
        self.last_message = ""
        self.last_paste: PastePlan | None = None
        self.paste_task: Task | None = None
        # Questions to the user; tests replace them.
        self.ask_number_choice: Callable[[str, tuple[Decimal, ...]], Decimal | None] = (
            self._ask_number_choice
        )
        self.ask_paste_convention: Callable[[list[str]], Convention | None] = (
            self._ask_paste_convention
        )

        self.model = AppendixTableModel(self.document, self)
        self.proxy = AppendixFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.edit_requested.connect(self._push_cell)
        self.model.document_changed.connect(self._document_changed)
        self.model.modelReset.connect(self._apply_columns)
        self._grown_cells: set[tuple[int, int]] | None = set()  # None: measure every column
        self._grow_timer = QTimer(self, singleShot=True, interval=0)
        self._grow_timer.timeout.connect(self._grow_columns)
        self.model.dataChanged.connect(self._cells_changed)
        self.model.rowsInserted.connect(lambda *_: self._cells_changed())

        self.view = QTableView(self)
        self.header = AppendixHeaderView(self.view)
        self.view.setHorizontalHeader(self.header)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(AppendixDelegate(self._commit_text, self.view))
        self._setup_view()
        appendix_toolbar.build(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self._apply_columns()

    # -- setup ------------------------------------------------------------------------------

    def _setup_view(self) -> None:
        view = self.view
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setSortingEnabled(False)
        view.setAlternatingRowColors(False)
        view.verticalHeader().hide()
        vertical = view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform row heights
        vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        self.header.setSectionsClickable(True)
        self.header.sectionClicked.connect(self._sort_by)
        self.header.setSortIndicatorShown(False)

    def retranslate(self) -> None:
        """Texts in the interface language (at start and on every language switch)."""
        appendix_toolbar.retranslate(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _apply_columns(self) -> None:
        if not self.document.present:  # the appendix left the plan (an undone import)
            self.setEnabled(False)
            return
        self.setEnabled(True)
        appendix = self.document.appendix
        self.header.set_appendix(appendix)
        for col, column in enumerate(appendix.columns):
            width = int(column.width * PIXELS_PER_WIDTH)
            if column.kind is not ColumnKind.TEXT:
                width = max(width, MIN_MONEY_WIDTH)
            self.view.setColumnWidth(col, max(width, 36))
        column_widths.fit_columns(self.view, self.model)
        self.header._relayout()

    def _cells_changed(self, top_left: QModelIndex | None = None, bottom_right=None) -> None:
        """Changed cells may need wider columns (a subtotal grew a digit): measured once the
        edit is done; a change of many cells measures whole columns instead."""
        if self._grown_cells is not None and top_left is not None and bottom_right is not None:
            rows = range(top_left.row(), bottom_right.row() + 1)
            cols = range(top_left.column(), bottom_right.column() + 1)
            if len(rows) * len(cols) <= 400:
                self._grown_cells.update((r, c) for r in rows for c in cols)
            else:
                self._grown_cells = None
        else:
            self._grown_cells = None
        self._grow_timer.start()

    def _grow_columns(self) -> None:
        cells, self._grown_cells = self._grown_cells, set()
        if not self.document.present:
            return
        if cells is None:
            column_widths.fit_columns(self.view, self.model)
        else:
            column_widths.fit_cells(self.view, self.model, cells)
        self.header._relayout()

    # -- public -----------------------------------------------------------------------------

    def focus_cell(self, row_uuid: str | None, column_key: str | None) -> None:
        """Select and show a cell; None row = the total row, None column = the first one; a
        total row above the total is found by its uuid too. A filter hiding the cell is cleared
        first."""
        appendix = self.document.appendix
        uuids = [r.uuid for r in appendix.rows] + [t.uuid for t in appendix.total_rows]
        row = len(uuids)  # the total row
        if row_uuid is not None and row_uuid in uuids:
            row = uuids.index(row_uuid)
        col = 0
        if column_key is not None:
            try:
                col = self.model.column_index(column_key)
            except KeyError:
                col = 0
        index = self.proxy.mapFromSource(self.model.index(row, col))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, col))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.setFocus()

    def show_message(self, text: str, error: bool = True) -> None:
        """Show a message under the table (red for problems)."""
        self.last_message = text
        colour = "#b3261e" if error else "#1b5e20"
        self.message.setStyleSheet(f"color: {colour}; padding: 2px 6px;")
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message_shown.emit(text)

    def set_unit(self, label: str) -> None:
        if not label:
            return
        unit = MoneyUnit.from_label(label)
        if unit is not self.document.appendix.unit:
            self.undo_stack.push(SetUnitCommand(self.document, unit))

    def set_decimals(self, index: int) -> None:
        """The decimals box: item 0 is the unit's rule, item n + 1 is n decimals."""
        decimals = None if index <= 0 else index - 1
        if decimals != self.document.appendix.decimals:
            self.undo_stack.push(SetDecimalsCommand(self.document, decimals))

    def clear_sort(self) -> None:
        self.proxy.sort(-1)
        self.header.setSortIndicatorShown(False)
        self.header.viewport().update()

    def open_column_layout(self) -> None:
        from .column_layout_dialog import ColumnLayoutDialog

        plan = self.plan_editor.plan
        dialog = ColumnLayoutDialog(self.document.appendix, list(plan.years), self)
        if dialog.exec() and dialog.result_columns is not None:
            self.undo_stack.push(
                LayoutCommand(self.document, dialog.result_columns, dialog.result_moves)
            )

    def open_total_rows(self) -> None:
        """The total rows above "Tổng cộng" (per source, per year), one undo step."""
        from .commands import TotalRowsCommand
        from .total_rows_dialog import TotalRowsDialog

        plan = self.plan_editor.plan
        dialog = TotalRowsDialog(self.document.appendix, list(plan.years), self)
        if dialog.exec() and dialog.result_rows is not None:
            self.undo_stack.push(TotalRowsCommand(self.document, dialog.result_rows))

    # -- editing ----------------------------------------------------------------------------

    def _push_cell(self, row: int, key: str, value: object) -> None:
        self.undo_stack.push(SetCellsCommand(self.document, {(row, key): value}))  # type: ignore[dict-item]

    def _commit_text(self, index: QModelIndex, text: str) -> None:
        """A typed text: parse it, ask when ambiguous, refuse with a message when wrong."""
        column = self.model.column(index.column())
        appendix = self.document.appendix
        try:
            value = parse_cell_value(appendix, column.key, text)
            if isinstance(value, Ambiguous):
                choice = self.ask_number_choice(text, value.candidates)
                if choice is None:
                    self.show_message(
                        self.tr("Chưa sửa ô: số «{t}» không rõ nghĩa.").format(t=text)
                    )
                    return
                value = number_to_cell(appendix, column.key, choice)
        except InputError as error:
            self.show_message(self.tr("{message} Ô giữ giá trị cũ.").format(message=error.message))
            return
        self.show_message("")
        self.model.setData(index, value)

    def _clear_cells(self) -> None:
        indexes = [self.proxy.mapToSource(i) for i in self.view.selectionModel().selectedIndexes()]
        appendix_paste.clear_cells(self, indexes)

    def _document_changed(self) -> None:
        self._sync_unit_box()
        self.changed.emit()

    def _sync_unit_box(self) -> None:
        unit = self.document.appendix.unit
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItems([u.label for u in (*UNITS, *([unit] if unit not in UNITS else []))])
        self.unit_box.setCurrentText(unit.label)
        self.unit_box.blockSignals(False)
        if hasattr(self, "decimals_box"):
            decimals = self.document.appendix.decimals
            self.decimals_box.blockSignals(True)
            self.decimals_box.setCurrentIndex(0 if decimals is None else decimals + 1)
            self.decimals_box.blockSignals(False)

    def _sort_by(self, section: int) -> None:
        """Click a column header: ascending, then descending, then the document order."""
        if self.proxy.sortColumn() != section:
            order = Qt.SortOrder.AscendingOrder
        elif self.proxy.sortOrder() == Qt.SortOrder.AscendingOrder:
            order = Qt.SortOrder.DescendingOrder
        else:
            self.clear_sort()
            return
        self.proxy.sort(section, order)
        self.header.setSortIndicatorShown(True)
        self.header.setSortIndicator(section, order)

    # -- questions --------------------------------------------------------------------------

    def _ask_number_choice(self, text: str, candidates: tuple[Decimal, ...]) -> Decimal | None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Số không rõ nghĩa"))
        box.setText(
            self.tr("«{t}» có thể hiểu theo hai cách. Bạn muốn nhập số nào?").format(t=text)
        )
        buttons = [
            box.addButton(format_number(c), QMessageBox.ButtonRole.AcceptRole) for c in candidates
        ]
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        for button, candidate in zip(buttons, candidates, strict=True):
            if clicked is button:
                return candidate
        return None

    def _ask_paste_convention(self, examples: list[str]) -> Convention | None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cách viết số khi dán"))
        sample = ", ".join(f"«{e.strip()}»" for e in examples[:3])
        box.setText(
            self.tr(
                "Các số {sample} có thể hiểu theo hai cách. Dấu phẩy trong dữ liệu dán là gì?"
            ).format(sample=sample)
        )
        vi = box.addButton(
            self.tr("Dấu thập phân (kiểu Việt Nam: 1,5)"), QMessageBox.ButtonRole.AcceptRole
        )
        en = box.addButton(
            self.tr("Phân cách hàng nghìn (kiểu Anh: 1,500)"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return "vi" if box.clickedButton() is vi else "en" if box.clickedButton() is en else None

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for name in (
            "copy",
            "paste",
            "clear",
            None,
            "insert_row",
            "insert_group",
            "delete_rows",
            None,
            "move_up",
            "move_down",
            "outdent",
            "indent",
            "toggle_group",
            None,
            "unsort",
        ):
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions_by_name[name])
        menu.exec(self.view.viewport().mapToGlobal(pos))
