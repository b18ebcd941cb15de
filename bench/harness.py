"""Shared timing helpers for the benchmark suite (`python -m bench.run`)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One benchmark line: our median, and optionally a baseline measured in the same run."""

    name: str
    median_s: float
    runs: int
    target: str = ""
    baseline_name: str = ""
    baseline_median_s: float | None = None
    extra: str = ""

    @property
    def ratio(self) -> float | None:
        if not self.baseline_median_s:
            return None
        return self.median_s / self.baseline_median_s


def median_time(fn: Callable[[], object], runs: int = 5, warmup: int = 1) -> float:
    """Median wall time of `fn` in seconds over `runs` calls, after `warmup` unmeasured calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
