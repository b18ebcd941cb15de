"""Catalogue, communes, entry checks, paste, status tables, task progress; the Đông Sơn
objectives expressed from the catalogue, entered per commune, rolled up and reported."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from itplan_desktop.domain.kpi_progress import TaskStatus
from itplan_desktop.domain.kpi_status import Status
from itplan_desktop.messages import UserError
from itplan_desktop.services.kpi import KpiView, resolve_indicator
from itplan_desktop.services.kpi_catalogue import (
    catalogue_entry,
    catalogue_groups,
    indicator_from_catalogue,
    load_catalogue,
)
from itplan_desktop.services.kpi_communes import (
    add_commune,
    builtin_communes,
    list_communes,
    update_commune,
)
from itplan_desktop.services.kpi_entry import Entry, parse_cell, set_observation
from itplan_desktop.services.kpi_paste import apply_paste, plan_paste
from itplan_desktop.services.kpi_tasks import (
    build_task_progress,
    put_task_progress,
    store_task_progress,
    task_lines,
)
from itplan_desktop.services.plan_editing import PlanEditor
from itplan_desktop.store import plan_repository as repo


def test_catalogue_has_stable_unique_codes_and_the_recurring_indicators():
    entries = load_catalogue()
    codes = [e.code for e in entries]
    assert len(codes) == len(set(codes)) >= 25
    for code in (
        "ht.computers",
        "ud.official_email",
        "ud.dms_district",
        "ud.dms_commune",
        "ud.signed_documents",
        "dvc.level3_district",
        "dvc.level4_district",
        "dvc.level3_commune",
        "dvc.level4_commune",
        "dvc.full_process",
        "dvc.one_stop_records",
        "at.level_approved",
        "nl.it_staff_trained",
        "tt.commune_pages",
        "ht.commune_wan",
    ):
        assert catalogue_entry(code).name
    assert "An toàn thông tin" in catalogue_groups()
    with pytest.raises(UserError):
        catalogue_entry("no.such")


def test_builtin_communes_of_nhu_xuan(nx_db):
    db, _uuid = nx_db
    communes = list_communes(db, "402")
    assert len(communes) == 18 == len(builtin_communes("402"))
    assert communes[0].full_name == "thị trấn Yên Cát"
    assert {c.code: c.name for c in communes}["16225"] == "Thượng Ninh"  # official codes
    by_name = [c.name for c in list_communes(db, "402", by_name=True)]
    assert by_name[:3] == ["Bãi Trành", "Bình Lương", "Cát Tân"]
    add_commune(db, "402", "402-19", "Xuân Thành")
    update_commune(db, "402-19", "Xuân Thành Mới", "xã")
    assert {c.code: c.name for c in list_communes(db, "402")}["402-19"] == "Xuân Thành Mới"
    with pytest.raises(UserError, match="đã được dùng"):
        add_commune(db, "402", "402-19", "Trùng")
    with pytest.raises(UserError, match="Loại đơn vị"):
        add_commune(db, "402", "402-20", "Lạ", "làng")


@pytest.mark.parametrize(
    ("code", "text", "message"),
    [
        ("ud.signed_documents", "15/12", "không được lớn hơn mẫu số"),
        ("ud.signed_documents", "3/0", "Mẫu số phải lớn hơn 0"),
        ("ud.signed_documents", "120", "từ 0 đến 100"),
        ("ud.signed_documents", "abc", "không phải là một số"),
        ("dvc.level3_count", "2,5", "số nguyên"),
        ("dvc.level3_count", "-1", "không được âm"),
        ("ht.one_stop_equipment", "có lẽ", "“Có” hoặc “Không”"),
    ],
)
def test_entry_errors_are_clear_vietnamese(code, text, message):
    indicator = indicator_from_catalogue(code, {2020: D(100)})
    from itplan_desktop.domain.plan import Plan

    plan = Plan("402", "x", 2016, 2020, indicators=[indicator])
    with pytest.raises(UserError, match=message):
        set_observation(plan, indicator, "402", "2016", parse_cell(indicator, text), communes=set())


def test_set_observation_validates_period_and_organisation():
    from itplan_desktop.domain.plan import Plan

    indicator = indicator_from_catalogue("ud.official_email", {2020: D(100)})
    plan = Plan("402", "x", 2016, 2020, indicators=[indicator])
    with pytest.raises(UserError, match="Kỳ báo cáo"):
        set_observation(plan, indicator, "402", "2016-H3", Entry(value=D(5)), communes=set())
    with pytest.raises(UserError, match="không phải là huyện"):
        set_observation(plan, indicator, "999", "2016", Entry(value=D(5)), communes=set())
    obs = set_observation(
        plan,
        indicator,
        "402",
        "6 tháng đầu năm 2016",
        Entry(value=D(50)),
        communes=set(),
        note="Báo cáo của phòng Nội vụ",
        source="BC số 12",
    )
    assert obs.period == "2016-H1" and obs.value == D(50)
    again = set_observation(plan, indicator, "402", "2016-H1", Entry(value=D(60)), communes=set())
    assert again.note == "Báo cáo của phòng Nội vụ" and len(plan.observations) == 1


def dong_son_plan(db, uuid):
    """The Đông Sơn-style objectives, built from the catalogue into the Như Xuân plan."""
    editor = PlanEditor(db, uuid)
    plan = editor.plan
    plan.indicators[:] = [
        indicator_from_catalogue("dvc.level3_district", {2020: D(100)}),
        indicator_from_catalogue("dvc.level4_district", {2020: D(15)}),
        indicator_from_catalogue("dvc.level3_commune", {2020: D(100)}),
        indicator_from_catalogue("dvc.level4_commune", {2020: D(15)}),
        indicator_from_catalogue("ud.dms_commune", {2017: D(14)}),
        indicator_from_catalogue("ud.signed_documents", {2018: D(80)}, baseline=(D(20), 2015)),
    ]
    return editor


def test_dong_son_objectives_entered_per_commune_rolled_up_and_reported(nx_db):
    db, uuid = nx_db
    editor = dong_son_plan(db, uuid)
    plan = editor.plan
    communes = [c.code for c in list_communes(db, "402")]
    level3_d, level4_d, level3_c, level4_c, dms, signed = plan.indicators
    codes = set(communes)
    # district-level procedures: typed directly
    set_observation(plan, level3_d, "402", "2017-H1", Entry(D(95), None, None), communes=codes)
    set_observation(plan, level4_d, "402", "2017-H1", parse_cell(level4_d, "12/80"), communes=codes)
    # commune-level: each commune its procedures; 14 of the communes use the DMS; signed docs
    for n, code in enumerate(communes):
        set_observation(
            plan, level3_c, code, "2017-H1", parse_cell(level3_c, "90/100"), communes=codes
        )
        set_observation(
            plan, level4_c, code, "2017-H1", parse_cell(level4_c, "5/100"), communes=codes
        )
        set_observation(
            plan, dms, code, "2017-H1", parse_cell(dms, "1" if n < 14 else "0"), communes=codes
        )
        set_observation(
            plan, signed, code, "2017-H1", parse_cell(signed, f"{30 + n}/50"), communes=codes
        )
    # the district value of a rolled-up indicator is derived: typing it is refused
    with pytest.raises(UserError, match="tổng hợp từ các xã"):
        set_observation(plan, dms, "402", "2017-H1", Entry(D(14)), communes=codes)
    editor.touch("indicators")
    editor.save()

    view = KpiView(PlanEditor(db, uuid).plan, communes)
    period = view.default_report_period(date(2030, 1, 1))
    assert period.code == "2017-H1"
    cells = view.status_table([period])
    assert cells[(level3_d.uuid, "2017-H1")].text == "95%"
    assert cells[(level4_d.uuid, "2017-H1")].text == "15%"
    assert cells[(level4_d.uuid, "2017-H1")].assessment.status is Status.ACHIEVED
    assert cells[(level3_c.uuid, "2017-H1")].text == "90%"  # 1620/1800
    assert cells[(level4_c.uuid, "2017-H1")].assessment.status is Status.ON_TRACK  # 5 % > 2,25 %
    dms_cell = cells[(dms.uuid, "2017-H1")]
    assert dms_cell.text == "14/18" and dms_cell.actual.derived_from == 18
    # expected by mid-2017 on a path 0 (end 2015) → 14 (end 2017): about 10,5; 14 achieved
    assert dms_cell.assessment.status is Status.ACHIEVED
    signed_cell = cells[(signed.uuid, "2017-H1")]
    # (30+…+47)/900 = 693/900 = 77 %; path 20 → 80 over 2016-2018: mid-2017 ≈ 50 → on track
    assert signed_cell.text == "77%" and signed_cell.assessment.status is Status.ON_TRACK
    matrix = view.commune_matrix(period)
    assert matrix[(communes[15], dms.uuid)].text == "0/1"
    assert matrix[(communes[15], dms.uuid)].assessment.status is Status.BEHIND
    lines = view.latest_lines()
    assert [line.period.code for line in lines] == ["2017-H1"] * 6


def test_paste_sets_good_cells_and_names_bad_ones(nx_db):
    db, uuid = nx_db
    plan = PlanEditor(db, uuid).plan
    rows = plan.indicators[:3]
    columns = [("402", "2016-H1"), ("402", "2016")]
    result = plan_paste(plan, "50\t60\r\n12/0\t70\n80\t90\t100\n", rows, columns, communes=set())
    assert len(result.changes) == 5
    assert len(result.errors) == 2
    assert "Dòng 2, cột 1" in result.errors[0] and "Mẫu số" in result.errors[0]
    assert "nằm ngoài bảng" in result.errors[1]
    undo = apply_paste(plan, result)
    assert len(plan.observations) == 5 and all(old is None for _key, old in undo)
    assert resolve_indicator(plan, "2") is rows[1]
    with pytest.raises(UserError):
        resolve_indicator(plan, "99")


def test_task_progress_is_stored_and_reported_against_the_plan(nx_db):
    db, uuid = nx_db
    editor = PlanEditor(db, uuid)
    plan = editor.plan
    lines = task_lines(plan)
    assert len(lines) == 8
    first = lines[0]
    assert first.name.startswith("Đầu tư mới hệ thống máy chủ") and first.planned == {
        2016: 1_200_000_000
    }
    progress = build_task_progress(
        plan, first.row_uuid, status=TaskStatus.DONE, disbursed={2016: 1_150_000_000}, note="Xong"
    )
    put_task_progress(plan, first.row_uuid, progress)
    store_task_progress(db, plan)
    with pytest.raises(UserError, match="ngoài thời gian"):
        build_task_progress(plan, first.row_uuid, disbursed={2030: 1})
    with pytest.raises(UserError, match="Không tìm thấy nhiệm vụ"):
        build_task_progress(plan, "nope")
    with db.session() as session:
        stored = repo.load_plan(session, uuid)
    line = task_lines(stored)[0]
    assert line.status is TaskStatus.DONE and line.disbursed == {2016: 1_150_000_000}
    assert line.disbursed_until(2017) == 1_150_000_000 and line.planned_until(2017) == 1_200_000_000
