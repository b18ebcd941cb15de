"""`itplan kpi list | set | report`: the KPI tracker from a terminal.

Exit codes as the rest of the CLI: 0 success, 1 refused input (a Vietnamese message on
stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..domain.kpi_status import Status
from ..messages import UserError, message
from .common import EXIT_OK, EXIT_USAGE, open_database_for, print_line

_open = open_database_for


def _line_json(line) -> dict:
    cell = line.cell
    actual = cell.actual if cell else None
    return {
        "number": line.number,
        "id": line.indicator.uuid,
        "catalogue_code": line.indicator.catalogue_code,
        "group": line.indicator.group,
        "name": line.indicator.name,
        "kind": line.indicator.kind.value,
        "unit": line.indicator.unit,
        "target": line.target_text,
        "period": line.period.code if line.period else None,
        "actual": cell.text if cell else None,
        "value": None
        if cell is None or cell.assessment.actual is None
        else format(cell.assessment.actual.normalize(), "f"),
        "derived_from_communes": actual.derived_from if actual else 0,
        "status": cell.assessment.status.value if cell else "no_data",
        "status_label": (cell.assessment.status if cell else Status.NO_DATA).label,
    }


def cmd_kpi_list(args: argparse.Namespace) -> int:
    from ..domain.kpi_periods import parse_period
    from ..services.kpi import KpiView
    from ..services.kpi_communes import list_communes
    from ..services.kpi_entry import period_code
    from ..services.plans import get_plan

    db = _open(args)
    try:
        plan = get_plan(db, args.plan)
        communes = list_communes(db, plan.organisation_code)
    finally:
        db.close()
    view = KpiView(plan, communes)
    period = parse_period(period_code(args.period)) if args.period else None
    lines = view.latest_lines(period)
    if args.json:
        print_line(json.dumps([_line_json(x) for x in lines], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not lines:
        print_line(message("kpi.no_indicators"))
    for line in lines:
        status = (line.cell.assessment.status if line.cell else Status.NO_DATA).label
        when = line.period.label if line.period else "-"
        actual = line.cell.text if line.cell and line.cell.text else "-"
        print_line(
            f"{line.number:>3}. {line.indicator.name}\n"
            f"     mục tiêu {line.target_text or '-'} | {when}: {actual} | {status}"
        )
    return EXIT_OK


def cmd_kpi_set(args: argparse.Namespace) -> int:
    from ..domain.kpi_values import format_actual
    from ..services.kpi import resolve_indicator
    from ..services.kpi_communes import list_communes
    from ..services.kpi_entry import Entry, parse_cell, parse_number_text, set_observation
    from ..services.plan_editing import INDICATORS, PlanEditor
    from ..services.plans import resolve_plan_id

    if (args.numerator is None) != (args.denominator is None):
        sys.stderr.write("itplan kpi set: --numerator and --denominator go together\n")
        return EXIT_USAGE
    db = _open(args)
    try:
        editor = PlanEditor(db, resolve_plan_id(db, args.plan))
        plan = editor.plan
        indicator = resolve_indicator(plan, args.indicator)
        communes = {c.code for c in list_communes(db, plan.organisation_code)}
        org = args.org or plan.organisation_code
        if args.value is not None:
            entry = parse_cell(indicator, args.value)
            if entry is None:
                raise UserError("kpi.no_value")
        else:
            entry = Entry(
                numerator=parse_number_text(args.numerator),
                denominator=parse_number_text(args.denominator),
            )
        observation = set_observation(
            plan, indicator, org, args.period, entry, communes=communes, note=args.note
        )
        editor.touch(INDICATORS)
        editor.save()
    finally:
        db.close()
    assert observation is not None
    print_line(
        message(
            "kpi.set_done",
            name=indicator.name,
            period=observation.period,
            org=org,
            value=format_actual(indicator, observation),
        )
    )
    return EXIT_OK


def cmd_kpi_report(args: argparse.Namespace) -> int:
    from ..domain.kpi_periods import parse_period
    from ..services.kpi_entry import period_code
    from ..services.kpi_report import export_report

    period = parse_period(period_code(args.period)) if args.period else None
    db = _open(args)
    try:
        path = export_report(db, args.plan, args.out, period, number=args.number, pdfa=args.pdfa)
    finally:
        db.close()
    print_line(message("kpi.report_written", path=path))
    return EXIT_OK


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    kpi = commands.add_parser(
        "kpi", parents=[common], help="KPI tracker: list, set actual values, progress report"
    )
    sub = kpi.add_subparsers(dest="kpi_command", required=True, metavar="KPI_COMMAND")

    show = sub.add_parser(
        "list", parents=[common], help="indicators with their latest figure and status"
    )
    show.add_argument("--plan", required=True, help="plan id (or its first characters)")
    show.add_argument("--period", help="a period (2016, 2016-H1, 2016-Q3) instead of the latest")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_kpi_list)

    put = sub.add_parser("set", parents=[common], help="enter an actual value")
    put.add_argument("--plan", required=True, help="plan id (or its first characters)")
    put.add_argument("--indicator", required=True, help="number in the plan, catalogue code or id")
    put.add_argument("--period", required=True, help="2016 | 2016-H1 | 2016-Q3")
    put.add_argument("--org", help="commune code (default: the plan's district)")
    value = put.add_mutually_exclusive_group(required=True)
    value.add_argument("--value", help='"85,5", "14/14", "Có"/"Không"')
    value.add_argument("--numerator", help="with --denominator")
    put.add_argument("--denominator")
    put.add_argument("--note", default=None)
    put.set_defaults(handler=cmd_kpi_set)

    report = sub.add_parser(
        "report", parents=[common], help="the periodic progress report as PDF or Excel"
    )
    report.add_argument("--plan", required=True, help="plan id (or its first characters)")
    report.add_argument("--period", help="default: the latest period with data")
    report.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.xlsx")
    report.add_argument("--number", default="", help="the report's number (số)")
    report.add_argument("--pdfa", action="store_true", help="archival PDF/A-1b (TCVN 14159-1:2024)")
    report.set_defaults(handler=cmd_kpi_report)
