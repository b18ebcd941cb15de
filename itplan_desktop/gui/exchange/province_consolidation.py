"""The province's consolidation: the per-unit allocation appendix for a period and a funding
source — today's units grouped by kind from 2026 (`services.province_units`), the districts
before (`services.province.consolidate`) — exported to PDF or Excel in the official format by
the export services, and the KPI comparison across the units (exported the same way through
`services.province_kpi_report`; from 2026 the screen shows the very appendix printed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.funding import source_label, sources_for_year
from .. import settings
from ..screen_fit import fit_to_screen
from ..tasks import run_task
from .province_inbox import province_codes
from .province_tables import fill_appendix, fill_kpi, read_only_table

if TYPE_CHECKING:
    from ...domain import Plan
    from ...services.province import KpiComparison
    from ...store.database import Database

SOURCES = ("sn.huyen", "sn.tinh", "sn", "dtpt.huyen", "dtpt.tinh", "dtpt", "sn.xa", "dtpt.xa")
"""The sources offered for the district era (before budget year 2026)."""
TODAY_FROM = 2026
"""From budget year 2026 (Luật Ngân sách nhà nước 89/2025/QH15) the province consolidates
today's units: no district budget level."""


def sources_for(start_year: int) -> tuple[str, ...]:
    """The funding sources offered for a consolidation starting in `start_year`."""
    if start_year >= TODAY_FROM:
        return tuple(sources_for_year(start_year))
    return SOURCES


