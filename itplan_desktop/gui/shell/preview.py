"""Print preview inside the app: the plan's PDF rendered with QtPdf page by page, with zoom;
its Print goes through `printing.print_pdf` (chosen pages, in the background)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QMainWindow, QSpinBox, QToolBar, QWidget

from ..errors import show_error
from ..screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ..tasks import Task
    from .printing import AskPrinter

FIT_PAGE_AIR = 8  # pixels of background above and below a page shown whole
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class PreviewWindow(QMainWindow):
    """A separate window showing one PDF; `load(path)` may come later than `show()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setCentralWidget(self.view)
        self.path: Path | None = None
        # the print dialog; tests choose a PDF-file printer instead
        self.ask_printer: AskPrinter | None = None
        self.last_print: Task | None = None  # the running print task, if any
        self.toolbar = QToolBar()
        self.addToolBar(self.toolbar)
        self.actions_: dict[str, QAction] = {}
        for key, shortcut, slot in (
            ("zoom_in", QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(1)),
            ("zoom_out", QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(-1)),
            ("fit_width", "Ctrl+0", self.fit_width),
            ("fit_page", "Ctrl+9", self.fit_page),
            ("print", QKeySequence.StandardKey.Print, self.print_),
            ("close", QKeySequence.StandardKey.Close, self.close),
        ):
            act = QAction(self)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.toolbar.addAction(act)
            self.actions_[key] = act
        self.page_spin = QSpinBox(minimum=1, maximum=1)
        self.page_spin.valueChanged.connect(self.go_to_page)
        self.pages_label = QLabel()
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.page_spin)
        self.toolbar.addWidget(self.pages_label)
        fit_to_screen(self, 900, 1000)  # a portrait page wants height; the screen decides
        self.retranslate()

    def load(self, path: Path) -> None:
        self.path = Path(path)
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            show_error(self, OSError(f"QPdfDocument: {error}"))
            return
        self.page_spin.setMaximum(max(1, self.document.pageCount()))
        self.retranslate()

    def zoom(self, step: int) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        current = self.view.zoomFactor()
        candidates = [z for z in ZOOMS if (z > current + 0.01 if step > 0 else z < current - 0.01)]
        if candidates:
            self.view.setZoomFactor(candidates[0] if step > 0 else candidates[-1])

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        """ "Cả trang": the current page whole, its edges in sight (Qt's FitInView lets the
        bottom edge of a page touch or pass the bottom of the view in multi-page mode)."""
        navigator = self.view.pageNavigator()
        page = self.document.pagePointSize(navigator.currentPage())
        if page.isEmpty():
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
            return
        margins = self.view.documentMargins()
        room = self.view.viewport().size()
        pixels_per_point = self.view.logicalDpiY() / 72
        spare = FIT_PAGE_AIR * 2
        zoom = (
            min(
                (room.width() - margins.left() - margins.right() - spare) / page.width(),
                (room.height() - margins.top() - margins.bottom() - spare) / page.height(),
            )
            / pixels_per_point
        )
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        navigator.jump(navigator.currentPage(), QPointF(0, -FIT_PAGE_AIR / pixels_per_point), zoom)

    def go_to_page(self, number: int) -> None:
        self.view.pageNavigator().jump(number - 1, QPointF(), self.view.zoomFactor())

    def print_(self) -> None:
        if self.path is not None:
            from .printing import ask_printer_dialog, print_pdf

            self.last_print = print_pdf(self, self.path, self.ask_printer or ask_printer_dialog)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Xem trước khi in"))
        texts = {
            "zoom_in": self.tr("Phóng to"),
            "zoom_out": self.tr("Thu nhỏ"),
            "fit_width": self.tr("Vừa chiều ngang"),
            "fit_page": self.tr("Cả trang"),
            "print": self.tr("In…"),
            "close": self.tr("Đóng"),
        }
        for key, text in texts.items():
            self.actions_[key].setText(text)
        count = self.document.pageCount()
        self.pages_label.setText(
            self.tr("/ %1 trang").replace("%1", str(count)) if count else self.tr("Đang tạo PDF…")
        )
