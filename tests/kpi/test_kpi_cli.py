"""`itplan kpi list | set | report` through a parser built as `cli.program.build_parser` does."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from itplan_desktop.cli import kpi as cli_kpi
from itplan_desktop.cli import program as cli
from itplan_desktop.messages import UserError


def parser() -> argparse.ArgumentParser:
    common = cli._db_option()
    root = argparse.ArgumentParser(prog="itplan", parents=[common])
    root.add_argument("--lang", choices=("vi", "en"), default=None)
    commands = root.add_subparsers(dest="command", required=True)
    cli_kpi.register(commands, common)
    return root


def run(capsys, *argv) -> tuple[int, str, str]:
    args = parser().parse_args([str(a) for a in argv])
    try:
        code = args.handler(args)
    except UserError as error:
        print(error.text, file=__import__("sys").stderr)
        code = 1
    out, err = capsys.readouterr()
    return code, out, err


def test_kpi_set_list_and_report(nx_db, capsys, tmp_path: Path):
    db, uuid = nx_db
    path = db.path
    db.close()
    code, out, _ = run(
        capsys,
        "kpi",
        "set",
        "--db",
        path,
        "--plan",
        uuid[:8],
        "--indicator",
        "1",
        "--period",
        "2016-H1",
        "--numerator",
        "45",
        "--denominator",
        "60",
        "--note",
        "Nội vụ",
    )
    assert code == 0 and "75%" in out
    code, out, _ = run(
        capsys,
        "kpi",
        "set",
        "--db",
        path,
        "--plan",
        uuid[:8],
        "--indicator",
        "8",
        "--period",
        "2016",
        "--value",
        "Có",
    )
    assert code == 0 and "Có" in out
    code, out, _ = run(
        capsys,
        "kpi",
        "set",
        "--db",
        path,
        "--plan",
        uuid[:8],
        "--indicator",
        "7",
        "--period",
        "2016",
        "--org",
        "16180",
        "--numerator",
        "1",
        "--denominator",
        "1",
    )
    assert code == 0 and "100%" in out
    code, out, _ = run(capsys, "kpi", "list", "--db", path, "--plan", uuid[:8], "--json")
    lines = json.loads(out)
    assert code == 0 and len(lines) == 8
    assert lines[0]["actual"] == "75%" and lines[0]["period"] == "2016-H1"
    assert lines[0]["status"] == "on_track"  # expected ≈ 10 % by mid-2016 on the path to 100 %
    assert lines[6]["actual"] == "100%" and lines[6]["derived_from_communes"] == 1
    assert lines[7]["status"] == "achieved"
    code, out, _ = run(capsys, "kpi", "list", "--db", path, "--plan", uuid[:8])
    assert "6 tháng đầu năm 2016: 75% | Đúng tiến độ" in out
    out_file = tmp_path / "bc.xlsx"
    code, out, _ = run(
        capsys,
        "kpi",
        "report",
        "--db",
        path,
        "--plan",
        uuid[:8],
        "--period",
        "2016",
        "--out",
        out_file,
    )
    assert code == 0 and out_file.exists()
    assert "năm 2016" in load_workbook(out_file)["Chỉ tiêu"]["A2"].value


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--indicator", "1", "--period", "2016-H3", "--value", "5"], "Kỳ báo cáo"),
        (["--indicator", "1", "--period", "2016", "--value", "120"], "từ 0 đến 100"),
        (["--indicator", "99", "--period", "2016", "--value", "5"], "không có chỉ tiêu"),
        (
            ["--indicator", "1", "--period", "2016", "--numerator", "5", "--denominator", "0"],
            "Mẫu số",
        ),
        (
            ["--indicator", "1", "--period", "2016", "--org", "999", "--value", "5"],
            "không phải là huyện",
        ),
    ],
)
def test_kpi_set_refuses_bad_input_with_exit_1(nx_db, capsys, argv, message):
    db, uuid = nx_db
    code, _out, err = run(capsys, "kpi", "set", "--db", db.path, "--plan", uuid[:8], *argv)
    assert code == 1 and message in err


def test_kpi_usage_errors_exit_2(nx_db, capsys):
    db, uuid = nx_db
    with pytest.raises(SystemExit) as stop:
        parser().parse_args(["kpi", "set", "--plan", "x", "--indicator", "1", "--period", "2016"])
    assert stop.value.code == 2
    code, _out, err = run(
        capsys,
        "kpi",
        "set",
        "--db",
        db.path,
        "--plan",
        uuid[:8],
        "--indicator",
        "1",
        "--period",
        "2016",
        "--numerator",
        "5",
    )
    assert code == 2 and "--denominator" in err
    code, _out, err = run(
        capsys, "kpi", "report", "--db", db.path, "--plan", uuid[:8], "--out", "x.docx"
    )
    assert code == 1 and ".xlsx" in err
