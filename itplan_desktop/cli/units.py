"""`itplan units` and `itplan new-plan`: today's units and plans from a terminal.

`itplan units --province 38 [--former] [--json]` lists a province's units;
`--add-agency --name "Sở Y tế"`, `--rename-agency CODE --name …`, `--remove-agency CODE`
manage its agencies. `itplan new-plan --unit CODE (--year N | --period A-B) [--template NAME]`
creates a plan from a template and prints its id.
"""

from __future__ import annotations

import argparse
import json

from ..messages import UserError, message
from .common import print_line

EXIT_OK = 0


def _open(args: argparse.Namespace):
    from .common import open_database_for

    return open_database_for(args)


def cmd_units(args: argparse.Namespace) -> int:
    from ..services import units

    db = _open(args)
    try:
        if args.add_agency:
            agency = units.add_agency(db, args.province, args.name or "")
            return _done(args, agency, "units.agency_added")
        if args.rename_agency:
            agency = units.rename_agency(db, args.rename_agency, args.name or "")
            return _done(args, agency, "units.agency_renamed")
        if args.remove_agency:
            agency = units.remove_agency(db, args.remove_agency)
            return _done(args, agency, "units.agency_removed")
        found = units.province_units(db, args.province, former=args.former)
    finally:
        db.close()
    if args.search:
        found = units.search_units(found, args.search)
    if args.json:
        print_line(json.dumps([units.unit_json(u) for u in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    for unit in found:
        ceased = f"  (đến {unit.ceased_on:%d/%m/%Y})" if unit.ceased_on else ""
        print_line(f"{unit.code:<9} {unit.full_name}{ceased}")
    return EXIT_OK


def _done(args: argparse.Namespace, agency, key: str) -> int:
    from ..services import units

    if args.json:
        print_line(json.dumps(units.unit_json(agency), ensure_ascii=False))
    else:
        day = f"{agency.ceased_on:%d/%m/%Y}" if agency.ceased_on else ""
        print_line(message(key, name=agency.name, code=agency.code, day=day))
    return EXIT_OK


def _period(text: str) -> tuple[int, int]:
    start, sep, end = text.partition("-")
    if not sep or not start.strip().isdigit() or not end.strip().isdigit():
        raise UserError("units.bad_period", text=text)
    return int(start), int(end)


def cmd_new_plan(args: argparse.Namespace) -> int:
    from ..services.plan_creation import create_plan_for_unit

    start, end = (args.year, args.year) if args.year else _period(args.period)
    db = _open(args)
    try:
        uuid = create_plan_for_unit(db, args.unit, start, end, template=args.template)
    finally:
        db.close()
    print_line(json.dumps({"id": uuid}) if args.json else uuid)
    return EXIT_OK


def register(commands, common: argparse.ArgumentParser) -> None:
    units = commands.add_parser(
        "units",
        parents=[common],
        help="the units of a province (communes, agencies); add or change agencies",
        description="Đơn vị của tỉnh / the units of a province",
    )
    units.set_defaults(handler=cmd_units)
    units.add_argument("--province", required=True, help="province code (e.g. 38)")
    units.add_argument("--former", action="store_true", help="also the units ceased in 2025")
    units.add_argument("--search", help="only units whose name contains this (accents optional)")
    units.add_argument("--json", action="store_true")
    change = units.add_mutually_exclusive_group()
    change.add_argument("--add-agency", action="store_true", help="add an agency named --name")
    change.add_argument("--rename-agency", metavar="CODE", help="rename an agency to --name")
    change.add_argument("--remove-agency", metavar="CODE", help="remove an agency")
    units.add_argument("--name", help="the agency's name, e.g. “Sở Y tế”")

    new = commands.add_parser(
        "new-plan",
        parents=[common],
        help="create a plan for a unit from a template and print its id",
        description="Lập kế hoạch mới / create a plan",
    )
    new.set_defaults(handler=cmd_new_plan)
    new.add_argument("--unit", required=True, help="unit code (commune, agency, province …)")
    when = new.add_mutually_exclusive_group(required=True)
    when.add_argument("--year", type=int, help="a yearly plan for year N")
    when.add_argument("--period", help="a plan for the period A-B, e.g. 2026-2030")
    new.add_argument("--template", help="template name (default: the one for the period)")
    new.add_argument("--json", action="store_true")
