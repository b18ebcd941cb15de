"""The user guide (Hướng dẫn sử dụng), opened offline from Help (F1): the Markdown pages
shipped in `resources/guide/` (vi.md, en.md — the interface language's) rendered by a
QTextBrowser with their screenshots, and a contents list of the page's headings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from ...paths import resource_path
from .. import i18n

HEADING_ROLE = Qt.ItemDataRole.UserRole


def guide_file(language: str) -> str:
    """The guide page of a language (Vietnamese when there is none for it)."""
    folder = resource_path("guide")
    page = folder / f"{language}.md"
    return str(page if page.is_file() else folder / "vi.md")


class GuideWindow(QMainWindow):
    """A window beside the main one; `show_language` follows the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.itemActivated.connect(self._go)
        self.contents.itemClicked.connect(self._go)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 760])
        self.setCentralWidget(splitter)
        self.language = ""
        self.show_language(i18n.current_language())
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1060, 720
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def show_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        path = guide_file(language)
        self.browser.setSource(
            QUrl.fromLocalFile(path), QTextDocument.ResourceType.MarkdownResource
        )
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.contents.clear()
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(("## ", "### ")):
                    text = line.lstrip("#").strip()
                    item = QListWidgetItem(("    " if line.startswith("###") else "") + text)
                    item.setData(HEADING_ROLE, text)
                    self.contents.addItem(item)

    def _go(self, item: QListWidgetItem) -> None:
        """Scroll to a heading: the first occurrence of its text from the top."""
        self.go_to(item.data(HEADING_ROLE))

    def go_to(self, heading: str) -> bool:
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        found = self.browser.find(heading)
        if found:  # the heading at the top of the view
            bar = self.browser.verticalScrollBar()
            bar.setValue(bar.maximum())
            self.browser.ensureCursorVisible()
        return found

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_language(i18n.current_language())
        super().changeEvent(event)
