"""The province's last tools: the KPI comparison exported to PDF and Excel, review comments
written on a district's plan from the inbox and sent as a bundle, and the template of the next
plan sent to every district, from which a district starts its new plan in the wizard."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
from exchange_gui_helpers import district_database, district_document
from test_province_screens import submit_two_districts

from itplan_desktop.domain import walk_sections
from itplan_desktop.domain.indicator import Observation
from itplan_desktop.services import exchange as ex
from itplan_desktop.services.plans import get_plan
from itplan_desktop.store import plan_repository as repo


def add_district_with_actuals(db, code: str, name: str, share: int) -> None:
    document = district_document(code, name)
    indicators = document.plan.indicators
    document.plan.observations = [
        Observation(indicators[0].uuid, code, "2018", numerator=Decimal(share), denominator=200),
        Observation(indicators[7].uuid, code, "2018", value=Decimal(1)),
    ]
    with db.session() as session:
        for organisation in document.organisations:
            repo.save_organisation(session, organisation)
        session.flush()
        repo.save_plan(session, document.plan)


def test_kpi_comparison_exports_pdf_and_excel(qtbot, make_window, province, tmp_path, shot):
    p_db, _home = province
    add_district_with_actuals(p_db, "402", "Như Xuân", 80)
    add_district_with_actuals(p_db, "403", "Như Thanh", 160)
    window = make_window(p_db)
    window.exchange.open_consolidation("38")
    view = window.exchange.consolidation
    qtbot.waitExposed(view)
    view.tabs.setCurrentIndex(1)
    assert not view.kpi_pdf_button.isEnabled()  # nothing to export before "Xem"
    view.period.setText("2018")
    view.kpi_button.click()
    assert view.kpi_pdf_button.isEnabled() and view.kpi_xlsx_button.isEnabled()
    asked = []
    pdf, xlsx = tmp_path / "so-sanh.pdf", tmp_path / "so-sanh.xlsx"
    view.ask_save_path = lambda suggested, filters: asked.append(suggested) or pdf
    view.kpi_pdf_button.click()
    qtbot.waitUntil(lambda: view.last_kpi_export == pdf, timeout=20_000)
    assert asked == ["so-sanh-chi-tieu-2018.pdf"] and pdf.read_bytes().startswith(b"%PDF")
    assert "so-sanh.pdf" in view.kpi_export_label.text()
    view.ask_save_path = lambda suggested, filters: xlsx
    view.kpi_xlsx_button.click()
    qtbot.waitUntil(lambda: view.last_kpi_export == xlsx, timeout=20_000)
    values = [c.value for row in openpyxl.load_workbook(xlsx).active.iter_rows() for c in row]
    assert "80% / 100% (2020)\nĐúng tiến độ" in values
    nhu_xuan = 1 + [code for code, _name in view.comparison.districts].index("402")
    view.kpi_table.scrollToItem(view.kpi_table.item(0, nhu_xuan))
    shot(view, "province_kpi_export")


def test_province_writes_review_comments_from_the_inbox(
    qtbot, make_window, province, tmp_path, monkeypatch, shot
):
    p_db, p_home = province
    plans = submit_two_districts(tmp_path, p_db, p_home, monkeypatch)
    window = make_window(p_db)
    window.exchange.open_inbox()
    inbox = window.exchange.inbox
    assert not inbox.review_button.isEnabled()
    codes = [inbox.table.item(r, 0).text() for r in range(inbox.table.rowCount())]
    inbox.table.selectRow(codes.index("402"))
    assert inbox.review_button.isEnabled()
    inbox.review_button.click()
    dialog = window.exchange.review_dialog
    qtbot.waitExposed(dialog)
    assert dialog.plan.uuid == plans[0]
    assert not dialog.send_button.isEnabled()  # no comment yet
    plan = get_plan(p_db, plans[0])
    section = list(walk_sections(plan.sections))[2][1]
    row = plan.appendices[1].rows[2]
    assert dialog.select_target(section.uuid)
    dialog.text.setPlainText("Bổ sung chỉ tiêu đo được cho mục này.")
    dialog.author.setText("Sở TT&TT")
    dialog.add_button.click()
    assert dialog.select_target(row.uuid)
    assert not dialog.add_button.isEnabled()  # the text box was emptied
    dialog.text.setPlainText("Kinh phí năm 2020 chưa hợp lý.")
    dialog.add_button.click()
    assert dialog.list.topLevelItemCount() == 2
    labels = {dialog.list.topLevelItem(i).text(0) for i in range(2)}
    assert section.heading in labels
    assert dialog.list.topLevelItem(0).text(2) == "Sở TT&TT"
    dialog.select_target(row.uuid)
    shot(dialog, "province_review_write")

    out = tmp_path / "gop-y.itplan-bundle"
    dialog.ask_save_path = lambda suggested: out
    dialog.email.setText("vanphong@nhuxuan.gov.vn")
    dialog.eml.setChecked(True)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=15_000)
    assert out.exists() and dialog.saved.eml_path is not None
    eml = dialog.saved.eml_path.read_text("utf-8", errors="replace")
    assert "To: vanphong@nhuxuan.gov.vn" in eml
    assert "2 ý kiến" in dialog.status.text()
    d_db, _plan = district_database(tmp_path / "home-check", "402", "Như Xuân")
    preview = ex.preview_bundle(d_db, out)
    assert preview.sender.code == "38" and len(preview.comments) == 2
    d_db.close()


def test_province_sends_template_and_district_starts_from_it(
    qtbot, make_window, province, tmp_path, shot
):
    from itplan_desktop.gui.plan.new_plan_wizard import NewPlanWizard

    p_db, _home = province
    window = make_window(p_db)
    menu = window.exchange.menu
    action = window.menus.actions["exchange_template"]
    assert action in menu.actions() and action.text() == "Gửi &mẫu kế hoạch…"
    action.trigger()
    dialog = window.exchange.template_dialog
    qtbot.waitExposed(dialog)
    template = get_plan(p_db, dialog.plan_uuid())
    assert template.organisation_code == "38"  # the province's own plan first
    assert "11 chỉ tiêu" in dialog.summary.text()
    dialog.deadline.setDate(date(2026, 12, 31))
    dialog.note.setPlainText("Gửi kèm bản quét có chữ ký.")
    dialog.eml.setChecked(True)
    out = tmp_path / "mau.itplan-bundle"
    dialog.ask_save_path = lambda suggested: out
    shot(dialog, "province_send_template")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=15_000)
    eml = dialog.saved.eml_path.read_bytes().decode("utf-8", errors="replace")
    assert "To:" not in eml  # the officer fills in the districts' addresses

    d_db, _plan = district_database(tmp_path / "home-district", "402", "Như Xuân")
    preview = ex.preview_bundle(d_db, out)
    assert preview.template.deadline == date(2026, 12, 31)
    assert preview.template.note == "Gửi kèm bản quét có chữ ký."
    ex.import_bundles(d_db, [out], confirm_unsigned=True)
    wizard = NewPlanWizard(d_db)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.period_page
    page.start.setValue(template.start_year)  # a district owns plans of periods before 2025-07
    page.organisation.setCurrentIndex(page.organisation.findData("402"))
    wizard.next()
    content = wizard.content_page
    assert content.from_template.isEnabled() and content.province_template.count() == 1
    content.from_template.setChecked(True)
    assert "31/12/2026" in content.province_template.currentText()
    shot(wizard, "new_plan_from_province_template")
    wizard.accept()
    plan = get_plan(d_db, wizard.created_uuid)
    assert plan.organisation_code == "402" and plan.start_year == template.start_year
    assert [s.heading for s in plan.sections] == [s.heading for s in template.sections]
    assert len(plan.indicators) == len(template.indicators)
    d_db.close()
