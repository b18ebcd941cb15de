"""Appendix editing services without Qt: cells, rows, unit, column layout, TSV paste and copy."""

from __future__ import annotations

import pytest

from itplan_desktop.domain import AppendixRow, RowKind
from itplan_desktop.domain.amount_input import Ambiguous, InputError
from itplan_desktop.domain.appendix_engine import TOTAL_ROW, AppendixComputation
from itplan_desktop.domain.appendix_templates import build_appendix
from itplan_desktop.services import appendix_editing as ops
from itplan_desktop.services.appendix_clipboard import (
    copy_block,
    parse_cell_value,
    parse_tsv,
    plan_paste,
    to_tsv,
)
from itplan_desktop.vn.units import MoneyUnit

TRIEU = 1_000_000


def recurring():
    """I (group) > items 1, 2; II (group) > item 3; years 2021-2023."""
    appendix = build_appendix("recurring_tasks", range(2021, 2024))
    rows = [
        AppendixRow(RowKind.GROUP, texts={"name": "Ngân sách cấp tỉnh"}),
        AppendixRow(RowKind.ITEM, texts={"name": "Một"}, values={"y2021": 100 * TRIEU}),
        AppendixRow(RowKind.ITEM, texts={"name": "Hai"}, values={"y2022": 50 * TRIEU}),
        AppendixRow(RowKind.GROUP, texts={"name": "Ngân sách cấp huyện"}),
        AppendixRow(RowKind.ITEM, texts={"name": "Ba"}, values={"y2021": 7 * TRIEU}),
    ]
    appendix.rows = rows
    return appendix, AppendixComputation(appendix)


def names(appendix) -> list[str]:
    return [r.texts.get("name", "") for r in appendix.rows]


def test_set_amount_returns_old_value_and_changed_cells():
    _appendix, computation = recurring()
    old, changed = ops.set_amount(computation, 1, "y2021", 150 * TRIEU)
    assert old == 100 * TRIEU
    assert changed == {
        (1, "y2021"),
        (1, "total"),
        (0, "y2021"),
        (0, "total"),
        (TOTAL_ROW, "y2021"),
        (TOTAL_ROW, "total"),
    }
    assert computation.totals["total"] == 207 * TRIEU
    ops.set_amount(computation, 1, "y2021", old)
    assert computation.totals["total"] == 157 * TRIEU
    with pytest.raises(TypeError):
        ops.set_amount(computation, 1, "y2021", 1.5)  # type: ignore[arg-type]


def test_set_text_and_stated_figures():
    appendix, _computation = recurring()
    assert ops.set_text(appendix, 1, "name", "Một (sửa)") == "Một"
    assert ops.set_text(appendix, 1, "note", "") == ""
    assert ops.set_stated(appendix, 0, "total", 160 * TRIEU) is None
    assert ops.set_stated(appendix, TOTAL_ROW, "total", 1) is None
    assert appendix.stated_totals == {"total": 1}
    assert ops.stated_figure(appendix, 0, "total") == 160 * TRIEU


def test_editable_cells():
    appendix, _computation = recurring()
    assert ops.is_editable(appendix, 1, "y2021")
    assert ops.is_editable(appendix, 0, "name")
    assert not ops.is_editable(appendix, 0, "y2021")  # group subtotal
    assert not ops.is_editable(appendix, 1, "total")  # computed column
    assert not ops.is_editable(appendix, 1, "tt")
    assert not ops.is_editable(appendix, TOTAL_ROW, "name")


def test_insert_remove_restore_rows():
    appendix, computation = recurring()
    ops.insert_rows(appendix, 3, [ops.new_item(), ops.new_group(2, "Nhóm con")])
    assert names(appendix)[3:5] == ["", "Nhóm con"]
    removed = ops.remove_rows(appendix, [4, 1, 3])
    assert [i for i, _r in removed] == [1, 3, 4]
    assert names(appendix) == ["Ngân sách cấp tỉnh", "Hai", "Ngân sách cấp huyện", "Ba"]
    computation.rebuild()
    assert computation.totals["total"] == 57 * TRIEU
    ops.restore_rows(appendix, removed)
    assert names(appendix)[:3] == ["Ngân sách cấp tỉnh", "Một", "Hai"]


