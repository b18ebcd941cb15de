"""The tracker's indicator and commune buttons: "Chọn từ danh mục…", "Thêm chỉ tiêu…",
"Sửa chỉ tiêu…", "Danh sách xã…". Dialogs open window-modal (`open()`), their results become
undo commands on the plan's stack; the tracker is reshaped after each change."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton

from ...domain.indicator import Indicator
from ...services.plan_creation import list_organisations
from .catalogue_dialog import CataloguePicker
from .commune_dialog import CommuneListDialog
from .indicator_commands import InsertIndicatorsCommand
from .indicator_editor import IndicatorEditorDialog, NewIndicatorDialog
from .models import BY_COMMUNE

if TYPE_CHECKING:
    from .report_window import ProgressReportWindow
    from .tracker import KpiTracker


class KpiIndicatorActions(QObject):
    """Owns the button row (`bar`) and the dialogs it opens (kept for tests)."""

    def __init__(self, tracker: KpiTracker) -> None:
        super().__init__(tracker)
        self.tracker = tracker
        self.catalogue_button = QPushButton()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.communes_button = QPushButton()
        self.report_button = QPushButton()
        self.report_button.setObjectName("kpiReportButton")
        self.report_button.clicked.connect(self.open_report)
        self.retranslate()
        self.catalogue_button.clicked.connect(self.open_catalogue)
        self.add_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.open_editor)
        self.communes_button.clicked.connect(self.open_communes)
        self.bar = QHBoxLayout()
        for button in (
            self.catalogue_button,
            self.add_button,
            self.edit_button,
            self.communes_button,
        ):
            self.bar.addWidget(button)
        self.bar.addStretch(1)
        self.bar.addWidget(self.report_button)
        self.report_window: ProgressReportWindow | None = None
        self.catalogue: CataloguePicker | None = None
        self.new_dialog: NewIndicatorDialog | None = None
        self.editor_dialog: IndicatorEditorDialog | None = None
        self.communes_dialog: CommuneListDialog | None = None

    def retranslate(self) -> None:
        """The buttons' texts in the interface language (the tracker calls it on a switch)."""
        self.catalogue_button.setText(self.tr("Chọn từ danh mục…"))
        self.add_button.setText(self.tr("Thêm chỉ tiêu…"))
        self.edit_button.setText(self.tr("Sửa chỉ tiêu…"))
        self.communes_button.setText(self.tr("Danh sách xã…"))
        self.report_button.setText(self.tr("Báo cáo kết quả…"))
        self.report_button.setToolTip(
            self.tr("Báo cáo kết quả thực hiện kế hoạch 6 tháng / năm: xem trước, xuất PDF, Excel")
        )
        self.catalogue_button.setToolTip(
            self.tr("Thêm chỉ tiêu từ danh mục chỉ tiêu thường dùng trong kế hoạch")
        )
        self.add_button.setToolTip(self.tr("Thêm một chỉ tiêu riêng của kế hoạch"))
        self.edit_button.setToolTip(
            self.tr("Sửa tên, loại, giá trị cơ sở, mục tiêu từng năm; xóa hoặc sắp xếp chỉ tiêu")
        )
        self.communes_button.setToolTip(self.tr("Thêm, sửa, xóa xã, thị trấn của huyện"))

    @property
    def editor(self):
        return self.tracker.editor

    # ------------------------------------------------------------ after a change
    def indicators_changed(self) -> None:
        """Reshape the tracker (rows come and go), keeping the period and the current row."""
        tracker = self.tracker
        if not shiboken6.isValid(tracker):
            return
        row = tracker.table.currentIndex().row()
        column = tracker.table.currentIndex().column()
        period = tracker.current_period().code
        tracker.reload()
        codes = [p.code for p in tracker.periods]
        if period in codes:
            tracker.period_box.setCurrentIndex(codes.index(period))
        rows = tracker.model.rowCount()
        if rows and row >= 0:
            tracker.table.setCurrentIndex(tracker.model.index(min(row, rows - 1), max(column, 0)))
        tracker.changed.emit()

    @staticmethod
    def _drop(dialog: QDialog | None) -> None:
        """The previous dialog of a kind goes when the next one opens."""
        if dialog is not None and shiboken6.isValid(dialog) and not dialog.isVisible():
            dialog.deleteLater()

    def _insert(self, indicators: list[Indicator], text: str) -> None:
        if indicators:
            command = InsertIndicatorsCommand(
                self.editor, indicators, text, self.indicators_changed
            )
            self.tracker.stack.push(command)

    # ------------------------------------------------------------ dialogs
    def open_catalogue(self) -> CataloguePicker:
        plan = self.editor.plan
        have = {i.catalogue_code for i in plan.indicators if i.catalogue_code}
        self._drop(self.catalogue)
        dialog = CataloguePicker(plan.end_year, have, len(self.tracker.communes), self.tracker)
        dialog.accepted.connect(lambda: self._picked(dialog))
        self.catalogue = dialog
        dialog.open()
        return dialog

    def _picked(self, dialog: CataloguePicker) -> None:
        indicators = dialog.indicators()
        text = self.tr("Thêm %1 chỉ tiêu").replace("%1", str(len(indicators)))
        self._insert(indicators, text)

    def open_new(self) -> NewIndicatorDialog:
        self._drop(self.new_dialog)
        dialog = NewIndicatorDialog(self.editor, self.tracker)
        dialog.accepted.connect(lambda: self._new_accepted(dialog))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _new_accepted(self, dialog: NewIndicatorDialog) -> None:
        text = self.tr("Thêm chỉ tiêu “%1”").replace("%1", dialog.indicator.name)
        self._insert([dialog.indicator], text)

    def open_editor(self) -> IndicatorEditorDialog:
        row = max(self.tracker.table.currentIndex().row(), 0)
        self._drop(self.editor_dialog)
        dialog = IndicatorEditorDialog(
            self.editor, self.tracker.stack, self.indicators_changed, row, self.tracker
        )
        self.editor_dialog = dialog
        dialog.open()
        return dialog

    def open_communes(self) -> CommuneListDialog:
        plan = self.editor.plan
        district = plan.organisation_code
        name = self._district_name(district)
        self._drop(self.communes_dialog)
        dialog = CommuneListDialog(self.editor.db, district, name, [plan], self.tracker)
        dialog.changed.connect(self.indicators_changed)
        self.communes_dialog = dialog
        dialog.open()
        return dialog

    def open_report(self) -> ProgressReportWindow:
        """The progress report window of the open plan (one at a time, not modal)."""
        from .report_window import ProgressReportWindow

        window = self.report_window
        if window is not None and shiboken6.isValid(window):
            window.close()
            window.deleteLater()
        communes = [c.code for c in self.tracker.communes]
        window = ProgressReportWindow(self.editor, communes, self.tracker)
        if self.tracker.mode.currentIndex() == BY_COMMUNE:  # the period the user is looking at
            window.select_period(self.tracker.current_period().code)
        self.report_window = window
        window.show()
        window.raise_()
        return window

    def _district_name(self, code: str) -> str:
        for organisation in list_organisations(self.editor.db):
            if organisation.code == code:
                return organisation.full_name
        return code
