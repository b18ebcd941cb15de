"""Editing the plan's indicators: the list (add, delete, move up and down) beside the form of
the selected one. Every change is an undo command on the plan's stack, so the dialog follows
undo and redo; deleting an indicator that has figures asks first.

`NewIndicatorDialog` fills in a user's own indicator; OK adds it as one command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.indicator import Indicator, IndicatorKind
from ...messages import UserError
from ...services.kpi_catalogue import catalogue_groups
from ...services.kpi_indicator_edit import (
    apply_fields,
    check_fields,
    has_observations,
    new_indicator,
    observations_of,
)
from ...services.plan_editing import PlanEditor
from ..screen_fit import fit_to_screen
from .indicator_commands import (
    InsertIndicatorsCommand,
    MoveIndicatorCommand,
    RemoveIndicatorCommand,
    SetIndicatorFieldsCommand,
)
from .indicator_form import IndicatorForm, RoomyItemDelegate


def plan_groups(editor: PlanEditor) -> list[str]:
    """The catalogue's groups, then the plan's own."""
    groups = catalogue_groups()
    for indicator in editor.plan.indicators:
        if indicator.group and indicator.group not in groups:
            groups.append(indicator.group)
    return groups


class NewIndicatorDialog(QDialog):
    """A user's own indicator; `indicator` holds it after OK."""

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thêm chỉ tiêu"))
        self.indicator = Indicator(name="", kind=IndicatorKind.PERCENT_RATIO, unit="%")
        self.form = IndicatorForm(editor.plan.years, plan_groups(editor))
        self.form.load(self.indicator)
        self.form.group.setCurrentText("")
        self.form.edited.connect(self._draft_edited)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Thêm vào kế hoạch"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 520)
        self.form.name.setFocus()

    def _draft_edited(self, values: dict[str, Any], _text: str) -> None:
        """A field of the draft changed. Only a new kind reloads the form (its unit and
        targets follow the kind), keeping the texts typed so far; anything else typed stays
        as it is on screen (a reload would wipe a field not yet confirmed)."""
        apply_fields(self.indicator, values)
        if "kind" in values:
            form = self.form
            typed = {
                "name": " ".join(form.name.text().split()),
                "group": form.group.currentText().strip(),
                "objective_text": form.objective.text().strip(),
                "denominator_label": form.denominator.text().strip(),
            }
            apply_fields(self.indicator, typed)
            form.load(self.indicator)

    def accept(self) -> None:
        """Enter or "Thêm vào kế hoạch": a target still being typed is committed and every
        field checked; a bad one keeps the dialog open with its message."""
        from ..pending_edits import commit_open_editors

        commit_open_editors(self)
        try:
            values = self.form.values()
            made = new_indicator(values["name"], values["kind"], values["group"], values["unit"])
        except UserError as error:
            self.form.show_error(error.text)
            return
        values["unit"] = made.unit
        apply_fields(self.indicator, values)
        super().accept()


