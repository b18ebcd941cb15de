"""Issue 14, item 15, the exchange screens' details: the file name the send dialog suggests is
Vietnamese-readable (not "402_plan_submission_2016-2020_r1"), the province's KPI comparison
shows indicator names (not catalogue codes such as "ud.dms_commune"), and the inbox keeps
the front after an import started from it."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from itplan_desktop.gui.exchange.import_dialog import ImportBundlesDialog
from itplan_desktop.services import exchange as ex


def test_the_suggested_bundle_name_is_vietnamese_and_safe(qtbot, make_window, district):
    db, plan_uuid, _home = district
    window = make_window(db)
    window.open_plan(plan_uuid)
    window.exchange.send_to_province()
    dialog = window.exchange.send_dialog
    qtbot.waitExposed(dialog)
    name = dialog.prepared.suggested_name
    assert name == "ke-hoach-gui-len-tinh_huyen-nhu-xuan_2016-2020_phien-ban-1.itplan-bundle"
    assert re.fullmatch(r"[a-z0-9_.-]+", name) and len(name) < 100
    dialog.close()


def test_the_kpi_comparison_names_its_indicators(
    qtbot, make_window, province, tmp_path, monkeypatch
):
    from exchange_gui_helpers import district_database

    from itplan_desktop.services.kpi_catalogue import load_catalogue
    from itplan_desktop.services.plan_editing import INDICATORS, PlanEditor

    p_db, p_home = province
    codes = [entry.code for entry in load_catalogue()[:2]]  # e.g. "ud.dms_commune"
    bundles = []
    for code, name in (("402", "Như Xuân"), ("381", "Sầm Sơn")):
        db, plan_uuid = district_database(tmp_path / f"home-{code}", code, name)
        editor = PlanEditor(db, plan_uuid)
        for indicator, catalogue_code in zip(editor.plan.indicators, codes, strict=False):
            indicator.catalogue_code = catalogue_code  # chosen from the catalogue
        editor.touch(INDICATORS)
        editor.save()
        bundles.append(tmp_path / f"{code}.itplan-bundle")
        ex.export_bundle(db, plan_uuid, "plan_submission", bundles[-1])
        db.close()
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(p_home))
    ex.import_bundles(p_db, bundles, confirm_unsigned=True)
    window = make_window(p_db)
    window.exchange.open_consolidation()
    view = window.exchange.consolidation
    qtbot.waitExposed(view)
    view.tabs.setCurrentIndex(1)
    view.period.setText("2020")
    view.kpi_button.click()
    comparison = view.comparison
    shown = [view.kpi_table.item(r, 0).text() for r in range(view.kpi_table.rowCount())]
    assert shown == [comparison.names.get(key) or key for key in comparison.indicators]
    coded = [key for key in comparison.indicators if key in codes]
    assert coded == codes, comparison.indicators  # catalogue indicators match by code …
    for key in coded:  # … and shown by their name, the code in the tooltip
        row = comparison.indicators.index(key)
        assert view.kpi_table.item(row, 0).text() == comparison.names[key] != key
        assert view.kpi_table.item(row, 0).toolTip() == key
    assert not any(re.fullmatch(r"[a-z_]+\.[a-z_.]+", text) for text in shown)


def test_the_inbox_keeps_the_front_after_an_import(
    qtbot, make_window, province, tmp_path, monkeypatch
):
    p_db, p_home = province
    bundles = []
    from exchange_gui_helpers import district_database

    for code, name in (("402", "Như Xuân"), ("381", "Sầm Sơn")):
        db, plan_uuid = district_database(tmp_path / f"home-{code}", code, name)
        bundles.append(tmp_path / f"{code}.itplan-bundle")
        ex.export_bundle(db, plan_uuid, "plan_submission", bundles[-1])
        db.close()
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(p_home))
    window = make_window(p_db)
    window.exchange.open_inbox()
    inbox = window.exchange.inbox
    qtbot.waitExposed(inbox)
    monkeypatch.setattr(ImportBundlesDialog, "_ask_open_paths", lambda self: bundles)
    inbox.import_button.click()  # "Nhập tệp…": the clerk picks the two files
    dialog = window.exchange.import_dialog
    assert dialog.parentWidget() is inbox  # the dialog sits over the inbox
    qtbot.waitUntil(lambda: len(dialog.entries) == 2 and not dialog.loading, timeout=15_000)
    dialog.confirm.setChecked(True)  # unsigned senders: the clerk confirms
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.summary, timeout=15_000)
    dialog.summary.close_button.click()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is inbox, timeout=3000)
    assert "applied" in [o.status.value for o in dialog.outcomes]


def test_the_consolidation_pdf_starts_with_its_table(
    qtbot, make_window, province, tmp_path, monkeypatch
):
    import pypdf
    from test_province_screens import submit_two_districts

    p_db, p_home = province
    submit_two_districts(tmp_path, p_db, p_home, monkeypatch)
    window = make_window(p_db)
    window.exchange.open_consolidation()
    view = window.exchange.consolidation
    qtbot.waitExposed(view)
    view.start.setValue(2016)
    view.end.setValue(2020)
    view.source.setCurrentIndex(view.source.findData("sn"))
    view.run_button.click()
    qtbot.waitUntil(lambda: view.plan is not None, timeout=15_000)
    target = tmp_path / "tong-hop.pdf"
    view.ask_save_path = lambda suggested, filters: target
    view.pdf_button.click()
    qtbot.waitUntil(lambda: view.last_export == target, timeout=30_000)
    pages = [page.extract_text() for page in pypdf.PdfReader(target).pages]
    first = " ".join(pages[0].split())
    assert first.startswith("Phụ lục") and "Tên đơn vị" in first, first[:300]  # the table
    assert "KẾ HOẠCH" not in first and "Tổng cộng" in " ".join(pages)
    assert not any(len(" ".join(p.split())) < 80 for p in pages), [p[:80] for p in pages]
