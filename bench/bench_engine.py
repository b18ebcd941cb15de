"""Appendix engine: one-cell edit in a 5.000-row appendix vs a full rebuild of it, without and
with seven total rows above "Tổng cộng" (one per source, one per year).

Run: python -m bench.bench_engine
"""

from __future__ import annotations

import itertools

from bench.harness import Result, median_time
from itplan_desktop.domain import Appendix, AppendixRow, RowKind, TotalRow
from itplan_desktop.domain.appendix_engine import AppendixComputation
from itplan_desktop.domain.appendix_templates import build_appendix

ROWS = 5_000
YEARS = range(2021, 2026)


def synthetic_appendix(rows: int = ROWS) -> Appendix:
    """Years split by source (5 years x 2 sources, 3 totals), groups on two levels."""
    appendix = build_appendix("years_by_source", YEARS)
    amounts = [c.key for c in appendix.year_columns]
    serial = itertools.count(1)
    while len(appendix.rows) < rows:
        appendix.rows.append(AppendixRow(RowKind.GROUP, texts={"name": "Nhóm"}, level=1))
        for _sub in range(5):
            appendix.rows.append(AppendixRow(RowKind.GROUP, texts={"name": "Nhóm con"}, level=2))
            for _item in range(98):
                n = next(serial)
                values = {key: (n * 7 + i) % 500 * 1_000_000 for i, key in enumerate(amounts)}
                appendix.rows.append(
                    AppendixRow(RowKind.ITEM, texts={"name": f"Nhiệm vụ {n}"}, values=values)
                )
    del appendix.rows[rows:]
    return appendix


def with_total_rows(appendix: Appendix) -> Appendix:
    """The appendix closed by "Tổng vốn ĐTPT", "Tổng vốn SN" and one total row per year."""
    appendix.total_rows = [
        TotalRow("Tổng vốn ĐTPT", source="dtpt"),
        TotalRow("Tổng vốn SN", source="sn"),
        *(TotalRow(f"Năm {year}", year=year) for year in YEARS),
    ]
    return appendix


def run() -> list[Result]:
    return [
        _measure(synthetic_appendix(), ""),
        _measure(with_total_rows(synthetic_appendix()), ", 7 total rows above the total"),
    ]


def _measure(appendix: Appendix, label: str) -> Result:
    computation = AppendixComputation(appendix)
    items = [i for i, r in enumerate(appendix.rows) if r.kind is RowKind.ITEM]
    keys = [c.key for c in appendix.year_columns]
    edits = itertools.cycle(
        (items[(k * 997) % len(items)], keys[k % len(keys)], k * 1_000_000) for k in range(1, 501)
    )

    def one_edit() -> None:
        row, key, value = next(edits)
        computation.set_value(row, key, value)

    edit_s = median_time(one_edit, runs=500, warmup=20)
    rebuild_s = median_time(computation.rebuild, runs=5)
    return Result(
        name=f"appendix engine: one-cell set_value, {ROWS} rows{label}",
        median_s=edit_s,
        runs=500,
        target="< 10 ms",
        baseline_name="full rebuild() of the same appendix",
        baseline_median_s=rebuild_s,
        extra=f"{len(appendix.columns)} columns, groups on 2 levels, years split by source",
    )


def main() -> None:
    for result in run():
        ratio = result.ratio or 0.0
        print(
            f"{result.name}: {result.median_s * 1000:.3f} ms (target {result.target}); "
            f"{result.baseline_name}: {result.baseline_median_s * 1000:.1f} ms; "
            f"ratio {ratio:.5f}; {result.extra}"
        )


if __name__ == "__main__":
    main()