class ConsolidationWindow(QWidget):
    """`plan` is the last consolidated plan (not stored: it is derived, and re-made at will)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("consolidationWindow")
        self.db = db
        self.plan: Plan | None = None
        self.comparison: KpiComparison | None = None
        self.kpi_plan: Plan | None = None  # from 2026: the report shown (its appendix)
        self.last_export: Path | None = None
        self.last_kpi_export: Path | None = None
        self.ask_save_path: Callable[[str, str], Path | None] = self._ask_save
        self.province = QComboBox()
        for code, name in province_codes(db):
            self.province.addItem(f"{name} ({code})", code)
        self.start, self.end = QSpinBox(), QSpinBox()
        today = date.today().year  # today's five-year period (2026-2030 …); the archive by hand
        first = TODAY_FROM + (max(today, TODAY_FROM) - TODAY_FROM) // 5 * 5
        for spin, value in ((self.start, first), (self.end, first + 4)):
            spin.setRange(2000, 2100)
            spin.setValue(value)
        self.source = QComboBox()
        self.source.setObjectName("consolidationSource")
        self._fill_sources(self.start.value())
        self.start.valueChanged.connect(self._start_changed)
        self.labels = [QLabel() for _ in range(4)]
        self.run_button = QPushButton()
        self.run_button.setObjectName("runConsolidation")
        self.run_button.clicked.connect(self.run)
        top = QHBoxLayout()
        for label, field in zip(
            self.labels, (self.province, self.start, self.end, self.source), strict=True
        ):
            top.addWidget(label)
            top.addWidget(field)
        top.addStretch(1)
        top.addWidget(self.run_button)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._allocation_tab(), "")
        self.tabs.addTab(self._kpi_tab(), "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        fit_to_screen(self, 1200, 760)
        self.retranslate()

    def _allocation_tab(self) -> QWidget:
        page = QWidget()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = read_only_table("consolidatedTable")
        self.pdf_button, self.xlsx_button = QPushButton(), QPushButton()
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_label, 1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        box = QVBoxLayout(page)
        box.addWidget(self.title)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        return page

    def _kpi_tab(self) -> QWidget:
        page = QWidget()
        self.period_label = QLabel()
        self.period = QLineEdit(str(date.today().year))
        self.period.setMaximumWidth(120)
        self.kpi_button = QPushButton()
        self.kpi_button.clicked.connect(self.show_kpi)
        self.kpi_note = QLabel()
        self.kpi_table = read_only_table("kpiComparison")
        self.kpi_pdf_button, self.kpi_xlsx_button = QPushButton(), QPushButton()
        self.kpi_pdf_button.setObjectName("kpiComparisonPdf")
        self.kpi_xlsx_button.setObjectName("kpiComparisonXlsx")
        self.kpi_pdf_button.clicked.connect(lambda: self.export_kpi("pdf"))
        self.kpi_xlsx_button.clicked.connect(lambda: self.export_kpi("xlsx"))
        self.kpi_export_label = QLabel()
        self.kpi_export_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.kpi_button)
        top.addWidget(self.kpi_note, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.kpi_export_label, 1)
        buttons.addWidget(self.kpi_pdf_button)
        buttons.addWidget(self.kpi_xlsx_button)
        box = QVBoxLayout(page)
        box.addLayout(top)
        box.addWidget(self.kpi_table, 1)
        box.addLayout(buttons)
        return page

    # ------------------------------------------------------------ consolidation
    def set_period(self, province_code: str | None, start: int | None) -> None:
        if province_code is not None and self.province.findData(province_code) >= 0:
            self.province.setCurrentIndex(self.province.findData(province_code))
        if start:
            self.start.setValue(start)
            self.end.setValue(start + 4)
            self.period.setText(str(start))

    def _fill_sources(self, start: int) -> None:
        """The sources of the period's budget years in their words, then "every source"."""
        chosen = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        for key in sources_for(start):
            self.source.addItem(source_label(key, start), key)
        self.source.addItem(self.tr("Mọi nguồn vốn"), None)  # every source (today's units)
        index = self.source.findData(chosen) if chosen is not None else -1
        if index < 0:  # the district budget is gone from 2026: every source instead
            index = self.source.count() - 1 if start >= TODAY_FROM else 0
        self.source.setCurrentIndex(index)
        self.source.blockSignals(False)

    def _start_changed(self, start: int) -> None:
        """Crossing into 2026 changes the sources offered (no district budget) and their
        words (chi thường xuyên …)."""
        self._fill_sources(start)

    def run(self) -> None:
        """Districts for periods before 2026 (the archive), today's units from 2026."""
        from ...services.province import consolidate
        from ...services.province_units import consolidate_units, is_today

        code = self.province.currentData()
        if code is None:
            return
        db, start, end = self.db, self.start.value(), max(self.end.value(), self.start.value())
        source = self.source.currentData()

        def work(_progress: Callable[..., None], _cancel: Callable[[], bool]) -> Any:
            if is_today(start) and start >= TODAY_FROM:
                return consolidate_units(db, code, start, end, source=source)
            return consolidate(db, code, start, end, source=source)

        run_task(self, self.tr("Đang tổng hợp kế hoạch của các đơn vị…"), work, self._consolidated)

    def _consolidated(self, plan: Plan) -> None:
        self.plan = plan
        appendix = plan.appendices[0]
        self.title.setText(f"<b>{plan.title}</b><br>{appendix.title} — {appendix.unit.label}")
        fill_appendix(self.table, appendix)
        self._update_buttons()

    def show_kpi(self) -> None:
        """Districts before 2026 (indicators × districts); from 2026 the report's appendix
        itself: one row per unit under a group row per kind carrying its subtotals."""
        from ...messages import UserError
        from ...services.province import kpi_comparison
        from ...services.province_kpi_report import kpi_comparison_document

        code = self.province.currentData()
        period = self.period.text().strip()
        if code is None or not period[:4].isdigit():
            self.kpi_note.setText(self.tr("Nhập kỳ dạng 2016 hoặc 2016-H1."))
            return
        if int(period[:4]) < TODAY_FROM:
            self.comparison, self.kpi_plan = kpi_comparison(self.db, code, period), None
            fill_kpi(self.kpi_table, self.comparison)
            text = self.tr("%1 chỉ tiêu × %2 huyện; mỗi ô: thực hiện / kế hoạch.")
        else:
            try:
                self.comparison, self.kpi_plan = kpi_comparison_document(self.db, code, period)
            except UserError as error:
                self.kpi_note.setText(error.text)
                return
            fill_appendix(self.kpi_table, self.kpi_plan.appendices[0])
            self.kpi_table.resizeRowsToContents()
            text = self.tr(
                "%1 chỉ tiêu × %2 đơn vị; mỗi ô: thực hiện / kế hoạch và đánh giá; dòng nhóm: "
                "số đơn vị đạt hoặc đúng tiến độ."
            )
        self._update_buttons()
        self.kpi_note.setText(
            text.replace("%1", str(len(self.comparison.indicators))).replace(
                "%2", str(len(self.comparison.districts))
            )
        )

    # ------------------------------------------------------------ export
    def _ask_save(self, suggested: str, filters: str) -> Path | None:
        recent = settings.recent("folders")
        folder = Path(recent[0]) if recent else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất bảng tổng hợp"), str(folder / suggested), filters
        )
        return Path(name) if name else None

    def export(self, kind: str) -> None:
        """PDF or Excel of the consolidated plan, in the background, through the services."""
        plan = self.plan
        if plan is None:
            return
        stem = f"tong-hop-{plan.start_year}-{plan.end_year}"
        export: Callable[..., object]  # export_plan_pdf or export_plan_xlsx
        if kind == "pdf":
            from ...services.pdf_export import export_plan_pdf as export

            target = self.ask_save_path(stem + ".pdf", self.tr("Tệp PDF (*.pdf)"))
        else:
            from ...services.xlsx_export import export_plan_xlsx as export

            target = self.ask_save_path(stem + ".xlsx", self.tr("Bảng Excel (*.xlsx)"))
        if target is None:
            return

        # the PDF is the table itself: no "KẾ HOẠCH" page before it (issue 14, item 15)
        table_only = {"appendix": 1} if kind == "pdf" and len(plan.appendices) == 1 else {}

        def work(progress: Callable[..., None], cancel: Callable[[], bool]) -> Path:
            export(plan, target, progress=progress, cancel=cancel, **table_only)
            return target

        run_task(self, self.tr("Đang xuất bảng tổng hợp…"), work, self._exported)

    def _exported(self, path: Path) -> None:
        self.last_export = path
        self.export_label.setText(self.tr("Đã ghi tệp “%1”.").replace("%1", str(path)))

    def export_kpi(self, kind: str) -> None:
        """The KPI comparison shown, as an official report (PDF or Excel), in the background."""
        from ...services.province_kpi_report import export_kpi_comparison

        comparison, code = self.comparison, self.province.currentData()
        if comparison is None or code is None:
            return
        name = f"so-sanh-chi-tieu-{comparison.period}.{kind}"
        filters = self.tr("Tệp PDF (*.pdf)") if kind == "pdf" else self.tr("Bảng Excel (*.xlsx)")
        target = self.ask_save_path(name, filters)
        if target is None:
            return
        db, period = self.db, comparison.period

        def work(progress: Callable[..., None], cancel: Callable[[], bool]) -> Path:
            export_kpi_comparison(db, code, period, target, progress=progress, cancel=cancel)
            return target

        run_task(self, self.tr("Đang xuất bảng so sánh chỉ tiêu…"), work, self._kpi_exported)

    def _kpi_exported(self, path: Path) -> None:
        self.last_kpi_export = path
        self.kpi_export_label.setText(self.tr("Đã ghi tệp “%1”.").replace("%1", str(path)))

    def _update_buttons(self) -> None:
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(self.plan is not None)
        for button in (self.kpi_pdf_button, self.kpi_xlsx_button):
            button.setEnabled(self.comparison is not None)

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tổng hợp kế hoạch các đơn vị"))
        texts = (self.tr("Tỉnh:"), self.tr("Từ năm:"), self.tr("đến:"), self.tr("Nguồn vốn:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.run_button.setText(self.tr("&Tổng hợp"))
        self.source.setItemText(self.source.count() - 1, self.tr("Mọi nguồn vốn"))
        self.tabs.setTabText(0, self.tr("Phân bổ kinh phí theo đơn vị"))
        self.tabs.setTabText(1, self.tr("So sánh chỉ tiêu giữa các đơn vị"))
        self.pdf_button.setText(self.tr("Xuất &PDF…"))
        self.xlsx_button.setText(self.tr("Xuất E&xcel…"))
        self.period_label.setText(self.tr("Kỳ:"))
        self.kpi_button.setText(self.tr("&Xem"))
        self.kpi_pdf_button.setText(self.tr("Xuất &PDF…"))
        self.kpi_xlsx_button.setText(self.tr("Xuất E&xcel…"))
        if self.plan is None:
            self.title.setText(self.tr("Chọn giai đoạn và nguồn vốn rồi bấm “Tổng hợp”."))
        self._update_buttons()
