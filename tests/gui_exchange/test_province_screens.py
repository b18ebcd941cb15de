"""The province's screens: the inbox lists every district and highlights the missing ones;
the consolidation shows one row per district and exports Excel; keys are exported and
registered; the district sees the province's review comments and jumps to their place."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from exchange_gui_helpers import district_database

from itplan_desktop.gui.exchange.common import MISSING
from itplan_desktop.services import exchange as ex


def submit_two_districts(tmp_path: Path, p_db, p_home: Path, monkeypatch) -> list[str]:
    """Như Xuân (402) and a second district (381) send their plans; the province imports."""
    bundles, plans = [], []
    for code, name in (("402", "Như Xuân"), ("381", "Sầm Sơn")):
        db, plan_uuid = district_database(tmp_path / f"home-{code}", code, name)
        bundles.append(tmp_path / f"{code}.itplan-bundle")
        ex.export_bundle(db, plan_uuid, "plan_submission", bundles[-1])
        plans.append(plan_uuid)
        db.close()
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(p_home))
    outcomes = ex.import_bundles(p_db, bundles, confirm_unsigned=True)
    assert [o.status.value for o in outcomes] == ["applied", "applied"]
    return plans


def test_inbox_lists_districts_and_highlights_missing(
    qtbot, make_window, province, tmp_path, monkeypatch, shot
):
    p_db, p_home = province
    plans = submit_two_districts(tmp_path, p_db, p_home, monkeypatch)
    window = make_window(p_db)
    window.exchange.open_inbox()
    inbox = window.exchange.inbox
    qtbot.waitExposed(inbox)
    table = inbox.table
    assert table.rowCount() == 27
    codes = [table.item(r, 0).text() for r in range(table.rowCount())]
    sent = {codes.index("402"), codes.index("381")}
    for r in range(table.rowCount()):
        colour = table.item(r, 1).background().color()
        if r in sent:
            assert colour != MISSING
            assert table.item(r, 5).text() == "1"  # revision
        else:
            assert colour == MISSING and table.item(r, 2).text() == "Chưa gửi"
    assert "2/27" in inbox.summary.text()
    shot(inbox, "province_inbox")
    table.selectRow(codes.index("402"))
    assert inbox.open_button.isEnabled()
    inbox.open_button.click()
    assert window.workspace is not None and window.workspace.editor.plan.uuid == plans[0]


def test_consolidation_shows_rows_per_district_and_exports_excel(
    qtbot, make_window, province, tmp_path, monkeypatch, shot
):
    p_db, p_home = province
    submit_two_districts(tmp_path, p_db, p_home, monkeypatch)
    window = make_window(p_db)
    window.exchange.open_inbox()
    window.exchange.inbox.consolidate_button.click()
    view = window.exchange.consolidation
    qtbot.waitExposed(view)
    # it opens on today's five-year period and year; the archive is chosen by hand
    first = 2026 + (max(date.today().year, 2026) - 2026) // 5 * 5
    assert (view.start.value(), view.end.value()) == (first, first + 4)
    assert view.period.text() == str(date.today().year)
    view.start.setValue(2016)
    view.end.setValue(2020)
    view.source.setCurrentIndex(view.source.findData("sn"))
    view.run_button.click()
    qtbot.waitUntil(lambda: view.plan is not None, timeout=15_000)
    table = view.table
    assert table.rowCount() == 27 + 1  # every district and the total row
    names = [table.item(r, 1).text() for r in range(table.rowCount())]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    table.scrollToItem(table.item(27, 1))
    total = headers.index("Tổng cộng")
    filled = [names[r] for r in range(27) if table.item(r, total).text()]
    assert any("Như Xuân" in n for n in filled) and len(filled) == 2, filled
    assert names[-1] == "Tổng cộng" and table.item(27, total).text()
    shot(view, "province_consolidation")

    target = tmp_path / "tong-hop.xlsx"
    view.ask_save_path = lambda suggested, filters: target
    view.xlsx_button.click()
    qtbot.waitUntil(lambda: view.last_export == target, timeout=20_000)
    from openpyxl import load_workbook

    sheet = load_workbook(target).worksheets[0]
    text = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "Như Xuân" in text

    view.tabs.setCurrentIndex(1)
    view.period.setText("2020")
    view.kpi_button.click()
    assert view.kpi_table.columnCount() == 27 + 1  # the indicator, then each district
    assert view.kpi_table.rowCount() == len(view.comparison.indicators) > 0
    nhu_xuan = 1 + [code for code, _name in view.comparison.districts].index("402")
    assert view.kpi_table.item(0, nhu_xuan).text() == "— / 100"
    view.kpi_table.scrollToItem(view.kpi_table.item(0, nhu_xuan))
    shot(view, "province_kpi_comparison")


def test_keys_dialog_exports_and_registers(qtbot, make_window, province, tmp_path, shot):
    p_db, _home = province
    window = make_window(p_db)
    window.exchange.keys()
    dialog = window.exchange.keys_dialog
    qtbot.waitExposed(dialog)
    fingerprint = dialog.fingerprint.text()
    assert fingerprint == ex.own_fingerprint() and len(fingerprint) == 19
    key_file = tmp_path / "mine.itplan-key"
    dialog.own_org.setCurrentIndex(dialog.own_org.findData("38"))
    dialog.ask_save_path = lambda suggested: key_file
    dialog.export_button.click()
    assert key_file.exists() and fingerprint in dialog.status.text()
    asked = []
    dialog.district.setCurrentIndex(dialog.district.findData("402"))
    dialog.ask_open_path = lambda: key_file
    dialog.confirm_fingerprint = lambda org, fp: asked.append(fp) or True
    dialog.register_button.click()
    assert asked == [fingerprint]
    assert "Đã đăng ký" in dialog.status.text()
    shot(dialog, "exchange_keys")


def test_district_sees_review_comments_and_jumps_to_them(
    qtbot, make_window, district, province, tmp_path, monkeypatch, shot
):
    d_db, plan_uuid, d_home = district
    p_db, p_home = province
    bundle = tmp_path / "402.itplan-bundle"
    ex.export_bundle(d_db, plan_uuid, "plan_submission", bundle)
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(p_home))
    ex.import_bundles(p_db, [bundle], confirm_unsigned=True)
    from itplan_desktop.domain import walk_sections
    from itplan_desktop.services.plans import get_plan

    plan = get_plan(p_db, plan_uuid)
    section = list(walk_sections(plan.sections))[2][1]
    row = plan.appendices[0].rows[1]
    ex.add_review_comment(p_db, plan_uuid, section.uuid, "Bổ sung chỉ tiêu đo được.", "Sở TTTT")
    ex.add_review_comment(p_db, plan_uuid, row.uuid, "Kinh phí năm 2017 quá cao.", "Sở TTTT")
    comments = tmp_path / "comments.itplan-bundle"
    ex.export_bundle(p_db, plan_uuid, "review_comments", comments)

    monkeypatch.setenv("ITPLAN_DATA_DIR", str(d_home))
    window = make_window(d_db)
    window.open_plan(plan_uuid)
    window.exchange.import_bundles([comments])
    dialog = window.exchange.import_dialog
    qtbot.waitUntil(lambda: len(dialog.entries) == 1 and not dialog.loading, timeout=9000)
    group = dialog.changes.topLevelItem(0)
    assert group.text(0) == "Ý kiến góp ý: 2"
    dialog.confirm.setChecked(True)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.summary, timeout=9000)
    assert dialog.summary.comments_button.isVisible()
    dialog.summary.comments_button.click()
    panel = window.exchange.comments_dialog
    qtbot.waitExposed(panel)
    assert panel.list.topLevelItemCount() == 2
    shot(panel, "exchange_review_comments")
    labels = [panel.list.topLevelItem(i).text(0) for i in range(2)]
    first = labels.index(section.heading)
    panel._activated(panel.list.topLevelItem(first))
    workspace = window.workspace
    assert workspace.current_page() is workspace.page("sections")
    assert workspace.current_page().current().uuid == section.uuid
    panel._activated(panel.list.topLevelItem(1 - first))
    assert workspace.navigator.current_key() == f"appendix:{plan.appendices[0].uuid}"
    shot(window, "exchange_review_comment_jump")


def test_exchange_menu_and_inbox_follow_the_language(qtbot, make_window, province, shot):
    from itplan_desktop.gui import i18n

    p_db, _home = province
    window = make_window(p_db)
    menu = window.exchange.menu
    assert menu.title() == "Trao đổ&i"
    assert menu.actions()[0].text() == "&Gửi lên tỉnh…"
    assert not window.menus.actions["exchange_send"].isEnabled()  # needs an open plan
    window.exchange.open_inbox()
    inbox = window.exchange.inbox
    i18n.set_language("en")
    assert menu.title() == "E&xchange"
    assert inbox.windowTitle() == "Province inbox"
    assert inbox.table.item(0, 2).text() == "Not sent"
    assert "0/166 units have sent" in inbox.summary.text()  # today's communes (issue 13)
    qtbot.wait(30)
    shot(inbox, "province_inbox_en")
