"""Every ready-made template builds, and computes the totals of the reference documents."""

from __future__ import annotations

import pytest
from reference_appendices import (
    THANH_HOA_PL1_YEARS,
    M,
    item,
    nhu_xuan_pl1,
    nhu_xuan_pl2,
    thanh_hoa_pl1,
    thanh_hoa_pl2,
    thanh_hoa_pl3,
    years,
)

from itplan_desktop.domain import Appendix, AppendixRole, Column, ColumnKind, ColumnRole
from itplan_desktop.domain.appendix_engine import AppendixComputation
from itplan_desktop.domain.appendix_templates import (
    TEMPLATES,
    AppendixTemplate,
    YearColumns,
    build_appendix,
    text_column,
)


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_every_template_builds_and_computes(name):
    a = build_appendix(name, range(2021, 2026), title="Phụ lục thử")
    assert a.title == "Phụ lục thử" and a.template == name
    keys = [c.key for c in a.columns]
    assert len(keys) == len(set(keys))
    money = [c for c in a.columns if c.kind is ColumnKind.MONEY and c.role is ColumnRole.YEAR]
    inputs = {c.key: 10 for c in money} or {"amount": 10}
    a.rows.append(item("Nhiệm vụ", **inputs))
    c = AppendixComputation(a)
    assert c.need_total() == 10 * M * len(inputs)


def test_investment_projects_is_thanh_hoa_appendix_1():
    a = thanh_hoa_pl1()
    assert AppendixComputation(a).totals == a.stated_totals
    assert a.stated_totals == {
        "total": 112969 * M,
        "allocated": 2750 * M,
        "missing": 110219 * M,
    } | {f"y{2011 + i}": v * M for i, v in enumerate(THANH_HOA_PL1_YEARS)}


def test_investment_simple_is_nhu_xuan_appendix_1():
    a = nhu_xuan_pl1()
    assert AppendixComputation(a).totals == a.stated_totals
    assert a.stated_totals["total"] == 5600 * M


@pytest.mark.parametrize("build", [nhu_xuan_pl2, thanh_hoa_pl2])
def test_recurring_tasks_are_the_recurring_appendices(build):
    a = build()
    c = AppendixComputation(a)
    assert c.totals == a.stated_totals
    for index, row in enumerate(a.rows):
        for key, stated in row.stated.items():
            assert c.value(index, key) == stated


def test_unit_allocation_is_thanh_hoa_appendix_3():
    a = thanh_hoa_pl3()
    assert a.role is AppendixRole.DETAIL
    assert AppendixComputation(a).totals == {"staff": 1346} | {
        f"y{y}": 3330 * M for y in range(2011, 2016)
    }


def test_tasks_by_year_groups_each_year():
    a = build_appendix("tasks_by_year", [2021, 2022])
    assert [(r.texts["name"], r.year) for r in a.rows] == [("Năm 2021", 2021), ("Năm 2022", 2022)]
    a.rows.insert(1, item("Hạ tầng", amount=120))
    a.rows.append(item("Phần mềm", amount=80))
    a.rows.append(item("ATTT", amount=40))
    c = AppendixComputation(a)
    assert c.group_totals(0) == {"amount": 120 * M}
    assert c.group_totals(2) == {"amount": 120 * M}
    assert c.totals == {"amount": 240 * M}


def test_years_by_source_columns():
    a = build_appendix("years_by_source", [2011], sources=("dtpt", "sn.tinh"))
    assert [(c.key, c.year, c.source, c.header) for c in a.columns[3:6]] == [
        ("y2011_dtpt", 2011, "dtpt", ("Nhu cầu vốn đầu tư các năm", "2011", "Vốn ĐTPT")),
        (
            "y2011_sn_tinh",
            2011,
            "sn.tinh",
            ("Nhu cầu vốn đầu tư các năm", "2011", "Vốn sự nghiệp (ngân sách tỉnh)"),
        ),
        ("total_dtpt", None, "dtpt", ("Tổng cộng", "Vốn ĐTPT")),
    ]


def test_a_user_made_template_and_a_plain_column_list():
    mine = AppendixTemplate(
        name="mine",
        label="Của tôi",
        title="BẢNG CỦA TÔI",
        columns=(
            text_column("name", ColumnRole.NAME, "Nội dung"),
            YearColumns(("Kinh phí",)),
            Column("sum", ColumnKind.MONEY, ColumnRole.TOTAL, ("Cộng",)),
        ),
    )
    a = mine.build([2024, 2025])
    a.rows.append(item("x", **years(1, 2, start=2024)))
    assert AppendixComputation(a).totals["sum"] == 3 * M
    plain = Appendix("BẢNG", columns=list(a.columns), rows=a.rows)
    assert AppendixComputation(plain).totals == AppendixComputation(a).totals
