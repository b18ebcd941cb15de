"""Breakdowns of a figure (by source, by period) and the total rows above "Tổng cộng".

A breakdown's parts must give the column they split (APX014) on every item row, and on a
group row, the total row or a total row above it wherever the document printed a part on it,
unless its computed sums already disagree (the items below carry the defect, reported there);
elsewhere its sums follow from the items, and a stated whole alone is APX001's. A part naming
no column is reported once (APX015); a total row's stated figures are compared with the
engine's (APX016).
"""

from __future__ import annotations

from ..appendix import RowKind
from ..appendix_engine import TOTAL_ROW, breakdowns, total_row_index
from ..column_parts import Part
from ..findings import Finding
from .codes import finding
from .context import AppendixView, column_title


def check_breakdowns(view: AppendixView) -> list[Finding]:
    """APX014 and APX015 (see the module docstring)."""
    found = _unknown_targets(view)
    splits = breakdowns(view.appendix)
    if not splits:
        return found
    rows: list[int] = list(range(len(view.appendix.rows)))
    rows += [total_row_index(p) for p in range(len(view.appendix.total_rows))]
    rows.append(TOTAL_ROW)
    for index in rows:
        item = index >= 0 and view.appendix.rows[index].kind is RowKind.ITEM
        stated = {} if item else view.stated(index)
        for (target, _split), parts in splits.items():
            if not item and (
                not any(k in stated for k in parts) or _items_show(view, index, target, parts)
            ):
                continue
            found.extend(_check_split(view, index, target, parts, stated))
    return found


def _items_show(view: AppendixView, index: int, target: str, parts: tuple[str, ...]) -> bool:
    """Whether the computed sums of a sum row already disagree: then the items below carry the
    defect (reported there), and the sum row repeats it."""
    computed = [v for k in parts if (v := view.computation.value(index, k)) is not None]
    return bool(computed) and sum(computed) != (view.computation.value(index, target) or 0)


def _shown(view: AppendixView, index: int, key: str, stated: dict[str, int]) -> int | None:
    """A cell as the document shows it: its stated figure, else the computed one."""
    if key in stated:
        return stated[key]
    return view.computation.value(index, key)


def _check_split(
    view: AppendixView, index: int, target: str, parts: tuple[str, ...], stated: dict[str, int]
) -> list[Finding]:
    values = [v for k in parts if (v := _shown(view, index, k, stated)) is not None]
    if not values:
        return []  # nothing broken down on this row
    total = _shown(view, index, target, stated) or 0
    if sum(values) == total:
        return []
    column = view.appendix.column(target)
    names = ", ".join(f"“{column_title(view.appendix.column(k))}”" for k in parts)
    return [
        finding(
            "APX014",
            view.location(index, target),
            **view.row_params(index),
            parts=names,
            parts_sum=view.shown(sum(values), column),
            column=column_title(column),
            total=view.shown(total, column),
            parts_value=sum(values),
            total_value=total,
        )
    ]


def _unknown_targets(view: AppendixView) -> list[Finding]:
    keys = {c.key for c in view.appendix.columns if c.kind.value != "text"}
    found = []
    for column in view.appendix.columns:
        if column.part.part is not Part.BREAKDOWN:
            continue
        if column.part_of in keys and column.part_of != column.key:
            continue
        found.append(
            finding(
                "APX015",
                view.location(None, column.key),
                appendix=view.number,
                column=column_title(column),
                part_of=column.part_of or "",
            )
        )
    return found


def check_total_rows(view: AppendixView) -> list[Finding]:
    """APX016: a stated figure of a total row above "Tổng cộng" against the engine's."""
    found = []
    for position, total in enumerate(view.appendix.total_rows):
        index = total_row_index(position)
        for key, stated in total.stated.items():
            computed = view.computation.value(index, key) or 0
            if stated == computed:
                continue
            column = view.appendix.column(key)
            found.append(
                finding(
                    "APX016",
                    view.location(index, key),
                    **view.row_params(index),
                    column=column_title(column),
                    stated=view.shown(stated, column),
                    computed=view.shown(computed, column),
                    stated_value=stated,
                    computed_value=computed,
                )
            )
    return found
