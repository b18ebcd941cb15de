"""Header grid merging, row numbering (TT) and unit display."""

from __future__ import annotations

from decimal import Decimal

import pytest
from reference_appendices import M, group, item, nhu_xuan_pl1, thanh_hoa_pl1, thanh_hoa_pl2

from itplan_desktop.domain.appendix_engine import AppendixComputation
from itplan_desktop.domain.appendix_layout import (
    HeaderCell,
    display_amount,
    format_amount,
    header_grid,
    row_labels,
)
from itplan_desktop.domain.appendix_templates import build_appendix
from itplan_desktop.vn.units import MoneyUnit


def test_two_level_header_of_nhu_xuan_appendix_1():
    grid = header_grid(nhu_xuan_pl1())
    assert (grid.depth, grid.width) == (2, 10)
    assert grid.cells == (
        HeaderCell(0, 0, 2, 1, "TT"),
        HeaderCell(0, 1, 2, 1, "Tên dự án"),
        HeaderCell(0, 2, 2, 1, "Mục tiêu dự án"),
        HeaderCell(0, 3, 2, 1, "Nguồn vốn đầu tư"),
        HeaderCell(0, 4, 1, 6, "Nhu cầu vốn đầu tư các năm"),
        HeaderCell(1, 4, 1, 1, "Tổng mức đầu tư"),
        *(HeaderCell(1, 5 + i, 1, 1, str(2016 + i)) for i in range(5)),
    )


def test_two_groups_side_by_side_in_thanh_hoa_appendix_1():
    grid = header_grid(thanh_hoa_pl1())
    top = [(c.col, c.colspan, c.rowspan, c.text) for c in grid.cells if c.row == 0]
    assert top == [
        (0, 1, 2, "TT"),
        (1, 1, 2, "Tên dự án"),
        (2, 1, 2, "Mục tiêu dự án"),
        (3, 1, 2, "Đơn vị thực hiện"),
        (4, 3, 1, "Yêu cầu vốn"),
        (7, 5, 1, "Nhu cầu vốn đầu tư các năm"),
        (12, 1, 2, "Ghi chú"),
    ]


def test_three_level_header_years_split_by_source():
    grid = header_grid(build_appendix("years_by_source", [2011, 2012]))
    assert grid.depth == 3
    assert HeaderCell(0, 3, 1, 4, "Nhu cầu vốn đầu tư các năm") in grid.cells
    assert HeaderCell(1, 3, 1, 2, "2011") in grid.cells
    assert HeaderCell(2, 3, 1, 1, "Vốn ĐTPT") in grid.cells
    assert HeaderCell(2, 4, 1, 1, "Vốn SN") in grid.cells
    assert HeaderCell(0, 7, 1, 3, "Tổng cộng") in grid.cells
    assert HeaderCell(1, 9, 2, 1, "Tổng số") in grid.cells  # shorter path spans down
    assert HeaderCell(0, 0, 3, 1, "TT") in grid.cells
    # every grid position is covered exactly once
    spans = [(c, r, k) for c in grid.cells for r in range(c.rowspan) for k in range(c.colspan)]
    covered = [(c.row + r, c.col + k) for c, r, k in spans]
    assert sorted(covered) == [(r, k) for r in range(3) for k in range(grid.width)]


def test_equal_names_apart_do_not_merge():
    a = build_appendix("recurring_tasks", [2021])
    a.columns.append(a.columns[4])  # a second "Nhu cầu ..." > "2021" after "Ghi chú"
    tops = [c for c in header_grid(a).cells if c.text.startswith("Nhu cầu")]
    assert [(c.col, c.colspan) for c in tops] == [(4, 1), (7, 1)]


def test_numbering_continues_across_groups_like_thanh_hoa_appendix_2():
    labels = row_labels(thanh_hoa_pl2())
    assert labels == ["I", *map(str, range(1, 10)), "II", "10"]


def test_numbering_restarts_per_group_and_nests():
    a = build_appendix("recurring_tasks", [2021])
    a.item_numbering = "restart"
    a.rows = [
        group("Tỉnh", level=1),
        group("Sở", level=2),
        item("a"),
        item("a.1", level=2),
        item("a.2", level=2),
        item("b"),
        group("Sở khác", level=2),
        item("c"),
        group("Huyện", level=1),
        group("Phòng", level=2),
        item("d"),
    ]
    assert row_labels(a) == ["I", "1", "1", "-", "-", "2", "2", "1", "II", "1", "1"]
    a.item_numbering = "continue"
    assert row_labels(a)[7] == "3" and row_labels(a)[10] == "4"


def test_year_groups_take_roman_numbers():
    a = build_appendix("tasks_by_year", [2021, 2022])
    a.rows.insert(1, item("x"))
    assert row_labels(a) == ["I", "1", "II"]


def test_unit_display_never_changes_values():
    a = thanh_hoa_pl1()
    before = AppendixComputation(a).totals
    assert format_amount(before["total"], "triệu đồng") == "112.969"
    a.unit = MoneyUnit.TY_DONG
    assert AppendixComputation(a).totals == before
    assert format_amount(before["total"], a.unit) == "112,969"
    assert format_amount(9460 * M, "Tỷ đồng") == "9,460"
    assert format_amount(None, "tỷ đồng") == ""


@pytest.mark.parametrize(
    ("amount", "unit", "shown"),
    [
        (9460 * M, "triệu đồng", Decimal(9460)),
        (1_500_000, "triệu đồng", Decimal("1.5")),
        (185_083_000_000, "tỷ đồng", Decimal("185.083")),
        (1_234_500_000, "tỷ đồng", Decimal("1.235")),  # three decimals, half up
        (500 * M, "tỷ đồng", Decimal("0.500")),
    ],
)
def test_display_amount(amount, unit, shown):
    assert display_amount(amount, unit) == shown
    assert str(display_amount(amount, unit)) == str(shown)
