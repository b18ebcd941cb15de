"""`itplan bundle …` and `itplan consolidate`, through a parser built like cli/program.py's."""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import pytest
from bundle_fixtures import district_database, province_database

from itplan_desktop.cli.bundle import register
from itplan_desktop.messages import UserError
from itplan_desktop.store.database import current_revision, head_revision, open_database


def run(argv: list[str]) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="itplan", parents=[common])
    register(parser.add_subparsers(dest="command", required=True), common)
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except UserError as error:
        print(error.text)
        return 1


def test_export_import_inbox_consolidate_from_the_command_line(tmp_path: Path, capsys):
    district, plan_uuid = district_database(tmp_path / "d.sqlite", "402", "Như Xuân")
    district.close()
    province_database(tmp_path / "p.sqlite").close()
    out = tmp_path / "nx.itplan-bundle"
    d, p = ["--db", str(tmp_path / "d.sqlite")], ["--db", str(tmp_path / "p.sqlite")]
    assert (
        run(
            [
                "bundle",
                "export",
                *d,
                "--plan",
                plan_uuid[:8],
                "--kind",
                "plan_submission",
                "--out",
                str(out),
                "--eml",
                "--to",
                "so@tt.vn",
            ]
        )
        == 0
    )
    assert out.exists() and out.with_name(out.name + ".eml").exists()
    capsys.readouterr()
    assert run(["bundle", "import", *p, str(out), "--dry-run", "--json"]) == 0
    [preview] = json.loads(capsys.readouterr().out)
    assert preview["plan_change"] == "new" and preview["signature"] == "unknown"
    assert run(["bundle", "import", *p, str(out)]) == 1  # unknown sender: needs --yes
    assert run(["bundle", "import", *p, str(out), "--yes"]) == 0
    assert "Đã nhập gói dữ liệu" in capsys.readouterr().out
    assert run(["bundle", "import", *p, str(out), "--yes", "--json"]) == 0
    [again] = json.loads(capsys.readouterr().out)
    assert again["status"] == "already_imported"
    assert run(["bundle", "inbox", *p, "--province", "38", "--start-year", "2016", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in rows if not r["missing"]] == ["402"]
    target = tmp_path / "tong-hop.itplan.json"
    assert (
        run(["consolidate", *p, "--province", "38", "--period", "2016-2020", "--out", str(target)])
        == 0
    )
    assert "1 huyện" in capsys.readouterr().out
    assert json.loads(target.read_text("utf-8"))["plan"]["organisation_code"] == "38"


def test_key_commands_show_export_and_register(tmp_path: Path, capsys):
    province_database(tmp_path / "p.sqlite").close()
    p = ["--db", str(tmp_path / "p.sqlite")]
    assert run(["bundle", "key"]) == 0
    fingerprint = capsys.readouterr().out.strip().split()[-1]
    key_file = tmp_path / "402.itplan-key"
    assert run(["bundle", "key", *p, "--export", str(key_file), "--org", "402"]) == 0
    assert run(["bundle", "key", *p, "--register", str(key_file), "--org", "402"]) == 0
    assert fingerprint in capsys.readouterr().out
    assert run(["bundle", "key", *p, "--register", str(key_file), "--org", "999"]) == 1


def test_refused_bundle_exits_1_with_the_message(tmp_path: Path, capsys):
    province_database(tmp_path / "p.sqlite").close()
    bad = tmp_path / "bad.itplan-bundle"
    bad.write_bytes(b"not a zip")
    assert run(["bundle", "import", "--db", str(tmp_path / "p.sqlite"), str(bad)]) == 1
    assert "không phải là gói dữ liệu" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(["bundle", "export", "--plan", "x", "--kind", "nonsense", "--out", "x"])


def test_schema_0001_database_migrates_to_0002_with_every_row(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    dump = (Path(__file__).parents[1] / "data" / "db_schema_0001.sql").read_text("utf-8")
    connection = sqlite3.connect(path)
    connection.executescript(dump)
    counts = {
        t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("organisation", "plan", "section", "appendix", "appendix_row")
    }
    connection.close()
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    db.close()
    connection = sqlite3.connect(path)
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert {
        "sender_key",
        "received_bundle",
        "plan_sync",
        "review_comment",
        "province_template",
    } <= tables
    for table, count in counts.items():
        assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count
    connection.close()
