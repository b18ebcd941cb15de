"""Scoring rules at their boundaries, and ranking with ties (docs/index.md)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from itplan_desktop.domain.dti_index import (
    DtIndex,
    IndexGroup,
    IndexIndicator,
    RuleKind,
    ScoringRule,
    Step,
    TieRule,
)
from itplan_desktop.domain.dti_scoring import (
    IndicatorValue,
    ScoreNote,
    rank,
    score_indicator,
    score_unit,
)


def indicator(rule: ScoringRule, max_points: str = "100", code: str = "x") -> IndexIndicator:
    return IndexIndicator(code, "g", "chỉ số", D(max_points), rule)


RATIO = ScoringRule(RuleKind.RATIO)
UNCAPPED = ScoringRule(RuleKind.RATIO, cap=False)
STEPS = ScoringRule(
    RuleKind.STEPS, steps=(Step(D(50), D(20)), Step(D(100), D(45)), Step(D(300), D(70)))
)
COUNT = ScoringRule(RuleKind.COUNT, target=D(24))
YES_NO = ScoringRule(RuleKind.YES_NO)
ASSESSOR = ScoringRule(RuleKind.ASSESSOR)
V, N = IndicatorValue, ScoreNote


@pytest.mark.parametrize(
    ("rule", "max_points", "value", "points", "note"),
    [
        (RATIO, "100", V(numerator=D(45), denominator=D(60)), "75.00", N.PARTIAL),
        (RATIO, "120", V(numerator=D(1), denominator=D(3)), "40.00", N.PARTIAL),
        (RATIO, "80", V(numerator=D(2), denominator=D(3)), "53.33", N.PARTIAL),
        (RATIO, "100", V(numerator=D(60), denominator=D(60)), "100.00", N.FULL),
        (RATIO, "100", V(numerator=D(70), denominator=D(60)), "100", N.FULL),
        (UNCAPPED, "100", V(numerator=D(70), denominator=D(60)), "116.67", N.FULL),
        (RATIO, "100", V(numerator=D(0), denominator=D(0)), "0", N.ZERO_DENOMINATOR),
        (RATIO, "100", V(numerator=D(5)), "0", N.MISSING),
        (STEPS, "70", V(value=D("49.99")), "0", N.PARTIAL),
        (STEPS, "70", V(value=D(50)), "20", N.PARTIAL),
        (STEPS, "70", V(value=D(299)), "45", N.PARTIAL),
        (STEPS, "70", V(value=D(300)), "70", N.FULL),
        (STEPS, "70", V(value=D(1000)), "70", N.FULL),
        (YES_NO, "40", V(yes=True), "40", N.FULL),
        (YES_NO, "40", V(yes=False), "0", N.PARTIAL),
        (YES_NO, "40", V(), "0", N.MISSING),
        (COUNT, "30", V(value=D(12)), "15.00", N.PARTIAL),
        (COUNT, "30", V(value=D(24)), "30.00", N.FULL),
        (COUNT, "30", V(value=D(40)), "30", N.FULL),
        (ASSESSOR, "50", V(points=D("37.5")), "37.50", N.PARTIAL),
        (ASSESSOR, "50", V(points=D(50)), "50", N.FULL),
        (ASSESSOR, "50", V(points=D(51)), "0", N.OUT_OF_RANGE),
        (ASSESSOR, "50", V(points=D(-1)), "0", N.OUT_OF_RANGE),
        (ASSESSOR, "50", V(), "0", N.NOT_ASSESSED),
    ],
)
def test_rule_points(rule, max_points, value, points, note):
    score = score_indicator(indicator(rule, max_points), value)
    assert score.points == D(points)
    assert score.note is note
    assert score.lost == D(max_points) - D(points)


def test_nothing_entered_scores_zero_and_says_missing():
    assert score_indicator(indicator(RATIO), None).note is ScoreNote.MISSING
    assert score_indicator(indicator(ScoringRule(RuleKind.ASSESSOR)), None).note is (
        ScoreNote.NOT_ASSESSED
    )


def small_index(tie_rule: TieRule = TieRule.SHARED) -> DtIndex:
    return DtIndex(
        code="t",
        name="thử",
        year=2026,
        groups=(IndexGroup("A", "Nhóm A"), IndexGroup("B", "Nhóm B")),
        indicators=(
            IndexIndicator("a1", "A", "a1", D(60), RATIO),
            IndexIndicator("b1", "B", "b1", D(40), ScoringRule(RuleKind.YES_NO)),
        ),
        tie_rule=tie_rule,
    )


def values(a_num: int, b_yes: bool) -> dict[str, IndicatorValue]:
    return {
        "a1": IndicatorValue(numerator=D(a_num), denominator=D(100)),
        "b1": IndicatorValue(yes=b_yes),
        "not-in-index": IndicatorValue(value=D(1)),
    }


def test_unit_score_sums_groups_and_reports_fraction():
    score = score_unit(small_index(), "40101", values(50, True))
    assert score.points == D(70)
    assert score.max_points == D(100)
    assert score.groups == (("A", D("30.00")), ("B", D(40)))
    assert score.fraction == D("0.7000")
    assert [s.code for s in score.indicators] == ["a1", "b1"]


def test_ranking_shares_equal_points_and_skips_the_next_rank():
    index = small_index()
    scores = [
        score_unit(index, "u3", values(100, True)),  # 100
        score_unit(index, "u1", values(0, True)),  # 40
        score_unit(index, "u2", {"a1": IndicatorValue(numerator=D(200), denominator=D(300))}),  # 40
        score_unit(index, "u4", values(0, False)),  # 0
    ]
    ranked = rank(index, scores)
    assert [(r.rank, r.score.unit_code) for r in ranked] == [
        (1, "u3"),
        (2, "u1"),
        (2, "u2"),
        (4, "u4"),
    ]
    by_unit = {r.score.unit_code: dict(r.group_ranks) for r in ranked}
    assert by_unit["u2"]["A"] == 2 and by_unit["u1"]["A"] == 3
    assert by_unit["u1"]["B"] == 1 and by_unit["u3"]["B"] == 1 and by_unit["u2"]["B"] == 3


def test_group_order_tie_rule_breaks_ties_by_the_first_group():
    index = small_index(TieRule.GROUP_ORDER)
    scores = [
        score_unit(index, "u1", values(0, True)),  # 40 = A 0 + B 40
        score_unit(index, "u2", {"a1": IndicatorValue(numerator=D(200), denominator=D(300))}),
    ]
    ranked = rank(index, scores)
    assert [(r.rank, r.score.unit_code) for r in ranked] == [(1, "u2"), (2, "u1")]
