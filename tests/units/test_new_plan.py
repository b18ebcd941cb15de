"""Today's plan: `itplan new-plan` and `itplan units` over the templates, the legal-bases
library, recipients by date and headers derived from the unit."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from itplan_desktop.cli import main
from itplan_desktop.domain.plan import PlanKind
from itplan_desktop.formats.plan_file import dumps, loads
from itplan_desktop.messages import UserError, set_language
from itplan_desktop.services import plan_templates, units
from itplan_desktop.services.plan_creation import (
    NewPlan,
    create_plan,
    create_plan_for_unit,
    default_recipients,
)
from itplan_desktop.services.plans import get_plan, plan_document
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import open_database

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(autouse=True)
def _vietnamese():
    set_language("vi")
    yield
    set_language("vi")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_units_json_lists_current_units_and_former_on_request(capsys, db_path: Path):
    code, out, _ = run(capsys, "units", "--db", db_path, "--province", "38", "--json")
    found = json.loads(out)
    assert code == 0 and len(found) == 167
    assert set(found[0]) == {"code", "name", "kind", "level", "parent_code", "ceased_on"}
    assert found[0] == {
        "code": "38",
        "name": "Thanh Hóa",
        "kind": "tỉnh",
        "level": "province",
        "parent_code": None,
        "ceased_on": None,
    }
    assert {u["kind"] for u in found[1:]} == {"xã", "phường"}
    _code, out, _ = run(capsys, "units", "--db", db_path, "--province", "38", "--former", "--json")
    former = {u["code"]: u for u in json.loads(out)}
    assert former["402"]["kind"] == "huyện" and former["402"]["ceased_on"] == "2025-07-01"
    assert former["16180"]["parent_code"] == "402"


def test_units_add_agency_then_it_is_listed(capsys, db_path: Path):
    code, out, _ = run(
        capsys, "units", "--db", db_path, "--province", "38", "--add-agency", "--name", "Sở Y tế"
    )
    assert code == 0 and "Sở Y tế" in out and "38-CQ01" in out
    _code, out, _ = run(capsys, "units", "--db", db_path, "--province", "38", "--json")
    agency = json.loads(out)[1]
    assert agency["name"] == "Sở Y tế" and agency["kind"] == "sở" and agency["level"] == "agency"
    code, _out, err = run(capsys, "units", "--db", db_path, "--province", "77", "--json")
    assert code == 1 and "77" in err


def test_new_plan_for_a_commune_of_thanh_hoa(capsys, db_path: Path):
    code, out, _ = run(
        capsys, "new-plan", "--db", db_path, "--unit", "16228", "--year", "2027", "--json"
    )
    assert code == 0
    uuid = json.loads(out)["id"]
    db = open_database(db_path)
    plan = get_plan(db, uuid)
    db.close()
    assert plan.kind is PlanKind.ANNUAL and (plan.start_year, plan.end_year) == (2027, 2027)
    assert plan.title == "Chuyển đổi số trên địa bàn xã Như Thanh năm 2027"
    assert plan.issuer == "ỦY BAN NHÂN DÂN XÃ NHƯ THANH" and plan.issuer_parent == ""
    assert plan.issuer_short == "Ủy ban nhân dân xã Như Thanh" and plan.place == "Như Thanh"
    assert "Sở Khoa học và Công nghệ (b/c);" in plan.recipients
    assert plan.sections[0].heading == "Kết quả thực hiện Kế hoạch chuyển đổi số năm 2026"
    results = plan.appendices[0]
    assert results.title.endswith("NĂM 2026")
    assert {r.texts["status"] for r in results.rows} == {"chưa có thông tin"}
    assert len(results.rows) == len(plan.indicators) == 8
    text = dumps(plan_document_of(db_path, uuid))
    assert "huyện" not in text.lower() and "Thông tin và Truyền thông" not in text
    cited = " ".join(b.text for b in plan.legal_bases)
    assert "148/2025/QH15" in cited and "Luật Công nghệ thông tin" not in cited


def plan_document_of(db_path: Path, uuid: str):
    db = open_database(db_path)
    try:
        return plan_document(db, get_plan(db, uuid))
    finally:
        db.close()


def test_new_plan_period_and_templates(capsys, db_path: Path):
    code, out, _ = run(capsys, "new-plan", "--db", db_path, "--unit", "38", "--period", "2026-2030")
    assert code == 0
    db = open_database(db_path)
    plan = get_plan(db, out.strip())
    assert plan.title == "Chuyển đổi số trên địa bàn tỉnh Thanh Hóa giai đoạn 2026 - 2030"
    assert plan.issuer == "ỦY BAN NHÂN DÂN TỈNH THANH HÓA"
    assert plan.sections[0].heading == "Đánh giá kết quả chuyển đổi số giai đoạn 2021 - 2025"
    db.close()
    code, _out, err = run(
        capsys, "new-plan", "--db", db_path, "--unit", "38", "--year", "2027", "--template", "x"
    )
    assert code == 1 and "cds-nam" in err
    code, _out, err = run(
        capsys,
        "new-plan",
        "--db",
        db_path,
        "--unit",
        "38",
        "--year",
        "2020",
        "--template",
        "cds-nam",
    )
    assert code == 1 and "2026" in err
    code, _out, err = run(capsys, "new-plan", "--db", db_path, "--unit", "38", "--period", "20x")
    assert code == 1 and "2026-2030" in err


def test_a_former_district_owns_plans_of_periods_before_july_2025(capsys, db_path: Path):
    code, _out, err = run(capsys, "new-plan", "--db", db_path, "--unit", "402", "--year", "2027")
    assert code == 1 and "01/07/2025" in err
    code, out, _ = run(
        capsys, "new-plan", "--db", db_path, "--unit", "402", "--period", "2021-2025", "--json"
    )
    assert code == 0
    db = open_database(db_path)
    plan = get_plan(db, json.loads(out)["id"])
    db.close()
    assert plan.title.startswith("Ứng dụng công nghệ thông tin")
    assert plan.issuer == "UBND HUYỆN NHƯ XUÂN" and plan.issuer_parent == "UBND TỈNH THANH HÓA"
    assert "Luật Công nghệ thông tin" in plan.legal_bases[0].text


def test_a_so_gets_its_own_header(db_path: Path):
    db = open_database(db_path)
    agency = units.add_agency(db, "38", "Sở Khoa học và Công nghệ")
    plan = get_plan(db, create_plan_for_unit(db, agency.code, 2027, 2027, today=date(2026, 12, 1)))
    db.close()
    assert plan.issuer == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert plan.issuer_parent == "UBND TỈNH THANH HÓA" and plan.symbol == "KH-SKHCN"
    assert plan.title == "Chuyển đổi số của Sở Khoa học và Công nghệ năm 2027"
    assert plan.place == "Thanh Hóa" and plan.signer.authority_of == "GIÁM ĐỐC"
    assert "Sở Khoa học và Công nghệ (b/c);" not in plan.recipients  # not to itself


def test_recipients_follow_the_merger_of_march_2025():
    commune = units.find_unit.__globals__["catalogue"].current_unit("16228")
    province = units.find_unit.__globals__["catalogue"].current_province("38")
    assert "Sở Thông tin và Truyền thông (b/c);" in default_recipients(
        commune, province, date(2025, 2, 28)
    )
    assert "Sở Khoa học và Công nghệ (b/c);" in default_recipients(
        commune, province, date(2025, 3, 1)
    )


def test_legal_bases_proposed_are_those_in_force_at_the_plan_date(db_path: Path):
    library = plan_templates.legal_library()
    law = library["luat-cds-2025"]
    assert not law.in_force_on(date(2026, 6, 30)) and law.in_force_on(date(2026, 7, 1))
    yearly = plan_templates.templates()["cds-nam"]
    early = {d.key for d in plan_templates.proposed_legal_bases(yearly, date(2025, 11, 1), 2026)}
    assert "luat-cds-2025" not in early and "qd-2629-ttg" not in early
    assert "cv-5511-bkhcn" in early  # the guidance of the 2026 plans
    late = {d.key for d in plan_templates.proposed_legal_bases(yearly, date(2026, 12, 1), 2027)}
    assert "luat-cds-2025" in late and "cv-5511-bkhcn" not in late
    db = open_database(db_path)
    uuid = create_plan(db, NewPlan("16228", PlanKind.ANNUAL, 2026, 2026, today=date(2025, 11, 1)))
    cited = " ".join(b.text for b in get_plan(db, uuid).legal_bases)
    db.close()
    assert "5511/BKHCN-CĐSQG" in cited and "148/2025/QH15" not in cited


def test_every_template_and_library_entry_is_complete():
    names = set(plan_templates.templates())
    assert names == {"cds-nam", "cds-giai-doan", "ud-cntt"}
    library = plan_templates.legal_library()
    for template in plan_templates.templates().values():
        assert set(template.legal_bases) <= set(library)
    for doc in library.values():
        assert doc.citation.startswith("Căn cứ ") and doc.citation.endswith(";")
        assert doc.number in doc.citation
    assert plan_templates.template_for(PlanKind.ANNUAL, 2027, 2027).name == "cds-nam"
    assert plan_templates.template_for(PlanKind.PERIOD, 2026, 2030).name == "cds-giai-doan"
    assert plan_templates.template_for(PlanKind.PERIOD, 2021, 2025).name == "ud-cntt"
    with pytest.raises(UserError):
        plan_templates.template_for(PlanKind.PERIOD, 2026, 2030, "cds-nam")


def test_schema_0001_database_migrates_with_districts_marked_ceased(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript((DATA / "db_schema_0001.sql").read_text("utf-8"))
    before = connection.execute("SELECT code, name, level FROM organisation").fetchall()
    connection.close()
    db = open_database(path)
    with db.session() as session:
        after = {o.code: o for o in repo.list_organisations(session)}
    db.close()
    assert {(o.code, o.name, o.level.value) for o in after.values()} == set(before)
    assert after["402"].ceased_on == date(2025, 7, 1) and after["38"].ceased_on is None
    assert not any(o.show_parent_line for o in after.values())


def test_plan_files_carry_agencies_and_former_units(db_path: Path):
    db = open_database(db_path)
    agency = units.add_agency(db, "38", "Sở Y tế")
    units.remove_agency(db, agency.code, today=date(2027, 1, 1))
    uuid = create_plan_for_unit(db, agency.code, 2026, 2026, today=date(2025, 12, 1))
    document = plan_document(db, get_plan(db, uuid))
    db.close()
    text = dumps(document)
    back = {o.code: o for o in loads(text).organisations}
    assert back[agency.code].ceased_on == date(2027, 1, 1)
    assert back[agency.code].level.value == "agency"


def test_reference_districts_read_as_ceased_and_files_stay_as_they_were(db_path: Path):
    from itplan_desktop.formats.plan_file import read_plan_file
    from itplan_desktop.services.plans import load_samples, sample_files

    db = open_database(db_path)
    load_samples(db)
    with db.session() as session:
        district = repo.get_organisation(session, "402")
        province = repo.get_organisation(session, "38")
    assert district.ceased_on == date(2025, 7, 1) and province.ceased_on is None
    for path in sample_files():
        original = json.loads(path.read_text("utf-8"))
        document = read_plan_file(path)
        again = json.loads(dumps(plan_document(db, get_plan(db, document.plan.uuid))))
        assert again["organisations"] == original["organisations"]
    db.close()


def test_validator_warns_for_bases_not_in_force_ceased_units_and_old_recipients(db_path: Path):
    from itplan_desktop.domain.legal_library import cited_numbers
    from itplan_desktop.domain.plan import LegalBasis
    from itplan_desktop.services.plans import load_samples
    from itplan_desktop.services.validation import today_findings, validate_stored_plan

    db = open_database(db_path)
    results = load_samples(db)
    for result in results:  # the reference plans: nothing new to say
        _plan, findings = validate_stored_plan(db, result.uuid)
        assert not [f for f in findings if f.code in {"LEG001", "UNT001", "REC001", "BUD101"}]
    uuid = create_plan_for_unit(db, "16228", 2026, 2026, today=date(2025, 11, 1))
    plan = get_plan(db, uuid)
    assert today_findings(db, plan, date(2025, 11, 1)) == []
    plan.legal_bases.append(
        LegalBasis("Căn cứ Luật Chuyển đổi số số 148/2025/QH15 ngày 11/12/2025;")
    )
    plan.recipients.insert(0, "Sở Thông tin và Truyền thông (b/c);")
    codes = [f.code for f in today_findings(db, plan, date(2025, 12, 20))]
    assert codes == ["LEG001", "REC001"]
    assert cited_numbers("Căn cứ Nghị định số 137/2024/NĐ-CP ngày 23/10/2024;") == [
        "137/2024/NĐ-CP"
    ]
    district_plan = get_plan(db, results[0].uuid)
    district_plan.start_year = 2026
    district_plan.organisation_code = "402"
    assert "UNT001" in [f.code for f in today_findings(db, district_plan)]
    db.close()
