"""Appendix editor: one cell edit in a 5.000-row appendix until the totals are on screen.

Measured: push the undo command of one amount edit, then process events until the total
row's `dataChanged` has fired and the table's viewport has repainted. Baseline in the same run:
a full `computation.rebuild()` plus a model reset, repainted — what a naive editor would do.
Run: python -m bench.bench_gui_edit (offscreen when there is no display).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from bench.bench_engine import ROWS, synthetic_appendix
from bench.harness import Result

RUNS = 200


class _Probe:
    """Watches the total row's dataChanged and the viewport's paint events."""

    def __init__(self, editor) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.total_changed = False
        self.painted = False
        model = editor.model
        total_row = model.rowCount() - 1

        def changed(top_left, bottom_right, _roles=()) -> None:
            if top_left.row() <= total_row <= bottom_right.row():
                self.total_changed = True

        model.dataChanged.connect(changed)
        model.modelReset.connect(lambda: setattr(self, "total_changed", True))

        probe = self

        class _Filter(QObject):
            def eventFilter(self, _obj, event) -> bool:
                if event.type() == QEvent.Type.Paint and probe.total_changed:
                    probe.painted = True
                return False

        self._filter = _Filter()
        editor.view.viewport().installEventFilter(self._filter)

    def reset(self) -> None:
        self.total_changed = self.painted = False


def _wait(app, probe: _Probe) -> None:
    deadline = time.perf_counter() + 5
    while not (probe.total_changed and probe.painted):
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError(f"not repainted: {probe.total_changed=} {probe.painted=}")


def _setup():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("ITPLAN_DATA_DIR", tempfile.mkdtemp(prefix="itplan-bench-"))
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from itplan_desktop.gui.appendix.editor import AppendixEditor
    from itplan_desktop.services.plan_editing import PlanEditor
    from itplan_desktop.services.plans import import_plan_file, sample_files
    from itplan_desktop.store.database import open_database

    app = QApplication.instance() or QApplication([])
    db = open_database(Path(tempfile.mkdtemp(prefix="itplan-bench-")) / "bench.sqlite")
    plan_uuid = import_plan_file(db, sample_files()[0]).uuid
    plan_editor = PlanEditor(db, plan_uuid)
    appendix = synthetic_appendix(ROWS)
    plan_editor.plan.appendices.append(appendix)  # in memory only: never saved
    stack = QUndoStack()
    editor = AppendixEditor(plan_editor, appendix.uuid, stack)
    editor.resize(1400, 800)
    editor.show()
    app.processEvents()
    return app, db, editor, stack


def run() -> list[Result]:
    from itplan_desktop.domain import RowKind
    from itplan_desktop.gui.appendix.commands import SetCellsCommand

    app, db, editor, stack = _setup()
    document = editor.document
    appendix = document.appendix
    items = [i for i, r in enumerate(appendix.rows) if r.kind is RowKind.ITEM]
    keys = [c.key for c in appendix.year_columns]
    probe = _Probe(editor)
    editor.focus_cell(None, keys[0])  # the total row on screen, at the bottom
    app.processEvents()

    edit_times = []
    for k in range(RUNS + 10):
        row, key = items[(k * 997) % len(items)], keys[k % len(keys)]
        probe.reset()
        start = time.perf_counter()
        value = (appendix.rows[row].values.get(key) or 0) + 1_000_000  # always a change
        stack.push(SetCellsCommand(document, {(row, key): value}))
        _wait(app, probe)
        if k >= 10:
            edit_times.append(time.perf_counter() - start)

    model = editor.model
    rebuild_times = []
    for k in range(12):
        probe.reset()
        start = time.perf_counter()
        document.computation.rebuild()
        model.before_reset()
        model.after_reset()
        editor.view.scrollToBottom()  # a reset loses the position: show the totals again
        _wait(app, probe)
        if k >= 2:
            rebuild_times.append(time.perf_counter() - start)
    editor.close()
    db.close()
    return [
        Result(
            name=f"appendix editor: one cell edit to totals on screen, {ROWS} rows",
            median_s=statistics.median(edit_times),
            runs=len(edit_times),
            target="< 50 ms",
            baseline_name="computation.rebuild() + model reset, repainted",
            baseline_median_s=statistics.median(rebuild_times),
            extra=f"{len(appendix.columns)} columns, undo command pushed, offscreen",
        )
    ]


def main() -> None:
    for result in run():
        print(
            f"{result.name}: {result.median_s * 1000:.2f} ms (target {result.target}); "
            f"{result.baseline_name}: {result.baseline_median_s * 1000:.1f} ms; "
            f"ratio {result.ratio or 0:.3f}; {result.extra}"
        )


if __name__ == "__main__":
    main()
