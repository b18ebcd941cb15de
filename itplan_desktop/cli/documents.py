"""`itplan validate`, `itplan export pdf|xlsx` and `itplan import-xlsx`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..messages import register_messages
from .common import open_database_for

register_messages(
    {
        "export.written": ("Đã ghi “{path}”.", "Wrote “{path}”."),
        "import_xlsx.summary": (
            "Trang “{sheet}”: {rows} dòng ({groups} dòng nhóm), mẫu {template}, đơn vị {unit}.",
            "Sheet “{sheet}”: {rows} rows ({groups} group rows), template {template}, unit {unit}.",
        ),
        "import_xlsx.ambiguous": (
            "Ô {cell}: “{text}” có thể đọc là {readings}.",
            "Cell {cell}: “{text}” can be read as {readings}.",
        ),
        "import_xlsx.dry_run": (
            "Chạy thử: chưa ghi gì vào cơ sở dữ liệu.",
            "Dry run: nothing was written.",
        ),
        "import_xlsx.done": (
            "Đã thêm Phụ lục {number} vào kế hoạch.",
            "Added appendix {number} to the plan.",
        ),
    }
)


def _open(args: argparse.Namespace):
    return open_database_for(args)


def cmd_validate(args: argparse.Namespace) -> int:
    from ..domain.validation import format_findings
    from ..messages import message
    from ..services.validation import validate_stored_plan

    db = _open(args)
    try:
        plan, findings = validate_stored_plan(db, args.plan)
    finally:
        db.close()
    notes = format_findings(plan) if args.print_notes else []
    if args.json:
        payload = {"plan": plan.uuid, "findings": [f.to_json() for f in findings]}
        if args.print_notes:
            payload["print_notes"] = [f.to_json() for f in notes]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        for finding in findings + notes:
            sys.stdout.write(f"{finding.code} [{finding.severity}] {finding.message}\n")
        errors = sum(1 for f in findings if f.severity == "error")
        summary = message("validate.summary", errors=errors, warnings=len(findings) - errors)
        sys.stdout.write((summary if findings else message("validate.clean")) + "\n")
    return 1 if findings else 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..messages import message
    from ..services.plans import get_plan

    db = _open(args)
    try:
        plan = get_plan(db, args.plan)
        if args.format == "pdf":
            from ..services.pdf_export import pdf_options_for

            options = pdf_options_for(db, plan, pdfa=args.pdfa)
    finally:
        db.close()
    if args.format == "pdf":
        from ..services.pdf_export import export_plan_pdf

        paths = [export_plan_pdf(plan, args.out, appendix=args.appendix, options=options)]
    else:
        from ..services.xlsx_export import export_plan_xlsx

        paths = export_plan_xlsx(plan, args.out, appendix=args.appendix, layout=args.layout)
    for path in paths:
        sys.stdout.write(message("export.written", path=path) + "\n")
    return 0


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    from ..messages import message
    from ..services.xlsx_import import import_xlsx

    db = _open(args)
    try:
        preview = import_xlsx(
            db,
            args.plan,
            args.file,
            sheet=args.sheet,
            mapping=args.mapping,
            convention=args.convention,
            dry_run=args.dry_run,
            accept_problems=args.accept_problems,
        )
    finally:
        db.close()
    if args.json:
        payload = preview.to_json() | {"dry_run": args.dry_run}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 1 if preview.problems else 0
    groups = sum(r.kind.value == "group" for r in preview.appendix.rows)
    sys.stdout.write(
        message(
            "import_xlsx.summary",
            sheet=preview.sheet,
            rows=len(preview.appendix.rows),
            groups=groups,
            template=preview.template or "-",
            unit=preview.unit,
        )
        + "\n"
    )
    for problem in preview.problems:
        sys.stdout.write(problem.message + "\n")
    for item in preview.ambiguous:
        readings = " / ".join(str(r) for r in item.readings)
        sys.stdout.write(
            message("import_xlsx.ambiguous", cell=item.cell, text=item.text, readings=readings)
            + "\n"
        )
    if args.dry_run:
        sys.stdout.write(message("import_xlsx.dry_run") + "\n")
    else:
        sys.stdout.write(message("import_xlsx.done", number=preview.applied_number) + "\n")
    return 1 if preview.problems else 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export", parents=[common], help="print a plan (or one appendix) to PDF or Excel"
    )
    formats = export.add_subparsers(dest="format", required=True, metavar="FORMAT")
    for name, help_text in (
        ("pdf", "official-format PDF (Nghị định 30/2020)"),
        ("xlsx", "Excel workbook with live formulas"),
    ):
        sub = formats.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.add_argument("--plan", required=True, help="plan id (or its first characters)")
        sub.add_argument("--out", required=True, type=Path, help="target file")
        sub.add_argument(
            "--appendix", type=int, default=None, help="only the appendix with this number (1, 2 …)"
        )
        if name == "pdf":
            sub.add_argument(
                "--pdfa",
                action="store_true",
                help="archival PDF/A-1b (TCVN 14159-1:2024): XMP metadata, sRGB output intent",
            )
        if name == "xlsx":
            sub.add_argument(
                "--layout",
                choices=("sheets", "workbooks"),
                default="sheets",
                help="one sheet per appendix (default) or one workbook each",
            )
        sub.set_defaults(handler=cmd_export)
    imp = commands.add_parser(
        "import-xlsx", parents=[common], help="add an appendix table from an Excel workbook"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--plan", required=True, help="plan id (or its first characters)")
    imp.add_argument("--sheet", default=None, help="sheet name (default: detected)")
    imp.add_argument(
        "--mapping", type=Path, default=None, help="column mapping JSON (docs/excel.md)"
    )
    imp.add_argument(
        "--convention",
        choices=("auto", "vi", "en"),
        default="auto",
        help="how to read ambiguous typed numbers like 1,500",
    )
    imp.add_argument("--dry-run", action="store_true", help="preview only; write nothing")
    imp.add_argument(
        "--accept-problems",
        action="store_true",
        help="import even if some cells could not be read (they stay empty)",
    )
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import_xlsx)
    validate = commands.add_parser(
        "validate", parents=[common], help="check a plan's figures, words and header"
    )
    validate.add_argument("--plan", required=True, help="plan id (or its first characters)")
    validate.add_argument("--json", action="store_true")
    validate.add_argument(
        "--print-notes",
        action="store_true",
        help="also list what the print normalises (upper-case headings, full issuer name …)",
    )
    validate.set_defaults(handler=cmd_validate)
