"""Content of an appendix: negative amounts, empty names, duplicate numbers, years outside
the plan period, and DETAIL appendices against the row they break down."""

from __future__ import annotations

from ..appendix import AppendixRole, ColumnKind, ColumnRole, RowKind
from ..appendix_engine import TOTAL_ROW
from ..findings import Finding
from .codes import finding
from .context import AppendixView, column_title, shown_amount


def check_negative_amounts(view: AppendixView) -> list[Finding]:
    """APX007: an input cell (money or count) below zero."""
    found: list[Finding] = []
    for index, row in enumerate(view.appendix.rows):
        for key, value in row.values.items():
            if value < 0:
                column = view.appendix.column(key)
                found.append(
                    finding(
                        "APX007",
                        view.location(index, key),
                        **view.row_params(index),
                        column=column_title(column),
                        value=view.shown(value, column),
                    )
                )
    return found


def check_sub_item_amounts(view: AppendixView) -> list[Finding]:
    """APX013: an item with its own amounts and sub-items ("-", level 2) that have amounts too.

    Every item row is summed (docs/appendix-engine.md), so a breakdown typed beside the item's
    own figure would be counted twice."""
    found: list[Finding] = []
    rows = view.appendix.rows
    owner: int | None = None  # the level-1 item above, if it carries amounts
    reported: set[int] = set()
    for index, row in enumerate(rows):
        if row.kind is RowKind.GROUP:
            owner = None
        elif row.level <= 1:
            owner = index if _has_amounts(row.values, view) else None
        elif owner is not None and owner not in reported and _has_amounts(row.values, view):
            reported.add(owner)
            found.append(finding("APX013", view.location(owner), **view.row_params(owner)))
    return found


def _has_amounts(values: dict[str, int], view: AppendixView) -> bool:
    return any(
        value and view.appendix.column(key).kind is ColumnKind.MONEY
        for key, value in values.items()
    )


def check_empty_names(view: AppendixView) -> list[Finding]:
    """APX008: an item row whose name column is empty."""
    names = [c for c in view.appendix.columns if c.role is ColumnRole.NAME]
    if not names:
        return []
    column = names[0]
    return [
        finding(
            "APX008",
            view.location(index, column.key),
            appendix=view.number,
            row=view.row_label(index),
            column=column_title(column),
        )
        for index, row in enumerate(view.appendix.rows)
        if row.kind is RowKind.ITEM and not row.texts.get(column.key, "").strip()
    ]


def _numbering_scope(
    view: AppendixView, index: int, last_items: dict[int, int]
) -> tuple[object, ...]:
    """Rows in the same scope must not share a number: groups under one parent; items of
    level 1 in the appendix ("continue") or the group ("restart"); sub-items under one item."""
    row = view.appendix.rows[index]
    parent = view.computation.parent(index)
    if row.kind is RowKind.GROUP:
        last_items.clear()
        return ("group", parent, row.level)
    for level in [lv for lv in last_items if lv >= row.level]:
        del last_items[level]
    last_items[row.level] = index
    if row.level <= 1:
        return ("item", parent if view.appendix.item_numbering == "restart" else None)
    above = max((i for lv, i in last_items.items() if lv < row.level), default=None)
    return ("sub", above, row.level)


def check_duplicate_numbers(view: AppendixView) -> list[Finding]:
    """APX009: the same stated number twice in one numbering scope ("-" bullets ignored)."""
    found: list[Finding] = []
    seen: dict[tuple[object, ...], int] = {}
    last_items: dict[int, int] = {}
    for index, row in enumerate(view.appendix.rows):
        scope = _numbering_scope(view, index, last_items)
        label = row.label.strip().rstrip(".").upper()
        if not any(ch.isalnum() for ch in label):
            continue
        first = seen.setdefault((*scope, label), index)
        if first != index:
            found.append(
                finding(
                    "APX009",
                    view.location(index),
                    appendix=view.number,
                    label=row.label.strip(),
                    first=first + 1,
                    second=index + 1,
                )
            )
    return found


def check_years_in_period(view: AppendixView) -> list[Finding]:
    """APX010: a money column or a group row of a year outside the plan period."""
    plan = view.plan
    period = {"start": plan.start_year, "end": plan.end_year}
    found = [
        finding(
            "APX010",
            view.location(None, c.key),
            appendix=view.number,
            place=column_title(c),
            year=c.year,
            **period,
        )
        for c in view.appendix.columns
        if c.kind is ColumnKind.MONEY and c.year is not None and c.year not in plan.years
    ]
    found.extend(
        finding(
            "APX010",
            view.location(index),
            appendix=view.number,
            place=view.row_name(index),
            year=row.year,
            **period,
        )
        for index, row in enumerate(view.appendix.rows)
        if row.kind is RowKind.GROUP and row.year is not None and row.year not in plan.years
    )
    return found


def check_detail(view: AppendixView, views: dict[str, AppendixView]) -> list[Finding]:
    """APX011/APX012: a DETAIL appendix must add up, year by year, to the row it details."""
    appendix = view.appendix
    if appendix.role is not AppendixRole.DETAIL or not appendix.detail_of:
        return []
    for target in views.values():
        for index, row in enumerate(target.appendix.rows):
            if row.uuid == appendix.detail_of:
                return _compare_detail(view, target, index)
    return [finding("APX012", view.location(), appendix=view.number)]


def _compare_detail(view: AppendixView, target: AppendixView, index: int) -> list[Finding]:
    computation = target.computation
    rows = [
        i
        for i, row in enumerate(target.appendix.rows)
        if row.kind is RowKind.ITEM and (i == index or index in computation.ancestors(i))
    ]
    expected = computation.row_by_year(rows)
    actual = view.computation.by_year()
    found: list[Finding] = []
    for year in sorted(set(expected) | set(actual)):
        if expected.get(year, 0) == actual.get(year, 0):
            continue
        found.append(
            finding(
                "APX011",
                view.location(TOTAL_ROW),
                appendix=view.number,
                target=target.number,
                row=target.row_label(index),
                name=target.row_name(index),
                year=year,
                computed=shown_amount(actual.get(year, 0), view.appendix.unit),
                expected=shown_amount(expected.get(year, 0), view.appendix.unit),
            )
        )
    return found
