"""Everything the application does with a plan file, run on one generated document.

`run_pipeline` must never raise anything but an assertion of ours: a file the schema accepts is
either refused with a `UserError` (the importer's own rules) or it imports, validates, renders
to PDF (whole plan and the KPI report) and Excel, stores and round-trips byte for byte, and
opens in the appendix editor.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from itplan_desktop.domain.validation import validate_plan
from itplan_desktop.formats.plan_file import PlanDocument, dumps, loads
from itplan_desktop.messages import UserError
from itplan_desktop.services.kpi_report import export_report
from itplan_desktop.services.pdf_export import render_plan_pdf_bytes
from itplan_desktop.services.plans import get_plan, import_document, plan_document
from itplan_desktop.services.xlsx_export import export_plan_xlsx
from itplan_desktop.store.database import Database, open_database

OpenEditor = Callable[[Database, str, str], None]


def run_pipeline(data: dict[str, Any], workdir: Path, open_editor: OpenEditor | None = None) -> str:
    """Run one document through every path (a fresh database in `workdir`); returns "refused"
    or "ok"."""
    try:
        document = loads(json.dumps(data, ensure_ascii=False))
    except UserError as error:
        assert error.args, "a refusal carries its message"
        return "refused"
    plan = document.plan
    for finding in validate_plan(plan):
        assert finding.message
    assert render_plan_pdf_bytes(plan).startswith(b"%PDF-")
    if plan.appendices:
        export_plan_xlsx(plan, workdir / "fuzz.xlsx")
    canonical = dumps(document)
    assert dumps(loads(canonical)) == canonical, "the canonical form reads back unchanged"
    (workdir / "fuzz.sqlite").unlink(missing_ok=True)
    db = open_database(workdir / "fuzz.sqlite")
    try:
        _store_and_compare(db, document, canonical)
        export_report(db, plan.uuid, workdir / "fuzz-report.pdf", today=date(plan.start_year, 7, 1))
        if open_editor is not None:
            for appendix in plan.appendices:
                open_editor(db, plan.uuid, appendix.uuid)
    finally:
        db.close()
    return "ok"


def _store_and_compare(db: Database, document: PlanDocument, canonical: str) -> None:
    import_document(db, document)
    stored = plan_document(db, get_plan(db, document.plan.uuid))
    assert json.loads(dumps(stored))["plan"] == json.loads(canonical)["plan"], (
        "the database gives the plan back unchanged"
    )
