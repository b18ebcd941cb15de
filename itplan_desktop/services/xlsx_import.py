"""Import of an appendix table from an existing Excel workbook into a plan.

`preview_xlsx` reads and reports without writing anything; `import_xlsx` adds the appendix
to the plan and saves the plan in one transaction (all or nothing). Cells that could not be
read stop the import unless `accept_problems` is given (they are then left empty).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from ..domain.appendix import Appendix
from ..domain.ids import utc_now
from ..domain.plan import Plan
from ..formats.xlsx_import import ImportMapping, ImportPreview, build_preview, load_mapping
from ..formats.xlsx_import.cell_values import Convention
from ..messages import UserError
from ..store import plan_repository as repo
from ..store.database import Database
from .plans import resolve_plan_id

MappingSource = ImportMapping | dict[str, Any] | Path | str | None


def preview_xlsx(
    path: Path,
    *,
    sheet: str | None = None,
    mapping: MappingSource = None,
    convention: Convention = "auto",
) -> ImportPreview:
    """What importing `path` would add; nothing is written. `mapping` is an ImportMapping,
    decoded JSON or a JSON file (docs/excel.md); `convention` reads ambiguous numbers."""
    return build_preview(
        Path(path), sheet=sheet, mapping=load_mapping(mapping), convention=convention
    )


def add_to_plan(plan: Plan, preview: ImportPreview) -> Appendix:
    """Append a copy of the previewed appendix to `plan`, numbered after the last one."""
    appendix = copy.deepcopy(preview.appendix)
    appendix.number = max((a.number for a in plan.appendices), default=0) + 1
    plan.appendices.append(appendix)
    preview.applied_number = appendix.number
    return appendix


def import_xlsx(
    db: Database,
    plan_ref: str,
    path: Path,
    *,
    sheet: str | None = None,
    mapping: MappingSource = None,
    convention: Convention = "auto",
    dry_run: bool = False,
    accept_problems: bool = False,
) -> ImportPreview:
    """Preview `path` and, unless `dry_run`, add its table to the plan as a new appendix."""
    uuid = resolve_plan_id(db, plan_ref)
    preview = preview_xlsx(path, sheet=sheet, mapping=mapping, convention=convention)
    if dry_run:
        return preview
    if preview.problems and not accept_problems:
        raise UserError("xlsx.import.has_problems", count=len(preview.problems))
    with db.session() as session:
        plan = repo.load_plan(session, uuid)
        if plan is None:
            raise UserError("plan.not_found", ref=plan_ref)
        add_to_plan(plan, preview)
        plan.revision += 1
        plan.updated_at = utc_now()
        repo.save_plan(session, plan)
    return preview
