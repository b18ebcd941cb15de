"""The province's ranking screen: units ranked by their scores, and a heat map of groups.

The ranking lists rank, unit, points, the 0–1 result and each group's points; the heat map
colours each unit × group cell by the share of the group's points obtained (red → green),
so weak groups stand out across the province at a glance.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.dti_assessment import Assessment
from ...domain.dti_index import DtIndex
from ...domain.dti_scoring import Ranked
from ...domain.plan import Plan
from ...messages import UserError
from ...services import dti
from ...services.dti_documents import (
    Issuer,
    export_document,
    points_text,
    ranking_decision,
)
from ...vn.numbers import format_number
from ..errors import show_error
from ..object_names import named

if TYPE_CHECKING:
    from ...store.database import Database

DEFAULT_ISSUER = Issuer("", "ỦY BAN NHÂN DÂN\nTỈNH", "Ủy ban nhân dân tỉnh", "")


def heat_colour(share: Decimal) -> QColor:
    """Red (0) through yellow (0,5) to green (1) for the share of a group's points."""
    share = max(Decimal(0), min(Decimal(1), share))
    hue = float(share) * 120.0 / 360.0  # 0 = red, 1/3 = green
    return QColor.fromHslF(hue, 0.65, 0.78)


class RankingWindow(QWidget):
    """Rank the units whose assessments are given, by `index`'s rules."""

    def __init__(
        self,
        index: DtIndex,
        assessments: list[Assessment],
        parent: QWidget | None = None,
        issuer: Issuer | None = None,
        db: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ranking")
        self.index = index
        self.issuer = issuer or DEFAULT_ISSUER
        self.db = db
        self.period = max((a.period for a in assessments), default=index.year)
        self.assessments = {a.unit_code: a for a in assessments}
        self.names = {a.unit_code: a.unit_name for a in assessments}
        self.ranked: list[Ranked] = dti.score_and_rank(index, assessments)
        self.previous = dti.previous_results(db, index.code, self.period) if db else {}
        self.summary = named(QLabel(), "summary")
        self.tabs = named(QTabWidget(), "tabs")
        groups = len(index.groups)
        self.table = named(QTableWidget(len(self.ranked), 5 + groups), "ranking_table")
        self.heat = named(QTableWidget(len(self.ranked), groups), "heat_map")
        for table in (self.table, self.heat):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.heat, "")
        self.review_button = named(QPushButton(), "review")
        self.review_button.clicked.connect(self.review_current)
        self.review_button.setEnabled(db is not None)
        self.export_pdf_button = named(QPushButton(), "export_pdf")
        self.export_pdf_button.clicked.connect(lambda: self.export_as("pdf"))
        self.export_xlsx_button = named(QPushButton(), "export_xlsx")
        self.export_xlsx_button.clicked.connect(lambda: self.export_as("xlsx"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_pdf_button)
        buttons.addWidget(self.export_xlsx_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._fill()
        self.retranslate()

    def _cell(self, text: str, right: bool = True) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _fill(self) -> None:
        self.table.clearContents()
        self.heat.clearContents()
        self.table.setRowCount(len(self.ranked))
        self.heat.setRowCount(len(self.ranked))
        group_codes = [g.code for g in self.index.groups]
        for row, ranked in enumerate(self.ranked):
            score = ranked.score
            name = self.names.get(score.unit_code) or score.unit_code
            self.table.setItem(row, 0, self._cell(str(ranked.rank)))
            self.table.setItem(row, 1, self._cell(name, right=False))
            self.table.setItem(row, 2, self._cell(points_text(score.points)))
            self.table.setItem(row, 3, self._cell(format_number(score.fraction, decimals=4)))
            group_ranks = dict(ranked.group_ranks)
            for column, code in enumerate(group_codes):
                points = score.group_points(code)
                top = self.index.group_max(code)
                cell = self._cell(points_text(points))
                cell.setToolTip(self.tr("Hạng {rank} trong nhóm").format(rank=group_ranks[code]))
                self.table.setItem(row, 4 + column, cell)
                share = points / top if top else Decimal(0)
                heat = self._cell(
                    format_number((share * 100).quantize(Decimal(1), ROUND_HALF_UP), decimals=0)
                    + " %"
                )
                heat.setBackground(QBrush(heat_colour(share)))
                heat.setToolTip(f"{points_text(points)} / {points_text(top)}")
                self.heat.setItem(row, column, heat)
            self.table.setItem(row, 4 + len(group_codes), self._cell(self._change(ranked)))
        self.heat.setVerticalHeaderLabels(
            [self.names.get(r.score.unit_code) or r.score.unit_code for r in self.ranked]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _change(self, ranked: Ranked) -> str:
        """ "+35,5 điểm; hạng 4 → 2" against the year before, or "" without one."""
        before = self.previous.get(ranked.score.unit_code)
        if before is None:
            return ""
        rank, points = before
        delta = ranked.score.points - points
        sign = "+" if delta > 0 else ""
        return self.tr("{delta} điểm; hạng {before} → {now}").format(
            delta=sign + points_text(delta), before=rank, now=ranked.rank
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Xếp hạng chuyển đổi số — {name}").format(name=self.index.name))
        self.tabs.setTabText(0, self.tr("Xếp hạng"))
        self.tabs.setTabText(1, self.tr("Bản đồ nhiệt theo nhóm"))
        groups = [f"{g.code}. {g.name}" for g in self.index.groups]
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Hạng"),
                self.tr("Đơn vị"),
                self.tr("Tổng điểm"),
                self.tr("Kết quả (0–1)"),
                *groups,
                self.tr("So với năm {year}").format(year=self.period - 1),
            ]
        )
        self.heat.setHorizontalHeaderLabels(groups)
        self.summary.setText(
            self.tr("{count} đơn vị, điểm tối đa {max}; {basis}").format(
                count=len(self.ranked),
                max=points_text(self.index.max_points),
                basis=self.index.basis,
            )
        )
        self.review_button.setText(self.tr("Thẩm định đơn vị đang chọn…"))
        self.export_pdf_button.setText(self.tr("Xuất Quyết định công bố (PDF)…"))
        self.export_xlsx_button.setText(self.tr("Xuất bảng xếp hạng (Excel)…"))
        self.table.resizeColumnsToContents()
        self.heat.resizeColumnsToContents()

    def decision(self) -> Plan:
        """The decision publishing this ranking, as the PDF and Excel exporters take it."""
        return ranking_decision(self.index, self.ranked, self.names, self.issuer, self.period)

    def export_to(self, target: Path) -> None:
        export_document(self.decision(), target)

    def export_as(self, suffix: str) -> None:
        suggested = f"xep-hang-chuyen-doi-so-{self.period}.{suffix}"
        filters = {"pdf": self.tr("Tệp PDF (*.pdf)"), "xlsx": self.tr("Tệp Excel (*.xlsx)")}
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất kết quả xếp hạng"), suggested, filters[suffix]
        )
        if not name:
            return
        try:
            self.export_to(Path(name))
        except (UserError, OSError) as error:
            show_error(self, error)
            return
        self.summary.setText(self.tr("Đã xuất “{path}”.").format(path=name))

    # the province's check ------------------------------------------------------------------
    def current_unit(self) -> str | None:
        row = self.table.currentRow()
        return self.ranked[row].score.unit_code if 0 <= row < len(self.ranked) else None

    def review(self, unit_code: str) -> QWidget:
        """Open the check of `unit_code`'s assessment; saving it re-ranks the units."""
        from .review import ReviewWindow

        window = ReviewWindow(
            self.index, self.assessments[unit_code], self.keep_reviewed, parent=self
        )
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.resize(min(1340, self.width()), 640)
        window.show()
        self.open_review = window
        return window

    def review_current(self) -> None:
        unit = self.current_unit()
        if unit is None:
            self.summary.setText(self.tr("Hãy chọn một đơn vị trong bảng xếp hạng."))
            return
        self.review(unit)

    def keep_reviewed(self, assessment: Assessment) -> None:
        """Store the checked assessment and rank again."""
        if self.db is not None:
            dti.save_assessment(self.db, assessment)
        self.assessments[assessment.unit_code] = assessment
        self.ranked = dti.score_and_rank(self.index, list(self.assessments.values()))
        self._fill()
        self.retranslate()
