"""Issue 14, item 15: Qt's own file and print dialogs speak Vietnamese. Every string Qt asks
its translators for while it builds the dialogs (a recording translator sees the questions)
has a Vietnamese answer in qtbase_vi.qm (translations/update.py, QTBASE_VI), and no text a
user sees in them is an English string of Qt's."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from ui_texts import GLOSSARY, widget_texts

from itplan_desktop.gui import i18n
from itplan_desktop.gui.application import make_application

# asked, but nothing a user reads as English: key names, layout direction, paper names
NOT_WORDS = re.compile(r"^(Alt\+\w+|QT_LAYOUT_DIRECTION|\.\.\.|[ABC]\d+|A4|%1 x %2 in)$")
OUR_SOURCES = set(json.loads(GLOSSARY.read_text(encoding="utf-8")))
NOT_ASKED = {"QPageSize", "QGuiApplication", "QShortcut", "QObject", "QImageWriter"}


class Recorder(QTranslator):
    """Answers nothing (so the Vietnamese catalogue below it answers) and notes each question."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        # Qt's sources are English; ours (asked by widgets left from earlier tests, on a
        # language switch) are Vietnamese, in our glossary
        qt_string = source.isascii() and source not in OUR_SOURCES
        if context and context.startswith("Q") and context not in NOT_ASKED and qt_string:
            self.asked.add((context, source))
        return None  # a null string: Qt asks the next translator

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def vietnamese(qtbot):
    make_application()
    i18n.set_language("vi")
    recorder = Recorder()
    QApplication.instance().installTranslator(recorder)
    yield recorder
    QApplication.instance().removeTranslator(recorder)


def _untranslated(recorder: Recorder) -> list[tuple[str, str]]:
    QApplication.instance().removeTranslator(recorder)
    missing = []
    for context, source in sorted(recorder.asked):
        if NOT_WORDS.match(source) or not re.search("[A-Za-z]", source):
            continue
        if context == "QMimeType":  # the OS's file types: the common ones are translated
            continue
        if QCoreApplication.translate(context, source) == source:
            missing.append((context, source))
    return missing


def _english(widget, recorder: Recorder) -> list[tuple[str, str]]:
    """Visible texts that are one of the English strings Qt asked for."""
    sources = {source.replace("&", "") for _context, source in recorder.asked}
    sources = {s for s in sources if not NOT_WORDS.match(s) and re.search("[A-Za-z]{3}", s)}
    return [(w, t) for w, t in widget_texts(widget) if t.replace("&", "") in sources]


def _file_dialog(mode: str, folder) -> QFileDialog:
    """The dialog on a folder of the files a clerk keeps (plans, PDF, Excel, bundles, mail)."""
    for name in (
        "ke-hoach.itplan.json",
        "ke-hoach.pdf",
        "phu-luc.xlsx",
        "goi.itplan-bundle",
        "thu.eml",
        "ghi-chu.txt",
    ):
        (folder / name).write_bytes(b"{}")
    (folder / "Lưu trữ").mkdir()
    dialog = QFileDialog(None, "Chọn tệp", str(folder), "Mọi tệp (*)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux offices get
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    return dialog


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_the_file_dialog_is_vietnamese(vietnamese, qtbot, mode, doc_shot, tmp_path):
    dialog = _file_dialog(mode, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(300)  # the file system model reads the folder in a thread
    QApplication.processEvents()
    english = _english(dialog, vietnamese)
    texts = {t.replace("&", "") for _w, t in widget_texts(dialog)}
    doc_shot(dialog, f"qt_file_dialog_{mode}")
    dialog.close()
    assert english == []
    assert _untranslated(vietnamese) == []
    assert {"Tìm trong:", "Tên tệp:"} <= texts or mode == "folder"
    assert "Kiểu tệp:" in texts or mode == "folder"


def test_the_print_dialog_is_vietnamese(vietnamese, qtbot, doc_shot):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    options = [b for b in dialog.findChildren(QPushButton) if "Tùy chọn" in b.text()]
    assert options, [b.text() for b in dialog.findChildren(QPushButton)]
    options[0].click()  # the page range and copies
    QApplication.processEvents()
    english = _english(dialog, vietnamese)
    texts = {t.replace("&", "") for _w, t in widget_texts(dialog)}
    doc_shot(dialog, "qt_print_dialog")
    dialog.close()
    assert english == []
    assert _untranslated(vietnamese) == []
    assert {"Máy in", "Phạm vi in", "Số bản:", "In"} <= texts
