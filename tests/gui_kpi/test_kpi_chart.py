"""The QPainter KPI chart: bars in status colours, the target path and line, Vietnamese
labels, copy as image and print; the axis and label helpers it draws with."""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication

from itplan_desktop.domain.kpi_status import Status
from itplan_desktop.gui.kpi.chart import BAR_COLOURS
from itplan_desktop.gui.kpi.chart_data import axis_ticks, value_label


def _typed(tracker) -> None:
    tracker.table.setCurrentIndex(tracker.model.index(0, 0))
    tracker.enter(0, 0, "45/60")  # 75 %: on track
    tracker.enter(0, 3, "5")  # 2017: behind the path
    tracker.enter(0, 5, "100")  # achieved


def _has_colour(image, colour: str) -> bool:
    wanted = QColor(colour).rgb()
    return any(
        image.pixel(x, y) == wanted
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )


def test_bars_take_the_status_colours_and_labels_are_vietnamese(tracker, shot):
    _typed(tracker)
    chart = tracker.chart
    statuses = [chart.data.points[x].status for x, _v in chart.actual]
    assert statuses == [Status.ON_TRACK, Status.BEHIND, Status.ACHIEVED]
    assert chart.data.percent and chart.data.target == 100
    image = chart.image(QSize(900, 360))
    for status in statuses:
        assert _has_colour(image, BAR_COLOURS[status]), status
    shot(chart, "kpi_chart_bars")
    chart.set_bars(False)
    lines = chart.image(QSize(900, 360))
    assert lines != image  # the line view draws differently
    shot(chart, "kpi_chart_lines")


def test_copy_puts_the_chart_on_the_clipboard(tracker):
    _typed(tracker)
    tracker.chart.resize(700, 300)
    tracker.chart.copy_action.trigger()
    copied = QGuiApplication.clipboard().image()
    assert copied.size() == QSize(700, 300)
    assert _has_colour(copied, BAR_COLOURS[Status.ACHIEVED])


def test_print_writes_a_page_with_the_title_and_figures(tracker, tmp_path: Path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    _typed(tracker)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "chart.pdf"
    printer.setOutputFileName(str(target))
    tracker.chart.print_to(printer)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = " ".join(page.extract_text().split())  # Qt writes the spaces as tabs
    assert "75%" in text and "100%" in text
    assert "Lộ trình mục tiêu" in text
    assert tracker.chart.data.title.split()[0] in text


def test_empty_chart_invites_a_choice(qtbot):
    from itplan_desktop.gui.kpi.chart import KpiChart

    chart = KpiChart()
    qtbot.addWidget(chart)
    assert chart.actual == [] and chart.expected == []
    assert not chart.image(QSize(300, 200)).isNull()


@pytest.mark.parametrize(
    ("value", "percent", "label"),
    [
        (Decimal(9460), False, "9.460"),
        (Decimal("12.54"), False, "12,5"),
        (Decimal(75), True, "75%"),
        (Decimal("33.333"), True, "33,3%"),
        (Decimal("1234567.06"), False, "1.234.567,1"),
    ],
)
def test_value_labels(value: Decimal, percent: bool, label: str):
    assert value_label(value, percent) == label


def test_percent_axis_runs_to_a_hundred():
    assert axis_ticks(Decimal(75), percent=True) == [0, 20, 40, 60, 80, 100]


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10) ** 12, places=2))
def test_ticks_are_round_and_cover_the_top(top: Decimal):
    ticks = axis_ticks(top, percent=False)
    assert ticks[0] == 0 and ticks[-1] >= top
    assert 2 <= len(ticks) <= 12
    step = ticks[1]
    assert all(b - a == step for a, b in itertools.pairwise(ticks))
    assert step.normalize().as_tuple().digits[0] in (1, 2, 5)
