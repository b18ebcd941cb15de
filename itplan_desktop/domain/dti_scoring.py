"""Scoring a unit's values against an index, and ranking the units.

The rules (docs/index.md gives examples), for an indicator with maximum M:
- ratio: a/b × M, rounded; a value above M is capped at M unless the rule says otherwise;
  a denominator of 0 scores 0 (nothing to measure is not full marks);
- steps: the points of the highest step whose threshold the value reaches (0 below the first);
- yes/no: M for yes, 0 for no;
- count: value / target × M, capped at M;
- assessor: the points the province entered, which must lie in 0…M.
A missing value scores 0 and is reported as missing, so a unit sees where it loses points.
When the province corrects a value (thẩm định), the corrected value is scored and the unit's
own value is kept beside it. Points are rounded half-up to two decimals.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import partial

from .dti_index import DtIndex, IndexIndicator, RuleKind, TieRule

ZERO = Decimal(0)
CENT = Decimal("0.01")


class ScoreNote(StrEnum):
    """Why an indicator did not get its full points (shown to the unit)."""

    FULL = "full"
    PARTIAL = "partial"
    MISSING = "missing"  # no value entered
    ZERO_DENOMINATOR = "zero_denominator"
    NOT_ASSESSED = "not_assessed"  # an assessor-scored indicator the province has not scored
    OUT_OF_RANGE = "out_of_range"  # assessor points outside 0…max (scored as 0)


@dataclass(frozen=True, slots=True)
class IndicatorValue:
    """What a unit reports for one indicator (or what the province corrected it to).

    `value` for steps and count, `numerator`/`denominator` for ratio, `yes` for yes/no,
    `points` for assessor-scored indicators.
    """

    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    yes: bool | None = None
    points: Decimal | None = None


@dataclass(frozen=True, slots=True)
class IndicatorScore:
    code: str
    points: Decimal
    max_points: Decimal
    note: ScoreNote

    @property
    def lost(self) -> Decimal:
        return self.max_points - self.points


@dataclass(frozen=True, slots=True)
class UnitScore:
    """A unit's points: in total, per group (in the index's group order) and per indicator."""

    unit_code: str
    points: Decimal
    max_points: Decimal
    groups: tuple[tuple[str, Decimal], ...]
    indicators: tuple[IndicatorScore, ...]

    @property
    def fraction(self) -> Decimal:
        """The result as 0–1, as the national DTI publishes it (four decimals)."""
        if not self.max_points:
            return ZERO
        return (self.points / self.max_points).quantize(Decimal("0.0001"), ROUND_HALF_UP)

    def group_points(self, group_code: str) -> Decimal:
        return dict(self.groups).get(group_code, ZERO)


def _group_points(score: UnitScore, group: str) -> Decimal:
    return score.group_points(group)


@dataclass(frozen=True, slots=True)
class Ranked:
    rank: int
    score: UnitScore
    group_ranks: tuple[tuple[str, int], ...]


def _round(points: Decimal) -> Decimal:
    return points.quantize(CENT, ROUND_HALF_UP)


def _scaled(fraction: Decimal, indicator: IndexIndicator, cap: bool) -> Decimal:
    points = fraction * indicator.max_points
    if cap:
        points = min(points, indicator.max_points)
    return _round(max(points, ZERO))


def score_indicator(indicator: IndexIndicator, value: IndicatorValue | None) -> IndicatorScore:
    """Points of one indicator for one value (None: nothing entered)."""
    rule = indicator.rule
    top = indicator.max_points

    def result(points: Decimal, note: ScoreNote | None = None) -> IndicatorScore:
        if note is None:
            note = ScoreNote.FULL if points >= top else ScoreNote.PARTIAL
        return IndicatorScore(indicator.code, points, top, note)

    if value is None:
        missing = ScoreNote.NOT_ASSESSED if rule.kind is RuleKind.ASSESSOR else ScoreNote.MISSING
        return result(ZERO, missing)
    if rule.kind is RuleKind.RATIO:
        if value.numerator is None or value.denominator is None:
            return result(ZERO, ScoreNote.MISSING)
        if value.denominator <= 0:
            return result(ZERO, ScoreNote.ZERO_DENOMINATOR)
        return result(_scaled(value.numerator / value.denominator, indicator, rule.cap))
    if rule.kind is RuleKind.STEPS:
        if value.value is None:
            return result(ZERO, ScoreNote.MISSING)
        reached = [s.points for s in rule.steps if value.value >= s.at_least]
        return result(_round(min(max(reached, default=ZERO), top)))
    if rule.kind is RuleKind.YES_NO:
        if value.yes is None:
            return result(ZERO, ScoreNote.MISSING)
        return result(top if value.yes else ZERO)
    if rule.kind is RuleKind.COUNT:
        if value.value is None:
            return result(ZERO, ScoreNote.MISSING)
        target = rule.target or Decimal(1)
        return result(_scaled(value.value / target, indicator, cap=True))
    # assessor
    if value.points is None:
        return result(ZERO, ScoreNote.NOT_ASSESSED)
    if not ZERO <= value.points <= top:
        return result(ZERO, ScoreNote.OUT_OF_RANGE)
    return result(_round(value.points))


def score_unit(index: DtIndex, unit_code: str, values: Mapping[str, IndicatorValue]) -> UnitScore:
    """Score every indicator of the index; values of codes the index lacks are ignored."""
    scores = tuple(score_indicator(i, values.get(i.code)) for i in index.indicators)
    by_group: dict[str, Decimal] = {g.code: ZERO for g in index.groups}
    for indicator, score in zip(index.indicators, scores, strict=True):
        by_group[indicator.group_code] = by_group.get(indicator.group_code, ZERO) + score.points
    total = sum((s.points for s in scores), ZERO)
    return UnitScore(unit_code, total, index.max_points, tuple(by_group.items()), scores)


def _competition_ranks(keys: list[tuple[Decimal, ...]]) -> list[int]:
    """Standard competition ranking ("1, 2, 2, 4") of keys already sorted descending."""
    ranks: list[int] = []
    for position, key in enumerate(keys):
        ranks.append(ranks[-1] if position and key == keys[position - 1] else position + 1)
    return ranks


def rank(index: DtIndex, scores: Iterable[UnitScore]) -> list[Ranked]:
    """Rank units overall (by the index's tie rule) and within each group.

    Units with equal keys share a rank; the order among them is by unit code, so the listing
    is stable.
    """
    group_codes = [g.code for g in index.groups]

    def key(score: UnitScore) -> tuple[Decimal, ...]:
        if index.tie_rule is TieRule.GROUP_ORDER:
            return (score.points, *(score.group_points(g) for g in group_codes))
        return (score.points,)

    ordered = sorted(scores, key=lambda s: s.unit_code)
    ordered.sort(key=key, reverse=True)
    overall = _competition_ranks([key(s) for s in ordered])
    per_group: dict[str, dict[str, int]] = {}
    for group in group_codes:
        in_group = sorted(ordered, key=partial(_group_points, group=group), reverse=True)
        ranks = _competition_ranks([(s.group_points(group),) for s in in_group])
        per_group[group] = {s.unit_code: r for s, r in zip(in_group, ranks, strict=True)}
    return [
        Ranked(r, s, tuple((g, per_group[g][s.unit_code]) for g in group_codes))
        for s, r in zip(ordered, overall, strict=True)
    ]
