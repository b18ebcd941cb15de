"""The province: inbox, consolidated per-district appendix, and bundles sent to districts
(plan template with a deadline, review comments on sections and rows)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bundle_fixtures import district_database

from itplan_desktop.domain.appendix_engine import TOTAL_ROW, AppendixComputation
from itplan_desktop.formats.plan_file import dumps, loads
from itplan_desktop.services import exchange as ex
from itplan_desktop.services.exchange_import import OutcomeStatus
from itplan_desktop.store import plan_repository as repo

M = 1_000_000
# Như Xuân's recurring (vốn sự nghiệp) appendix by year, in triệu đồng; total 3.860
NX_SN = {2016: 660, 2017: 670, 2018: 820, 2019: 830, 2020: 880}
DISTRICTS = (("402", "Như Xuân", 1), ("403", "Như Thanh", 2), ("396", "Thường Xuân", 3))


def _import_districts(province, district_bundle) -> None:
    paths = [district_bundle(code, name, factor)[0] for code, name, factor in DISTRICTS]
    outcomes = ex.import_bundles(province, paths, confirm_unsigned=True)
    assert [o.status for o in outcomes] == [OutcomeStatus.APPLIED] * 3


def test_consolidated_appendix_has_one_row_per_district_with_amounts_and_totals(
    province, district_bundle
):
    _import_districts(province, district_bundle)
    plan = ex.consolidate(province, "38", 2016, 2020)
    [appendix] = plan.appendices
    assert plan.organisation_code == "38" and appendix.template == "unit_allocation"
    assert appendix.funding_source == "sn.huyen"
    assert len(appendix.rows) == 27  # every district of Thanh Hóa, in code order
    rows = {row.texts["name"]: row for row in appendix.rows}
    computation = AppendixComputation(appendix)
    for code, name, factor in DISTRICTS:
        row = rows[f"UBND huyện {name}"]
        assert row.values == {f"y{y}": v * factor * M for y, v in NX_SN.items()}, code
        index = appendix.rows.index(row)
        assert computation.value(index, "total") == 3860 * factor * M
    assert rows["UBND thị xã Bỉm Sơn"].values == {}
    assert computation.value(TOTAL_ROW, "y2016") == 660 * 6 * M
    assert computation.value(TOTAL_ROW, "total") == 3860 * 6 * M
    # the consolidated plan is a valid plan file, the same on a second run
    assert loads(dumps(_document(province, plan))).plan == plan
    again = ex.consolidate(province, "38", 2016, 2020)
    assert again.uuid == plan.uuid and again.appendices[0].rows == appendix.rows


def _document(db, plan):
    from itplan_desktop.formats.plan_file import PlanDocument

    with db.session() as session:
        return PlanDocument(plan, repo.organisations_for(session, plan))


def test_consolidated_plan_exports_through_the_xlsx_service(province, district_bundle, tmp_path):
    import openpyxl

    from itplan_desktop.services.xlsx_export import export_plan_xlsx

    _import_districts(province, district_bundle)
    plan = ex.consolidate(province, "38", 2016, 2020)
    [path] = export_plan_xlsx(plan, tmp_path / "tong-hop.xlsx")
    sheet = openpyxl.load_workbook(path).active
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "UBND huyện Như Thanh" in texts and "UBND huyện Thường Xuân" in texts


def test_inbox_lists_every_district_and_flags_missing_submissions(province, district_bundle):
    _import_districts(province, district_bundle)
    rows = ex.inbox(province, "38")
    assert len(rows) == 27
    sent = {r.code: r for r in rows if not r.missing}
    assert set(sent) == {"402", "403", "396"}
    row = sent["403"]
    assert (row.name, row.revision, row.last_kind, row.bundle_count) == (
        "Như Thanh",
        1,
        "plan_submission",
        1,
    )
    assert row.signature_status == "unknown" and row.received_at is not None
    assert row.validation_status in ("ok", "warnings", "errors")
    assert row.error_count >= 1  # Như Xuân states 560 triệu where its appendix totals 5.600
    assert ex.inbox(province, "38", start_year=2021)[0].missing
    assert row.to_json()["code"] == "403"


def test_review_comments_reach_the_district_attached_to_sections_and_rows(
    tmp_path: Path, district_bundle, province
):
    path, plan_uuid, _home = district_bundle("402", "Như Xuân")
    ex.import_bundles(province, [path], confirm_unsigned=True)
    from itplan_desktop.services.plans import get_plan

    plan = get_plan(province, plan_uuid)
    section = plan.sections[1]
    row = plan.appendices[1].rows[2]
    ex.add_review_comment(
        province, plan_uuid, section.uuid, "Bổ sung chỉ tiêu DVC mức 4.", "Sở TT&TT"
    )
    ex.add_review_comment(province, plan_uuid, row.uuid, "Kinh phí năm 2020 chưa hợp lý.")
    out = tmp_path / "gopy.itplan-bundle"
    ex.export_bundle(province, plan_uuid, "review_comments", out)
    district = district_database(tmp_path / "d2.sqlite", "402", "Như Xuân")[0]
    preview = ex.preview_bundle(district, out)
    assert preview.sender.code == "38" and preview.plan_change.value == "none"
    labels = {c.target_label: c.comment.text for c in preview.comments}
    assert labels[section.heading] == "Bổ sung chỉ tiêu DVC mức 4."
    assert labels[f"2: {row.texts['name']}"] == "Kinh phí năm 2020 chưa hợp lý."
    [outcome] = ex.import_bundles(district, [out], confirm_unsigned=True)
    assert outcome.status is OutcomeStatus.APPLIED and "2 ý kiến" in outcome.text
    assert {c.comment.text for c in ex.review_comments(district, plan_uuid)} == set(labels.values())
    with district.session() as session:
        assert repo.load_plan(session, plan_uuid).sections[1].heading == section.heading
    district.close()


def test_province_template_gives_the_district_its_next_plan_outline(
    tmp_path: Path, province, monkeypatch
):
    from itplan_desktop.services.plans import get_plan

    template = get_plan(province, "dad9f2b9")
    out = tmp_path / "mau.itplan-bundle"
    ex.export_bundle(
        province,
        template.uuid,
        "province_template",
        out,
        deadline=date(2026, 12, 31),
        note="Gửi trước ngày 31/12.",
    )
    district = district_database(tmp_path / "d.sqlite", "402", "Như Xuân")[0]
    preview = ex.preview_bundle(district, out)
    assert preview.template is not None and preview.template.deadline == date(2026, 12, 31)
    assert "hạn 2026-12-31" in preview.summary()
    [outcome] = ex.import_bundles(district, [out], confirm_unsigned=True)
    assert outcome.status is OutcomeStatus.APPLIED
    with district.session() as session:  # the province plan is not stored as a plan here
        assert repo.load_plan(session, template.uuid) is None
    plan = ex.plan_from_template(district, template.uuid, "402")
    assert plan.organisation_code == "402" and plan.issuer == "UBND HUYỆN NHƯ XUÂN"
    assert [s.heading for s in plan.sections] == [s.heading for s in template.sections]
    assert [i.targets for i in plan.indicators] == [i.targets for i in template.indicators]
    assert {i.uuid for i in plan.indicators}.isdisjoint({i.uuid for i in template.indicators})
    [again] = ex.import_bundles(district, [out], confirm_unsigned=True)
    assert again.status is OutcomeStatus.ALREADY_IMPORTED
    district.close()
