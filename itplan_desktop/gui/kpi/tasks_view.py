"""The task progress table of the tracker: status (a choice), disbursed per year in the
appendix unit, and a note, each edit an undo command written through to the database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.amount_input import Ambiguous, read_amount
from ...domain.appendix import AppendixRole
from ...domain.kpi_progress import TaskStatus
from ...messages import UserError
from ...services.kpi_tasks import build_task_progress, task_lines
from ...services.plan_editing import PlanEditor
from ...vn.units import DEFAULT_UNIT, MoneyUnit
from .commands import SetTaskProgressCommand
from .models import TASK_STATUSES, TaskProgressModel


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the three task statuses."""

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        box.addItems([s.label for s in TASK_STATUSES])
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data())

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText())


class TaskProgressView(QWidget):
    def __init__(self, editor: PlanEditor, stack: QUndoStack, after: Callable[[], None]) -> None:
        super().__init__()
        self.editor, self.stack, self.after = editor, stack, after
        self.model = TaskProgressModel(self._edit, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(3, StatusDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(1, 380)
        self.table.setColumnWidth(2, 150)
        self.table.setColumnWidth(3, 120)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table)

    def _unit(self) -> MoneyUnit:
        for appendix in self.editor.plan.appendices:
            if appendix.role is AppendixRole.BUDGET:
                return appendix.unit
        return DEFAULT_UNIT

    def reload(self) -> None:
        plan = self.editor.plan
        self.model.reset(task_lines(plan), list(plan.years), self._unit())

    def _edit(self, row: int, column: int, text: str) -> None:
        line = self.model.lines[row]
        fixed = len(self.model.FIXED)
        kwargs: dict = {}
        try:
            if column == 3:
                status = next((s for s in TaskStatus if s.label == text), None)
                if status is None:
                    return
                kwargs["status"] = status
            elif column < fixed + len(self.model.years):
                year = self.model.years[column - fixed]
                amount = read_amount(text, self.model.unit)
                if isinstance(amount, Ambiguous):
                    raise amount.error()
                kwargs["disbursed"] = {year: amount or 0}
            else:
                kwargs["note"] = text
            new = build_task_progress(self.editor.plan, line.row_uuid, **kwargs)
        except (UserError, ValueError) as error:
            self.message.setText(error.text if isinstance(error, UserError) else str(error))
            return
        self.message.setText("")
        self.stack.push(
            SetTaskProgressCommand(
                self.editor, line.row_uuid, new, self.tr("Cập nhật tiến độ nhiệm vụ"), self.after
            )
        )

    def index_of(self, row: int, column: int) -> QModelIndex:
        return self.model.index(row, column)
