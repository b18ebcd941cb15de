"""`itplan validate`, `itplan export pdf|xlsx` and `itplan import-xlsx`."""

from __future__ import annotations

import argparse
import json
import sys

from .messages import register_messages

register_messages(
    {
        "validate.clean": ("Không phát hiện sai sót nào.", "No findings."),
        "validate.summary": (
            "{errors} lỗi, {warnings} cảnh báo.",
            "{errors} errors, {warnings} warnings.",
        ),
    }
)


def _open(args: argparse.Namespace):
    from .cli import open_database_for

    return open_database_for(args)


def cmd_validate(args: argparse.Namespace) -> int:
    from .messages import message
    from .services.validation import validate_stored_plan

    db = _open(args)
    try:
        plan, findings = validate_stored_plan(db, args.plan)
    finally:
        db.close()
    if args.json:
        payload = {"plan": plan.uuid, "findings": [f.to_json() for f in findings]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        for finding in findings:
            sys.stdout.write(f"{finding.code} [{finding.severity}] {finding.message}\n")
        errors = sum(1 for f in findings if f.severity == "error")
        summary = message("validate.summary", errors=errors, warnings=len(findings) - errors)
        sys.stdout.write((summary if findings else message("validate.clean")) + "\n")
    return 1 if findings else 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    validate = commands.add_parser(
        "validate", parents=[common], help="check a plan's figures, words and header"
    )
    validate.add_argument("--plan", required=True, help="plan id (or its first characters)")
    validate.add_argument("--json", action="store_true")
    validate.set_defaults(handler=cmd_validate)
