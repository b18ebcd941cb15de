"""The index jobs from the main window's menu: a commune assesses itself and saves the file,
the province ranks the folder of files and exports the decision; language switch and back."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from keyboard import type_text
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from itplan_desktop.app import ensure_database
from itplan_desktop.gui import i18n
from itplan_desktop.gui.application import make_application
from itplan_desktop.gui.index.self_assessment import DENOMINATOR, VALUE


@pytest.fixture
def window(qtbot, tmp_path: Path):
    from itplan_desktop.gui.shell.main_window import MainWindow

    make_application()
    i18n.set_language("vi")
    db = ensure_database(tmp_path / "demo.sqlite")
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    db.close()
    i18n.set_language("vi")


def pick_sample_index(monkeypatch):
    def get_item(parent, title, label, items, current, editable):
        return next(i for i in items if "cấp xã (mẫu)" in i), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))


def trigger(window, key: str) -> None:
    action = window.menus.actions[key]
    assert action.isEnabled()
    action.trigger()


def test_assess_save_rank_and_export_from_the_menu(qtbot, window, monkeypatch, tmp_path):
    pick_sample_index(monkeypatch)
    folder = tmp_path / "nhan"
    folder.mkdir()
    for code, name, done in (("16279", "xã Thanh Quân", "18"), ("16282", "xã Thanh Phong", "20")):
        trigger(window, "index_self_assess")
        screen = window.index_actions.open_windows[-1]
        assert screen.isVisible() and screen.width() <= 1366
        type_text(screen.unit_code, code)
        type_text(screen.unit_name, name)
        screen.table.item(screen.rows["A.2"], VALUE).setText(done)
        screen.table.item(screen.rows["A.2"], DENOMINATOR).setText("20")
        target = folder / f"{code}-2026.itplan-assessment.json"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, t=target, **k: (str(t), ""))
        )
        screen.save_button.click()
        assert target.is_file()
        assert "Đã lưu" in screen.status.text()
    (folder / "hong.itplan-assessment.json").write_text("{not json", encoding="utf-8")
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text))
    )
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    trigger(window, "index_rank")
    assert told and "hong.itplan-assessment.json" in told[0]
    ranking = window.index_actions.open_windows[-1]
    assert ranking.objectName() == "ranking"
    names = [ranking.table.item(r, 1).text() for r in range(ranking.table.rowCount())]
    # kept beside the demo database's three communes, ranked among them
    assert len(names) == 5 and names.index("xã Thanh Phong") < names.index("xã Thanh Quân")

    pdf = tmp_path / "quyet-dinh.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), ""))
    )
    ranking.export_pdf_button.click()
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "QUYẾT ĐỊNH" in text and "xã Thanh Phong" in text
    assert "TỈNH THANH HÓA" in text  # the demo database's province issues the decision


def test_menu_and_open_windows_follow_the_language(qtbot, window, monkeypatch):
    pick_sample_index(monkeypatch)
    trigger(window, "index_self_assess")
    screen = window.index_actions.open_windows[-1]
    assert window.index_actions.menu.title() == "Chỉ số &CĐS"
    i18n.set_language("en")
    QApplication.processEvents()
    assert window.menus.actions["index_rank"].text() == "&Rank the units…"
    assert screen.save_button.text() == "Save assessment file…"
    assert screen.table.horizontalHeaderItem(VALUE).text() == "Value / numerator"
    i18n.set_language("vi")
    QApplication.processEvents()
    assert screen.save_button.text() == "Lưu tệp tự đánh giá…"


def test_province_checks_a_value_and_the_ranking_follows(
    qtbot, window, monkeypatch, tmp_path, shot
):
    """The demo database's three communes: the province corrects xã Xuân Bình's A.2 (16/20 →
    10/20) with a reason; Xuân Bình falls below Như Xuân; the unit's own value stays."""
    from itplan_desktop.gui.index.review import CORRECTED, REASON
    from itplan_desktop.gui.index.review import VALUE as SENT
    from itplan_desktop.services import dti

    pick_sample_index(monkeypatch)
    samples = tmp_path / "nhan"
    samples.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(samples))
    )
    from dataclasses import replace

    kept = dti.stored_assessment(window.db, "cds-xa-thanh-hoa", "16177", 2026)
    dti.save_assessment(window.db, replace(kept, period=2025, entries=kept.entries[:3]))
    trigger(window, "index_rank")  # nothing new in the folder: the kept 2026 assessments
    ranking = window.index_actions.open_windows[-1]
    last = ranking.table.columnCount() - 1
    assert ranking.table.horizontalHeaderItem(last).text() == "So với năm 2025"
    assert (
        ranking.table.item(0, last).text() == "+681,17 điểm; hạng 1 → 1"
    )  # 821,17 against 140 (A.1-A.3 only)
    assert ranking.table.item(1, last).text() == ""
    names = [ranking.table.item(r, 1).text() for r in range(ranking.table.rowCount())]
    assert names == ["xã Xuân Bình", "xã Như Xuân", "xã Thượng Ninh"]
    ranking.table.selectRow(0)
    ranking.review_button.click()
    review = ranking.open_review
    row = review.rows["A.2"]
    assert review.table.item(row, SENT).text() == "16/20"
    assert review.attachment_path("A.2").read_bytes().startswith("Báo cáo".encode())
    review.table.item(row, CORRECTED).setText("10/20")
    review.save_button.click()
    assert "hãy ghi lý do" in review.status.text()
    assert review.table.item(row, CORRECTED).background().color().name() == "#f8d7da"
    review.table.item(row, REASON).setText("Biên bản kiểm tra: 10 nhiệm vụ đúng hạn")
    review.save_button.click()
    assert review.status.text() == "Đã lưu kết quả thẩm định."
    names = [ranking.table.item(r, 1).text() for r in range(ranking.table.rowCount())]
    assert names == ["xã Như Xuân", "xã Xuân Bình", "xã Thượng Ninh"]

    kept = dti.stored_assessment(window.db, "cds-xa-thanh-hoa", "16177", 2026)
    entry = kept.entry("A.2")
    assert entry.value.numerator == 16 and entry.scored_value.numerator == 10
    assert entry.correction.reason.startswith("Biên bản")
    shot(review, "index_review")


