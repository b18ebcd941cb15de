"""AppendixComputation: computed cells, groups, total row, incremental edits, plan budget."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference_appendices import (
    M,
    group,
    item,
    nhu_xuan_pl1,
    nhu_xuan_plan,
    thanh_hoa_pl1,
    thanh_hoa_pl2,
)

from itplan_desktop.domain import AppendixRole, Column, ColumnKind, ColumnRole
from itplan_desktop.domain.appendix_engine import (
    TOTAL_ROW,
    AppendixComputation,
    PlanBudget,
    plan_budget,
)
from itplan_desktop.domain.appendix_templates import build_appendix


def test_item_total_is_the_sum_of_its_years():
    c = AppendixComputation(nhu_xuan_pl1())
    assert [c.value(i, "total") for i in range(4)] == [1200 * M, 1500 * M, 400 * M, 2500 * M]
    assert c.is_computed(0, "total") and not c.is_computed(0, "y2016")


def test_total_row_of_nhu_xuan_appendix_1():
    c = AppendixComputation(nhu_xuan_pl1())
    assert c.totals == {
        "total": 5600 * M,
        "y2016": 1800 * M,
        "y2017": 1700 * M,
        "y2018": 1100 * M,
        "y2019": 500 * M,
        "y2020": 500 * M,
    }
    assert c.value(TOTAL_ROW, "total") == 5600 * M
    assert c.is_computed(TOTAL_ROW, "y2016")


def test_allocated_counts_in_total_but_not_in_missing():
    c = AppendixComputation(thanh_hoa_pl1())
    assert (c.value(0, "allocated"), c.value(0, "missing"), c.value(0, "total")) == (
        1900 * M,
        2978 * M,
        4878 * M,
    )
    assert c.totals["total"] == 112969 * M
    assert c.totals["allocated"] == 2750 * M
    assert c.totals["missing"] == 110219 * M


def test_empty_cells_stay_empty():
    c = AppendixComputation(nhu_xuan_pl1())
    assert c.value(0, "y2017") is None
    a = build_appendix("investment_projects", [2011])
    a.rows = [item("Chưa có số liệu")]
    c = AppendixComputation(a)
    assert c.value(0, "total") is None and c.value(TOTAL_ROW, "total") is None
    assert c.totals == {}


def test_group_subtotals_and_sources():
    c = AppendixComputation(thanh_hoa_pl2())
    assert c.group_totals(0)["total"] == 26190 * M
    assert c.group_totals(0)["y2011"] == 6190 * M
    assert c.group_totals(10) == {"total": 14950 * M} | {
        f"y{y}": 2990 * M for y in range(2011, 2016)
    }
    assert c.by_source() == {"sn": 41140 * M, "sn.tinh": 26190 * M, "sn.huyen": 14950 * M}


def test_nested_groups_two_levels():
    a = build_appendix("recurring_tasks", [2021])
    a.rows = [
        group("Cấp tỉnh", level=1),
        group("Sở TTTT", level=2),
        item("A", y2021=10),
        item("B", y2021=20),
        group("Sở Tài chính", level=2),
        item("C", y2021=5),
        group("Cấp huyện", level=1),
        item("D", y2021=1),
    ]
    c = AppendixComputation(a)
    assert [c.value(i, "total") for i in (0, 1, 4, 6)] == [35 * M, 30 * M, 5 * M, 1 * M]
    assert c.totals["total"] == 36 * M
    assert c.ancestors(3) == [1, 0]


def test_years_split_by_source_totals():
    a = build_appendix("years_by_source", [2011, 2012])
    a.rows = [item("A", y2011_dtpt=100, y2011_sn=10, y2012_sn=20), item("B", y2012_dtpt=50)]
    c = AppendixComputation(a)
    assert c.value(0, "total_dtpt") == 100 * M
    assert c.value(0, "total_sn") == 30 * M
    assert c.value(0, "total") == 130 * M
    assert c.totals == {
        "y2011_dtpt": 100 * M,
        "y2011_sn": 10 * M,
        "y2012_sn": 20 * M,
        "y2012_dtpt": 50 * M,
        "total_dtpt": 150 * M,
        "total_sn": 30 * M,
        "total": 180 * M,
    }
    assert c.by_source() == {"dtpt": 150 * M, "sn": 30 * M}
    assert c.by_year() == {2011: 110 * M, 2012: 70 * M}


def test_tasks_grouped_by_year_take_year_and_source_from_groups():
    a = build_appendix("tasks_by_year", [2021, 2022])
    a.rows[0].source = "sn.huyen"
    a.rows.insert(1, item("Mua máy tính", amount=300))
    a.rows.insert(2, item("Đào tạo", amount=50))
    a.rows.append(item("Chữ ký số", amount=70))
    a.funding_source = "sn"
    c = AppendixComputation(a)
    assert c.by_year() == {2021: 350 * M, 2022: 70 * M}
    assert c.by_source() == {"sn": 420 * M, "sn.huyen": 350 * M}
    assert c.group_totals(0) == {"amount": 350 * M}


def test_set_value_reports_exactly_the_changed_cells():
    c = AppendixComputation(nhu_xuan_pl1())
    changed = c.set_value(1, "y2019", 100 * M)
    assert changed == {
        (1, "y2019"),
        (1, "total"),
        (TOTAL_ROW, "y2019"),
        (TOTAL_ROW, "total"),
    }
    assert c.value(1, "total") == 1600 * M and c.totals["total"] == 5700 * M
    assert c.appendix.rows[1].values["y2019"] == 100 * M
    assert c.set_value(1, "y2019", 100 * M) == set()  # same value: nothing changes


def test_set_value_to_empty_and_back():
    c = AppendixComputation(nhu_xuan_pl1())
    assert c.set_value(0, "y2016", None) == {(0, "y2016"), (0, "total")} | {
        (TOTAL_ROW, "y2016"),
        (TOTAL_ROW, "total"),
    }
    assert c.value(0, "total") is None
    assert "y2016" not in c.appendix.rows[0].values


def test_set_value_refuses_computed_and_group_cells():
    c = AppendixComputation(thanh_hoa_pl2())
    with pytest.raises(ValueError):
        c.set_value(0, "y2011", 1)
    with pytest.raises(ValueError):
        c.set_value(1, "total", 1)


def test_plan_budget_uses_budget_appendices_only():
    plan = nhu_xuan_plan()
    detail = build_appendix("unit_allocation", range(2016, 2021))
    detail.rows = [item("Xã A", staff=3, y2016=999)]
    assert detail.role is AppendixRole.DETAIL
    plan.appendices.append(detail)
    assert plan_budget(plan) == PlanBudget(
        total=9460 * M,
        by_source={"dtpt": 5600 * M, "sn": 3860 * M},
        by_year={2016: 2460 * M, 2017: 2370 * M, 2018: 1920 * M, 2019: 1330 * M, 2020: 1380 * M},
    )


# -- incremental edits equal a full rebuild ------------------------------------------------

_KEYS = ["y2011_dtpt", "y2011_sn", "y2012_dtpt", "y2012_sn", "staff"]


def _random_appendix(shape: list[tuple[str, int]]):
    a = build_appendix("years_by_source", [2011, 2012])
    a.columns.insert(3, Column("staff", ColumnKind.NUMBER, ColumnRole.STAFF, ("Số CBCC",)))
    for kind, level in shape:
        a.rows.append(group("G", level=level) if kind == "g" else item("I", level=level))
    return a


def _snapshot(c: AppendixComputation) -> dict:
    keys = [col.key for col in c.appendix.columns]
    rows = range(-1, len(c.appendix.rows))
    return {(r, k): c.value(r, k) for r in rows for k in keys}


@settings(max_examples=60, deadline=None)
@given(
    shape=st.lists(st.tuples(st.sampled_from("gii"), st.integers(1, 3)), min_size=1, max_size=25),
    edits=st.lists(
        st.tuples(
            st.integers(0, 24),
            st.sampled_from(_KEYS),
            st.one_of(st.none(), st.integers(-(10**12), 10**12)),
        ),
        max_size=30,
    ),
)
def test_incremental_edits_equal_a_rebuild(shape, edits):
    c = AppendixComputation(_random_appendix(shape))
    for row, key, value in edits:
        if row >= len(shape) or shape[row][0] == "g":
            continue
        before = _snapshot(c)
        changed = c.set_value(row, key, value)
        after = _snapshot(c)
        assert changed == {cell for cell in after if after[cell] != before[cell]}
        fresh = AppendixComputation(c.appendix)
        assert _snapshot(fresh) == after
