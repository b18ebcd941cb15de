"""Qt item models of the KPI tracker: the entry grid (indicators × (organisation, period)
columns), the commune × indicator heat map of one period, and the task progress table.

They adapt `services.kpi.KpiView` and the task lines; every edit goes through the tracker's
undo commands, never straight into the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.indicator import Indicator
from ...domain.kpi_progress import TaskStatus
from ...domain.kpi_status import Status
from ...domain.kpi_values import format_decimal, format_target
from ...services.kpi import Cell, KpiView
from ...vn.units import DEFAULT_UNIT, MoneyUnit

STATUS_COLOURS: dict[Status, str] = {
    Status.ACHIEVED: "#9fd5a1",
    Status.ON_TRACK: "#dcefc9",
    Status.BEHIND: "#f5b7b1",
    Status.NO_DATA: "#ffffff",
    Status.NO_TARGET: "#eeeeee",
}
Index = QModelIndex | QPersistentModelIndex
CellRole = Qt.ItemDataRole.UserRole + 1  # the services.kpi.Cell of an index

BY_PERIOD, BY_COMMUNE = 0, 1  # the tracker's two views: a commune by period, a period by commune


@dataclass(frozen=True, slots=True)
class GridColumn:
    org: str
    period: str
    header: str


def edit_text(cell: Cell) -> str:
    """What the editor starts with: the fraction as typed ("45/60") or the shown value."""
    observation = cell.observation
    if observation is not None and observation.numerator is not None:
        if observation.denominator is not None:
            return (
                f"{format_decimal(observation.numerator)}/{format_decimal(observation.denominator)}"
            )
        return format_decimal(observation.numerator)
    return cell.text.rstrip("%")


def _tooltip(indicator: Indicator, cell: Cell) -> str:
    parts = [cell.assessment.status.label]
    if cell.assessment.expected is not None:
        parts.append(f"Yêu cầu đến cuối kỳ: {format_target(indicator, cell.assessment.expected)}")
    if cell.actual is not None and cell.actual.derived:
        parts.append(f"Tổng hợp từ {cell.actual.derived_from} xã, thị trấn (chỉ xem)")
    if cell.observation is not None:
        if cell.observation.note:
            parts.append(f"Ghi chú: {cell.observation.note}")
        if cell.observation.source:
            parts.append(f"Nguồn: {cell.observation.source}")
    return "\n".join(parts)


class KpiGridModel(QAbstractTableModel):
    """Rows are the plan's indicators; columns are (organisation, period) pairs."""

    edit_requested = Signal(object, object, str)  # indicator, GridColumn, typed text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: KpiView | None = None
        self.columns: list[GridColumn] = []

    def reset(self, view: KpiView, columns: list[GridColumn]) -> None:
        self.beginResetModel()
        self.view, self.columns = view, columns
        self.endResetModel()

    def refresh(self, view: KpiView) -> None:
        """Same shape, new figures: repaint every cell."""
        self.view = view
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @property
    def indicators(self) -> list[Indicator]:
        return self.view.plan.indicators if self.view else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.indicators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def cell(self, index: Index) -> Cell:
        assert self.view is not None
        column = self.columns[index.column()]
        return self.view.cell(self.indicators[index.row()], column.org, column.period)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.view is None:
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
            CellRole,
        ):
            return None
        cell = self.cell(index)
        derived = cell.actual is not None and cell.actual.derived
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLOURS[cell.assessment.status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(self.indicators[index.row()], cell)
        if role == Qt.ItemDataRole.FontRole and derived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and derived:
            return QBrush(QColor("#37474f"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CellRole:
            return cell
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.view is not None:
            cell = self.cell(index)
            if not (cell.actual is not None and cell.actual.derived):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        indicator = self.indicators[index.row()]
        self.edit_requested.emit(indicator, self.columns[index.column()], str(value or ""))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            indicator = self.indicators[section]
            target = (
                format_target(indicator, indicator.targets[max(indicator.targets)])
                if (indicator.targets)
                else "-"
            )
            return self.tr("%1\nMục tiêu: %2").replace("%1", indicator.name).replace("%2", target)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        name = self.indicators[section].name
        return f"{section + 1}. {name if len(name) <= 48 else name[:46] + '…'}"


class KpiHeatmapModel(QAbstractTableModel):
    """Communes × indicators of one period, coloured by status; read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: KpiView | None = None
        self.names: list[str] = []
        self.period = ""

    def reset(self, view: KpiView, names: list[str], period: str) -> None:
        self.beginResetModel()
        self.view, self.names, self.period = view, names, period
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.view is None else len(self.view.communes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.view is None else len(self.view.plan.indicators)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.view is None:
            return None
        indicator = self.view.plan.indicators[index.column()]
        cell = self.view.cell(indicator, self.view.communes[index.row()], self.period)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLOURS[cell.assessment.status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(indicator, cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if self.view is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.names[section]
        name = self.view.plan.indicators[section].name
        return name if role == Qt.ItemDataRole.ToolTipRole else str(section + 1)


TASK_STATUSES = list(TaskStatus)


class TaskProgressModel(QAbstractTableModel):
    """Tasks with planned amount, status, disbursed per year (in the appendix unit) and note."""

    FIXED = ("TT", "Nhiệm vụ, dự án", "Kế hoạch vốn", "Tình trạng")

    def __init__(self, edit: Callable[[int, int, str], None], parent: QObject | None = None):
        super().__init__(parent)
        self.lines: list = []
        self.years: list[int] = []
        self.unit: MoneyUnit = DEFAULT_UNIT
        self._edit = edit

    def reset(self, lines: list, years: list[int], unit: MoneyUnit) -> None:
        self.beginResetModel()
        self.lines, self.years, self.unit = lines, years, unit
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.FIXED) + len(self.years) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        from ...domain.appendix_layout import format_amount

        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        years_end = len(self.FIXED) + len(self.years)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = column == 2 or len(self.FIXED) <= column < years_end
            flag = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(flag | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column <= 1:
            return (
                self.tr("Phụ lục %1: %2")
                .replace("%1", str(line.appendix_number))
                .replace("%2", f"{line.appendix_title}\n{line.name}")
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == 0:
            return f"PL{line.appendix_number} - {line.label}"
        if column == 1:
            return line.name
        if column == 2:
            return format_amount(line.planned_total, self.unit)
        if column == 3:
            return line.status.label
        if column < years_end:
            amount = line.disbursed.get(self.years[column - len(self.FIXED)])
            return format_amount(amount, self.unit) if amount else ""
        return line.note

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= 3:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        self._edit(index.row(), index.column(), str(value or ""))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 2:
            return self.tr("Kế hoạch vốn\n(%1)").replace("%1", self.unit.label)
        if section < len(self.FIXED):
            return (self.tr("TT"), self.tr("Nhiệm vụ, dự án"), "", self.tr("Tình trạng"))[section]
        if section < len(self.FIXED) + len(self.years):
            year = self.years[section - len(self.FIXED)]
            return self.tr("Giải ngân\n%1").replace("%1", str(year))
        return self.tr("Ghi chú")
