"""Horizontal header painting the appendix's multi-level merged header (`header_grid`).

Sections stay one per column (resizing, clicking to sort and the selection work as in any
QHeaderView); only the painting merges: each `HeaderCell` is drawn over the sections it spans,
its text wrapped. The height fits the wrapped texts and follows section resizes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from ...domain.appendix import Appendix
from ...domain.appendix_layout import HeaderGrid, header_grid

_PAD_X, _PAD_Y = 4, 3
_WRAP = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


class AppendixHeaderView(QHeaderView):
    """The merged header of one appendix; call `set_appendix` after the columns change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._grid = HeaderGrid(0, 0, ())
        self._level_heights: list[int] = []
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.sectionResized.connect(self._relayout)

    def set_appendix(self, appendix: Appendix) -> None:
        self._grid = header_grid(appendix)
        self._relayout()

    @property
    def grid(self) -> HeaderGrid:
        return self._grid

    # -- geometry ---------------------------------------------------------------------------

    def _span_width(self, col: int, colspan: int) -> int:
        return sum(self.sectionSize(c) for c in range(col, min(col + colspan, self.count())))

    def _text_height(self, text: str, width: int) -> int:
        metrics = QFontMetrics(self.font())
        rect = metrics.boundingRect(QRect(0, 0, max(width - 2 * _PAD_X, 10), 10_000), _WRAP, text)
        return rect.height() + 2 * _PAD_Y

    def _compute_heights(self) -> list[int]:
        depth = self._grid.depth
        line = QFontMetrics(self.font()).lineSpacing() + 2 * _PAD_Y
        heights = [line] * depth
        if self.count() < self._grid.width:
            return heights
        for cell in self._grid.cells:  # single-level cells first
            if cell.rowspan == 1:
                needed = self._text_height(cell.text, self._span_width(cell.col, cell.colspan))
                heights[cell.row] = max(heights[cell.row], needed)
        for cell in self._grid.cells:  # spanning cells take what is missing on their last level
            if cell.rowspan > 1:
                needed = self._text_height(cell.text, self._span_width(cell.col, cell.colspan))
                have = sum(heights[cell.row : cell.row + cell.rowspan])
                if needed > have:
                    heights[cell.row + cell.rowspan - 1] += needed - have
        return heights

    def _relayout(self, *_args: object) -> None:
        heights = self._compute_heights()
        if heights != self._level_heights:
            self._level_heights = heights
            self.updateGeometries()
            parent = self.parentWidget()
            if parent is not None and hasattr(parent, "updateGeometries"):
                parent.updateGeometries()  # the view places its viewport below our new height
        self.viewport().update()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._level_heights:
            hint.setHeight(sum(self._level_heights))
        return hint

    def cell_rect(self, row: int, col: int, rowspan: int, colspan: int) -> QRect:
        """Viewport rectangle of a header cell."""
        heights = self._level_heights or [self.height()]
        top = sum(heights[:row])
        height = sum(heights[row : row + rowspan])
        x = self.sectionViewportPosition(col)
        return QRect(x, top, self._span_width(col, colspan), height)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._grid.cells or self.count() < self._grid.width:
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        painter.setFont(self.font())
        grid_pen = QPen(QColor("#9aa5b4"))
        sort_section = self.sortIndicatorSection() if self.isSortIndicatorShown() else -1
        selection = self.selectionModel()
        for cell in self._grid.cells:
            rect = self.cell_rect(cell.row, cell.col, cell.rowspan, cell.colspan)
            if rect.width() <= 0 or not rect.intersects(event.rect()):
                continue
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            option.rect = rect
            option.section = cell.col
            option.textAlignment = Qt.AlignmentFlag.AlignCenter
            columns = range(cell.col, cell.col + cell.colspan)
            if selection is not None and all(
                selection.isColumnSelected(c, self.rootIndex()) for c in columns
            ):
                option.state |= QStyle.StateFlag.State_Sunken
            self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
            painter.setPen(grid_pen)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.setPen(self.palette().buttonText().color())
            text_rect = rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
            text = cell.text
            bottom = cell.row + cell.rowspan == self._grid.depth
            if bottom and cell.colspan == 1 and cell.col == sort_section:
                text += " ▲" if self.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder else " ▼"
            painter.drawText(text_rect, _WRAP, text)
        painter.end()
