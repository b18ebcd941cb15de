"""Periods, the status rule, values and roll-up (pure domain)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from itplan_desktop.domain.indicator import Direction, Indicator, IndicatorKind
from itplan_desktop.domain.kpi_periods import (
    Period,
    PeriodError,
    PeriodKind,
    current_period,
    parse_period,
    reporting_periods,
    sort_codes,
)
from itplan_desktop.domain.kpi_status import Status, assess, expected_value
from itplan_desktop.domain.kpi_values import Actual, format_actual, format_target, roll_up

H1_2016 = Period(2016, PeriodKind.HALF, 1)


@pytest.mark.parametrize(
    ("text", "code", "label", "end"),
    [
        ("2016", "2016", "Năm 2016", date(2016, 12, 31)),
        ("2016-H1", "2016-H1", "6 tháng đầu năm 2016", date(2016, 6, 30)),
        ("2016-h2", "2016-H2", "6 tháng cuối năm 2016", date(2016, 12, 31)),
        ("2016-Q3", "2016-Q3", "Quý III năm 2016", date(2016, 9, 30)),
        ("2017-Q1", "2017-Q1", "Quý I năm 2017", date(2017, 3, 31)),
        ("6 tháng đầu năm 2017", "2017-H1", "6 tháng đầu năm 2017", date(2017, 6, 30)),
        ("Quý III năm 2016", "2016-Q3", "Quý III năm 2016", date(2016, 9, 30)),
        ("năm 2018", "2018", "Năm 2018", date(2018, 12, 31)),
    ],
)
def test_periods_parse_and_label(text, code, label, end):
    period = parse_period(text)
    assert (period.code, period.label, period.end_date) == (code, label, end)


@pytest.mark.parametrize("text", ["", "2016-H3", "2016-Q5", "16", "tháng 7", "1800"])
def test_bad_periods_are_refused_in_vietnamese(text):
    with pytest.raises(PeriodError) as error:
        parse_period(text)
    assert "không hợp lệ" in error.value.message


def test_periods_order_by_end_date_shorter_first():
    assert sort_codes(["2017", "2016", "2016-H1", "2016-Q2", "2016-Q4", "2016-H2"]) == [
        "2016-Q2",
        "2016-H1",
        "2016-Q4",
        "2016-H2",
        "2016",
        "2017",
    ]
    assert [p.code for p in reporting_periods(2016, 2017)] == ["2016-H1", "2016", "2017-H1", "2017"]
    assert current_period(date(2017, 8, 1)).code == "2017-H2"
    assert current_period(date(2017, 8, 1), PeriodKind.QUARTER).code == "2017-Q3"


def pct(targets, baseline=None, direction=Direction.HIGHER_IS_BETTER, kind=IndicatorKind.PERCENT):
    return Indicator(
        "Tỷ lệ",
        kind,
        direction=direction,
        baseline_value=baseline[0] if baseline else None,
        baseline_year=baseline[1] if baseline else None,
        targets={y: D(v) for y, v in targets.items()},
    )


def test_expected_value_is_linear_from_baseline_to_targets():
    indicator = pct({2018: 80, 2020: 100}, baseline=(D(20), 2015))
    # 2015-12-31 → 20, 2018-12-31 → 80: three years for 60 points
    assert expected_value(indicator, date(2015, 12, 31), 2016) == 20
    assert expected_value(indicator, date(2016, 12, 31), 2016).quantize(D("0.1")) == D("40.0")
    assert expected_value(indicator, date(2018, 12, 31), 2016) == 80
    assert expected_value(indicator, date(2019, 12, 31), 2016).quantize(D("0.1")) == D("90.0")
    assert expected_value(indicator, date(2022, 6, 30), 2016) == 100  # flat after the last
    assert expected_value(indicator, date(2010, 1, 1), 2016) == 20  # flat before the first


def test_without_baseline_the_path_starts_from_zero_before_the_plan():
    indicator = pct({2020: 100})
    # 2015-12-31 → 0, 2020-12-31 → 100; mid-2016 is about 10 %
    value = expected_value(indicator, H1_2016.end_date, 2016)
    assert D(9) < value < D(11)


def test_status_rule_examples():
    indicator = pct({2020: 100}, baseline=(D(60), 2015))
    year_2016 = Period(2016)
    # expected at the end of 2016: 60 + 40 / 5 = 68
    assert assess(indicator, year_2016, Actual(value=D(70)), 2016).status is Status.ON_TRACK
    assert assess(indicator, year_2016, Actual(value=D(65)), 2016).status is Status.BEHIND
    assert assess(indicator, year_2016, Actual(value=D(100)), 2016).status is Status.ACHIEVED
    assert assess(indicator, year_2016, None, 2016).status is Status.NO_DATA
    no_target = Indicator("x", IndicatorKind.COUNT)
    assert assess(no_target, year_2016, Actual(value=D(1)), 2016).status is Status.NO_TARGET


def test_lower_is_better_is_mirrored():
    incidents = pct(
        {2020: 0},
        baseline=(D(10), 2015),
        direction=Direction.LOWER_IS_BETTER,
        kind=IndicatorKind.COUNT,
    )
    year_2016 = Period(2016)  # expected 8
    assert assess(incidents, year_2016, Actual(value=D(7)), 2016).status is Status.ON_TRACK
    assert assess(incidents, year_2016, Actual(value=D(9)), 2016).status is Status.BEHIND
    assert assess(incidents, year_2016, Actual(value=D(0)), 2016).status is Status.ACHIEVED


def test_boolean_is_achieved_or_behind():
    indicator = Indicator("Một cửa", IndicatorKind.BOOLEAN, targets={2020: D(1)})
    assert assess(indicator, H1_2016, Actual(value=D(1)), 2016).status is Status.ACHIEVED
    assert assess(indicator, H1_2016, Actual(value=D(0)), 2016).status is Status.BEHIND


def test_ratio_compares_numerator_with_target_capped_at_denominator():
    indicator = Indicator("Xã dùng QLVB", IndicatorKind.RATIO, targets={2017: D(14)})
    year = Period(2017)
    assert assess(indicator, year, Actual(numerator=D(14), denominator=D(14)), 2016).status is (
        Status.ACHIEVED
    )
    assert assess(indicator, year, Actual(numerator=D(12), denominator=D(12)), 2016).status is (
        Status.ACHIEVED  # two communes merged: 12/12 is all of them
    )
    assert assess(indicator, year, Actual(numerator=D(10), denominator=D(14)), 2016).status is (
        Status.BEHIND
    )


def test_percent_ratio_compares_the_fraction():
    indicator = pct({2016: 80}, kind=IndicatorKind.PERCENT_RATIO)
    actual = Actual(numerator=D(41), denominator=D(50))
    result = assess(indicator, Period(2016), actual, 2016)
    assert result.status is Status.ACHIEVED and result.actual == D(82)


def test_display():
    percent = pct({2020: 100}, kind=IndicatorKind.PERCENT_RATIO)
    assert format_actual(percent, Actual(value=D("85.5"))) == "85,5%"
    assert format_actual(percent, Actual(numerator=D(2), denominator=D(3))) == "66,7%"
    assert format_actual(percent, Actual(numerator=D(14), denominator=D(14))) == "100%"
    ratio = Indicator("x", IndicatorKind.RATIO)
    assert format_actual(ratio, Actual(numerator=D(14), denominator=D(14))) == "14/14"
    yes_no = Indicator("x", IndicatorKind.BOOLEAN)
    assert format_actual(yes_no, Actual(value=D(1))) == "Có"
    assert format_actual(yes_no, Actual(value=D(0))) == "Không"
    assert format_target(Indicator("x", IndicatorKind.COUNT), D(1250)) == "1.250"
    assert format_actual(percent, None) == ""


def test_roll_up_by_kind():
    communes = [
        Actual(numerator=D(8), denominator=D(10)),
        Actual(numerator=D(2), denominator=D(10)),
    ]
    percent = Indicator("x", IndicatorKind.PERCENT_RATIO)
    rolled = roll_up(percent, communes)
    assert (rolled.numerator, rolled.denominator, rolled.value) == (D(10), D(20), D(50))
    assert rolled.derived_from == 2
    ratio = roll_up(
        Indicator("x", IndicatorKind.RATIO), [Actual(numerator=D(1), denominator=D(1))] * 3
    )
    assert (ratio.numerator, ratio.denominator) == (D(3), D(3))
    count = roll_up(Indicator("x", IndicatorKind.COUNT), [Actual(value=D(2)), Actual(value=D(3))])
    assert count.value == D(5)
    assert roll_up(Indicator("x", IndicatorKind.PERCENT), [Actual(value=D(50))]) is None
    assert roll_up(Indicator("x", IndicatorKind.BOOLEAN), [Actual(value=D(1))]) is None
    assert roll_up(percent, []) is None