def test_move_items_and_groups_with_their_rows():
    appendix, _computation = recurring()
    assert ops.plan_move(appendix, 0, 0, up=True) is None
    start, split, end = ops.plan_move(appendix, 2, 2, up=True)
    undo = ops.swap_blocks(appendix, start, split, end)
    assert names(appendix)[1:3] == ["Hai", "Một"]
    ops.swap_blocks(appendix, start, undo, end)
    assert names(appendix)[1:3] == ["Một", "Hai"]
    # group II with its item moves above group I with its items
    move = ops.plan_move(appendix, 3, 3, up=True)
    assert move == (0, 3, 5)
    ops.swap_blocks(appendix, *move)
    assert names(appendix) == ["Ngân sách cấp huyện", "Ba", "Ngân sách cấp tỉnh", "Một", "Hai"]
    # and back down past its peer
    assert ops.plan_move(appendix, 0, 0, up=False) == (0, 2, 5)
    # an item moving up past its group header leaves the group
    appendix2, _ = recurring()
    assert ops.plan_move(appendix2, 1, 1, up=True) == (0, 1, 2)
    assert ops.plan_move(appendix2, 4, 4, up=False) is None


def test_indent_outdent_and_toggle_group():
    appendix, computation = recurring()
    row = appendix.rows[2]
    assert ops.shifted_shape(row, -1) is None
    old = ops.set_row_shape(appendix, 2, ops.shifted_shape(row, +1))
    assert row.level == 2 and old.level == 1
    shape = ops.toggled_shape(appendix.rows[1])
    old = ops.set_row_shape(appendix, 1, shape)
    assert appendix.rows[1].kind is RowKind.GROUP and appendix.rows[1].values == {}
    computation.rebuild()
    assert computation.totals["total"] == 57 * TRIEU
    ops.set_row_shape(appendix, 1, old)
    computation.rebuild()
    assert appendix.rows[1].values == {"y2021": 100 * TRIEU}
    assert computation.totals["total"] == 157 * TRIEU


def test_unit_switch_keeps_values():
    appendix, computation = recurring()
    assert ops.set_unit(appendix, MoneyUnit.TY_DONG) is MoneyUnit.TRIEU_DONG
    assert appendix.rows[1].values["y2021"] == 100 * TRIEU
    assert computation.totals["total"] == 157 * TRIEU


def test_layout_add_year_split_by_source_and_undo():
    appendix, computation = recurring()
    before = computation.totals
    columns = ops.with_year(list(appendix.columns), 2024)
    assert [c.key for c in columns if c.year] == ["y2021", "y2022", "y2023", "y2024"]
    assert columns[[c.key for c in columns].index("y2024")].header[-1] == "2024"
    with pytest.raises(ValueError):
        ops.with_year(columns, 2022)
    columns, moves = ops.split_by_source(columns, ("dtpt", "sn"), appendix.funding_source)
    assert moves["y2021"] == "y2021_sn"
    keys = [c.key for c in columns]
    assert "y2021_dtpt" in keys and "total_dtpt" in keys and "total" in keys
    assert ops.layout_problems(columns) == []
    snapshot = ops.apply_layout(appendix, columns, moves)
    computation.rebuild()
    assert computation.totals["total"] == before["total"]
    assert computation.totals["total_sn"] == before["total"]
    assert "total_dtpt" not in computation.totals
    ops.restore_layout(appendix, snapshot)
    computation.rebuild()
    assert computation.totals == before
    # a removed column drops its cells; undo brings them back
    without = [c for c in appendix.columns if c.key != "y2021"]
    snapshot = ops.apply_layout(appendix, without)
    assert "y2021" not in appendix.rows[1].values
    ops.restore_layout(appendix, snapshot)
    assert appendix.rows[1].values["y2021"] == 100 * TRIEU


def test_layout_problems_and_rename():
    appendix, _ = recurring()
    columns = ops.renamed(list(appendix.columns), "name", ("Nội dung",))
    assert columns[1].header == ("Nội dung",)
    duplicate = [*columns, columns[1]]
    problems = ops.layout_problems(duplicate)
    assert any("trùng" in p for p in problems)
    assert ops.unique_key(columns, "name") == "name_2"


