"""Amounts in words: 100.000 random amounts (seeded, 0 … 10^15 đồng) read into Vietnamese.

Target: well under a second. Baseline in the same run: num2words(lang="vi") on the same
amounts (below 10^15, where num2words is still exact), when num2words is installed.

    python -m bench.bench_vn_words
"""

from __future__ import annotations

import random

from bench.harness import Result, median_time
from itplan_desktop.vn.amount_words import amount_to_words, words_to_amount

COUNT = 100_000
SEED = 20260205


def _amounts() -> list[int]:
    rnd = random.Random(SEED)
    return [rnd.randrange(10 ** rnd.randint(1, 15)) for _ in range(COUNT)]


def run() -> list[Result]:
    amounts = _amounts()
    words = [amount_to_words(a) for a in amounts]
    ours = median_time(lambda: [amount_to_words(a) for a in amounts], runs=5)
    back = median_time(lambda: [words_to_amount(w) for w in words], runs=3)
    baseline_name, baseline = "", None
    try:
        from num2words import num2words
    except ImportError:
        pass
    else:
        baseline_name = "num2words(lang='vi')"
        baseline = median_time(lambda: [num2words(a, lang="vi") for a in amounts], runs=3)
    return [
        Result(
            name=f"vn: amount_to_words × {COUNT:,}".replace(",", "."),
            median_s=ours,
            runs=5,
            target="< 1 s",
            baseline_name=baseline_name,
            baseline_median_s=baseline,
            extra=f"{ours / COUNT * 1e6:.2f} µs per amount",
        ),
        Result(
            name=f"vn: words_to_amount × {COUNT:,}".replace(",", "."),
            median_s=back,
            runs=3,
            extra=f"{back / COUNT * 1e6:.2f} µs per text",
        ),
    ]


def main() -> None:
    for result in run():
        line = f"{result.name}: {result.median_s:.3f} s (median of {result.runs})"
        if result.target:
            line += f", target {result.target}"
        if result.baseline_median_s is not None:
            line += (
                f"; {result.baseline_name}: {result.baseline_median_s:.3f} s"
                f" (ratio {result.ratio:.2f}×)"
            )
        print(f"{line}; {result.extra}")


if __name__ == "__main__":
    main()
