"""The two sample plans: they load, compute the printed totals and validate with exactly their
real inconsistencies."""

from __future__ import annotations

import pytest

from itplan_desktop.domain.appendix_engine import AppendixComputation, plan_budget
from itplan_desktop.domain.validation import validate_plan
from itplan_desktop.formats.plan_file import read_plan_file
from itplan_desktop.paths import samples_dir

SAMPLES = samples_dir()
M = 1_000_000


def load(name: str):
    return read_plan_file(SAMPLES / f"{name}.itplan.json").plan


# Total rows as printed in the reference documents (triệu đồng; staff as counts).
PRINTED_TOTALS = {
    "nhu_xuan_2016_2020": [
        {"total": 5600, "y2016": 1800, "y2017": 1700, "y2018": 1100, "y2019": 500, "y2020": 500},
        {"y2016": 660, "y2017": 670, "y2018": 820, "y2019": 830, "y2020": 880, "total": 3860},
    ],
    "thanh_hoa_2011_2015": [
        {"total": 112969, "allocated": 2750, "missing": 110219, "y2011": 22719, "y2012": 22500}
        | {"y2013": 22000, "y2014": 22000, "y2015": 21000},
        {"y2011": 9180, "y2012": 7990, "y2013": 7990, "y2014": 7990, "y2015": 7990}
        | {"total": 41140},
        {"staff": 1346} | {f"y{y}": 3330 for y in range(2011, 2016)},
        {"staff": 1979} | {f"y{y}": 2990 for y in range(2011, 2016)},
    ],
}


def _in_dong(totals: dict[str, int]) -> dict[str, int]:
    return {k: v if k == "staff" else v * M for k, v in totals.items()}


@pytest.mark.parametrize("name", sorted(PRINTED_TOTALS))
def test_every_appendix_computes_the_printed_totals(name):
    plan = load(name)
    printed = PRINTED_TOTALS[name]
    assert len(plan.appendices) == len(printed)
    for appendix, totals in zip(plan.appendices, printed, strict=True):
        computation = AppendixComputation(appendix)
        assert computation.totals == _in_dong(totals)
        for index, row in enumerate(appendix.rows):
            for key, stated in row.stated.items():
                assert computation.value(index, key) == stated, (appendix.number, index, key)


def test_nhu_xuan_reports_exactly_the_dtpt_figure():
    plan = load("nhu_xuan_2016_2020")
    [found] = validate_plan(plan)
    assert found.code == "BUD002"
    assert found.location.row == plan.budget.lines[0].uuid
    assert plan.budget.lines[0].source == "dtpt"
    assert (found.params["stated"], found.params["computed"]) == (
        "560 triệu đồng",
        "5.600 triệu đồng",
    )
    budget = plan_budget(plan)
    assert budget.total == 9460 * M == 5600 * M + 3860 * M
    assert budget.by_source == {"dtpt": 5600 * M, "sn": 3860 * M}


def test_thanh_hoa_is_consistent():
    """Checked by hand: every item's years add up to its total, allocated + missing = total,
    the subtotals of groups I and II, the total rows, 151.359 = 110.219 + 41.140 with
    26.190 (tỉnh) + 14.950 (huyện), the words, and Phụ lục 3 and 4 against rows 9 and 10."""
    plan = load("thanh_hoa_2011_2015")
    assert validate_plan(plan) == []
    budget = plan_budget(plan)
    assert budget.total == 151359 * M
    assert budget.by_source == {
        "dtpt": 110219 * M,
        "sn": 41140 * M,
        "sn.tinh": 26190 * M,
        "sn.huyen": 14950 * M,
    }
    details = [a for a in plan.appendices if a.detail_of]
    assert len(details) == 2
