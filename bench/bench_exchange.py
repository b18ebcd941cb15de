"""Import of 700 district bundles into a fresh province database, against the raw floor.

The bundles are generated once from the Như Xuân sample (one organisation code each, amounts
varied and the appendices' stated subtotals and totals restated to match, as a district's
real submission would; the budget summary stays the sample's) and signed with one key.
Ours: `services.exchange.import_bundles` (verify, preview, apply each bundle in its own
transaction). Floor, measured in the same run on the same schema
and pragmas: unzip the plan part, parse the JSON, insert the same rows with plain sqlite3
`executemany` (organisations, plan, sections, appendices and their rows, indicators, and the
two rows ours keeps per bundle: `plan_sync` and the `received_bundle` receipt), one
transaction per bundle. Target: 20 s, and at most 3× the floor.

    python -m bench.bench_exchange
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid as uuid_module
import zipfile
from pathlib import Path

from itplan_desktop.domain import Appendix, Organisation, OrgLevel, walk_sections
from itplan_desktop.domain.appendix_engine import TOTAL_ROW, AppendixComputation
from itplan_desktop.formats import bundle_keys as keys
from itplan_desktop.formats.bundle_manifest import BundleKind, Party
from itplan_desktop.formats.bundle_writer import BundleContent, bundle_bytes
from itplan_desktop.formats.plan_file import PlanDocument, dumps, read_plan_file
from itplan_desktop.paths import samples_dir

from .harness import Result

BUNDLES = 700
RUNS = 3


def _fresh(code: str, old: str) -> str:
    return str(uuid_module.uuid5(uuid_module.NAMESPACE_URL, f"bench/{code}/{old}"))


def _district_document(index: int) -> PlanDocument:
    document = read_plan_file(samples_dir() / "nhu_xuan_2016_2020.itplan.json")
    code = f"9{index:04d}"
    plan = document.plan
    plan.uuid = _fresh(code, plan.uuid)
    plan.organisation_code = code
    for _depth, section in walk_sections(plan.sections):
        section.uuid = _fresh(code, section.uuid)
    for appendix in plan.appendices:
        appendix.uuid = _fresh(code, appendix.uuid)
        for row in appendix.rows:
            row.uuid = _fresh(code, row.uuid)
            row.values = {k: v + index * 1_000_000 for k, v in row.values.items()}
        _restate(appendix)
    for indicator in plan.indicators:
        indicator.uuid = _fresh(code, indicator.uuid)
    province = Organisation("38", "Thanh Hóa", OrgLevel.PROVINCE, "tỉnh", uuid=_fresh("38", "o"))
    district = Organisation(
        code, f"Huyện {index}", OrgLevel.DISTRICT, "huyện", "38", _fresh(code, "o")
    )
    return PlanDocument(plan, [province, district])


def _restate(appendix: Appendix) -> None:
    """Stated figures (subtotals, totals) that add up again after the amounts were varied, as
    in a district's real submission; the plan's budget summary is left as in the sample."""
    computation = AppendixComputation(appendix)
    for position, row in enumerate(appendix.rows):
        for key in row.stated:
            if computation.is_computed(position, key):
                row.stated[key] = computation.value(position, key) or 0
    for key in appendix.stated_totals:
        appendix.stated_totals[key] = computation.value(TOTAL_ROW, key) or 0


def generate(folder: Path, count: int = BUNDLES) -> list[Path]:
    """`count` signed plan-submission bundles of distinct districts, written to `folder`."""
    key = keys.load_or_create_private_key(folder / "keys")
    paths = []
    for index in range(count):
        document = _district_document(index)
        plan = document.plan
        content = BundleContent(
            Party(plan.organisation_code, document.organisations[1].name),
            Party("38", "Thanh Hóa"),
            BundleKind.PLAN_SUBMISSION,
            [("plan.itplan.json", dumps(document).encode())],
            plan.uuid,
            plan.revision,
        )
        path = folder / f"{plan.organisation_code}.itplan-bundle"
        path.write_bytes(bundle_bytes(content, key)[1])
        paths.append(path)
    return paths


def import_ours(paths: list[Path], db_path: Path) -> float:
    from itplan_desktop.services.exchange import import_bundles
    from itplan_desktop.store.database import open_database

    db = open_database(db_path)
    start = time.perf_counter()
    outcomes = import_bundles(db, paths, confirm_unsigned=True)
    elapsed = time.perf_counter() - start
    db.close()
    assert all(o.status.value == "applied" for o in outcomes), outcomes[0].text
    return elapsed


def _rows(data: dict, plan_id: int) -> dict[str, list[tuple]]:
    """The rows our store writes for one plan, as plain tuples (nested values as JSON)."""
    plan = data["plan"]
    dump = json.dumps
    rows: dict[str, list[tuple]] = {
        "section": [],
        "appendix": [],
        "appendix_row": [],
        "indicator": [],
    }
    stack = [(s, None, i) for i, s in enumerate(plan["sections"])]
    while stack:
        section, parent, position = stack.pop()
        rows["section"].append(
            (
                section["uuid"],
                plan_id,
                parent,
                position,
                section["heading"],
                section.get("label"),
                section.get("kind", "text"),
                dump(section.get("body", [])),
            )
        )
        stack.extend((c, None, i) for i, c in enumerate(section.get("children", [])))
    for position, appendix in enumerate(plan["appendices"]):
        rows["appendix"].append(
            (
                appendix["uuid"],
                plan_id,
                position,
                appendix.get("number", 1),
                appendix["title"],
                appendix.get("unit", ""),
                appendix.get("funding_source"),
                appendix.get("role", "budget"),
                dump({}),
                dump(appendix["columns"]),
                dump(appendix.get("stated_totals", {})),
            )
        )
        for index, row in enumerate(appendix["rows"]):
            rows["appendix_row"].append(
                (
                    row["uuid"],
                    appendix["uuid"],
                    index,
                    row["kind"],
                    row.get("level", 1),
                    row.get("label", ""),
                    dump(row.get("texts", {})),
                    dump(row.get("values", {})),
                    dump(row.get("stated", {})),
                    row.get("year"),
                    row.get("source"),
                )
            )
    for position, indicator in enumerate(plan["indicators"]):
        rows["indicator"].append(
            (
                indicator["uuid"],
                plan_id,
                position,
                indicator.get("catalogue_code"),
                indicator.get("group", ""),
                indicator["name"],
                indicator["kind"],
                indicator.get("unit", ""),
                indicator.get("direction", "higher"),
                indicator.get("baseline_value"),
                indicator.get("baseline_year"),
                dump(indicator.get("targets", {})),
                indicator.get("denominator_label", ""),
                indicator.get("objective_text", ""),
            )
        )
    return rows


def _floor_one(connection: sqlite3.Connection, path: Path) -> None:
    raw = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        part = archive.read("plan.itplan.json")
    data = json.loads(part)
    plan = data["plan"]
    with connection:
        connection.executemany(
            "INSERT OR IGNORE INTO organisation (uuid, code, name, level, kind_name, parent_code)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    o["uuid"],
                    o["code"],
                    o["name"],
                    o["level"],
                    o.get("kind_name", ""),
                    o.get("parent_code"),
                )
                for o in data["organisations"]
            ],
        )
        dump = json.dumps
        cursor = connection.execute(
            "INSERT INTO plan (uuid, revision, status, created_at, updated_at, organisation_code,"
            " kind, start_year, end_year, doc_type, number, symbol, place, issued_on,"
            " issuer_parent, issuer, issuer_short, authority_line, title, signer, recipients,"
            " legal_bases, intro, closing, outline_styles, appendix_numbering, budget) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                plan["uuid"],
                plan.get("revision", 1),
                plan.get("status", "draft"),
                plan["created_at"].replace("T", " ").rstrip("Z"),
                plan["updated_at"].replace("T", " ").rstrip("Z"),
                plan["organisation_code"],
                plan.get("kind", "period"),
                plan["start_year"],
                plan["end_year"],
                plan.get("doc_type", "KH"),
                plan.get("number", ""),
                plan.get("symbol", ""),
                plan.get("place", ""),
                plan.get("issued_on"),
                plan.get("issuer_parent", ""),
                plan.get("issuer", ""),
                plan.get("issuer_short", ""),
                plan.get("authority_line", ""),
                plan["title"],
                dump(plan.get("signer", {})),
                dump(plan.get("recipients", [])),
                dump(plan.get("legal_bases", [])),
                dump(plan.get("intro", [])),
                dump(plan.get("closing", [])),
                dump(plan.get("outline_styles", [])),
                plan.get("appendix_numbering", "roman"),
                dump(plan.get("budget", {})),
            ),
        )
        rows = _rows(data, cursor.lastrowid)
        _insert_children(connection, rows)
        _insert_receipt(connection, manifest, raw, part)


def _insert_receipt(
    connection: sqlite3.Connection, manifest: dict, raw: bytes, part: bytes
) -> None:
    """The two bookkeeping rows ours writes too: the plan's sync state and the receipt."""
    now = "2026-01-01 00:00:00.000000"
    connection.execute(
        "INSERT INTO plan_sync (plan_uuid, revision, content_hash, bundle_uuid, imported_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            manifest["plan"]["uuid"],
            manifest["plan"]["revision"],
            hashlib.sha256(part).hexdigest(),
            manifest["bundle_uuid"],
            now,
        ),
    )
    connection.execute(
        "INSERT INTO received_bundle (bundle_uuid, sender_code, sender_name, kind, plan_uuid,"
        " plan_revision, created_at, received_at, applied_at, signature_status, fingerprint,"
        " file_sha256, file_size, validation_status, error_count, warning_count, outcome)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'registered', NULL, ?, ?, 'ok', 0, 0, 'applied')",
        (
            manifest["bundle_uuid"],
            manifest["sender"]["code"],
            manifest["sender"]["name"],
            manifest["kind"],
            manifest["plan"]["uuid"],
            manifest["plan"]["revision"],
            manifest["created_at"],
            now,
            now,
            hashlib.sha256(raw).hexdigest(),
            len(raw),
        ),
    )


