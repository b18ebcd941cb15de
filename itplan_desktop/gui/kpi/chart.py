"""The chart of one indicator over reporting periods, drawn with QPainter: the district's
actual figure per period as a bar (or a line) in its status colour, the target path (the
expected value at each period's end) dashed, the final target as a line, Vietnamese labels.
Printable and copyable as an image (context menu). QtCharts is not used: it is GPL-3.0-only."""

from __future__ import annotations

import itertools
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QMenu, QWidget

from ...domain.indicator import Indicator
from ...domain.kpi_periods import Period
from ...domain.kpi_status import Status
from ...services.kpi import KpiView
from .chart_data import EMPTY, ChartData, axis_ticks, chart_data, value_label

# Bar colours by status: the grid's pale colours, one shade stronger so bars read on white.
BAR_COLOURS: dict[Status, str] = {
    Status.ACHIEVED: "#43a047",
    Status.ON_TRACK: "#9ccc65",
    Status.BEHIND: "#e53935",
    Status.NO_DATA: "#bdbdbd",
    Status.NO_TARGET: "#78909c",
}
PATH_COLOUR = "#757575"
TARGET_COLOUR = "#1565c0"
AXIS_COLOUR = "#9e9e9e"


class KpiChart(QWidget):
    """Actual figures per period (bars or a line), the target path and the final target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(220)
        self.data: ChartData = EMPTY
        self.indicator: Indicator | None = None
        self.bars = True
        self.bars_action = QAction(self)
        self.bars_action.setCheckable(True)
        self.bars_action.setChecked(True)
        self.bars_action.toggled.connect(self.set_bars)
        self.copy_action = QAction(self)
        self.copy_action.triggered.connect(self.copy_image)
        self.print_action = QAction(self)
        self.print_action.triggered.connect(self.print_chart)
        self._retranslate()

    # ------------------------------------------------------------------ data
    @property
    def actual(self) -> list[tuple[int, Decimal]]:
        return self.data.actual

    @property
    def expected(self) -> list[tuple[int, Decimal]]:
        return self.data.expected

    def show_indicator(
        self, view: KpiView | None, indicator: Indicator | None, periods: list[Period]
    ) -> None:
        self.indicator = indicator
        self.data = chart_data(view, indicator, periods)
        self.update()

    def set_bars(self, bars: bool) -> None:
        """Bars (the default) or a line through the actual figures."""
        self.bars = bars
        self.update()

    # ------------------------------------------------------------- actions
    def _retranslate(self) -> None:
        self.bars_action.setText(self.tr("Vẽ dạng cột"))
        self.copy_action.setText(self.tr("Sao chép ảnh biểu đồ"))
        self.print_action.setText(self.tr("In biểu đồ…"))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self._retranslate()
            self.update()
        super().changeEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addActions([self.bars_action, self.copy_action, self.print_action])
        menu.exec(event.globalPos())

    def image(self, size: QSize | None = None) -> QImage:
        """The chart drawn on a white image (the widget's size unless told)."""
        size = size or self.size()
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self.paint(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return image

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.image())

    def print_chart(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> None:
        """Draw the chart on the page of `printer` (landscape A4 by default), kept vector."""
        from PySide6.QtGui import QPageLayout

        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        painter = QPainter(printer)
        page = printer.pageRect(printer.Unit.DevicePixel)
        scale = printer.resolution() / 96  # draw in screen points, keep line widths sane
        painter.scale(scale, scale)
        self.paint(painter, QRectF(0, 0, page.width() / scale, page.height() / scale))
        painter.end()

    # -------------------------------------------------------------- drawing
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        self.paint(painter, QRectF(self.rect()))
        painter.end()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the whole chart into `rect` of any paint device (screen, image, printer)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        if font.pointSizeF() > 0:  # pixels at 96 dpi: the same drawing on screen, image, paper
            font.setPixelSize(max(1, round(font.pointSizeF() * 96 / 72)))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        data = self.data
        if not data.points:
            painter.setPen(QColor(PATH_COLOUR))
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignCenter, self.tr("Chọn một chỉ tiêu để xem biểu đồ.")
            )
            return
        title_font = QFont(font)
        title_font.setBold(True)
        painter.setFont(title_font)
        title = QFontMetricsF(title_font).elidedText(
            data.title, Qt.TextElideMode.ElideRight, rect.width() - 2 * line
        )
        painter.setPen(QColor("#212121"))
        painter.drawText(
            QRectF(rect.left(), rect.top() + line * 0.3, rect.width(), line * 1.2),
            Qt.AlignmentFlag.AlignCenter,
            title,
        )
        painter.setFont(font)
        ticks = axis_ticks(data.top, data.percent)
        labels = [value_label(t, data.percent) for t in ticks]
        left = rect.left() + max(metrics.horizontalAdvance(t) for t in labels) + line
        plot = QRectF(
            left, rect.top() + line * 3, rect.right() - left - line, rect.height() - line * 7
        )
        if plot.width() < 10 or plot.height() < 10:
            return
        top = ticks[-1]

        def y_of(value: Decimal) -> float:
            return plot.bottom() - float(value / top) * plot.height()

        self._axes(painter, plot, ticks, labels, y_of, metrics)
        slot = plot.width() / len(data.points)
        self._periods(painter, plot, slot, metrics)
        self._actuals(painter, plot, slot, y_of, metrics)
        self._path(painter, plot, slot, y_of)
        if data.target is not None:
            pen = QPen(QColor(TARGET_COLOUR), 1.5)
            painter.setPen(pen)
            y = y_of(data.target)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        self._legend(
            painter,
            QRectF(rect.left(), plot.bottom() + line * 2.2, rect.width(), line * 1.4),
            metrics,
        )

    def _axes(self, painter, plot: QRectF, ticks, labels, y_of, metrics) -> None:
        for tick, label in zip(ticks, labels, strict=True):
            y = y_of(tick)
            painter.setPen(QPen(QColor("#eeeeee" if tick else AXIS_COLOUR), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#424242"))
            room = metrics.height() * 20
            box = QRectF(
                plot.left() - room,
                y - metrics.height() / 2,
                room - metrics.height() / 2,
                metrics.height(),
            )
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
        painter.setPen(QPen(QColor(AXIS_COLOUR), 1))
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

    def _periods(self, painter, plot: QRectF, slot: float, metrics) -> None:
        painter.setPen(QColor("#424242"))
        for x, point in enumerate(self.data.points):
            box = QRectF(plot.left() + x * slot, plot.bottom() + 2, slot, metrics.height())
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(point.period, Qt.TextElideMode.ElideRight, slot),
            )

    def _actuals(self, painter, plot: QRectF, slot: float, y_of, metrics) -> None:
        data = self.data
        centres = []
        for x, value in data.actual:
            colour = QColor(BAR_COLOURS[data.points[x].status])
            centre = QPointF(plot.left() + (x + 0.5) * slot, y_of(value))
            centres.append(centre)
            if self.bars:
                width = slot * 0.6
                painter.fillRect(
                    QRectF(centre.x() - width / 2, centre.y(), width, plot.bottom() - centre.y()),
                    colour,
                )
            label = value_label(value, data.percent)
            if metrics.horizontalAdvance(label) <= slot:
                painter.setPen(QColor("#212121"))
                lift = metrics.height() + (2 if self.bars else 7)
                painter.drawText(
                    QRectF(centre.x() - slot / 2, centre.y() - lift, slot, metrics.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    label,
                )
        if not self.bars and centres:
            painter.setPen(QPen(QColor("#37474f"), 2))
            for a, b in itertools.pairwise(centres):
                painter.drawLine(a, b)
            for (x, _value), centre in zip(data.actual, centres, strict=True):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(BAR_COLOURS[data.points[x].status]))
                painter.drawEllipse(centre, 5, 5)
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _path(self, painter, plot: QRectF, slot: float, y_of) -> None:
        points = [QPointF(plot.left() + (x + 0.5) * slot, y_of(v)) for x, v in self.data.expected]
        if not points:
            return
        pen = QPen(QColor(PATH_COLOUR), 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)

    def _legend(self, painter, box: QRectF, metrics) -> None:
        entries = [
            (BAR_COLOURS[Status.ACHIEVED], self.tr("Đã đạt"), "box"),
            (BAR_COLOURS[Status.ON_TRACK], self.tr("Đúng tiến độ"), "box"),
            (BAR_COLOURS[Status.BEHIND], self.tr("Chậm tiến độ"), "box"),
            (PATH_COLOUR, self.tr("Lộ trình mục tiêu"), "dash"),
            (TARGET_COLOUR, self.tr("Mục tiêu cuối kỳ"), "line"),
        ]
        size = metrics.height()
        widths = [size * 3.2 + metrics.horizontalAdvance(text) for _c, text, _k in entries]
        x = box.left() + max(0.0, (box.width() - sum(widths)) / 2)
        y = box.top() + box.height() / 2
        for (colour, text, kind), width in zip(entries, widths, strict=True):
            if kind == "box":
                painter.fillRect(QRectF(x, y - size / 3, size * 1.4, size * 0.66), QColor(colour))
            else:
                pen = QPen(QColor(colour), 2)
                if kind == "dash":
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(x, y), QPointF(x + size * 1.4, y))
            painter.setPen(QColor("#424242"))
            painter.drawText(
                QRectF(x + size * 1.8, box.top(), width, box.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += width