def test_values_already_in_the_kpi_tracker_are_offered(qtbot, window, monkeypatch):
    """xã Như Xuân's 2026 plan tracks "máy tính nối mạng" (38/40) and "văn bản ký số" (92 %):
    the self-assessment offers them for B.1 and C.1 and keeps what the officer typed."""
    from decimal import Decimal

    from itplan_desktop.domain import PlanKind
    from itplan_desktop.domain.indicator import Indicator, IndicatorKind, Observation
    from itplan_desktop.services.plan_creation import NewPlan, create_plan
    from itplan_desktop.services.plan_editing import INDICATORS, PlanEditor

    uuid = create_plan(window.db, NewPlan("16174", PlanKind.ANNUAL, 2026, 2026))
    editor = PlanEditor(window.db, uuid)
    computers = Indicator(
        "Tỷ lệ máy tính", IndicatorKind.PERCENT_RATIO, catalogue_code="ht.computers"
    )
    signed = Indicator("Văn bản ký số", IndicatorKind.PERCENT, catalogue_code="ud.signed_documents")
    editor.plan.indicators += [computers, signed]
    editor.plan.observations += [
        Observation(
            computers.uuid, "16174", "2026", numerator=Decimal(38), denominator=Decimal(40)
        ),
        Observation(signed.uuid, "16174", "2026", value=Decimal(92)),
        Observation(signed.uuid, "16174", "2025", value=Decimal(50)),
    ]
    editor.touch(INDICATORS)
    editor.save()

    pick_sample_index(monkeypatch)
    trigger(window, "index_self_assess")
    screen = window.index_actions.open_windows[-1]
    assert screen.offer_button.isVisibleTo(screen)
    type_text(screen.unit_code, "16174")
    screen.table.item(screen.rows["C.1"], VALUE).setText("90")
    screen.table.item(screen.rows["C.1"], DENOMINATOR).setText("100")
    screen.offer_button.click()
    assert screen.table.item(screen.rows["B.1"], VALUE).text() == "38"
    assert screen.table.item(screen.rows["B.1"], DENOMINATOR).text() == "40"
    assert screen.table.item(screen.rows["C.1"], VALUE).text() == "90"  # typed: kept
    assert "Đã lấy 1 giá trị" in screen.status.text()


def test_index_editor_from_the_menu_follows_the_language(qtbot, window, monkeypatch):
    pick_sample_index(monkeypatch)
    trigger(window, "index_edit")
    editor = window.index_actions.open_windows[-1]
    assert editor.objectName() == "index_editor" and editor.width() <= 1366
    assert editor.publish_button.isVisible() and editor.index.code == "cds-xa-thanh-hoa"
    i18n.set_language("en")
    QApplication.processEvents()
    assert window.menus.actions["index_edit"].text() == "&Edit and publish the index…"
    assert editor.publish_button.text() == "Publish to the units…"
    assert editor.indicator_form.labels[2].text() == "Maximum points:"
    i18n.set_language("vi")
    QApplication.processEvents()
    assert editor.publish_button.text() == "Công bố cho các đơn vị…"


def test_a_new_index_starts_empty_issued_by_the_database_province(qtbot, window, monkeypatch):
    def get_item(parent, title, label, items, current, editable):
        return next(i for i in items if "mới (trống)" in i), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    trigger(window, "index_edit")
    editor = window.index_actions.open_windows[-1]
    index = editor.index
    assert index.name == "Bộ chỉ số mới" and [g.code for g in index.groups] == ["A"]
    assert [i.code for i in index.indicators] == ["A.1"]
    assert index.issued_by.startswith("Ủy ban nhân dân tỉnh")
    editor.stack.setClean()