def test_parse_tsv_as_excel_copies():
    assert parse_tsv("a\tb\r\nc\td\r\n") == [["a", "b"], ["c", "d"]]
    assert parse_tsv('"x\r\ny"\t"say ""hi"""\r\n') == [["x\r\ny", 'say "hi"']]
    assert parse_tsv("1\t\t3") == [["1", "", "3"]]
    assert parse_tsv("") == []
    assert parse_tsv('5" screen\tx') == [['5" screen', "x"]]
    block = [["Tên", "Mục tiêu\ncó dòng"], ['a"b', "1.500"]]
    assert parse_tsv(to_tsv(block)) == block


def test_parse_cell_value_units_and_errors():
    appendix, _ = recurring()
    assert parse_cell_value(appendix, "y2021", "1.234,5") == 1_234_500_000
    assert parse_cell_value(appendix, "y2021", "") is None
    assert parse_cell_value(appendix, "name", "  Nhi\u1ec7m v\u1ee5  ") == "Nhiệm vụ"
    assert parse_cell_value(appendix, "name", "TRƢỜNG") == "TRƯỜNG"
    assert isinstance(parse_cell_value(appendix, "y2021", "1,500"), Ambiguous)
    assert parse_cell_value(appendix, "y2021", "1,500", "en") == 1_500 * TRIEU
    with pytest.raises(InputError, match="không phải là một số hợp lệ"):
        parse_cell_value(appendix, "y2021", "abc")
    with pytest.raises(InputError, match="âm"):
        parse_cell_value(appendix, "y2021", "-5")
    with pytest.raises(InputError, match="nguyên đồng"):
        parse_cell_value(appendix, "y2021", "0,0000005")
    appendix.unit = MoneyUnit.TY_DONG
    assert parse_cell_value(appendix, "y2021", "185,083", "vi") == 185_083_000_000
    assert parse_cell_value(appendix, "y2021", "0,5") == 500_000_000


def test_plan_paste_types_cells_reports_problems_and_adds_rows():
    appendix, _ = recurring()
    grid = parse_tsv("Mới\tMục tiêu\tĐơn vị\t1.000\tx\t\t999\r\nNữa\t\t\t2,5\r\n")
    plan = plan_paste(appendix, grid, 4, 1)
    assert plan.cells[(4, "name")] == "Mới"
    assert plan.cells[(4, "y2021")] == 1_000 * TRIEU
    assert plan.cells[(4, "y2023")] is None
    assert [(p.row, p.key) for p in plan.problems] == [(4, "y2022")]
    assert plan.skipped_computed == 1  # "999" on the computed total
    assert plan.new_rows == 1
    assert plan.cells[(5, "y2021")] == 2_500_000
    # onto a group row: amounts skipped, name taken
    plan = plan_paste(appendix, [["Nhóm", "", "", "5"]], 0, 1)
    assert plan.cells == {(0, "name"): "Nhóm", (0, "objective"): "", (0, "lead_unit"): ""}
    assert plan.skipped_computed == 1
    # English block: the unambiguous 2,500,000 decides the ambiguous 1,500
    plan = plan_paste(appendix, [["2,500,000", "1,500"]], 1, 4)
    assert plan.cells[(1, "y2021")] == 2_500_000 * TRIEU
    assert plan.cells[(1, "y2022")] == 1_500 * TRIEU
    plan = plan_paste(appendix, [["1,500", "x"]], 1, 4)
    assert [p.text for p in plan.ambiguous] == ["1,500"]
    plan = plan_paste(appendix, [["1", "2", "3", "4", "5", "6"]], 1, 4)
    assert plan.clipped_columns == 1  # 9 columns: the 6th pasted cell falls off


def test_copy_block_uses_vietnamese_numbers_and_labels():
    appendix, computation = recurring()
    appendix.rows[1].texts["objective"] = "hai\tô"
    text = copy_block(computation, [0, 1, TOTAL_ROW], ["tt", "name", "objective", "y2021", "total"])
    assert text.split("\r\n")[:3] == [
        "I\tNgân sách cấp tỉnh\t\t100\t150",
        '1\tMột\t"hai\tô"\t100\t100',
        "\tTổng cộng\t\t107\t157",
    ]
    appendix.unit = MoneyUnit.TY_DONG
    assert copy_block(computation, [TOTAL_ROW], ["y2021"]) == "0,107\r\n"
