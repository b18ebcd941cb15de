"""The periodic progress report (Báo cáo kết quả thực hiện kế hoạch 6 tháng / năm) from the
KPI tracker: choose the period and the report's number, see the report as it prints (its PDF
rendered with QtPdf) with its summary, export it to PDF or Excel.

The report is built from the open plan as edited (`services.kpi_report.build_report`), so
figures typed a moment ago are in it; files are written by `write_report` (atomically)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.kpi_periods import Period, PeriodKind
from ...services.kpi import KpiView
from ...services.kpi_report import build_report, write_report

if TYPE_CHECKING:
    from ...domain.kpi_report import ProgressReport
    from ...services.plan_editing import PlanEditor


class ProgressReportWindow(QDialog):
    """A window (not modal) beside the tracker; `ask_save_path` is replaceable for tests."""

    def __init__(
        self,
        editor: PlanEditor,
        communes: list[str],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressReport")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.editor, self.communes, self.today = editor, communes, today
        self.report: ProgressReport | None = None
        self.last_export: Path | None = None
        self.ask_save_path = self._ask_save_path
        self._folder = tempfile.TemporaryDirectory(prefix="itplan-report-")
        self._preview_count = 0

        self.period_label = QLabel()
        self.period = QComboBox()
        self.period.setObjectName("reportPeriod")
        self.period_label.setBuddy(self.period)
        self.number_label = QLabel()
        self.number = QLineEdit()
        self.number.setObjectName("reportNumber")
        self.number.setMaximumWidth(90)
        self.number_label.setBuddy(self.number)
        self.preview_button = QPushButton()
        self.pdf_button = QPushButton()
        self.xlsx_button = QPushButton()
        self.close_button = QPushButton()
        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("reportView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period, 1)
        top.addWidget(self.number_label)
        top.addWidget(self.number)
        top.addWidget(self.preview_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self._fill_periods()
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.number.editingFinished.connect(self.refresh)
        self.preview_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        self.resize(*self._fitting_size())
        self.refresh()

    def _fitting_size(self) -> tuple[int, int]:
        """Portrait A4 pages want height; keep within the screen (1366×768 laptops)."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 900, 900
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        return width, height

    # ------------------------------------------------------------ periods
    def _fill_periods(self) -> None:
        view = KpiView(self.editor.plan, self.communes)
        periods = view.grid_periods((PeriodKind.HALF, PeriodKind.YEAR))
        default = view.default_report_period(self.today)
        if default.code not in {p.code for p in periods}:
            periods = sorted([*periods, default], key=lambda p: p.sort_key)
        with_data = {p.code for p in view.periods_with_data()}
        self.period.blockSignals(True)
        self.period.clear()
        for period in periods:
            text = period.label
            if period.code in with_data:
                text = self.tr("%1 (có số liệu)").replace("%1", text)
            self.period.addItem(text, period.code)
        self.period.setCurrentIndex(self.period.findData(default.code))
        self.period.blockSignals(False)

    def chosen_period(self) -> Period:
        from ...domain.kpi_periods import parse_period

        return parse_period(self.period.currentData())

    def select_period(self, code: str) -> None:
        index = self.period.findData(code)
        if index >= 0:
            self.period.setCurrentIndex(index)

    # ------------------------------------------------------------ report
    def build(self) -> ProgressReport:
        return build_report(
            self.editor.plan,
            self.communes,
            self.chosen_period(),
            number=self.number.text().strip(),
            issued_on=self.today,
        )

    def refresh(self) -> None:
        """Build the report of the chosen period and show it as it prints."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = self.build()
            self._preview_count += 1  # a new file each time: QPdfDocument keeps the old open
            target = Path(self._folder.name) / f"bao-cao-{self._preview_count}.pdf"
            write_report(self.report, target)
        except Exception as error:
            self._counts_shown = False
            self.status.setText(str(error))
            self.status.setStyleSheet("color: #c62828;")
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.document.close()
        self.document.load(str(target))
        self.summary.setText(f"<b>{self.report.title}</b><br>{self.report.summary}")
        self.status.setStyleSheet("")
        self._counts_shown = True
        self._show_counts()

    def _show_counts(self) -> None:
        if self.report is None:
            return
        self.status.setText(
            self.tr("%1 chỉ tiêu, %2 nhiệm vụ; %3 trang.")
            .replace("%1", str(len(self.report.kpi_rows)))
            .replace("%2", str(len(self.report.tasks)))
            .replace("%3", str(self.document.pageCount()))
        )

    # ------------------------------------------------------------ export
    def suggested_name(self, kind: str) -> str:
        return f"bao-cao-ket-qua-{self.chosen_period().code}.{kind}"

    def _ask_save_path(self, suggested: str, filters: str) -> Path | None:
        from .. import settings

        recent = settings.recent("folders")
        folder = Path(recent[0]) if recent else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất báo cáo kết quả"), str(folder / suggested), filters
        )
        return Path(name) if name else None

    def export(self, kind: str) -> Path | None:
        """Write the report of the chosen period as PDF or Excel where the user says."""
        filters = self.tr("Tệp PDF (*.pdf)") if kind == "pdf" else self.tr("Bảng Excel (*.xlsx)")
        target = self.ask_save_path(self.suggested_name(kind), filters)
        if target is None:
            return None
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(target.name + f".{kind}")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_report(self.build(), target)
        except Exception as error:
            self.status.setText(str(error))
            self.status.setStyleSheet("color: #c62828;")
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.last_export = target
        self._counts_shown = False
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Đã ghi tệp “%1”.").replace("%1", str(target)))
        return target

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Báo cáo kết quả thực hiện kế hoạch"))
        self.period_label.setText(self.tr("&Kỳ báo cáo:"))
        self.number_label.setText(self.tr("&Số:"))
        self.number.setPlaceholderText(self.tr("vd. 12"))
        self.preview_button.setText(self.tr("&Xem lại"))
        self.pdf_button.setText(self.tr("Xuất &PDF…"))
        self.xlsx_button.setText(self.tr("Xuất &Excel…"))
        self.close_button.setText(self.tr("Đóng"))
        if getattr(self, "_counts_shown", False):
            self._show_counts()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.document.close()
        super().closeEvent(event)
