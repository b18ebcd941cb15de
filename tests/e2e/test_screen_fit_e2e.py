"""Issue 14, item 10: every window fits the 1366×768 screen of the tests (tests/conftest.py):
a long appendix title does not widen the main window, the print preview opens within the
screen and "Cả trang" shows a whole page, and the appendix columns are as wide as their widest
amount or row number (no "2.254.51…", no "49…")."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from itplan_desktop.domain import AppendixRow, RowKind
from itplan_desktop.gui.appendix.column_widths import cell_width, sized_to_content
from itplan_desktop.gui.plan.appendix_list_commands import RenameAppendixCommand

TRIEU = 1_000_000
LONG_TITLE = (
    "DANH MỤC CÁC NHIỆM VỤ, DỰ ÁN ỨNG DỤNG CÔNG NGHỆ THÔNG TIN VÀ CHUYỂN ĐỔI SỐ DỰ KIẾN TRIỂN "
    "KHAI THEO KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN TRONG HOẠT ĐỘNG CỦA CƠ QUAN NHÀ NƯỚC "
    "HUYỆN NHƯ XUÂN GIAI ĐOẠN 2016 - 2020, NGUỒN VỐN ĐẦU TƯ PHÁT TRIỂN VÀ VỐN SỰ NGHIỆP"
)


def _available():
    return QGuiApplication.primaryScreen().availableGeometry()


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def _inside_screen(window) -> None:
    area = _available()
    frame = window.frameGeometry()
    assert area.contains(frame), (window, frame, area)


def test_a_long_appendix_title_does_not_widen_the_main_window(plan_window, qtbot, doc_shot):
    workspace = plan_window.workspace
    appendix = workspace.editor.plan.appendices[0]
    workspace.undo_stack.push(RenameAppendixCommand(workspace.editor, appendix, LONG_TITLE))
    workspace.navigate(f"appendix:{appendix.uuid}")
    _settle(qtbot)
    assert LONG_TITLE in workspace.page_title.text()  # shown whole, on two lines
    assert plan_window.width() <= 1366 and plan_window.height() <= 768
    hint = plan_window.minimumSizeHint()
    assert hint.width() <= 1366 - 40 and hint.height() <= 768 - 40, hint
    assert workspace.page_title.height() > workspace.page_title.fontMetrics().height() * 1.5
    doc_shot(plan_window, "e2e_long_appendix_title")


def test_the_main_window_opens_within_the_screen_even_after_a_larger_one(qtbot, e2e_db):
    from itplan_desktop.gui import settings
    from itplan_desktop.gui.shell.main_window import MainWindow

    first = MainWindow(e2e_db)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    _inside_screen(first)
    first.setGeometry(0, 0, 1900, 1150)  # as saved on the office's 1920×1200 screen
    settings.save_window_state(first.saveGeometry(), first.saveState())
    first.close()
    again = MainWindow(e2e_db)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    _settle(qtbot)
    _inside_screen(again)
    again.close()


def test_the_print_preview_fits_the_screen_and_shows_a_whole_page(plan_window, qtbot, doc_shot):
    from PySide6.QtPdf import QPdfDocument

    plan_window.files.preview()
    preview = plan_window.preview_window
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready, timeout=60_000)
    _settle(qtbot)
    _inside_screen(preview)
    preview.actions_["fit_page"].trigger()  # "Cả trang"
    _settle(qtbot)
    top, bottom, height = _first_page_rows(preview.view.viewport().grab().toImage())
    assert top > 0 and bottom < height, (top, bottom, height)  # both edges of the page seen
    assert bottom - top >= height * 0.8  # and it is not a stamp
    doc_shot(preview, "e2e_preview_whole_page")
    preview.close()


def _first_page_rows(image) -> tuple[int, int, int]:
    """Top and bottom row of the first page (white) on the view's grey background, read in
    the page's left margin (no text there), and the image height."""
    middle = image.height() // 2
    white = [x for x in range(image.width()) if image.pixelColor(x, middle).lightness() == 255]
    assert white, "no page in the view"
    x = white[0] + 3
    page = [image.pixelColor(x, y).lightness() == 255 for y in range(image.height())]
    top = page.index(True)
    bottom = page.index(False, top) - 1 if False in page[top:] else len(page) - 1
    return top, bottom, image.height() - 1


