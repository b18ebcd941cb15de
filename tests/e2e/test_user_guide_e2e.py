"""Issue 14, item 16: the user guide — opened offline with F1 in the interface language,
rendered by a QTextBrowser with its screenshots — and the test that makes those screenshots
by driving the window through the clerk's jobs (ITPLAN_GUIDE_SCREENSHOTS=1 writes them into
itplan_desktop/resources/guide/images/, the shipped guide; otherwise a temporary folder)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from clerk_helpers import NHU_XUAN, clerk_db, clerk_demo, clerk_window, focus, when_dialog
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from itplan_desktop.gui import i18n
from itplan_desktop.paths import resource_path

__all__ = ["clerk_db", "clerk_demo", "clerk_window"]

GUIDE = resource_path("guide")


def _images(page: str) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", (GUIDE / page).read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", ["vi.md", "en.md"])
def test_every_picture_the_guide_shows_is_shipped(page):
    pictures = _images(page)
    assert len(pictures) >= 10
    for picture in pictures:
        assert (GUIDE / picture).is_file(), picture


def test_f1_opens_the_guide_offline_in_the_interface_language(qtbot, clerk_window):
    focus(qtbot, clerk_window.start_page.plans)
    qtbot.keyClick(clerk_window.start_page.plans, Qt.Key.Key_F1)
    guide = clerk_window.guide
    qtbot.waitExposed(guide)
    text = guide.browser.toPlainText()
    assert "Tạo kế hoạch mới" in text and "Nhập bảng Excel" in text
    picture = guide.browser.document().resource(
        QTextDocument.ResourceType.ImageResource,
        guide.browser.source().resolved("images/start.png"),
    )
    assert picture is not None and not picture.isNull()
    headings = [guide.contents.item(i).text().strip() for i in range(guide.contents.count())]
    assert headings[0].startswith("1. Trang đầu") and len(headings) >= 14
    assert guide.go_to("8. Kinh phí thực hiện")
    size = guide.frameGeometry().size()
    assert size.width() <= 1366 and size.height() <= 768
    about = clerk_window.menus.actions["about"]
    assert about in clerk_window.menus.help.actions() and about.shortcut().isEmpty()

    i18n.set_language("en")
    QApplication.processEvents()
    assert "user guide" in guide.browser.toPlainText().lower()
    i18n.set_language("vi")
    QApplication.processEvents()
    assert "Hướng dẫn sử dụng" in guide.browser.toPlainText()


def _workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiệm vụ"
    sheet.append(["DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026"])
    sheet.append(["Đơn vị tính: triệu đồng"])
    sheet.append(["TT", "Nội dung công việc", "Người phụ trách", "2026", "Ghi chú"])
    sheet.append([1, "Nâng cấp mạng nội bộ", "Văn phòng HĐND-UBND", 120, ""])
    sheet.append([2, "Đào tạo kỹ năng số cho cán bộ", "Phòng Văn hóa – Xã hội", 45, ""])
    book.save(path)
    return path


def test_screenshots_of_the_clerks_jobs(qtbot, clerk_window, tmp_path):
    """Drives the window through the jobs the guide describes and saves one PNG each."""
    folder = GUIDE / "images" if os.environ.get("ITPLAN_GUIDE_SCREENSHOTS") else tmp_path
    window = clerk_window
    saved: list[str] = []

    def snap(widget, name: str) -> None:
        QApplication.processEvents()
        assert widget.grab().save(str(folder / f"{name}.png"))
        saved.append(name)

    page = window.start_page  # the path a clerk's PC shows, not the test's temporary one
    page.subtitle.setText(
        r"Cơ sở dữ liệu: C:\Users\canbo\AppData\Local\itplan-desktop\plans.sqlite"
    )
    snap(window, "start")
    window.files.new_plan()
    wizard = window.wizard
    qtbot.waitExposed(wizard)
    snap(wizard, "wizard")
    wizard.reject()

    workspace = window.open_plan(NHU_XUAN)
    for key, name in (("header", "header"), ("sections", "sections"), ("budget", "budget")):
        workspace.navigate(key)
        snap(window, name)
    workspace.navigate("appendices")
    snap(window, "appendix")

    def grab_and_cancel(dialog) -> None:
        snap(dialog, "appendix_new")
        dialog.reject()

    when_dialog(grab_and_cancel)
    workspace.appendix_actions.add.trigger()

    workspace.show_findings()
    workspace.navigate("check")
    snap(window, "check")

    def grab_import(dialog) -> None:
        snap(dialog, "excel_import")
        dialog.reject()

    when_dialog(grab_import, timeout_ms=20_000)
    window.files.import_path(_workbook(tmp_path / "nhiem-vu.xlsx"))
    qtbot.waitUntil(lambda: "excel_import" in saved, timeout=20_000)

    workspace.navigate("indicators")
    tracker = workspace.page("indicators")
    snap(window, "kpi")
    report = tracker.indicator_actions.open_report()
    qtbot.waitExposed(report)
    qtbot.wait(1500)  # QPdfView renders its pages in the background
    snap(report, "kpi_report")
    report.close()

    window.show_guide()
    qtbot.waitExposed(window.guide)
    window.guide.go_to("5. Phụ lục: tạo, đổi tên, xóa, sắp xếp")
    snap(window.guide, "guide")
    expected = {Path(p).stem for p in _images("vi.md")}
    assert expected <= set(saved)
