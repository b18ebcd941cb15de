"""`itplan index …`: the digital-transformation index from a terminal (docs/index.md).

    itplan index list [--json]
    itplan index import FILE                      keep a province's own index file
    itplan index export --index CODE --out FILE   write an index as a file
    itplan index assess --index CODE --unit CODE --period YEAR --indicator ID --value V …
    itplan index import-assessment FILE…          keep units' assessment files
    itplan index export-assessment --index CODE --unit CODE --period YEAR --out FILE
    itplan index score [--province CODE] [--index CODE] --period YEAR [--json]
    itplan index publish --index CODE|FILE --out FILE [--deadline YYYY-MM-DD] [--eml]
    itplan index send --unit CODE --period YEAR --out FILE [--index CODE] [--eml]

Exit codes as the rest of the CLI: 0 success, 1 refused input, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from ..messages import UserError, message, register_messages
from .common import EXIT_OK, EXIT_REFUSED, print_line
from .index_exchange import register_exchange

register_messages(
    {
        "index.cli.kept": (
            "Đã lưu bộ chỉ số “{name}” ({code}, phiên bản {version}).",
            "Kept the index “{name}” ({code}, version {version}).",
        ),
        "index.cli.exported": ("Đã ghi “{path}”.", "Wrote “{path}”."),
        "index.cli.deadline": ("hạn gửi tự đánh giá {date}", "self-assessments due {date}"),
        "index.cli.assessed": (
            "Đã ghi giá trị chỉ số {indicator} của đơn vị {unit} năm {period}: {points}/{max} "
            "điểm; tổng {total}/{total_max}.",
            "Recorded indicator {indicator} of unit {unit} for {period}: {points}/{max} points; "
            "total {total}/{total_max}.",
        ),
        "index.cli.imported": (
            "Đã nhập {imported} bản tự đánh giá, {unchanged} bản không đổi, {refused} tệp bị từ "
            "chối.",
            "Imported {imported} assessments, {unchanged} unchanged, {refused} files refused.",
        ),
        "index.cli.refused_file": (
            "Không nhập “{path}”: {reason}",
            "Not imported “{path}”: {reason}",
        ),
        "index.cli.no_assessment": (
            "Chưa có bản tự đánh giá của đơn vị {unit} năm {period} theo bộ chỉ số “{index}”.",
            "There is no assessment of unit {unit} for {period} against index “{index}”.",
        ),
        "index.cli.unknown_indicator": (
            "Bộ chỉ số “{index}” không có chỉ số “{indicator}”.",
            "The index “{index}” has no indicator “{indicator}”.",
        ),
        "index.cli.no_index_for_period": (
            "Chưa có bản tự đánh giá nào của năm {period}; hãy chỉ rõ --index.",
            "There is no assessment for {period} yet; name the index with --index.",
        ),
        "index.cli.ranking_line": (
            "{rank}. {name} ({code}): {points}/{max} điểm ({fraction})",
            "{rank}. {name} ({code}): {points}/{max} points ({fraction})",
        ),
    }
)


def _open(args: argparse.Namespace):
    from ..services import dti
    from .common import open_database_for

    db = open_database_for(args)
    dti.install_shipped_indices(db)
    return db


def cmd_list(args: argparse.Namespace) -> int:
    from ..services import dti
    from ..services.dti_exchange import publication

    db = _open(args)
    try:
        indices = dti.list_stored_indices(db)
        deadlines: dict[tuple[str, int], str | None] = {}
        for i in indices:
            published = publication(db, i)
            deadline = published.deadline if published is not None else None
            deadlines[i.code, i.version] = deadline.isoformat() if deadline else None
    finally:
        db.close()
    if args.json:
        rows = [
            {
                "code": i.code,
                "version": i.version,
                "year": i.year,
                "name": i.name,
                "indicators": len(i.indicators),
                "max_points": int(i.max_points),
                "deadline": deadlines[i.code, i.version],
            }
            for i in indices
        ]
        print_line(json.dumps(rows, ensure_ascii=False))
    else:
        for i in indices:
            due = deadlines[i.code, i.version]
            line = f"{i.code} (v{i.version}, {i.year}): {i.name}"
            print_line(line + (" — " + message("index.cli.deadline", date=due) if due else ""))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from ..services import dti

    db = _open(args)
    try:
        index = dti.import_index(db, args.file)
    finally:
        db.close()
    print_line(message("index.cli.kept", name=index.name, code=index.code, version=index.version))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..formats import dti_index_file
    from ..services import dti

    db = _open(args)
    try:
        index = dti.stored_index(db, args.index)
    finally:
        db.close()
    args.out.write_text(dti_index_file.dumps(index), encoding="utf-8")
    print_line(message("index.cli.exported", path=args.out))
    return EXIT_OK


def cmd_assess(args: argparse.Namespace) -> int:
    from ..domain.dti_assessment import Assessment, Attachment, Entry, Evidence
    from ..domain.dti_scoring import score_indicator, score_unit
    from ..services import dti, dti_entry
    from ..services.dti_documents import points_text
    from ..vn.dates import DateParseError, parse_date

    db = _open(args)
    try:
        index = dti.stored_index(db, args.index)
        if not index.has_indicator(args.indicator):
            raise UserError(
                "index.cli.unknown_indicator", index=index.code, indicator=args.indicator
            )
        indicator = index.indicator(args.indicator)
        value = dti_entry.value_from_text(indicator, args.value, args.denominator or "")
        try:
            document_date = parse_date(args.evidence_date) if args.evidence_date else None
        except DateParseError as error:
            raise UserError(
                "assessment.invalid", place="--evidence-date", detail=str(error)
            ) from None
        attachments = [Attachment(p.name, p.read_bytes()) for p in args.attach]
        assessment = dti.stored_assessment(db, index.code, args.unit, args.period) or Assessment(
            args.unit, args.name or "", index.code, index.version, args.period
        )
        if args.name:
            assessment = replace(assessment, unit_name=args.name)
        evidence = Evidence(
            args.evidence_number or "",
            document_date,
            args.link or "",
            tuple(a.sha256 for a in attachments),
        )
        assessment = assessment.with_entry(Entry(indicator.code, value, evidence))
        known = {a.sha256 for a in assessment.attachments}
        assessment = replace(
            assessment,
            attachments=assessment.attachments
            + tuple(a for a in attachments if a.sha256 not in known),
        )
        dti.save_assessment(db, assessment)
    finally:
        db.close()
    score = score_indicator(indicator, value)
    total = score_unit(index, assessment.unit_code, assessment.values())
    print_line(
        message(
            "index.cli.assessed",
            indicator=indicator.code,
            unit=assessment.unit_code,
            period=assessment.period,
            points=points_text(score.points),
            max=points_text(score.max_points),
            total=points_text(total.points),
            total_max=points_text(total.max_points),
        )
    )
    return EXIT_OK


def cmd_import_assessment(args: argparse.Namespace) -> int:
    from ..services import dti

    db = _open(args)
    try:
        report = dti.import_assessments(db, args.files)
    finally:
        db.close()
    for refusal in report.refused:
        sys.stderr.write(
            message("index.cli.refused_file", path=refusal.path, reason=refusal.text) + "\n"
        )
    print_line(
        message(
            "index.cli.imported",
            imported=len(report.imported),
            unchanged=len(report.unchanged),
            refused=len(report.refused),
        )
    )
    return EXIT_REFUSED if report.refused else EXIT_OK


def cmd_export_assessment(args: argparse.Namespace) -> int:
    from ..formats import dti_assessment_file
    from ..services import dti

    db = _open(args)
    try:
        assessment = dti.stored_assessment(db, args.index, args.unit, args.period)
    finally:
        db.close()
    if assessment is None:
        raise UserError(
            "index.cli.no_assessment", unit=args.unit, period=args.period, index=args.index
        )
    args.out.write_text(dti_assessment_file.dumps(assessment), encoding="utf-8")
    print_line(message("index.cli.exported", path=args.out))
    return EXIT_OK


def _outside_province(db, unit_code: str, province: str) -> bool:
    """True when the database knows `unit_code` and it lies outside `province`.

    A unit the database does not know is kept: its assessment came in a file, and the
    province that imported it is the one assessing it.
    """
    from ..store import organisation_repository as repo

    with db.session() as session:
        code: str | None = unit_code
        seen: set[str] = set()
        known = False
        while code is not None and code not in seen:
            if code == province:
                return False
            seen.add(code)
            organisation = repo.get_organisation(session, code)
            if organisation is None:
                break
            known = True
            code = organisation.parent_code
    return known


def cmd_score(args: argparse.Namespace) -> int:
    from ..services import dti
    from ..services.dti_documents import points_text
    from ..vn.numbers import format_number

    db = _open(args)
    try:
        index_code = args.index or _index_with_assessments(db, args.period)
        index = dti.stored_index(db, index_code)
        assessments = [
            a
            for a in dti.stored_assessments(db, index.code, args.period)
            if a.index_version == index.version
        ]
        if args.province:
            assessments = [
                a for a in assessments if not _outside_province(db, a.unit_code, args.province)
            ]
    finally:
        db.close()
    ranked = dti.score_and_rank(index, assessments)
    names = {a.unit_code: a.unit_name for a in assessments}
    rows = dti.ranking_rows(index, ranked, names)
    if args.json:
        print_line(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    for r in ranked:
        print_line(
            message(
                "index.cli.ranking_line",
                rank=r.rank,
                code=r.score.unit_code,
                name=names.get(r.score.unit_code) or r.score.unit_code,
                points=points_text(r.score.points),
                max=points_text(r.score.max_points),
                fraction=format_number(r.score.fraction, decimals=4),
            )
        )
    return EXIT_OK


def _index_with_assessments(db, period: int) -> str:
    from ..services import dti

    for index in dti.list_stored_indices(db):
        if dti.stored_assessments(db, index.code, period):
            return index.code
    raise UserError("index.cli.no_index_for_period", period=period)


def register(commands, common: argparse.ArgumentParser) -> None:
    index = commands.add_parser(
        "index",
        parents=[common],
        help="digital-transformation index: assess, score, rank",
        description="digital-transformation index: assess, score, rank (docs/index.md)",
    )
    sub = index.add_subparsers(dest="index_command", required=True, metavar="ACTION")

    def add(name, handler, help_text):
        parser = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        parser.set_defaults(handler=handler)
        return parser

    listing = add("list", cmd_list, "the indices kept in the database")
    listing.add_argument("--json", action="store_true")
    imp = add("import", cmd_import, "keep an index file (.itplan-index.json)")
    imp.add_argument("file", type=Path)
    exp = add("export", cmd_export, "write an index as a file")
    exp.add_argument("--index", required=True)
    exp.add_argument("--out", required=True, type=Path)
    assess = add("assess", cmd_assess, "record a unit's value of one indicator, with evidence")
    assess.add_argument("--index", required=True)
    assess.add_argument("--unit", required=True, help="unit code")
    assess.add_argument("--name", help="unit name (kept with the assessment)")
    assess.add_argument("--period", required=True, type=int, help="year assessed")
    assess.add_argument("--indicator", required=True, help="indicator code, e.g. A.2")
    assess.add_argument("--value", required=True, help="value, numerator, có/không or points")
    assess.add_argument("--denominator", help="denominator of a ratio indicator")
    assess.add_argument("--evidence-number", help="document number, e.g. 25/BC-UBND")
    assess.add_argument("--evidence-date", help="document date, e.g. 20/11/2026")
    assess.add_argument("--link", help="web address of the evidence")
    assess.add_argument("--attach", type=Path, action="append", default=[], help="evidence file")
    imp_a = add("import-assessment", cmd_import_assessment, "keep units' assessment files")
    imp_a.add_argument("files", type=Path, nargs="+")
    exp_a = add("export-assessment", cmd_export_assessment, "write a unit's assessment file")
    exp_a.add_argument("--index", required=True)
    exp_a.add_argument("--unit", required=True)
    exp_a.add_argument("--period", required=True, type=int)
    exp_a.add_argument("--out", required=True, type=Path)
    score = add("score", cmd_score, "score and rank the units' assessments of a year")
    score.add_argument(
        "--province", help="leave out units the database knows under another province"
    )
    score.add_argument("--index", help="index code (default: the one with assessments)")
    score.add_argument("--period", required=True, type=int)
    score.add_argument("--json", action="store_true")
    register_exchange(add)
