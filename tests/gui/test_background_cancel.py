"""Cancel in the progress dialog stops an export and leaves no file, not even half of one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from itplan_desktop.domain import AppendixRow, Plan, RowKind
from itplan_desktop.domain.appendix_templates import build_appendix
from itplan_desktop.gui.tasks import Task
from itplan_desktop.services.pdf_export import export_plan_pdf
from itplan_desktop.services.xlsx_export import export_plan_xlsx


def _big_plan(rows: int = 3000) -> Plan:
    appendix = build_appendix("recurring_tasks", range(2021, 2026), title="PHỤ LỤC LỚN")
    appendix.rows = [
        AppendixRow(
            RowKind.ITEM,
            texts={"name": f"Nhiệm vụ số {i} ứng dụng CNTT"},
            values={"y2021": 1_000_000 * i},
        )
        for i in range(rows)
    ]
    return Plan(
        organisation_code="402",
        title="Kế hoạch thử",
        start_year=2021,
        end_year=2025,
        appendices=[appendix],
    )


def _run_and_cancel(qtbot, work) -> list[str]:
    parent = QWidget()
    qtbot.addWidget(parent)
    outcome: list[str] = []
    task = Task(parent, "Đang xuất…", work)
    task.done.connect(lambda _r: outcome.append("done"))
    task.failed.connect(lambda e: outcome.append(f"failed {e!r}"))
    task.cancelled.connect(lambda: outcome.append("cancelled"))
    task.cancel()  # pressed before the first page is written
    task.start()
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    return outcome


def test_cancelled_pdf_export_leaves_nothing(qtbot, tmp_path: Path):
    target = tmp_path / "ke-hoach.pdf"
    outcome = _run_and_cancel(
        qtbot,
        lambda progress, cancel: export_plan_pdf(
            _big_plan(), target, progress=progress, cancel=cancel
        ),
    )
    assert outcome == ["cancelled"]
    assert list(tmp_path.iterdir()) == []


def test_cancelled_excel_export_leaves_nothing(qtbot, tmp_path: Path):
    target = tmp_path / "phu-luc.xlsx"
    outcome = _run_and_cancel(
        qtbot,
        lambda progress, cancel: export_plan_xlsx(
            _big_plan(), target, progress=progress, cancel=cancel
        ),
    )
    assert outcome == ["cancelled"]
    assert list(tmp_path.iterdir()) == []


def test_finished_export_reports_done(qtbot, tmp_path: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    task = Task(
        parent,
        "Đang xuất…",
        lambda progress, cancel: export_plan_pdf(
            _big_plan(50), tmp_path / "x.pdf", progress=progress, cancel=cancel
        ),
    )
    task.done.connect(results.append)
    task.start()
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert results == [tmp_path / "x.pdf"] and (tmp_path / "x.pdf").stat().st_size > 1000
