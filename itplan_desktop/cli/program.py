"""`itplan`: the services from a terminal (the parser, the plan commands and `main`).

Exit codes: 0 success, 1 findings or refused input, 2 usage error (argparse's own).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .. import __version__
from ..messages import UserError, message, set_language
from ..paths import default_database
from .common import EXIT_OK, EXIT_REFUSED, open_database_for, print_line

Handler = Callable[[argparse.Namespace], int]


def _db_option() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help="database file (default: the user's database)",
    )
    return common


_open = open_database_for


def cmd_demo(args: argparse.Namespace) -> int:
    from ..services.plans import create_demo

    path = getattr(args, "db", None) or default_database()
    db, results = create_demo(path)
    db.close()
    if args.json:
        print_line(json.dumps([{"id": r.uuid, "outcome": r.outcome.value} for r in results]))
    else:
        print_line(message("demo.created", path=path, count=len(results)))
    return EXIT_OK


def cmd_plans(args: argparse.Namespace) -> int:
    from ..services.plans import list_plans

    db = _open(args)
    plans = list_plans(db)
    db.close()
    if args.json:
        print_line(json.dumps([_plan_json(p) for p in plans], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not plans:
        print_line(message("cli.no_plans"))
    for p in plans:
        print_line(
            f"{p.uuid[:8]}  {p.start_year}-{p.end_year}  {p.number_and_symbol:<16} "
            f"{p.organisation_name}: {p.title}"
        )
    return EXIT_OK


def _plan_json(p) -> dict:
    return {
        "id": p.uuid,
        "organisation_code": p.organisation_code,
        "organisation": p.organisation_name,
        "title": p.title,
        "start_year": p.start_year,
        "end_year": p.end_year,
        "number": p.number_and_symbol,
        "issued_on": p.issued_on.isoformat() if p.issued_on else p.issued_draft,
        "status": p.status,
        "revision": p.revision,
        "updated_at": p.updated_at.isoformat(),
        "appendices": p.appendix_count,
    }


def cmd_import_plan(args: argparse.Namespace) -> int:
    from ..services.plans import ImportOutcome, import_plan_file

    db = _open(args)
    try:
        result = import_plan_file(db, args.file, replace=args.replace)
    finally:
        db.close()
    key = "plan.import_unchanged" if result.outcome is ImportOutcome.UNCHANGED else "plan.imported"
    if args.json:
        data = {"id": result.uuid, "outcome": result.outcome.value, "notes": list(result.notes)}
        print_line(json.dumps(data, ensure_ascii=False))
    else:
        print_line(message(key, title=result.title, id=result.uuid))
        for note in result.notes:
            print_line(note)
    return EXIT_OK


def cmd_export_plan(args: argparse.Namespace) -> int:
    from ..services.plans import export_plan, export_plan_text

    db = _open(args)
    try:
        if str(args.out) == "-":
            sys.stdout.write(export_plan_text(db, args.plan))
            return EXIT_OK
        try:
            export_plan(db, args.plan, args.out)
        except OSError as error:
            raise UserError("cli.cannot_write", path=args.out, detail=error.strerror) from None
    finally:
        db.close()
    print_line(message("plan.exported", path=args.out))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    common = _db_option()
    parser = argparse.ArgumentParser(
        prog="itplan",
        parents=[common],
        description="itplan-desktop: Kế hoạch ứng dụng CNTT — dòng lệnh / command line",
    )
    parser.add_argument("--version", action="version", version=f"itplan-desktop {__version__}")
    parser.add_argument(
        "--lang", choices=("vi", "en"), default=None, help="language of messages (default vi)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    demo = add("demo", cmd_demo, "create a database holding the sample plans")
    demo.add_argument("--json", action="store_true")
    plans = add("plans", cmd_plans, "list the plans with their ids")
    plans.add_argument("--json", action="store_true")
    imp = add("import-plan", cmd_import_plan, "import a plan file (.itplan.json)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")
    imp.add_argument(
        "--replace",
        action="store_true",
        help="replace a stored plan of the same revision whose content differs (as the next "
        "revision)",
    )
    exp = add("export-plan", cmd_export_plan, "export a plan to a plan file")
    exp.add_argument("--plan", required=True, help="plan id (or its first characters)")
    exp.add_argument("--out", required=True, type=Path, help="target file, or - for stdout")
    for module in _command_modules():
        module.register(commands, common)
    return parser


def _command_modules() -> list:
    """Modules adding their own sub-commands with `register(commands, common)`."""
    from . import bundle, documents, index, kpi, language, units

    return [language, documents, kpi, bundle, units, index]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    try:
        try:
            return args.handler(args)
        except UserError as error:
            if error.key != "bundle.key_locked" or not _unlocked_at_the_prompt():
                raise
        return args.handler(args)  # nothing was signed or written before the key was needed
    except UserError as error:
        sys.stderr.write(error.text + "\n")
        return EXIT_REFUSED
    except OSError as error:  # a file that cannot be read or written: say which and why
        sys.stderr.write(
            message("cli.os_error", path=error.filename or "?", detail=error.strerror or error)
            + "\n"
        )
        return EXIT_REFUSED


def _unlocked_at_the_prompt(attempts: int = 3) -> bool:
    """Ask a person at a terminal for the private key's passphrase (never a script: without a
    terminal the refusal names the environment variable)."""
    from ..services.key_protection import unlock_key

    if not sys.stdin.isatty():
        return False
    for attempt in range(attempts):
        try:
            unlock_key(getpass.getpass(message("bundle.key_passphrase_prompt")))
            return True
        except UserError as error:
            if attempt == attempts - 1:
                raise
            sys.stderr.write(error.text + "\n")
    return False


if __name__ == "__main__":
    sys.exit(main())
