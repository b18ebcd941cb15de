"""The `itplan` command line, driven in-process and once as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from plan_factories import small_document

from itplan_desktop import __version__
from itplan_desktop.cli import main
from itplan_desktop.formats.plan_file import dumps
from itplan_desktop.messages import set_language


@pytest.fixture(autouse=True)
def _vietnamese():
    set_language("vi")
    yield
    set_language("vi")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_plans_lists_the_samples(capsys, db_path: Path):
    code, out, _ = run(capsys, "demo", "--db", db_path)
    assert code == 0 and "4 kế hoạch" in out
    code, out, _ = run(capsys, "plans", "--db", db_path, "--json")
    plans = json.loads(out)
    assert code == 0
    assert sorted(p["number"] for p in plans) == [
        "08/KH-UBND", "131/KH-UBND", "25/KH-UBND", "4089/QĐ-UBND",
    ]  # fmt: skip
    assert {p["organisation"] for p in plans} == {"Như Xuân", "Thanh Hóa", "Như Thanh"}
    assert plans[0]["start_year"] == 2027  # today's plan first (issue 13)
    assert all(len(p["id"]) == 36 for p in plans)


def test_demo_twice_changes_nothing(capsys, db_path: Path):
    run(capsys, "demo", "--db", db_path)
    code, out, _ = run(capsys, "demo", "--db", db_path, "--json")
    assert code == 0
    assert {r["outcome"] for r in json.loads(out)} == {"unchanged"}


def test_export_import_round_trip_is_byte_stable(capsys, tmp_path: Path, sample_paths):
    first, second = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    for sample in sample_paths:
        code, out, _ = run(capsys, "import-plan", sample, "--db", first, "--json")
        plan_id = json.loads(out)["id"]
        exported = tmp_path / f"{plan_id}.itplan.json"
        assert (
            run(capsys, "export-plan", "--plan", plan_id[:8], "--out", exported, "--db", first)[0]
            == 0
        )
        assert exported.read_bytes() == sample.read_bytes()
        assert run(capsys, "import-plan", exported, "--db", second)[0] == 0
        code, out, _ = run(capsys, "export-plan", "--plan", plan_id, "--out", "-", "--db", second)
        assert code == 0 and out == sample.read_text("utf-8")


def test_db_option_is_accepted_before_the_command(capsys, db_path: Path):
    run(capsys, "demo", "--db", db_path)
    code, out, _ = run(capsys, "--db", db_path, "plans")
    assert code == 0 and "Như Xuân" in out


def test_invalid_plan_file_exits_1_and_changes_nothing(capsys, tmp_path: Path, db_path: Path):
    bad = tmp_path / "bad.itplan.json"
    bad.write_text(dumps(small_document()).replace('"start_year": 2016', '"start_year": "x"'))
    code, out, err = run(capsys, "import-plan", bad, "--db", db_path)
    assert code == 1 and "$.plan.start_year" in err and out == ""
    assert json.loads(run(capsys, "plans", "--json", "--db", db_path)[1]) == []


def test_missing_file_and_unknown_plan_exit_1(capsys, tmp_path: Path, db_path: Path):
    code, _, err = run(capsys, "import-plan", tmp_path / "nope.json", "--db", db_path)
    assert code == 1 and "Không tìm thấy tệp" in err
    code, _, err = run(
        capsys, "export-plan", "--plan", "abc", "--out", tmp_path / "x", "--db", db_path
    )
    assert code == 1 and "Không tìm thấy kế hoạch" in err


def test_usage_errors_exit_2(capsys, db_path: Path):
    with pytest.raises(SystemExit) as caught:
        main(["export-plan", "--db", str(db_path)])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["no-such-command"])
    assert caught.value.code == 2


def test_messages_in_english_on_request(capsys, db_path: Path):
    code, _, err = run(
        capsys, "--lang", "en", "export-plan", "--plan", "zz", "--out", "x", "--db", db_path
    )
    assert code == 1 and "Plan “zz” not found." in err


def test_installed_entry_point_reports_the_package_version():
    result = subprocess.run(
        [sys.executable, "-m", "itplan_desktop.cli", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == f"itplan-desktop {__version__}"


def test_desktop_entry_falls_back_to_cli_without_display(tmp_path: Path):
    env = {"PATH": "/usr/bin:/bin", "ITPLAN_DATA_DIR": str(tmp_path), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "itplan_desktop.app", "--db", str(tmp_path / "d.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert "Không có màn hình đồ họa" in result.stdout
    assert "Như Xuân" in result.stdout and "itplan --help" in result.stdout


def test_desktop_entry_without_display_imports_files_given(tmp_path: Path):
    document = small_document()
    plan_file = tmp_path / "moi.itplan.json"
    plan_file.write_text(dumps(document), "utf-8")
    env = {"PATH": "/usr/bin:/bin", "ITPLAN_DATA_DIR": str(tmp_path), "HOME": str(tmp_path)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "itplan_desktop.app",
            "--db",
            str(tmp_path / "d.sqlite"),
            str(plan_file),
            str(tmp_path / "bang.xlsx"),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert f"Đã nhập kế hoạch {document.plan.title}" in result.stdout
    assert "itplan import-xlsx" in result.stdout
