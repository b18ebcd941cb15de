"""The Excel import dialog: the detected header and the first rows of the sheet, each
column's role chosen from a combo above it (what the CLI's `--mapping` says), the sheet,
unit, title and number convention; every change reads the table again
(`services.xlsx_import.preview_xlsx` with the mapping) and a refusal is shown in the dialog.
"Nhập" accepts: the caller adds the last preview as one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.appendix import ColumnRole
from ...formats.xlsx_import.mapping import IGNORE
from ...services.xlsx_mapping import ROLES, Mapping, candidate_years, choice_of
from ...vn.units import MoneyUnit

HEADER_TINT = QColor("#e8eef7")
IGNORED_TINT = QColor("#eeeeee")
RED = "color: #c62828;"


def role_label(role: ColumnRole) -> str:
    """The Vietnamese name of a column role (lupdate sees each literal)."""
    labels = {
        ColumnRole.TT: QCoreApplication.translate("ExcelImport", "TT (số thứ tự)"),
        ColumnRole.NAME: QCoreApplication.translate("ExcelImport", "Tên, nội dung"),
        ColumnRole.OBJECTIVE: QCoreApplication.translate("ExcelImport", "Mục tiêu"),
        ColumnRole.LEAD_UNIT: QCoreApplication.translate("ExcelImport", "Đơn vị chủ trì"),
        ColumnRole.PARTNER_UNIT: QCoreApplication.translate("ExcelImport", "Đơn vị phối hợp"),
        ColumnRole.FIELD: QCoreApplication.translate("ExcelImport", "Lĩnh vực"),
        ColumnRole.SCALE: QCoreApplication.translate("ExcelImport", "Quy mô"),
        ColumnRole.SCOPE: QCoreApplication.translate("ExcelImport", "Phạm vi"),
        ColumnRole.TIME: QCoreApplication.translate("ExcelImport", "Thời gian"),
        ColumnRole.SOURCE: QCoreApplication.translate("ExcelImport", "Nguồn vốn (chữ)"),
        ColumnRole.NOTE: QCoreApplication.translate("ExcelImport", "Ghi chú"),
        ColumnRole.TEXT: QCoreApplication.translate("ExcelImport", "Chữ khác"),
        ColumnRole.STAFF: QCoreApplication.translate("ExcelImport", "Số CBCC"),
        ColumnRole.QUANTITY: QCoreApplication.translate("ExcelImport", "Số lượng"),
        ColumnRole.AMOUNT: QCoreApplication.translate("ExcelImport", "Kinh phí"),
        ColumnRole.ALLOCATED: QCoreApplication.translate("ExcelImport", "Đã phân bổ"),
        ColumnRole.MISSING: QCoreApplication.translate("ExcelImport", "Còn thiếu (tính)"),
        ColumnRole.TOTAL: QCoreApplication.translate("ExcelImport", "Tổng (tính)"),
    }
    return labels.get(role, role.value)


class ExcelImportDialog(QDialog):
    """Preview and mapping of one workbook; `preview` is the table to add when accepted."""

    def __init__(
        self,
        path: Path,
        preview: Any,
        plan_years: range | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("excelImportDialog")
        self.path, self.plan_years = Path(path), plan_years
        self.base = preview  # the importer's own reading of the current sheet
        self.preview: Any = preview
        self.error: str | None = None
        self.mapping = Mapping(sheet=preview.sheet)
        self._loading = False

        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.unit = QComboBox()
        self.unit.setObjectName("importUnit")
        for unit in MoneyUnit:
            self.unit.addItem(unit.label, unit.label)
        self.convention = QComboBox()
        self.convention.setObjectName("importConvention")
        self.title = QLineEdit()
        self.title.setObjectName("importTitle")
        self.table = QTableWidget()
        self.table.setObjectName("importTable")
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.refusal = QLabel()
        self.refusal.setObjectName("importRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(RED)
        self.refusal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit()
        self.details.setObjectName("importDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(90)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_columns)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importAccept")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        top = QHBoxLayout()
        top.addWidget(self.sheet, 2)
        top.addWidget(self.labels[1])
        top.addWidget(self.unit, 1)
        top.addWidget(self.labels[2])
        top.addWidget(self.convention, 1)
        self.form.addRow(self.labels[0], top)
        self.form.addRow(self.labels[3], self.title)
        self.labels[0].setBuddy(self.sheet)
        self.labels[1].setBuddy(self.unit)
        self.labels[2].setBuddy(self.convention)
        self.labels[3].setBuddy(self.title)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reset_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.refusal)
        layout.addWidget(self.details)
        layout.addLayout(bottom)

        self.retranslate()
        self._load_fields()
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.unit.currentIndexChanged.connect(self._options_changed)
        self.convention.currentIndexChanged.connect(self._options_changed)
        self.title.editingFinished.connect(self._options_changed)
        self._show()
        self.resize(*self._fitting_size())

    def _fitting_size(self) -> tuple[int, int]:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1100, 680
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        return width, height

    # ------------------------------------------------------------ fields
    def _load_fields(self) -> None:
        self._loading = True
        try:
            preview = self.preview
            self.sheet.clear()
            for name in preview.sheets:
                self.sheet.addItem(name, name)
            self.sheet.setCurrentIndex(max(0, self.sheet.findData(preview.sheet)))
            self.unit.setCurrentIndex(max(0, self.unit.findData(preview.unit)))
            self.title.setText(preview.appendix.title)
        finally:
            self._loading = False

    def _choices(self) -> list[tuple[str, str]]:
        items = [(IGNORE, QCoreApplication.translate("ExcelImport", "(bỏ qua cột này)"))]
        items += [(role.value, role_label(role)) for role in ROLES]
        for year in candidate_years(self.base, self.plan_years):
            items.append(
                (
                    f"year:{year}",
                    QCoreApplication.translate("ExcelImport", "Năm %1").replace("%1", str(year)),
                )
            )
        return items

    # ------------------------------------------------------------ table
    def _show(self) -> None:
        """The sheet's columns: role combo, detected header, then the first rows."""
        preview = self.preview if self.preview is not None else self.base
        sample = preview.sample
        width = max((len(cells) for _row, cells in sample), default=0)
        matches = {m.column: m for m in preview.columns}
        width = max(width, max(matches, default=0))
        header_rows = range(preview.header_rows[0], preview.header_rows[1] + 1)
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(1 + len(sample))
        from openpyxl.utils import get_column_letter

        self.table.setHorizontalHeaderLabels([get_column_letter(c) for c in range(1, width + 1)])
        labels = [QCoreApplication.translate("ExcelImport", "Vai trò")]
        labels += [str(row) for row, _cells in sample]
        self.table.setVerticalHeaderLabels(labels)
        choices = self._choices()
        for column in range(1, width + 1):
            match = matches.get(column)
            current = self.mapping.columns.get(column) or (choice_of(match) if match else IGNORE)
            combo = QComboBox()
            combo.setObjectName(f"importRole_{get_column_letter(column)}")
            for value, text in choices:
                combo.addItem(text, value)
            if combo.findData(current) < 0:
                combo.addItem(current, current)
            combo.setCurrentIndex(combo.findData(current))
            if match is not None and match.target is not None and match.target.source:
                combo.setToolTip(match.target.source)
            combo.currentIndexChanged.connect(
                lambda _i, c=column, box=combo: self._column_changed(c, box.currentData())
            )
            self.table.setCellWidget(0, column - 1, combo)
            ignored = current == IGNORE
            for offset, (row, cells) in enumerate(sample, start=1):
                text = cells[column - 1] if column - 1 < len(cells) else ""
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(text)
                if row in header_rows:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(HEADER_TINT)
                elif ignored:
                    item.setForeground(QColor("#9e9e9e"))
                    item.setBackground(IGNORED_TINT)
                self.table.setItem(offset, column - 1, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(width):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 110), 260))
        self._show_summary()

    def _show_summary(self) -> None:
        if self.error is not None:
            self.refusal.setText(self.error)
            self.summary.setText("")
            self.details.setPlainText("")
            self.import_button.setEnabled(False)
            return
        preview = self.preview
        self.refusal.setText("")
        items = sum(r.kind.value == "item" for r in preview.appendix.rows)
        groups = len(preview.appendix.rows) - items
        first, last = preview.header_rows
        text = (
            QCoreApplication.translate(
                "ExcelImport",
                "Tiêu đề ở dòng %1–%2; %3 dòng nội dung, %4 dòng nhóm, %5 cột được nhập; "
                "đơn vị %6.",
            )
            .replace("%1", str(first))
            .replace("%2", str(last))
            .replace("%3", str(items))
            .replace("%4", str(groups))
            .replace("%5", str(len(preview.appendix.columns)))
            .replace("%6", preview.unit)
        )
        if preview.problems:
            text += " " + QCoreApplication.translate(
                "ExcelImport", "%1 ô không đọc được sẽ để trống."
            ).replace("%1", str(len(preview.problems)))
            self.summary.setStyleSheet(RED)
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)
        details = [*preview.notes, *(str(p) for p in preview.problems[:50])]
        details += [str(a) for a in preview.ambiguous[:20]]
        self.details.setPlainText("\n".join(details))
        self.import_button.setEnabled(True)

    # ------------------------------------------------------------ changes
    def _column_changed(self, column: int, choice: str) -> None:
        if self._loading:
            return
        self.mapping.set_column(self.base, column, choice)
        self.reread()

    def _options_changed(self, *_args: object) -> None:
        if self._loading:
            return
        unit = self.unit.currentData()
        self.mapping.unit = None if unit == self.base.unit else unit
        title = self.title.text().strip()
        self.mapping.title = None if title == self.base.appendix.title else title
        self.mapping.convention = self.convention.currentData() or "auto"
        self.reread()

    def _sheet_changed(self, _index: int) -> None:
        if self._loading:
            return
        self.mapping = Mapping(sheet=self.sheet.currentData())
        base = self._read(self.mapping)
        if base is not None:
            self.base = base
            self._loading = True
            self.unit.setCurrentIndex(max(0, self.unit.findData(base.unit)))
            self.title.setText(base.appendix.title)
            self._loading = False
        self._show()

    def reset_columns(self) -> None:
        """Back to the importer's own reading of the columns."""
        self.mapping.columns.clear()
        self.reread()

    def choose(self, letter: str, choice: str) -> None:
        """Choose a column's role as the combo does (`letter` "B", `choice` "name")."""
        from openpyxl.utils import column_index_from_string

        combo = self.table.cellWidget(0, column_index_from_string(letter) - 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(choice))

    def reread(self) -> None:
        self._read(self.mapping)
        self._show()

    def _read(self, mapping: Mapping) -> Any:
        """Preview with the mapping; a refusal is kept in `error` and shown."""
        from ...services.xlsx_import import preview_xlsx

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = preview_xlsx(
                self.path, mapping=mapping.to_json(), convention=mapping.convention
            )
        except Exception as error:  # UserError: its Vietnamese text; anything else: its text
            self.error = str(error)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.error = None
        self.preview = preview
        return preview

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("ExcelImport", "Nhập bảng Excel “%1”").replace(
                "%1", self.path.name
            )
        )
        texts = (
            QCoreApplication.translate("ExcelImport", "&Trang tính:"),
            QCoreApplication.translate("ExcelImport", "Đơn &vị:"),
            QCoreApplication.translate("ExcelImport", "Cách &ghi số:"),
            QCoreApplication.translate("ExcelImport", "Tên &phụ lục:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        current = self.convention.currentData()
        self.convention.blockSignals(True)
        self.convention.clear()
        self.convention.addItem(QCoreApplication.translate("ExcelImport", "Tự nhận ra"), "auto")
        self.convention.addItem(
            QCoreApplication.translate("ExcelImport", "1.234,5 (Việt Nam)"), "vi"
        )
        self.convention.addItem(
            QCoreApplication.translate("ExcelImport", "1,234.5 (Anh – Mỹ)"), "en"
        )
        self.convention.setCurrentIndex(max(0, self.convention.findData(current)))
        self.convention.blockSignals(False)
        self.hint.setText(
            QCoreApplication.translate(
                "ExcelImport",
                "Chọn vai trò của từng cột ở dòng đầu; cột “bỏ qua” không được nhập. "
                "Bảng được đọc lại sau mỗi lựa chọn.",
            )
        )
        self.reset_button.setText(QCoreApplication.translate("ExcelImport", "Như phần mềm nhận ra"))
        self.import_button.setText(QCoreApplication.translate("ExcelImport", "&Nhập thành phụ lục"))
