"""Today's scale (issue 13): a province database importing the plan bundles of all 3.321
communes of the country, then the inbox and the consolidation of the largest province
(Thành phố Hồ Chí Minh, 168 communes).

Each bundle is a commune's 2027 Kế hoạch chuyển đổi số made by `create_plan_for_unit` (the
yearly template: outline, Phụ lục I results, Phụ lục II tasks with three costed tasks,
8 indicators), its ids made distinct per commune, signed with one key. Ours:
`services.exchange.import_bundles` in a fresh process (its peak RSS is its own VmHWM).
Floor, same run, same schema and pragmas: unzip + parse + insert the same rows with plain
sqlite3 (`bench_exchange.import_floor`). Then, on the imported database: `units_inbox` and
`consolidate_units` of province 79. Targets: import ≤ 30 s and ≤ 3× floor, inbox of
168 units ≤ 0,3 s, consolidation ≤ 1 s.

    python -m bench.bench_units
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import uuid as uuid_module
from datetime import date
from pathlib import Path

from itplan_desktop.domain import AppendixRow, RowKind, walk_sections
from itplan_desktop.formats import bundle_keys as keys
from itplan_desktop.formats.bundle_manifest import BundleKind, Party
from itplan_desktop.formats.bundle_writer import BundleContent, bundle_bytes
from itplan_desktop.formats.plan_file import PlanDocument, dumps, loads
from itplan_desktop.services import units_catalogue

from .bench_exchange import _restate, import_floor
from .harness import Result, median_time

PROVINCE = "79"  # the largest: 168 communes


def _fresh(code: str, old: str) -> str:
    return str(uuid_module.uuid5(uuid_module.NAMESPACE_URL, f"bench-units/{code}/{old}"))


def _template_text(folder: Path) -> str:
    """One commune's plan file: the 2027 yearly plan with three costed tasks."""
    from itplan_desktop.services.plan_creation import create_plan_for_unit
    from itplan_desktop.services.plans import get_plan, plan_document
    from itplan_desktop.store import plan_repository as repo
    from itplan_desktop.store.database import open_database

    db = open_database(folder / "template.sqlite")
    plan = get_plan(db, create_plan_for_unit(db, "16228", 2027, 2027, today=date(2026, 12, 1)))
    tasks = plan.appendices[1]
    for n, amount in enumerate((150, 80, 45), start=1):
        tasks.rows.append(
            AppendixRow(
                RowKind.ITEM,
                texts={"name": f"Nhiệm vụ chuyển đổi số {n}", "lead_unit": "Văn phòng HĐND-UBND"},
                values={"amount": amount * 1_000_000},
                level=2,
            )
        )
    with db.session() as session:
        repo.save_plan(session, plan)
    text = dumps(plan_document(db, get_plan(db, plan.uuid)))
    db.close()
    return text


def _document(text: str, unit, index: int) -> PlanDocument:
    document = loads(text)
    code = unit.code
    plan = document.plan
    plan.uuid = _fresh(code, plan.uuid)
    plan.organisation_code = code
    plan.title = f"Chuyển đổi số trên địa bàn {unit.full_name} năm 2027"
    for _depth, section in walk_sections(plan.sections):
        section.uuid = _fresh(code, section.uuid)
    for appendix in plan.appendices:
        appendix.uuid = _fresh(code, appendix.uuid)
        for row in appendix.rows:
            row.uuid = _fresh(code, row.uuid)
            row.values = {k: v + (index % 50) * 1_000_000 for k, v in row.values.items()}
        _restate(appendix)
    for indicator in plan.indicators:
        indicator.uuid = _fresh(code, indicator.uuid)
    province = units_catalogue.current_province(unit.parent_code)
    return PlanDocument(plan, [province, unit])


def generate(folder: Path) -> list[Path]:
    """One signed plan-submission bundle per current commune of the country."""
    text = _template_text(folder)
    key = keys.load_or_create_private_key(folder / "keys")
    paths = []
    index = 0
    for province in units_catalogue.current_provinces():
        for unit in units_catalogue.current_communes(province.code):
            document = _document(text, unit, index)
            content = BundleContent(
                Party(unit.code, unit.full_name),
                Party(province.code, province.full_name),
                BundleKind.PLAN_SUBMISSION,
                [("plan.itplan.json", dumps(document).encode())],
                document.plan.uuid,
                document.plan.revision,
            )
            path = folder / "bundles" / f"{unit.code}.itplan-bundle"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(bundle_bytes(content, key)[1])
            paths.append(path)
            index += 1
    return paths


def _child_import(bundles: Path, db_path: Path) -> None:
    """In a fresh process: import every bundle, print elapsed seconds and VmHWM (KiB)."""
    from itplan_desktop.services.exchange import import_bundles
    from itplan_desktop.store.database import open_database

    paths = sorted(bundles.glob("*.itplan-bundle"))
    db = open_database(db_path)
    start = time.perf_counter()
    outcomes = import_bundles(db, paths, confirm_unsigned=True)
    elapsed = time.perf_counter() - start
    db.close()
    bad = [o for o in outcomes if o.status.value != "applied"]
    assert not bad, bad[0].text
    status = Path("/proc/self/status").read_text()
    peak = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
    print(json.dumps({"elapsed": elapsed, "peak_kib": peak, "count": len(paths)}))


def run() -> list[Result]:
    from itplan_desktop.services.province_units import consolidate_units, units_inbox
    from itplan_desktop.store.database import open_database

    with tempfile.TemporaryDirectory(prefix="bench-units-") as tmp:
        folder = Path(tmp)
        paths = generate(folder)
        floor = import_floor(paths, folder / "floor.sqlite")
        db_path = folder / "ours.sqlite"
        child = subprocess.run(
            [sys.executable, "-m", "bench.bench_units", "--child", str(folder / "bundles"),
             str(db_path)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        ours = json.loads(child.stdout.strip().splitlines()[-1])
        db = open_database(db_path)
        rows = units_inbox(db, PROVINCE)
        assert len(rows) == 168 and all(r.submitted for r in rows)
        inbox_s = median_time(lambda: units_inbox(db, PROVINCE), runs=5)
        plan = consolidate_units(db, PROVINCE, 2027, 2027)
        filled = [r for r in plan.appendices[0].rows if r.values]
        assert len(filled) == 168
        consolidate_s = median_time(lambda: consolidate_units(db, PROVINCE, 2027, 2027), runs=3)
        db.close()
    count = ours["count"]
    return [
        Result(
            name=f"province db imports {count} commune bundles (whole country)",
            median_s=ours["elapsed"],
            runs=1,
            target="≤ 30 s and ≤ 3× floor",
            baseline_name="unzip + json + sqlite3 executemany",
            baseline_median_s=floor,
            extra=f"{ours['elapsed'] / count * 1000:.1f} ms/bundle; peak RSS "
            f"{ours['peak_kib'] / 1024:.0f} MiB",
        ),
        Result(
            name="inbox of the 168 units of a province (3.321 plans in the db)",
            median_s=inbox_s,
            runs=5,
            target="≤ 0,3 s",
        ),
        Result(
            name="consolidation of the 168 units of a province (2027)",
            median_s=consolidate_s,
            runs=3,
            target="≤ 1 s",
        ),
    ]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child_import(Path(argv[1]), Path(argv[2]))
        return 0
    for result in run():
        ratio = f"; ratio {result.ratio:.2f}×" if result.ratio else ""
        print(f"{result.name}: {result.median_s:.3f} s{ratio}; {result.extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