class IndicatorEditorDialog(QDialog):
    """The plan's indicators: list on the left, the selected one's fields on the right."""

    def __init__(
        self,
        editor: PlanEditor,
        stack: QUndoStack,
        after: Callable[[], None],
        row: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor, self.stack, self.after = editor, stack, after
        self.setWindowTitle(self.tr("Sửa chỉ tiêu của kế hoạch"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setItemDelegate(RoomyItemDelegate(self.list))
        self.list.setMinimumWidth(300)
        self.list.currentRowChanged.connect(self._show_current)
        self.form = IndicatorForm(editor.plan.years, plan_groups(editor))
        self.form.edited.connect(self._edited)
        self.add_button = QPushButton(self.tr("Thêm…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.up_button = QPushButton(self.tr("Lên"))
        self.down_button = QPushButton(self.tr("Xuống"))
        self.add_button.clicked.connect(self.add_indicator)
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(list_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setSizes([340, 640])
        bottom = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.redo_button = QPushButton(self.tr("Làm lại"))
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.undoTextChanged.connect(self.undo_button.setToolTip)
        stack.redoTextChanged.connect(self.redo_button.setToolTip)
        for button, enabled, tip in (
            (self.undo_button, stack.canUndo(), stack.undoText()),
            (self.redo_button, stack.canRedo(), stack.redoText()),
        ):
            button.setEnabled(enabled)
            button.setToolTip(tip)
            bottom.addWidget(button)
        bottom.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, 1040, 560)
        stack.indexChanged.connect(self._stack_changed)
        self.refresh(row)

    # ------------------------------------------------------------ showing
    @property
    def indicators(self) -> list[Indicator]:
        return self.editor.plan.indicators

    def current(self) -> Indicator | None:
        row = self.list.currentRow()
        return self.indicators[row] if 0 <= row < len(self.indicators) else None

    def refresh(self, row: int | None = None) -> None:
        """List the indicators again and select `row` (default: the same one)."""
        keep = self.list.currentRow() if row is None else row
        self.list.blockSignals(True)
        self.list.clear()
        for number, indicator in enumerate(self.indicators, 1):
            item = QListWidgetItem(f"{number}. {indicator.name}")
            item.setToolTip(indicator.group)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.indicators:
            self.list.setCurrentRow(max(0, min(keep, len(self.indicators) - 1)))
        self._show_current(self.list.currentRow())

    def _show_current(self, _row: int) -> None:
        indicator = self.current()
        has_values = indicator is not None and has_observations(self.editor.plan, indicator)
        self.form.load(indicator, has_values=has_values)
        row = self.list.currentRow()
        self.delete_button.setEnabled(indicator is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.indicators) - 1)

    def _stack_changed(self, _index: int) -> None:
        if self.isVisible():
            self.refresh()

    # ------------------------------------------------------------ editing
    def _push(self, command) -> None:
        self.stack.push(command)
        self.refresh()

    def _edited(self, values: dict[str, Any], text: str) -> None:
        indicator = self.current()
        if indicator is None:
            return
        try:
            check_fields(self.editor.plan, indicator, values)
        except UserError as error:
            self.form.load(indicator, has_values=has_observations(self.editor.plan, indicator))
            self.form.show_error(error.text)
            return
        self._push(SetIndicatorFieldsCommand(self.editor, indicator, values, text, self.after))

    def add_indicator(self) -> NewIndicatorDialog:
        dialog = NewIndicatorDialog(self.editor, self)
        dialog.accepted.connect(lambda: self.insert_new(dialog.indicator))
        dialog.open()
        return dialog

    def insert_new(self, indicator: Indicator) -> None:
        text = self.tr("Thêm chỉ tiêu “%1”").replace("%1", indicator.name)
        self.stack.push(InsertIndicatorsCommand(self.editor, [indicator], text, self.after))
        self.refresh(len(self.indicators) - 1)

    def delete_current(self) -> bool:
        """Delete the selected indicator (asking when it has figures); whether it was."""
        indicator = self.current()
        if indicator is None:
            return False
        figures = len(observations_of(self.editor.plan, indicator))
        if figures and not self._confirm_delete(indicator, figures):
            return False
        text = self.tr("Xóa chỉ tiêu “%1”").replace("%1", indicator.name)
        self._push(RemoveIndicatorCommand(self.editor, indicator, text, self.after))
        return True

    def _confirm_delete(self, indicator: Indicator, figures: int) -> bool:
        """Ask before deleting an indicator that has figures."""
        answer = QMessageBox.question(
            self,
            self.tr("Xóa chỉ tiêu"),
            self.tr("Chỉ tiêu “%1” đã có %2 số liệu. Xóa chỉ tiêu cùng các số liệu này?")
            .replace("%1", indicator.name)
            .replace("%2", str(figures)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self.indicators):
            return
        text = self.tr("Chuyển chỉ tiêu lên") if step < 0 else self.tr("Chuyển chỉ tiêu xuống")
        self.stack.push(MoveIndicatorCommand(self.editor, row, target, text, self.after))
        self.refresh(target)
