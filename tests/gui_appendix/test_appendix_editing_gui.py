"""The appendix editor driven like a user: type, paste, undo/redo, rows, filter, unit, focus."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from itplan_desktop.domain.appendix import RowKind
from itplan_desktop.vn.units import MoneyUnit

TRIEU = 1_000_000


def _index(widget, row: int, key: str):
    """View index of appendix row `row` (-1 = total row) and column `key`."""
    model = widget.model
    return widget.proxy.mapFromSource(model.index(model.model_row(row), model.column_index(key)))


def _shown(widget, row: int, key: str) -> str:
    return widget.proxy.data(_index(widget, row, key))


def _type(qtbot, widget, row: int, key: str, text: str) -> None:
    """Select a cell, start editing with F2, type and press Enter, like a user."""
    index = _index(widget, row, key)
    widget.view.setCurrentIndex(index)
    widget.view.edit(index)
    # the editor of the previous cell may still await its deferred deletion (hidden)
    editors = [e for e in widget.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on a queued call
    editing = widget.view.State.EditingState
    qtbot.waitUntil(lambda: widget.view.state() != editing, timeout=2000)


def test_typing_an_amount_updates_row_group_and_total(qtbot, thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 1)  # Phụ lục 2: groups I and II
    appendix = widget.document.appendix
    assert appendix.rows[0].kind is RowKind.GROUP
    assert _shown(widget, 1, "y2011") == "580"
    assert _shown(widget, 0, "y2011") == "6.190"
    assert _shown(widget, -1, "y2011") == "9.180"
    grand_total = widget.document.computation.totals["total"]
    changed = []
    widget.model.dataChanged.connect(
        lambda a, b, _r=(): changed.append((a.row(), a.column(), b.column()))
    )
    with qtbot.waitSignal(widget.changed):
        _type(qtbot, widget, 1, "y2011", "1.580")
    assert appendix.rows[1].values["y2011"] == 1_580 * TRIEU
    assert _shown(widget, 1, "y2011") == "1.580"
    assert _shown(widget, 1, "total") == "1.580"
    assert _shown(widget, 0, "y2011") == "7.190"
    assert _shown(widget, -1, "y2011") == "10.180"
    assert widget.document.computation.totals["total"] == grand_total + 1_000 * TRIEU
    # dataChanged exactly for the cells the engine reported: (row, y2011) and (row, total) ×
    # item, group and total row — never the whole table
    total_row = len(appendix.rows)
    rows = {r for r, _a, _b in changed}
    assert rows == {0, 1, total_row}
    assert widget.undo_stack.undoText() == "Sửa ô"


def test_undo_redo_restore_values_and_totals(qtbot, thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 1)
    before = dict(widget.document.computation.totals)
    _type(qtbot, widget, 2, "y2013", "1000")
    after = dict(widget.document.computation.totals)
    assert after["y2013"] == before["y2013"] + 700 * TRIEU
    with qtbot.waitSignal(widget.changed):
        widget.undo_stack.undo()
    assert widget.document.computation.totals == before
    assert _shown(widget, 2, "y2013") == "300"
    widget.undo_stack.redo()
    assert widget.document.computation.totals == after
    assert _shown(widget, -1, "y2013") == "8.690"


def test_bad_number_keeps_old_value_with_a_message(qtbot, thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 1)
    _type(qtbot, widget, 1, "y2011", "12abc")
    assert widget.document.appendix.rows[1].values["y2011"] == 580 * TRIEU
    assert "không phải là một số hợp lệ" in widget.last_message
    assert "giữ giá trị cũ" in widget.last_message
    assert widget.undo_stack.count() == 0


def test_ambiguous_number_asks(qtbot, thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 1)
    asked = []

    def choose(text, candidates):
        asked.append((text, candidates))
        return candidates[0]  # 1,5 triệu

    widget.ask_number_choice = choose
    _type(qtbot, widget, 1, "y2011", "1,500")
    assert asked and asked[0][1] == (Decimal("1.5"), Decimal("1500"))
    assert widget.document.appendix.rows[1].values["y2011"] == 1_500_000
    widget.ask_number_choice = lambda text, candidates: None
    _type(qtbot, widget, 1, "y2011", "2,500")
    assert widget.document.appendix.rows[1].values["y2011"] == 1_500_000


def test_computed_cells_refuse_edits(thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 1)
    for row, key in ((0, "y2011"), (1, "total"), (-1, "y2011"), (1, "tt"), (-1, "name")):
        index = _index(widget, row, key)
        assert not widget.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert not widget.proxy.setData(index, 5 * TRIEU)
    assert widget.proxy.flags(_index(widget, 0, "name")) & Qt.ItemFlag.ItemIsEditable
    assert widget.undo_stack.count() == 0
    # visibly different: italic on a computed amount, bold on group and total rows
    model = widget.model
    font = widget.proxy.data(_index(widget, 1, "total"), Qt.ItemDataRole.FontRole)
    assert font.italic()
    assert widget.proxy.data(_index(widget, 0, "name"), Qt.ItemDataRole.FontRole).bold()
    assert widget.proxy.data(_index(widget, 1, "total"), Qt.ItemDataRole.BackgroundRole) is not None
    assert widget.proxy.data(_index(widget, 1, "y2011"), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(0, 0)) == "I"


def test_stated_figure_tooltip(thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 1)
    widget.document.appendix.rows[1].stated["total"] = 600 * TRIEU
    widget.model.all_changed()
    tip = widget.proxy.data(_index(widget, 1, "total"), Qt.ItemDataRole.ToolTipRole)
    assert "600" in tip and "580" in tip


def test_paste_block_vietnamese_and_english_with_one_bad_cell(qtbot, thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 1)
    appendix = widget.document.appendix
    rows_before = len(appendix.rows)
    widget.view.setCurrentIndex(_index(widget, 2, "y2011"))
    QGuiApplication.clipboard().setText("1.234,5\t2.000\t\r\n7,5\tabc\t10\r\n")
    widget.actions_by_name["paste"].trigger()
    assert appendix.rows[2].values["y2011"] == 1_234_500_000
    assert appendix.rows[2].values["y2012"] == 2_000 * TRIEU
    assert "y2013" not in appendix.rows[2].values  # an empty pasted cell empties it
    assert appendix.rows[3].values["y2011"] == 7_500_000
    assert appendix.rows[3].values["y2012"] == 220 * TRIEU  # bad cell keeps its old value
    assert appendix.rows[3].values["y2013"] == 10 * TRIEU
    assert "1 ô không dán được" in widget.last_message and "«abc»" in widget.last_message
    assert "Dòng 4" in widget.last_message
    assert widget.undo_stack.undoText() == "Dán 5 ô"
    assert len(appendix.rows) == rows_before
    # English block: 1,234.5 and 2,000,000 are unambiguous; 1,500 follows them
    widget.view.setCurrentIndex(_index(widget, 4, "y2011"))
    QGuiApplication.clipboard().setText("1,234.5\t2,000,000\t1,500\r\n")
    widget.actions_by_name["paste"].trigger()
    assert appendix.rows[4].values["y2011"] == 1_234_500_000
    assert appendix.rows[4].values["y2012"] == 2_000_000 * TRIEU
    assert appendix.rows[4].values["y2013"] == 1_500 * TRIEU
    total = widget.document.computation.totals["y2011"]
    widget.undo_stack.undo()
    widget.undo_stack.undo()
    assert widget.document.computation.totals["y2011"] == 9_180 * TRIEU
    widget.undo_stack.redo()
    widget.undo_stack.redo()
    assert widget.document.computation.totals["y2011"] == total


def test_paste_past_the_last_row_appends_rows_and_asks_when_ambiguous(qtbot, nhu_xuan, make_editor):
    widget = make_editor(nhu_xuan, 1)
    appendix = widget.document.appendix
    count = len(appendix.rows)
    widget.view.setCurrentIndex(_index(widget, -1, "name"))
    widget.ask_paste_convention = lambda examples: "en"
    QGuiApplication.clipboard().setText(
        'Nhiệm vụ mới\t"Mục tiêu\ncó hai dòng"\tVăn phòng\t1,500\r\nNhiệm vụ khác\t\t\t20\r\n'
    )
    widget.actions_by_name["paste"].trigger()
    assert len(appendix.rows) == count + 2
    assert appendix.rows[count].texts["objective"] == "Mục tiêu\ncó hai dòng"
    assert appendix.rows[count].values["y2016"] == 1_500 * TRIEU
    assert _shown(widget, -1, "y2016") == "2.180"  # 660 + 1.500 + 20
    widget.undo_stack.undo()
    assert len(appendix.rows) == count
    assert _shown(widget, -1, "y2016") == "660"


def test_copy_selection_gives_vietnamese_tsv(thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 1)
    selection = widget.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select
    selection.select(_index(widget, 0, "tt"), flags)
    selection.select(_index(widget, 1, "y2011"), flags)
    widget.actions_by_name["copy"].trigger()
    text = QGuiApplication.clipboard().text()
    lines = text.split("\r\n")
    assert lines[0].startswith("I\tNgân sách cấp tỉnh")
    assert lines[0].endswith("\t6.190")
    assert lines[1].split("\t")[0] == "1"


def test_insert_delete_move_rows_and_groups(qtbot, thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 1)
    appendix = widget.document.appendix
    count = len(appendix.rows)
    names = [r.texts.get("name") for r in appendix.rows]
    widget.view.setCurrentIndex(_index(widget, 2, "y2011"))
    widget.actions_by_name["insert_row"].trigger()
    assert len(appendix.rows) == count + 1
    assert appendix.rows[3].kind is RowKind.ITEM and not appendix.rows[3].texts
    assert widget.model.labels()[3] == "3" and widget.model.labels()[4] == "4"
    assert widget.undo_stack.undoText() == "Chèn dòng"
    widget.actions_by_name["insert_group"].trigger()
    assert appendix.rows[4].kind is RowKind.GROUP and appendix.rows[4].level == 1
    widget.undo_stack.undo()
    widget.undo_stack.undo()
    assert [r.texts.get("name") for r in appendix.rows] == names
    # delete two rows; totals follow; undo puts them back
    selection = widget.view.selectionModel()
    widget.view.setCurrentIndex(_index(widget, 1, "name"))
    selection.select(_index(widget, 2, "name"), QItemSelectionModel.SelectionFlag.Select)
    widget.actions_by_name["delete_rows"].trigger()
    assert widget.undo_stack.undoText() == "Xóa 2 dòng"
    assert len(appendix.rows) == count - 2
    assert _shown(widget, -1, "y2011") == "8.600"
    widget.undo_stack.undo()
    assert [r.texts.get("name") for r in appendix.rows] == names
    assert _shown(widget, -1, "y2011") == "9.180"
    # move item 2 up: it swaps with item 1
    widget.view.setCurrentIndex(_index(widget, 2, "name"))
    widget.actions_by_name["move_up"].trigger()
    assert appendix.rows[1].texts["name"] == names[2]
    assert appendix.rows[2].texts["name"] == names[1]
    assert widget.model.labels()[1] == "1"
    # move group II (with its item) up past group I (with its items)
    group_two = next(i for i, r in enumerate(appendix.rows) if r.kind is RowKind.GROUP and i)
    widget.view.setCurrentIndex(_index(widget, group_two, "name"))
    widget.actions_by_name["move_up"].trigger()
    assert appendix.rows[0].texts["name"] == names[group_two]
    assert appendix.rows[1].texts["name"] == names[group_two + 1]
    assert appendix.rows[2].kind is RowKind.GROUP
    assert _shown(widget, 0, "y2011") == "2.990"
    assert _shown(widget, -1, "y2011") == "9.180"
    widget.undo_stack.undo()
    widget.undo_stack.undo()
    assert [r.texts.get("name") for r in appendix.rows] == names


def test_indent_outdent_and_item_group_toggle(qtbot, thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 1)
    appendix = widget.document.appendix
    widget.view.setCurrentIndex(_index(widget, 2, "name"))
    widget.actions_by_name["indent"].trigger()
    assert appendix.rows[2].level == 2
    assert widget.model.labels()[2] == "-"
    widget.actions_by_name["outdent"].trigger()
    assert appendix.rows[2].level == 1
    widget.view.setCurrentIndex(_index(widget, 1, "name"))
    widget.actions_by_name["toggle_group"].trigger()
    assert appendix.rows[1].kind is RowKind.GROUP and not appendix.rows[1].values
    assert _shown(widget, -1, "y2011") == "8.600"
    widget.undo_stack.undo()
    assert appendix.rows[1].kind is RowKind.ITEM
    assert appendix.rows[1].values["y2011"] == 580 * TRIEU
    assert _shown(widget, -1, "y2011") == "9.180"


def test_filter_is_accent_insensitive(qtbot, thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 3)  # the 27 districts
    widget.filter_edit.setText("nhu xuan")
    proxy = widget.proxy
    shown = [
        proxy.data(proxy.index(r, widget.model.column_index("name")))
        for r in range(proxy.rowCount())
    ]
    assert shown[0] == "UBND huyện Như Xuân"
    assert shown[-1] == widget.document.appendix.total_label  # the total row stays
    assert len(shown) == 2
    widget.filter_edit.clear()
    assert proxy.rowCount() == len(widget.document.appendix.rows) + 1


def test_vietnamese_sort_is_a_view_only(qtbot, thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 3)
    appendix = widget.document.appendix
    order = [r.uuid for r in appendix.rows]
    name = widget.model.column_index("name")
    widget.header.sectionClicked.emit(name)
    proxy = widget.proxy
    shown = [proxy.data(proxy.index(r, name)) for r in range(proxy.rowCount() - 1)]
    from itplan_desktop.vn.collation import sort_key

    assert shown == sorted(shown, key=sort_key)
    assert proxy.data(proxy.index(proxy.rowCount() - 1, name)) == appendix.total_label
    assert [r.uuid for r in appendix.rows] == order
    widget.header.sectionClicked.emit(name)  # descending: total row still last
    assert proxy.data(proxy.index(proxy.rowCount() - 1, name)) == appendix.total_label
    widget.header.sectionClicked.emit(name)  # back to the document order
    assert proxy.data(proxy.index(0, name)) == appendix.rows[0].texts["name"]


def test_unit_switch_changes_display_only(qtbot, thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 0)
    values = [dict(r.values) for r in widget.document.appendix.rows]
    assert _shown(widget, -1, "total") == "112.969"
    widget.unit_box.setCurrentText("tỷ đồng")
    assert widget.document.appendix.unit is MoneyUnit.TY_DONG
    assert _shown(widget, -1, "total") == "112,969"
    assert _shown(widget, 0, "allocated") == "1,900"
    assert [dict(r.values) for r in widget.document.appendix.rows] == values
    widget.undo_stack.undo()
    assert widget.unit_box.currentText() == "triệu đồng"
    assert _shown(widget, -1, "total") == "112.969"


def test_focus_cell_selects_and_shows(qtbot, thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 3)
    rows = widget.document.appendix.rows
    widget.filter_edit.setText("tho xuan")
    widget.focus_cell(rows[20].uuid, "y2013")
    current = widget.proxy.mapToSource(widget.view.currentIndex())
    assert (current.row(), widget.model.column(current.column()).key) == (20, "y2013")
    assert widget.filter_edit.text() == ""  # a filter hiding the cell was cleared
    widget.focus_cell(None, "y2011")
    current = widget.proxy.mapToSource(widget.view.currentIndex())
    assert current.row() == len(rows)


def test_column_layout_commands(qtbot, nhu_xuan, make_editor):
    from itplan_desktop.gui.appendix.commands import LayoutCommand
    from itplan_desktop.services import appendix_editing as ops

    widget = make_editor(nhu_xuan, 1)
    appendix = widget.document.appendix
    before = widget.document.computation.totals
    columns = ops.with_year(list(appendix.columns), 2021)
    columns, moves = ops.split_by_source(columns, ("dtpt", "sn"), appendix.funding_source)
    widget.undo_stack.push(LayoutCommand(widget.document, columns, moves))
    assert widget.model.columnCount() == len(columns)
    assert widget.header.grid.depth == 3
    totals = widget.document.computation.totals
    assert totals["total"] == before["total"]
    assert totals["total_sn"] == before["total"]
    assert "y2016_sn" in appendix.rows[0].values
    widget.undo_stack.undo()
    assert widget.document.computation.totals == before
    assert widget.header.grid.depth == 2


def test_negative_amount_is_refused_like_in_the_budget_editor(qtbot, thanh_hoa, make_editor):
    widget = make_editor(thanh_hoa, 1)
    _type(qtbot, widget, 1, "y2011", "-5")
    assert widget.document.appendix.rows[1].values["y2011"] == 580 * TRIEU
    assert "âm" in widget.last_message
    assert widget.undo_stack.count() == 0
