"""Issue 14, item 7: the periodic progress report (Báo cáo kết quả 6 tháng / năm) from the
KPI tracker window — choose the period, see it as it prints, export PDF and Excel."""

from __future__ import annotations

from clerk_helpers import NHU_XUAN, clerk_db, clerk_demo, clerk_window, edit_cell
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

__all__ = ["clerk_db", "clerk_demo", "clerk_window"]


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_progress_report_from_the_tracker(qtbot, clerk_window, tmp_path, shot):
    workspace = clerk_window.open_plan(NHU_XUAN)
    workspace.navigate("indicators")
    tracker = workspace.page("indicators")
    columns = [c.period for c in tracker.model.columns]
    edit_cell(qtbot, tracker.table, 0, columns.index("2017-H1"), "45/60")  # 75 %
    assert tracker.model.data(tracker.model.index(0, columns.index("2017-H1"))) == "75%"

    qtbot.mouseClick(tracker.indicator_actions.report_button, Qt.MouseButton.LeftButton)
    window = tracker.indicator_actions.report_window
    qtbot.waitExposed(window)
    assert window.chosen_period().code == "2017-H1"  # the latest period with figures
    assert window.document.pageCount() >= 1
    assert "6 tháng đầu năm 2017" in window.summary.text()
    size = window.frameGeometry().size()
    assert size.width() <= 1366 and size.height() <= 768
    qtbot.wait(1500)  # QPdfView renders its pages in the background
    shot(window, "kpi_progress_report")

    # another period: the preview follows
    window.period.setCurrentIndex(window.period.findData("2017"))
    assert "năm 2017" in window.summary.text()
    window.number.setFocus()
    window.number.setText("12")
    window.number.editingFinished.emit()
    assert window.report.document.number == "12"

    window.select_period("2017-H1")
    pdf_target = tmp_path / "bao cao 6 thang.pdf"
    window.ask_save_path = lambda suggested, filters: pdf_target
    qtbot.mouseClick(window.pdf_button, Qt.MouseButton.LeftButton)
    assert window.last_export == pdf_target and pdf_target.is_file()
    text = _text(pdf_target)
    assert "BÁO CÁO" in text and "6 tháng đầu năm 2017" in text
    assert "Số: 12/BC-UBND" in text
    assert "75%" in text

    xlsx_target = tmp_path / "bao-cao"  # no suffix typed: the kind's is added
    window.ask_save_path = lambda suggested, filters: xlsx_target
    assert window.suggested_name("xlsx") == "bao-cao-ket-qua-2017-H1.xlsx"
    qtbot.mouseClick(window.xlsx_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "bao-cao.xlsx"
    assert window.last_export == written
    book = load_workbook(written)
    assert {"Chỉ tiêu", "Nhiệm vụ"} <= set(book.sheetnames)
    values = [c.value for row in book["Chỉ tiêu"].iter_rows() for c in row if c.value]
    assert any("75%" in str(v) for v in values)
    assert str(written) in window.status.text()

    # a refused target: the message shows in the window, nothing is written
    window.ask_save_path = lambda suggested, filters: tmp_path / "missing" / "x.pdf"
    qtbot.mouseClick(window.pdf_button, Qt.MouseButton.LeftButton)
    assert window.last_export == written
    assert window.status.text() and "x.pdf" in window.status.text()
    window.close()
