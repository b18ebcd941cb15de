"""Digital-transformation index: 185 units × 50 indicators scored and ranked.

Issue 20's target: ≤ 0,5 s on this machine. The baseline is the floor of the same work: one
pass of Decimal arithmetic over the same values (a/b × max per indicator, one sort).

Run: python -m bench.bench_dti
"""

from __future__ import annotations

from decimal import Decimal

from bench.harness import Result, median_time
from itplan_desktop.domain.dti_index import (
    DtIndex,
    IndexGroup,
    IndexIndicator,
    RuleKind,
    ScoringRule,
    Step,
    TieRule,
)
from itplan_desktop.domain.dti_scoring import IndicatorValue, rank, score_unit

UNITS = 185
INDICATORS = 50
RULES = (
    ScoringRule(RuleKind.RATIO),
    ScoringRule(
        RuleKind.STEPS, steps=(Step(Decimal(10), Decimal(5)), Step(Decimal(50), Decimal(20)))
    ),
    ScoringRule(RuleKind.YES_NO),
    ScoringRule(RuleKind.COUNT, target=Decimal(12)),
    ScoringRule(RuleKind.ASSESSOR),
)


def synthetic_index() -> DtIndex:
    groups = tuple(IndexGroup(str(g), f"Nhóm {g}") for g in range(1, 9))
    indicators = tuple(
        IndexIndicator(f"{n % 8 + 1}.{n}", str(n % 8 + 1), f"Chỉ số {n}", Decimal(20), RULES[n % 5])
        for n in range(INDICATORS)
    )
    return DtIndex(
        "bench", "bench", 2026, groups=groups, indicators=indicators, tie_rule=TieRule.GROUP_ORDER
    )


def synthetic_values(index: DtIndex) -> dict[str, dict[str, IndicatorValue]]:
    units: dict[str, dict[str, IndicatorValue]] = {}
    for u in range(UNITS):
        values = {}
        for n, indicator in enumerate(index.indicators):
            x = Decimal((u * 31 + n * 17) % 100)
            values[indicator.code] = IndicatorValue(
                value=x,
                numerator=x,
                denominator=Decimal(100),
                yes=bool((u + n) % 3),
                points=x / 5,
            )
        units[f"{40000 + u}"] = values
    return units


def run() -> list[Result]:
    index = synthetic_index()
    units = synthetic_values(index)

    def ours() -> None:
        ranked = rank(index, [score_unit(index, code, v) for code, v in units.items()])
        assert len(ranked) == UNITS

    def floor() -> None:
        totals = []
        for code, values in units.items():
            total = Decimal(0)
            for indicator in index.indicators:
                v = values[indicator.code]
                total += min(
                    v.numerator / v.denominator * indicator.max_points, indicator.max_points
                )
            totals.append((total, code))
        totals.sort(reverse=True)

    median = median_time(ours, runs=7)
    baseline = median_time(floor, runs=7)
    return [
        Result(
            f"index: {UNITS} units × {INDICATORS} indicators scored and ranked",
            median,
            7,
            target="≤ 0,5 s",
            baseline_name="Decimal a/b × max over the same values, one sort",
            baseline_median_s=baseline,
        )
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
