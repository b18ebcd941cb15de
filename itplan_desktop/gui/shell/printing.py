"""Printing a PDF through Qt's own path: the system print dialog chooses the printer and
the pages, then a background thread renders only those pages, one at a time, with QtPdf at
the printer's resolution capped at MAX_DPI and paints them on the QPrinter, with progress and
Cancel. Memory stays bounded by one page image (A4 at 300 dpi: ~26 MB)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ..tasks import Cancelled, Task, run_task

MAX_DPI = 300
"""Sharp text on every office printer; more only multiplies the data sent to it."""

AskPrinter = Callable[[QPrinter, QWidget], bool]


def chosen_pages(printer: QPrinter, page_count: int) -> list[int]:
    """The 0-based pages the print dialog chose: all, a range ("2-3", "1,4-5"), or the
    current page (the first, when the caller set none)."""
    everything = list(range(page_count))
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        spans = [(r.from_, r.to) for r in ranges.toRangeList()] if not ranges.isEmpty() else []
        if not spans and printer.fromPage() > 0:
            spans = [(printer.fromPage(), printer.toPage() or page_count)]
        pages = [p - 1 for first, last in spans for p in range(first, last + 1)]
        return [p for p in dict.fromkeys(pages) if 0 <= p < page_count]
    if mode == QPrinter.PrintRange.CurrentPage:
        return everything[:1]
    return everything


def _orientation(size: QSizeF) -> QPageLayout.Orientation:
    if size.width() > size.height():
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


def print_pages(
    path: Path,
    printer: QPrinter,
    pages: list[int],
    progress: Callable[..., None] | None = None,
    cancel: Callable[[], bool] | None = None,
    max_dpi: int = MAX_DPI,
) -> int:
    """Paint `pages` of the PDF at `path` on `printer`, each sheet turned like its page (the
    appendices are landscape); returns the number printed. Safe off the GUI thread: the
    document is opened here, not shared. Cancel aborts the print job (nothing is printed)."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise OSError(f"QPdfDocument cannot read {path}")
    if not pages:
        return 0
    printer.setFullPage(True)  # the PDF pages carry their own margins
    printer.setPageOrientation(_orientation(document.pagePointSize(pages[0])))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("QPrinter: the printer cannot be opened")
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)  # no JPEG on text
    dpi = min(printer.resolution(), max_dpi)
    try:
        for done, page in enumerate(pages):
            if cancel is not None and cancel():
                printer.abort()
                raise Cancelled()
            size = document.pagePointSize(page)
            if done:
                printer.setPageOrientation(_orientation(size))
                printer.newPage()
            pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            image = document.render(page, pixels).convertToFormat(QImage.Format.Format_RGB888)
            sheet = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            fitted = QSizeF(image.size()).scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(sheet.topLeft(), fitted)
            target.moveCenter(sheet.center())
            painter.drawImage(target, image)
            del image
            if progress is not None:
                progress(done + 1, len(pages))
    finally:
        painter.end()
        document.close()
    return len(pages)


def ask_printer_dialog(printer: QPrinter, parent: QWidget) -> bool:
    """The system print dialog (printer, copies, page range)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(1, printer.toPage()))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def print_pdf(
    parent: QWidget,
    path: Path,
    ask: AskPrinter = ask_printer_dialog,
    on_done: Callable[[int], None] | None = None,
) -> Task | None:
    """Ask for a printer and pages, then print them in the background; None if the user
    closed the dialog. `on_done(pages printed)` runs on the GUI thread."""
    probe = QPdfDocument()
    probe.load(str(path))
    count = probe.pageCount()
    probe.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(Path(path).stem)
    printer.setFromTo(1, max(1, count))
    if not ask(printer, parent):
        return None
    pages = chosen_pages(printer, count)

    def work(progress: Callable[..., None], cancel: Callable[[], bool]) -> int:
        return print_pages(path, printer, pages, progress, cancel)

    def done(printed: int) -> None:
        del printer_ref[:]
        if on_done is not None:
            on_done(printed)

    printer_ref = [printer]  # the printer lives until the job ends
    label = QCoreApplication.translate("Printing", "Đang in %1 trang…").replace(
        "%1", str(len(pages))
    )
    return run_task(parent, label, work, done)
