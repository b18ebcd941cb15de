"""`itplan index publish` and `itplan index send`: the index down to the units and a unit's
self-assessment up to the province, each as one signed bundle (docs/index.md). Both print the
bundle's size; importing is `itplan bundle import`.

    itplan index publish --index CODE|FILE --out FILE [--deadline YYYY-MM-DD] [--note T] [--eml]
    itplan index send --unit CODE --period YEAR --out FILE [--index CODE] [--eml]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ..messages import UserError, message
from .common import EXIT_OK, open_database_for, print_line


def _open(args: argparse.Namespace):
    from ..services import dti

    db = open_database_for(args)
    dti.install_shipped_indices(db)
    return db


def _index_ref(db, ref: str):
    """An index by the path of its file, else kept here (or shipped) by code."""
    from ..formats import dti_index_file
    from ..services import dti

    path = Path(ref)
    if path.suffix == ".json" or path.is_file():
        return dti_index_file.read_index(path)
    return dti.stored_index(db, ref)


def _deadline(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text} (YYYY-MM-DD)") from None


def cmd_publish(args: argparse.Namespace) -> int:
    from ..services import dti_exchange

    db = _open(args)
    try:
        index = _index_ref(db, args.index)
        result = dti_exchange.export_index_bundle(
            db,
            index,
            args.out,
            province=args.province,
            deadline=args.deadline,
            note=args.note or "",
            eml=args.eml,
            to_address=args.to,
        )
    finally:
        db.close()
    print_line(
        message(
            "index.send.published",
            name=index.name,
            version=index.version,
            path=result.path,
            size=result.size,
        )
    )
    if result.eml_path is not None:
        print_line(message("bundle.eml_written", path=result.eml_path))
    return EXIT_OK


def _assessed_index(db, unit: str, period: int) -> str:
    from ..services import dti

    for index in dti.list_stored_indices(db):
        if dti.stored_assessment(db, index.code, unit, period) is not None:
            return index.code
    raise UserError("index.send.no_assessment", unit=unit, period=period)


def cmd_send(args: argparse.Namespace) -> int:
    from ..services import dti_exchange

    db = _open(args)
    try:
        index_code = args.index or _assessed_index(db, args.unit, args.period)
        prepared = dti_exchange.prepare_assessment_bundle(db, index_code, args.unit, args.period)
        result = dti_exchange.export_assessment_bundle(
            db,
            index_code,
            args.unit,
            args.period,
            args.out,
            eml=args.eml,
            to_address=args.to,
            prepared=prepared,
        )
    finally:
        db.close()
    assessment = prepared.assessment
    print_line(
        message(
            "index.send.sent",
            period=args.period,
            unit=assessment.unit_name or args.unit,
            path=result.path,
            size=result.size,
            files=len(assessment.attachments),
            files_size=assessment.attachments_size,
        )
    )
    if result.eml_path is not None:
        print_line(message("bundle.eml_written", path=result.eml_path))
    return EXIT_OK


def register_exchange(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add `publish` and `send` to `itplan index` (`add(name, handler, help)` makes one)."""
    publish = add(
        "publish", cmd_publish, "publish an index to the units of the province (signed bundle)"
    )
    publish.add_argument("--index", required=True, help="index code, or an index file")
    publish.add_argument("--out", required=True, type=Path, help="bundle file to write")
    publish.add_argument("--deadline", type=_deadline, help="self-assessments due, YYYY-MM-DD")
    publish.add_argument("--note", help="a note to the units")
    publish.add_argument("--province", help="province code of the sender (default: this one's)")
    publish.add_argument("--eml", action="store_true", help="also write an e-mail draft (.eml)")
    publish.add_argument("--to", default=None, help="e-mail address(es) of the units")
    send = add("send", cmd_send, "send a unit's self-assessment to the province (signed bundle)")
    send.add_argument("--unit", required=True, help="unit code")
    send.add_argument("--period", required=True, type=int, help="year assessed")
    send.add_argument("--index", help="index code (default: the one the unit assessed)")
    send.add_argument("--out", required=True, type=Path, help="bundle file to write")
    send.add_argument("--eml", action="store_true", help="also write an e-mail draft (.eml)")
    send.add_argument("--to", default=None, help="e-mail address (default: from settings)")
