"""Done-when of issue 13, end to end through the command line: a commune of Thanh Hóa (code
from the catalogue) gets its 2027 Kế hoạch chuyển đổi số; its PDF header, recipients and legal
bases are today's; its bundle, imported at a province database, shows it submitted in the
inbox and its figures in the consolidation."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest

from itplan_desktop.cli import main
from itplan_desktop.domain import AppendixRow, RowKind
from itplan_desktop.messages import set_language
from itplan_desktop.services import plan_templates
from itplan_desktop.services.plans import get_plan
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import open_database


@pytest.fixture(autouse=True)
def _vietnamese():
    set_language("vi")
    yield
    set_language("vi")


def run(capsys, *argv: object) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return code, out


def _add_task(db_path: Path, uuid: str, amount: int) -> None:
    """The commune officer types one task of 2027 with its cost (in đồng)."""
    db = open_database(db_path)
    plan = get_plan(db, uuid)
    tasks = plan.appendices[1]
    group = next(i for i, r in enumerate(tasks.rows) if r.year == 2027)
    tasks.rows.insert(
        group + 1,
        AppendixRow(
            RowKind.ITEM,
            texts={"name": "Trang bị máy tính cho bộ phận một cửa", "source": "Ngân sách xã"},
            values={"amount": amount},
            level=2,
        ),
    )
    plan.number, plan.issued_on = "12", date(2026, 12, 1)
    plan.signer.name = "Lê Văn Bình"
    with db.session() as session:
        repo.save_plan(session, plan)
    db.close()


def test_commune_plan_2027_from_cli_to_the_province_inbox(capsys, tmp_path: Path):
    commune_db, province_db = tmp_path / "xa.sqlite", tmp_path / "tinh.sqlite"
    # the catalogue names the commune
    _code, out = run(capsys, "units", "--db", commune_db, "--province", "38", "--search",
                     "nhu thanh", "--json")  # fmt: skip
    [unit] = json.loads(out)
    assert (unit["code"], unit["kind"], unit["name"]) == ("16228", "xã", "Như Thanh")

    _code, out = run(capsys, "new-plan", "--db", commune_db, "--unit", "16228",
                     "--year", "2027", "--json")  # fmt: skip
    uuid = json.loads(out)["id"]
    _add_task(commune_db, uuid, 150_000_000)

    pdf = tmp_path / "ke-hoach.pdf"
    run(capsys, "export", "pdf", "--db", commune_db, "--plan", uuid[:8], "--out", pdf)
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    lines = [line.strip() for line in text.splitlines()]
    assert lines[0] == "ỦY BAN NHÂN DÂN" and lines[1] == "XÃ NHƯ THANH"
    assert "Sở Khoa học và Công nghệ (b/c);" in text
    assert "huyện" not in text.lower() and "Thông tin và Truyền thông" not in text
    cited = set(re.findall(r"Căn cứ [^;]*?số (\d[\w/.-]*)", text.replace("\n", " ")))
    library = {d.number: d for d in plan_templates.legal_library().values()}
    assert cited and cited <= set(library)
    assert all(library[n].in_force_on(date.today()) for n in cited)
    assert "148/2025/QH15" in cited

    bundle = tmp_path / "xa-nhu-thanh.itplan-bundle"
    run(capsys, "bundle", "export", "--db", commune_db, "--plan", uuid[:8],
        "--kind", "plan_submission", "--out", bundle)  # fmt: skip
    run(capsys, "units", "--db", province_db, "--province", "38", "--add-agency",
        "--name", "Sở Y tế")  # fmt: skip
    run(capsys, "bundle", "import", "--db", province_db, bundle, "--yes")

    _code, out = run(capsys, "bundle", "inbox", "--db", province_db, "--province", "38", "--json")
    rows = json.loads(out)
    assert len(rows) == 167  # the Sở Y tế and the 166 communes
    assert rows[0]["code"] == "38-CQ01" and rows[0]["group"] == "Sở, ban, ngành"
    by_code = {r["code"]: r for r in rows}
    row = by_code["16228"]
    assert row["submitted"] is True and row["kind"] == "xã" and row["revision"] == 1
    assert row["received_at"] and row["validation_status"] in ("ok", "warnings", "errors")
    assert sum(r["submitted"] for r in rows) == 1
    assert {"code", "name", "kind", "submitted", "received_at", "revision"} <= set(row)

    out_file = tmp_path / "tong-hop.itplan.json"
    _code, out = run(capsys, "consolidate", "--db", province_db, "--province", "38",
                     "--period", "2027-2027", "--out", out_file)  # fmt: skip
    assert "1/167 đơn vị" in out
    plan = json.loads(out_file.read_text("utf-8"))["plan"]
    [appendix] = plan["appendices"]
    items = [r for r in appendix["rows"] if r.get("kind", "item") == "item"]
    assert len(items) == 167
    [filled] = [r for r in items if r.get("values")]
    assert filled["texts"]["name"] == "UBND xã Như Thanh"
    assert filled["values"] == {"y2027": 150_000_000}
    groups = [r["texts"]["name"] for r in appendix["rows"] if r.get("kind") == "group"]
    assert groups == ["Sở, ban, ngành", "Phường", "Xã"]

    # the KPI comparison of 2027: one column per current unit, the commune's indicators
    import openpyxl

    table = tmp_path / "so-sanh.xlsx"
    run(capsys, "kpi-compare", "--db", province_db, "--province", "38", "--period", "2027",
        "--out", table)  # fmt: skip
    texts = [
        c.value
        for sheet in openpyxl.load_workbook(table).worksheets
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str)
    ]
    assert "UBND xã Như Thanh" in texts and "Sở Y tế" in texts
    assert any("Tỷ lệ văn bản đi được ký số" in t for t in texts)
