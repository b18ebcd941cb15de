"""Stated figures of an appendix (typed or imported) against what the engine computes."""

from __future__ import annotations

from ..appendix import Column, ColumnKind, ColumnRole, RowKind
from ..appendix_engine import TOTAL_ROW
from ..findings import Finding
from ..funding import source_label
from .codes import finding
from .context import AppendixView, column_title


def check_stated_figures(view: AppendixView) -> list[Finding]:
    """APX001-APX006: group subtotals, item totals, allocated + missing, the total row."""
    found: list[Finding] = []
    for index, row in enumerate(view.appendix.rows):
        code = "APX001" if row.kind is RowKind.GROUP else "APX002"
        for key, stated in row.stated.items():
            column = view.appendix.column(key)
            if not view.computation.is_computed(index, key):
                continue  # a stated value in an input cell means nothing
            computed = view.computation.value(index, key) or 0
            if stated != computed:
                found.append(_mismatch(view, code, index, column, stated, computed))
        found.extend(_check_allocated_missing(view, index, row.stated))
    found.extend(_check_total_row(view))
    found.extend(_check_allocated_missing(view, TOTAL_ROW, view.appendix.stated_totals))
    return found


def _mismatch(
    view: AppendixView,
    code: str,
    index: int,
    column: Column,
    stated: int,
    computed: int,
    **extra: object,
) -> Finding:
    return finding(
        code,
        view.location(index, column.key),
        **view.row_params(index),
        column=column_title(column),
        stated=view.shown(stated, column),
        computed=view.shown(computed, column),
        stated_value=stated,
        computed_value=computed,
        **extra,
    )


def _check_total_row(view: AppendixView) -> list[Finding]:
    found: list[Finding] = []
    for key, stated in view.appendix.stated_totals.items():
        column = view.appendix.column(key)
        computed = view.computation.value(TOTAL_ROW, key) or 0
        if stated == computed:
            continue
        if column.kind is ColumnKind.MONEY and column.role is ColumnRole.YEAR:
            code, extra = "APX005", {"year": column.year if column.year is not None else "?"}
        elif column.role is ColumnRole.TOTAL and column.source is not None:
            code, extra = "APX006", {"source": source_label(column.source)}
        else:
            code, extra = "APX004", {}
        found.append(_mismatch(view, code, TOTAL_ROW, column, stated, computed, **extra))
    return found


def _role_key(view: AppendixView, role: ColumnRole) -> str | None:
    for column in view.appendix.columns:
        plain = role is not ColumnRole.TOTAL or column.source is None
        if column.kind is ColumnKind.MONEY and column.role is role and plain:
            return column.key
    return None


def _check_allocated_missing(
    view: AppendixView, index: int, stated: dict[str, int]
) -> list[Finding]:
    """APX003: where both the total and the missing amount are stated, allocated + missing
    must give the total (allocated as typed on items, as stated or computed on sums)."""
    if not stated:  # most rows state nothing: no need to look for the columns
        return []
    total_key = _role_key(view, ColumnRole.TOTAL)
    missing_key = _role_key(view, ColumnRole.MISSING)
    allocated_key = _role_key(view, ColumnRole.ALLOCATED)
    if not (total_key and missing_key and allocated_key):
        return []
    if total_key not in stated or missing_key not in stated:
        return []
    allocated = stated.get(allocated_key, view.computation.value(index, allocated_key) or 0)
    total, missing = stated[total_key], stated[missing_key]
    if allocated + missing == total:
        return []
    column = view.appendix.column(total_key)
    return [
        finding(
            "APX003",
            view.location(index, total_key),
            **view.row_params(index),
            allocated=view.shown(allocated, column),
            missing=view.shown(missing, column),
            sum=view.shown(allocated + missing, column),
            total=view.shown(total, column),
        )
    ]
