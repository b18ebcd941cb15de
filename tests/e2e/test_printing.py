"""Issue 14, item 3: printing the chosen pages only, in the background, with Cancel."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from itplan_desktop.gui.shell.printing import MAX_DPI, chosen_pages
from itplan_desktop.gui.tasks import running_tasks


def _pdf_printer(target: Path, pages: list[tuple[int, int]]):
    """What a clerk picks in the print dialog: "Print to file (PDF)" and a page range."""

    def choose(printer: QPrinter, _parent) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        ranges = QPageRanges()
        for first, last in pages:
            ranges.addRange(first, last)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setPageRanges(ranges)
        return True

    return choose


def test_print_sends_only_the_chosen_pages_each_sheet_turned_like_its_page(
    plan_window, qtbot, tmp_path, press
):
    window = plan_window
    target = tmp_path / "may-in.pdf"
    window.files.ask_printer = _pdf_printer(target, [(2, 2), (9, 9)])
    press(window, "Ctrl+P")
    qtbot.waitUntil(lambda: window.files.last_result == 2, timeout=60_000)
    printed = pypdf.PdfReader(target)
    assert len(printed.pages) == 2
    portrait, landscape = (page.mediabox for page in printed.pages)
    assert portrait.width < portrait.height  # page 2: the plan's text, A4 portrait
    assert landscape.width > landscape.height  # page 9: an appendix, A4 landscape
    assert "2 trang" in window.statusBar().currentMessage()


def test_page_range_of_the_dialog_is_read_whatever_way_it_was_given():
    printer = QPrinter()
    assert chosen_pages(printer, 9) == list(range(9))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(3, 4)
    assert chosen_pages(printer, 9) == [2, 3]
    ranges = QPageRanges()
    ranges.addRange(1, 2)
    ranges.addRange(8, 12)  # beyond the end: clipped
    printer.setPageRanges(ranges)
    assert chosen_pages(printer, 9) == [0, 1, 7, 8]


def test_print_can_be_cancelled_from_its_progress_dialog(plan_window, qtbot, tmp_path):
    window = plan_window
    window.files.ask_printer = _pdf_printer(tmp_path / "huy.pdf", [(1, 9)])
    before = set(running_tasks())
    window.menus.actions["print"].trigger()

    def printing() -> list:
        return [t for t in running_tasks() - before if "in 9 trang" in t.dialog.labelText()]

    qtbot.waitUntil(lambda: bool(printing()), timeout=60_000)
    (task,) = printing()
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        task.dialog.findChild(QPushButton).click()  # the dialog's "Hủy"
    assert window.files.last_result != 9
    assert MAX_DPI <= 300
