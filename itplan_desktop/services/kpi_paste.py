"""Pasting a block of cells copied from Excel (tab-separated text) into the KPI entry grid.

Each grid row is an indicator and each grid column an (organisation, period) pair — periods
of the district in the indicators × periods grid, communes of one period in the indicator ×
communes grid. Every cell is read and checked on its own: good cells become changes, bad ones
an error naming the cell; the caller applies the changes together (one undo step).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.indicator import Indicator, Observation
from ..domain.plan import Plan
from ..messages import UserError, message
from . import kpi_messages  # noqa: F401  (registers the kpi.* messages)
from .kpi_entry import ObservationKey, build_observation, parse_cell, put_observation

MAX_CELLS = 100_000


@dataclass(slots=True)
class PasteResult:
    """Changes as (key, new observation or None to clear) and per-cell error texts."""

    changes: list[tuple[ObservationKey, Observation | None]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def split_tsv(text: str) -> list[list[str]]:
    """Rows of cells of Excel's clipboard text (a final newline ends the last row)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [line.split("\t") for line in text.split("\n")] if text else []


def plan_paste(
    plan: Plan,
    text: str,
    rows: list[Indicator],
    columns: list[tuple[str, str]],
    *,
    top: int = 0,
    left: int = 0,
    communes: set[str],
) -> PasteResult:
    """What pasting `text` with its first cell at (top, left) would change; nothing is stored.

    Rows and columns in the error texts are numbered from 1 as the user sees the grid.
    """
    cells = split_tsv(text)
    width = max((len(r) for r in cells), default=0)
    if len(cells) * width > MAX_CELLS:
        raise UserError("kpi.paste_too_large", rows=len(cells), columns=width, limit=MAX_CELLS)
    result = PasteResult()
    # Later cells of the same key see earlier ones (the derived check looks at commune values).
    scratch = Plan(plan.organisation_code, plan.title, plan.start_year, plan.end_year)
    scratch.observations = list(plan.observations)
    for i, line in enumerate(cells):
        for j, raw in enumerate(line):
            row, column = top + i, left + j
            if row >= len(rows) or column >= len(columns):
                if raw.strip():
                    result.errors.append(
                        message("kpi.paste_outside", row=row + 1, column=column + 1)
                    )
                continue
            indicator = rows[row]
            org, period = columns[column]
            try:
                entry = parse_cell(indicator, raw)
                key, new = build_observation(
                    scratch, indicator, org, period, entry, communes=communes
                )
            except UserError as error:
                result.errors.append(
                    message("kpi.paste_cell", row=row + 1, column=column + 1, detail=error.text)
                )
                continue
            put_observation(scratch, key, new)
            result.changes.append((key, new))
    return result


def apply_paste(plan: Plan, result: PasteResult) -> list[tuple[ObservationKey, Observation | None]]:
    """Store the changes; returns (key, previous observation) pairs for undo."""
    return [(key, put_observation(plan, key, new)) for key, new in result.changes]