def _insert_children(connection: sqlite3.Connection, rows: dict[str, list[tuple]]) -> None:
    connection.executemany(
        "INSERT INTO section (uuid, plan_id, parent_id, position, heading, label, kind, body)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows["section"],
    )
    ids = {}
    for row in rows["appendix"]:
        cursor = connection.execute(
            "INSERT INTO appendix (uuid, plan_id, position, number, title, unit, funding_source,"
            " role, options, columns, stated_totals) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row,
        )
        ids[row[0]] = cursor.lastrowid
    connection.executemany(
        "INSERT INTO appendix_row (uuid, appendix_id, position, kind, level, label, texts,"
        ' "values", stated, year, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [(r[0], ids[r[1]], *r[2:]) for r in rows["appendix_row"]],
    )
    connection.executemany(
        "INSERT INTO indicator (uuid, plan_id, position, catalogue_code, group_name, name, kind,"
        " unit, direction, baseline_value, baseline_year, targets, denominator_label,"
        " objective_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows["indicator"],
    )


def import_floor(paths: list[Path], db_path: Path) -> float:
    from itplan_desktop.store.database import open_database

    open_database(db_path).close()  # the same schema, made by our migrations
    connection = sqlite3.connect(db_path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        connection.execute(f"PRAGMA {pragma}")
    connection.isolation_level = "DEFERRED"
    start = time.perf_counter()
    for path in paths:
        _floor_one(connection, path)
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        folder = Path(tmp)
        paths = generate(folder)
        size = statistics.median(p.stat().st_size for p in paths)
        ours, floor = [], []
        for run_index in range(RUNS):
            floor.append(import_floor(paths, folder / f"floor{run_index}.sqlite"))
            ours.append(import_ours(paths, folder / f"ours{run_index}.sqlite"))
    median, floor_median = statistics.median(ours), statistics.median(floor)
    return [
        Result(
            name=f"import {BUNDLES} district bundles (fresh province db)",
            median_s=median,
            runs=RUNS,
            target="≤ 20 s and ≤ 3× floor",
            baseline_name="unzip + json + sqlite3 executemany",
            baseline_median_s=floor_median,
            extra=f"median bundle {size / 1024:.1f} KiB; {median / BUNDLES * 1000:.1f} ms/bundle",
        )
    ]


def main() -> int:
    for result in run():
        ratio = result.ratio or 0
        print(
            f"{result.name}: median {result.median_s:.2f} s over {result.runs} runs; "
            f"floor {result.baseline_median_s:.2f} s; ratio {ratio:.2f}×; {result.extra}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
