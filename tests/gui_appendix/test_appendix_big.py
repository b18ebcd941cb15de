"""A 5.000-row appendix loads, edits and takes a big paste without freezing the editor."""

from __future__ import annotations

import time

from PySide6.QtGui import QGuiApplication

from itplan_desktop.domain import AppendixRow, RowKind
from itplan_desktop.domain.appendix_templates import build_appendix

TRIEU = 1_000_000
ROWS = 5_000


def big_appendix():
    appendix = build_appendix("recurring_tasks", range(2021, 2026))
    for n in range(ROWS):
        if n % 500 == 0:
            appendix.rows.append(AppendixRow(RowKind.GROUP, texts={"name": f"Nhóm {n // 500}"}))
        else:
            values = {f"y{2021 + i}": (n % 97 + i) * TRIEU for i in range(5)}
            appendix.rows.append(
                AppendixRow(RowKind.ITEM, texts={"name": f"Nhiệm vụ {n}"}, values=values)
            )
    return appendix


def test_five_thousand_rows_load_edit_and_paste(qtbot, nhu_xuan, make_editor):
    appendix = big_appendix()
    nhu_xuan.plan.appendices.append(appendix)
    start = time.perf_counter()
    widget = make_editor(nhu_xuan, len(nhu_xuan.plan.appendices) - 1)
    assert time.perf_counter() - start < 5
    model = widget.model
    assert model.rowCount() == ROWS + 1
    widget.focus_cell(None, "y2021")
    total = widget.document.computation.totals["y2021"]
    # one edit: only the edited row, its group and the total row are told
    rows_told: set[int] = set()
    model.dataChanged.connect(lambda a, _b, _r=(): rows_told.add(a.row()))
    start = time.perf_counter()
    widget.document.set_cells({(4_321, "y2021"): 1_000 * TRIEU})
    assert time.perf_counter() - start < 0.05
    assert rows_told == {4_321, 4_000, ROWS}
    assert widget.document.computation.totals["y2021"] != total
    # a big paste: 4.000 rows × 5 years, one bad cell, in a background task, one undo step
    lines = ["\t".join(["1.000"] * 5) for _ in range(4_000)]
    lines[10] = "1.000\tx\t1.000\t1.000\t1.000"
    QGuiApplication.clipboard().setText("\r\n".join(lines) + "\r\n")
    widget.view.setCurrentIndex(widget.proxy.index(1, model.column_index("y2021")))
    depth = widget.undo_stack.count()
    widget.ask_paste_convention = lambda examples: "vi"
    widget.actions_by_name["paste"].trigger()
    qtbot.waitUntil(lambda: widget.last_paste is not None, timeout=60_000)
    assert widget.undo_stack.count() == depth + 1
    assert len(widget.last_paste.problems) == 1
    assert appendix.rows[1].values["y2021"] == 1_000 * TRIEU
    assert appendix.rows[11].values["y2022"] == (11 % 97 + 1) * TRIEU  # the bad cell kept
    widget.undo_stack.undo()
    assert appendix.rows[1].values["y2021"] == (1 % 97) * TRIEU