def _clipped(view, model) -> list[tuple[int, str, int, int]]:
    """Cells of the content-sized columns whose text needs more than the column's width."""
    cut = []
    for col in range(model.columnCount()):
        if not sized_to_content(model, col):
            continue
        for row in range(model.rowCount()):
            index = model.index(row, col)
            need = cell_width(view, index)
            if need > view.columnWidth(col):
                cut.append((row, index.data(), need, view.columnWidth(col)))
    return cut


def test_large_subtotals_and_row_numbers_are_shown_whole(plan_window, qtbot, doc_shot):
    workspace = plan_window.workspace
    plan = workspace.editor.plan
    appendix = plan.appendices[1]  # chi thường xuyên: a group row and items under it
    year = next(c.key for c in appendix.columns if c.year is not None)
    appendix.rows.append(AppendixRow(RowKind.GROUP, texts={"name": "Ngân sách cấp tỉnh"}))
    for n in range(60):  # row numbers up to 60 under the new group
        appendix.rows.append(
            AppendixRow(RowKind.ITEM, texts={"name": f"Việc {n}"}, values={year: 37_575 * TRIEU})
        )
    workspace.editor.touch_appendix(appendix.uuid, structure=True)
    workspace.navigate(f"appendix:{appendix.uuid}")
    editor = workspace.current_page()
    _settle(qtbot)
    assert _clipped(editor.view, editor.model) == []
    labels = editor.model.labels()
    assert max(len(label) for label in labels) >= 2
    # a subtotal that grows by digits after an edit widens its column
    total_col = editor.model.column_index(year)
    before = editor.view.columnWidth(total_col)
    editor.document.set_cells({(len(appendix.rows) - 1, year): 2_254_519_000 * TRIEU})
    _settle(qtbot)
    assert editor.view.columnWidth(total_col) > before
    assert _clipped(editor.view, editor.model) == []
    total_text = editor.model.index(editor.model.rowCount() - 1, total_col).data()
    assert total_text.startswith("2.25") and len(total_text) == len("2.254.519.000")
    doc_shot(plan_window, "e2e_appendix_large_amounts")


def test_every_window_the_clerk_opens_fits_the_screen(plan_window, qtbot):
    """The report, the KPI dialogs, the exchange windows (the inbox and consolidation wanted
    1180×720 and 1200×760 plus their frames), the guide and the settings: each inside."""
    window = plan_window
    workspace = window.workspace
    workspace.navigate("indicators")
    actions = workspace.current_page().indicator_actions
    exchange = window.exchange
    steps = {
        "progress report": actions.open_report,
        "catalogue": actions.open_catalogue,
        "new indicator": actions.open_new,
        "indicator editor": actions.open_editor,
        "communes": actions.open_communes,
        "inbox": exchange.open_inbox,
        "consolidation": exchange.open_consolidation,
        "send": exchange.send_to_province,
        "import": lambda: exchange.import_bundles([]),
        "guide": window.show_guide,
        "settings": window.files.settings,
    }
    area = _available()
    for name, open_window in steps.items():
        open_window()
        _settle(qtbot)
        windows = [w for w in QApplication.allWidgets() if w.isWindow() and w is not window]
        shown = [w for w in windows if w.isVisible()]
        assert shown, name
        for widget in shown:
            frame = widget.frameGeometry()
            assert area.contains(frame), (name, type(widget).__name__, frame)
            hint = widget.minimumSizeHint()
            assert hint.width() <= area.width() and hint.height() <= area.height(), (name, hint)
            widget.close()
        _settle(qtbot)
