"""`itplan index …` as a commune officer and the province use it, round trip included:
province → index file → commune assesses with evidence → assessment file → province ranks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itplan_desktop.cli import main
from itplan_desktop.messages import set_language


@pytest.fixture(autouse=True)
def _vietnamese_after():
    yield
    set_language("vi")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_demo_database_ranks_three_communes_at_once(capsys, tmp_path: Path):
    db = str(tmp_path / "demo.sqlite")
    assert run(capsys, "demo", "--db", db)[0] == 0
    code, out, _err = run(
        capsys, "index", "score", "--db", db, "--province", "38", "--period", "2026", "--json"
    )
    assert code == 0
    rows = json.loads(out)
    assert [(r["unit_code"], r["rank"]) for r in rows] == [("16177", 1), ("16174", 2), ("16225", 3)]
    assert {"unit_code", "points", "max_points", "rank", "groups"} <= set(rows[0])
    assert rows[0]["max_points"] == 1000
    assert [g["code"] for g in rows[0]["groups"]] == ["A", "B", "C", "D", "E", "F"]
    code, out, _err = run(capsys, "index", "score", "--db", db, "--period", "2026")
    assert out.splitlines()[0] == "1. xã Xuân Bình (16177): 821,17/1.000 điểm (0,8212)"


def test_round_trip_province_commune_province(capsys, tmp_path: Path):
    province = str(tmp_path / "tinh.sqlite")
    commune = str(tmp_path / "xa.sqlite")
    index_file = tmp_path / "chi-so.itplan-index.json"
    assert (
        run(
            capsys,
            "index",
            "export",
            "--db",
            province,
            "--index",
            "cds-xa-thanh-hoa",
            "--out",
            str(index_file),
        )[0]
        == 0
    )

    assert run(capsys, "index", "import", "--db", commune, str(index_file))[0] == 0
    evidence = tmp_path / "bao-cao-25.pdf"
    evidence.write_bytes(b"%PDF-1.4 bao cao ket qua")
    code, out, _err = run(
        capsys,
        "index",
        "assess",
        "--db",
        commune,
        "--index",
        "cds-xa-thanh-hoa",
        "--unit",
        "16174",
        "--name",
        "xã Như Xuân",
        "--period",
        "2026",
        "--indicator",
        "A.2",
        "--value",
        "18",
        "--denominator",
        "20",
        "--evidence-number",
        "25/BC-UBND",
        "--evidence-date",
        "20/11/2026",
        "--attach",
        str(evidence),
    )
    assert code == 0
    assert "A.2" in out and "90/100" in out
    assert (
        run(
            capsys,
            "index",
            "assess",
            "--db",
            commune,
            "--index",
            "cds-xa-thanh-hoa",
            "--unit",
            "16174",
            "--period",
            "2026",
            "--indicator",
            "A.1",
            "--value",
            "có",
        )[0]
        == 0
    )
    sent = tmp_path / "16174-2026.itplan-assessment.json"
    assert (
        run(
            capsys,
            "index",
            "export-assessment",
            "--db",
            commune,
            "--index",
            "cds-xa-thanh-hoa",
            "--unit",
            "16174",
            "--period",
            "2026",
            "--out",
            str(sent),
        )[0]
        == 0
    )

    code, out, _err = run(capsys, "index", "import-assessment", "--db", province, str(sent))
    assert code == 0 and "Đã nhập 1 bản tự đánh giá" in out
    code, out, _err = run(capsys, "index", "import-assessment", "--db", province, str(sent))
    assert "0 bản tự đánh giá, 1 bản không đổi" in out
    code, out, _err = run(capsys, "index", "score", "--db", province, "--period", "2026", "--json")
    rows = json.loads(out)
    assert rows == [
        {
            "unit_code": "16174",
            "unit_name": "xã Như Xuân",
            "points": 120,
            "max_points": 1000,
            "fraction": 0.12,
            "rank": 1,
            "groups": rows[0]["groups"],
        }
    ]
    back = tmp_path / "lai.itplan-assessment.json"
    run(
        capsys,
        "index",
        "export-assessment",
        "--db",
        province,
        "--index",
        "cds-xa-thanh-hoa",
        "--unit",
        "16174",
        "--period",
        "2026",
        "--out",
        str(back),
    )
    data = json.loads(back.read_text(encoding="utf-8"))
    assert data["attachments"][0]["name"] == "bao-cao-25.pdf"
    a2 = next(e for e in data["entries"] if e["indicator"] == "A.2")
    assert a2["evidence"]["document_number"] == "25/BC-UBND"
    assert a2["evidence"]["document_date"] == "2026-11-20"


def test_refusals_are_messages_in_the_chosen_language(capsys, tmp_path: Path):
    db = str(tmp_path / "x.sqlite")
    code, _out, err = run(
        capsys,
        "--lang",
        "en",
        "index",
        "assess",
        "--db",
        db,
        "--index",
        "cds-xa-thanh-hoa",
        "--unit",
        "1",
        "--period",
        "2026",
        "--indicator",
        "A.2",
        "--value",
        "25",
        "--denominator",
        "20",
    )
    assert code == 1 and "numerator 25 is larger than the denominator 20" in err
    set_language("vi")
    code, _out, err = run(
        capsys,
        "index",
        "assess",
        "--db",
        db,
        "--index",
        "cds-xa-thanh-hoa",
        "--unit",
        "1",
        "--period",
        "2026",
        "--indicator",
        "Z.9",
        "--value",
        "1",
    )
    assert code == 1 and "không có chỉ số “Z.9”" in err
    bad = tmp_path / "hong.itplan-assessment.json"
    bad.write_text("[1, 2", encoding="utf-8")
    code, out, err = run(capsys, "index", "import-assessment", "--db", db, str(bad))
    assert code == 1 and "hong.itplan-assessment.json" in err and "1 tệp bị từ chối" in out
    code, _out, err = run(capsys, "index", "score", "--db", db, "--period", "2031")
    assert code == 1 and "Chưa có bản tự đánh giá nào của năm 2031" in err
