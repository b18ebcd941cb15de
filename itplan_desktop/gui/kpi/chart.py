"""The chart of one indicator over reporting periods: the district's actual figures against
the target path (the expected value at each period's end), with QtCharts."""

from __future__ import annotations

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...domain.indicator import Indicator, IndicatorKind
from ...domain.kpi_periods import Period
from ...services.kpi import KpiView


class KpiChart(QChartView):
    """Actual (solid, with points) and the target path (dashed) of one indicator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.actual = QLineSeries()
        self.expected = QLineSeries()
        self.points = QScatterSeries()
        self.indicator: Indicator | None = None
        self.show_indicator(None, None, [])

    def show_indicator(
        self, view: KpiView | None, indicator: Indicator | None, periods: list[Period]
    ) -> None:
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.indicator = indicator
        self.actual = QLineSeries(name=self.tr("Thực hiện"))
        self.points = QScatterSeries()
        self.points.setMarkerSize(8)
        self.expected = QLineSeries(name=self.tr("Lộ trình mục tiêu"))
        pen = QPen(QColor("#9e9e9e"))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        self.expected.setPen(pen)
        top = 1.0
        if view is not None and indicator is not None:
            chart.setTitle(indicator.name)
            for x, (period, cell) in enumerate(view.series(indicator, periods)):
                expected = cell.assessment.expected
                if expected is None:
                    expected = _expected(view, indicator, period)
                if expected is not None:
                    self.expected.append(QPointF(x, float(expected)))
                    top = max(top, float(expected))
                if cell.assessment.actual is not None:
                    point = QPointF(x, float(cell.assessment.actual))
                    self.actual.append(point)
                    self.points.append(point)
                    top = max(top, point.y())
        for series in (self.expected, self.actual, self.points):
            chart.addSeries(series)
        chart.legend().markers(self.points)[0].setVisible(False)
        axis_x = QCategoryAxis()
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for x, period in enumerate(periods):
            axis_x.append(period.code, x)
        axis_x.setRange(-0.3, max(len(periods) - 0.7, 0.7))
        axis_y = QValueAxis()
        percent = indicator is not None and indicator.kind in (
            IndicatorKind.PERCENT,
            IndicatorKind.PERCENT_RATIO,
        )
        if percent and top <= 100:
            axis_y.setRange(0, 100)
            axis_y.setTickCount(6)
        else:
            axis_y.setRange(0, top * 1.05)
            axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%.0f%%" if percent else "%.0f")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (self.expected, self.actual, self.points):
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()


def _expected(view: KpiView, indicator: Indicator, period: Period):
    from ...domain.kpi_status import expected_value

    return expected_value(indicator, period.end_date, view.plan.start_year)
