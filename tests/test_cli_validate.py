"""`itplan validate`: the samples' real mistakes, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itplan_desktop.cli import main


@pytest.fixture
def demo(db_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    main(["demo", "--db", str(db_path)])
    main(["plans", "--json", "--db", str(db_path)])
    plans = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    return {p["organisation_code"]: p["id"] for p in plans}


def test_nhu_xuan_reports_its_development_capital_mistake(demo, db_path, capsys):
    code = main(["validate", "--plan", demo["402"], "--json", "--db", str(db_path)])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert code == 1
    assert [f["code"] for f in findings] == ["BUD002"]
    (finding,) = findings
    assert finding["location"]["kind"] == "budget"
    assert "560" in finding["message"] and "5.600" in finding["message"]


def test_thanh_hoa_is_consistent(demo, db_path, capsys):
    code = main(["validate", "--plan", demo["38"], "--db", str(db_path)])
    assert code == 0
    assert "Không phát hiện sai sót nào." in capsys.readouterr().out


def test_human_output_lists_code_severity_and_summary(demo, db_path, capsys):
    main(["validate", "--plan", demo["402"][:8], "--db", str(db_path)])
    out = capsys.readouterr().out
    assert out.startswith("BUD002 [error] ")
    assert out.rstrip().endswith("1 lỗi, 0 cảnh báo.")
