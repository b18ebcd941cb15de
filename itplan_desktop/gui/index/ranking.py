"""The province's ranking screen: units ranked by their scores, and a heat map of groups.

The ranking lists rank, unit, points, the 0–1 result and each group's points; the heat map
colours each unit × group cell by the share of the group's points obtained (red → green),
so weak groups stand out across the province at a glance.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.dti_assessment import Assessment
from ...domain.dti_index import DtIndex
from ...domain.dti_scoring import Ranked
from ...services import dti
from ...services.dti_documents import points_text
from ...vn.numbers import format_number


def heat_colour(share: Decimal) -> QColor:
    """Red (0) through yellow (0,5) to green (1) for the share of a group's points."""
    share = max(Decimal(0), min(Decimal(1), share))
    hue = float(share) * 120.0 / 360.0  # 0 = red, 1/3 = green
    return QColor.fromHslF(hue, 0.65, 0.78)


class RankingWindow(QWidget):
    """Rank the units whose assessments are given, by `index`'s rules."""

    def __init__(
        self, index: DtIndex, assessments: list[Assessment], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ranking")
        self.index = index
        self.names = {a.unit_code: a.unit_name for a in assessments}
        self.ranked: list[Ranked] = dti.score_and_rank(index, assessments)
        self.summary = QLabel(objectName="summary")
        self.tabs = QTabWidget(objectName="tabs")
        groups = len(index.groups)
        self.table = QTableWidget(len(self.ranked), 4 + groups, objectName="ranking_table")
        self.heat = QTableWidget(len(self.ranked), groups, objectName="heat_map")
        for table in (self.table, self.heat):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.heat, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self._fill()
        self.retranslate()

    def _cell(self, text: str, right: bool = True) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _fill(self) -> None:
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
        self.heat.setVerticalHeaderLabels(
            [self.names.get(r.score.unit_code) or r.score.unit_code for r in self.ranked]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

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
        self.table.resizeColumnsToContents()
        self.heat.resizeColumnsToContents()
