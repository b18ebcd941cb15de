"""Excel benchmarks: export of a 5.000-row appendix (target under 2 s) and import of it.

python -m bench.bench_xlsx
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from itplan_desktop.domain import AppendixRow, Plan, RowKind
from itplan_desktop.domain.appendix_templates import build_appendix
from itplan_desktop.services.xlsx_export import export_plan_xlsx
from itplan_desktop.services.xlsx_import import preview_xlsx

from .harness import Result, median_time

ROWS = 5_000
TRIEU = 1_000_000


def big_plan(rows: int = ROWS) -> Plan:
    """A recurring-tasks appendix of `rows` rows: 50 groups of items, five years, notes."""
    appendix = build_appendix("recurring_tasks", range(2016, 2021))
    per_group = rows // 50
    for index in range(rows):
        if index % per_group == 0:
            name = f"Nhóm nhiệm vụ số {index // per_group + 1}"
            appendix.rows.append(AppendixRow(RowKind.GROUP, texts={"name": name}))
            continue
        values = {f"y{year}": ((index * 7 + year) % 900 + 10) * TRIEU for year in range(2016, 2021)}
        texts = {
            "name": f"Duy trì, nâng cấp hệ thống thông tin số {index}",
            "objective": "Đảm bảo hệ thống hoạt động ổn định, an toàn thông tin",
            "lead_unit": "Phòng Văn hóa và Thông tin",
        }
        appendix.rows.append(AppendixRow(RowKind.ITEM, texts=texts, values=values))
    return Plan("402", "Kế hoạch thử", 2016, 2020, number="1", appendices=[appendix])


def run() -> list[Result]:
    plan = big_plan()
    folder = Path(tempfile.mkdtemp(prefix="bench-xlsx-"))
    target = folder / "big.xlsx"
    export_s = median_time(lambda: export_plan_xlsx(plan, target), runs=3)
    size = target.stat().st_size
    import_s = median_time(lambda: preview_xlsx(target), runs=3)
    rows = len(preview_xlsx(target).appendix.rows)
    return [
        Result(
            "xlsx export, 5.000-row appendix",
            export_s,
            3,
            target="< 2 s",
            extra=f"{size // 1024} KiB",
        ),
        Result("xlsx import (preview) of the same file", import_s, 3, extra=f"{rows} rows read"),
    ]


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.median_s:.2f} s ({result.extra}) target {result.target}")
    sys.exit(0)
