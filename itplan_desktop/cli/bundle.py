"""`itplan bundle …`, `itplan consolidate` and `itplan kpi-compare`: the exchange services
from a terminal.

Thin handlers over `services.exchange`; exit codes as in `common`: 0 success, 1 refused input
(or a bundle that was not imported), 2 usage.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from ..formats.bundle_kinds import kind_label
from ..messages import UserError, message
from .common import EXIT_OK, EXIT_REFUSED, open_database_for, print_line

_open = open_database_for


def _dump(data: Any) -> None:
    print_line(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def cmd_export(args: argparse.Namespace) -> int:
    from ..services.exchange import export_bundle

    db = _open(args)
    try:
        result = export_bundle(
            db,
            args.plan,
            args.kind,
            args.out,
            eml=args.eml,
            to_address=args.to,
            attachments=args.attach or (),
        )
    finally:
        db.close()
    print_line(message("bundle.exported", path=result.path, size=result.size))
    if result.eml_path is not None:
        print_line(message("bundle.eml_written", path=result.eml_path))
    return EXIT_OK


def _print_preview(preview: Any) -> None:
    manifest = preview.contents.manifest
    print_line(
        f"{preview.name}: {kind_label(manifest.kind)} — "
        f"{manifest.sender.code} {manifest.sender.name}"
    )
    print_line("  " + preview.signature_text())
    print_line("  " + (preview.summary() or message("bundle.no_changes", name=preview.name)))
    diff = preview.diff
    if diff is None:
        return
    for change in diff.header:
        print_line(f"  · {change.name}: {change.old!r} → {change.new!r}")
    for item in diff.sections + diff.indicators + diff.actuals:
        print_line(f"  · {item.change.value}: {item.label}")
    for appendix in diff.appendices:
        print_line(f"  · {appendix.change.value}: {appendix.title[:60]}")
        for row in appendix.rows:
            cells = ", ".join(f"{f.name}: {f.old} → {f.new}" for f in row.fields)
            print_line(f"      {row.change.value}: {row.label[:50]} {cells}")
    for view in preview.comments:
        print_line(f"  » {view.target_label}: {view.comment.text}")


def _dry_run(args: argparse.Namespace, db: Any) -> int:
    from ..services.exchange import preview_bundle

    code, results = EXIT_OK, []
    for path in args.files:
        try:
            preview = preview_bundle(db, path)
        except UserError as error:
            code = EXIT_REFUSED
            results.append({"file": str(path), "refused": error.text})
            if not args.json:
                sys.stderr.write(f"{path}: {error.text}\n")
            continue
        results.append(preview.to_json())
        if not args.json:
            _print_preview(preview)
    if args.json:
        _dump(results)
    return code


def cmd_import(args: argparse.Namespace) -> int:
    from ..formats.bundle_import import Resolution
    from ..services.exchange import import_bundles

    choice = {"keep": Resolution.KEEP_LOCAL, "take": Resolution.TAKE_INCOMING}.get(
        args.on_conflict or ""
    )
    db = _open(args)
    try:
        if args.dry_run:
            return _dry_run(args, db)
        outcomes = import_bundles(
            db, args.files, confirm_unsigned=args.yes, resolve=lambda _preview: choice
        )
    finally:
        db.close()
    failed = [o for o in outcomes if not o.written and o.status.value != "already_imported"]
    if args.json:
        _dump(
            [
                {
                    "file": str(o.path),
                    "status": o.status.value,
                    "message": o.text,
                    "preview": o.preview.to_json() if o.preview else None,
                }
                for o in outcomes
            ]
        )
    else:
        for outcome in outcomes:
            stream = sys.stderr if outcome in failed else sys.stdout
            stream.write(f"{outcome.path}: {outcome.text}\n")
    return EXIT_REFUSED if failed else EXIT_OK


def cmd_key(args: argparse.Namespace) -> int:
    from ..services.exchange import export_own_key, own_fingerprint, register_key_file

    if args.protect or args.unprotect:
        return _set_passphrase(args)
    if args.register is None and args.export is None:
        print_line(message("bundle.key_own", fingerprint=own_fingerprint()))
        return EXIT_OK
    if args.org is None:
        raise UserError("bundle.unknown_org", code="--org")
    db = _open(args)
    try:
        if args.export is not None:
            fingerprint = export_own_key(db, args.export, args.org)
            print_line(message("bundle.key_exported", path=args.export, fingerprint=fingerprint))
        if args.register is not None:
            from ..services.exchange import registered_fingerprint

            old = registered_fingerprint(db, args.org)
            key = register_key_file(db, args.register, args.org, replace=args.replace)
            if old is not None and old != key.fingerprint:
                text = message(
                    "bundle.key_replaced",
                    code=args.org,
                    name=key.org_name,
                    old=old,
                    new=key.fingerprint,
                )
            else:
                text = message(
                    "bundle.key_registered",
                    code=args.org,
                    name=key.org_name,
                    fingerprint=key.fingerprint,
                )
            print_line(text)
    finally:
        db.close()
    return EXIT_OK


def _set_passphrase(args: argparse.Namespace) -> int:
    """`--protect`: ask the new passphrase twice (one line of stdin with --passphrase-stdin);
    `--unprotect`: write the key in the clear again."""
    from ..services.key_protection import remove_key_passphrase, set_key_passphrase

    if args.unprotect:
        remove_key_passphrase()
        print_line(message("bundle.key_unprotected"))
        return EXIT_OK
    if args.passphrase_stdin:
        first = second = sys.stdin.readline().rstrip("\r\n")
    else:
        first = getpass.getpass(message("bundle.key_new_passphrase_prompt"))
        second = getpass.getpass(message("bundle.key_repeat_passphrase_prompt"))
    fingerprint = set_key_passphrase(first, second)
    print_line(message("bundle.key_protected", fingerprint=fingerprint))
    return EXIT_OK


def _district_era(args: argparse.Namespace) -> bool:
    """Whether the listing is of districts: asked with --former, or a period before 2025-07."""
    start = getattr(args, "start_year", None)
    if start is None and getattr(args, "period", None):
        start = args.period[0]
    return bool(getattr(args, "former", False)) or (start is not None and start <= 2025)


def cmd_inbox(args: argparse.Namespace) -> int:
    from ..services.exchange import inbox
    from ..services.province_units import units_inbox

    db = _open(args)
    try:
        if _district_era(args):
            rows = inbox(db, args.province, args.start_year)
        else:
            unit_rows = units_inbox(db, args.province, args.start_year, args.search or "")
            rows = [r.sent for r in unit_rows]
    finally:
        db.close()
    if args.json:
        if _district_era(args):
            _dump([r.to_json() for r in rows])
        else:
            _dump([r.to_json() for r in unit_rows])
        return EXIT_OK
    for r in rows:
        if r.missing:
            print_line(f"{r.code:<6} {r.name:<24} !! {message('bundle.inbox.missing')}")
            continue
        when = r.received_at.strftime("%d/%m/%Y %H:%M") if r.received_at else ""
        print_line(
            f"{r.code:<6} {r.name:<24} {r.last_kind:<16} {when}  r{r.revision}  "
            f"{r.validation_status} ({r.error_count}/{r.warning_count})  "
            f"{r.signature_status}"
        )
    return EXIT_OK


def _period(text: str) -> tuple[int, int]:
    start, _, end = text.partition("-")
    try:
        return int(start), int(end or start)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a period: {text} (2016-2020)") from None


def cmd_consolidate(args: argparse.Namespace) -> int:
    from ..formats.plan_file import PlanDocument, write_plan_file
    from ..services.exchange import consolidate
    from ..services.province_units import consolidate_units
    from ..store import plan_repository as repo

    db = _open(args)
    try:
        start, end = args.period
        if _district_era(args):
            plan = consolidate(db, args.province, start, end, source=args.source or "sn.huyen")
        else:
            plan = consolidate_units(db, args.province, start, end, source=args.source)
        with db.session() as session:
            document = PlanDocument(plan, repo.organisations_for(session, plan))
    finally:
        db.close()
    try:
        write_plan_file(document, args.out)
    except OSError as error:
        raise UserError("cli.cannot_write", path=args.out, detail=error.strerror) from None
    rows = [row for row in plan.appendices[0].rows if row.kind.value == "item"]
    count = sum(1 for row in rows if row.values)
    if _district_era(args):
        print_line(message("bundle.consolidated", count=count, path=args.out))
    else:
        from ..services import units_messages  # noqa: F401  (registers units.*)

        print_line(message("units.consolidated", count=count, total=len(rows), path=args.out))
    return EXIT_OK


def cmd_kpi_compare(args: argparse.Namespace) -> int:
    from ..services.province_kpi_report import export_kpi_comparison, indicator_columns

    db = _open(args)
    try:
        plan = export_kpi_comparison(db, args.province, args.period, args.out, pdfa=args.pdfa)
    finally:
        db.close()
    [appendix] = plan.appendices
    indicators = len(indicator_columns(appendix))
    print_line(
        message(
            "kpi_compare.exported",
            districts=sum(1 for row in appendix.rows if row.kind.value == "item"),
            indicators=indicators,
            path=args.out,
        )
    )
    return EXIT_OK


def _add_bundle_commands(bundle: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    from ..formats.bundle_kinds import PLAN_KINDS

    commands = bundle.add_subparsers(dest="bundle_command", required=True, metavar="COMMAND")

    def add(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    exp = add("export", cmd_export, "save a plan (and its actuals) as a signed bundle")
    exp.add_argument("--plan", required=True, help="plan id (or its first characters)")
    exp.add_argument("--kind", required=True, choices=[k.value for k in PLAN_KINDS])
    exp.add_argument("--out", required=True, type=Path, help="bundle file to write")
    exp.add_argument("--eml", action="store_true", help="also write an e-mail draft (.eml)")
    exp.add_argument("--to", default=None, help="e-mail address (default: from settings)")
    exp.add_argument("--attach", action="append", type=Path, help="attach a file (repeatable)")
    imp = add("import", cmd_import, "import bundles (dry run first with --dry-run)")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    imp.add_argument("--json", action="store_true")
    imp.add_argument("--yes", action="store_true", help="accept unsigned or unknown senders")
    imp.add_argument(
        "--on-conflict",
        choices=("keep", "take"),
        default=None,
        help="for plans edited here: keep the local one or take the bundle's",
    )
    key = add("key", cmd_key, "show, export or register public keys (fingerprints)")
    key.add_argument("--export", type=Path, default=None, help="write this installation's key")
    key.add_argument("--register", type=Path, default=None, help="register a district's key")
    key.add_argument("--org", default=None, help="organisation code of the key")
    key.add_argument(
        "--replace",
        action="store_true",
        help="replace a different key already registered for the unit (check it first)",
    )
    protection = key.add_mutually_exclusive_group()
    protection.add_argument(
        "--protect", action="store_true", help="protect the private key with a passphrase"
    )
    protection.add_argument(
        "--unprotect", action="store_true", help="remove the private key's passphrase"
    )
    key.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="with --protect: read the new passphrase from the first line of stdin",
    )
    box = add("inbox", cmd_inbox, "what each unit of the province sent (communes, agencies)")
    box.add_argument("--province", required=True)
    box.add_argument("--start-year", type=int, default=None, help="only plans of this period")
    box.add_argument(
        "--former", action="store_true", help="the districts (before 2025-07-01) instead"
    )
    box.add_argument("--search", default=None, help="only units whose name contains this")
    box.add_argument("--json", action="store_true")


def register(subparsers: Any, common_parser: argparse.ArgumentParser) -> None:
    """Add `bundle …` and `consolidate` to the `itplan` parser."""
    help_text = "exchange bundles with the province / districts"
    bundle = subparsers.add_parser(
        "bundle", parents=[common_parser], help=help_text, description=help_text
    )
    _add_bundle_commands(bundle, common_parser)
    help_text = "consolidate the units' plans into the per-unit appendix (districts before 2026)"
    con = subparsers.add_parser(
        "consolidate", parents=[common_parser], help=help_text, description=help_text
    )
    con.set_defaults(handler=cmd_consolidate)
    con.add_argument("--province", required=True)
    con.add_argument("--period", type=_period, required=True, help="e.g. 2016-2020")
    con.add_argument(
        "--source",
        default=None,
        help="funding source (default: sn.huyen for periods before 2026, every source after)",
    )
    con.add_argument("--out", required=True, type=Path, help="plan file to write (.itplan.json)")
    help_text = "the districts' KPI figures for a period, as an official PDF or Excel table"
    kpi = subparsers.add_parser(
        "kpi-compare", parents=[common_parser], help=help_text, description=help_text
    )
    kpi.set_defaults(handler=cmd_kpi_compare)
    kpi.add_argument("--province", required=True)
    kpi.add_argument("--period", required=True, help="e.g. 2016, 2016-H1, 2016-Q3")
    kpi.add_argument("--out", required=True, type=Path, help="file to write (.pdf or .xlsx)")
    kpi.add_argument("--pdfa", action="store_true", help="archival PDF/A-1b (TCVN 14159-1:2024)")
