"""The index screens driven as a commune officer and a province officer use them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from keyboard import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from itplan_desktop.formats import dti_assessment_file
from itplan_desktop.gui.index.ranking import RankingWindow
from itplan_desktop.gui.index.self_assessment import (
    DENOMINATOR,
    DOC_DATE,
    DOC_NUMBER,
    LOST,
    POINTS,
    VALUE,
    SelfAssessmentWindow,
)
from itplan_desktop.services import dti

INDEX = dti.find_index("cds-xa-thanh-hoa")


@pytest.fixture
def screen(qtbot):
    window = SelfAssessmentWindow(INDEX)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_into(qtbot, window: SelfAssessmentWindow, code: str, column: int, text: str) -> None:
    """Select the cell, start editing with F2, type the text and press Enter."""
    table = window.table
    editing = QAbstractItemView.State.EditingState
    table.setCurrentCell(window.rows[code], column)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.state() == editing, timeout=2000)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != editing, timeout=2000)


def test_typed_values_score_live_and_save_a_file_that_reads_back(qtbot, screen, tmp_path, shot):
    type_text(screen.unit_code, "16279")
    type_text(screen.unit_name, "xã Như Xuân")
    type_into(qtbot, screen, "A.1", VALUE, "có")
    type_into(qtbot, screen, "A.1", DOC_NUMBER, "12/KH-UBND")
    type_into(qtbot, screen, "A.1", DOC_DATE, "15/1/2026")
    type_into(qtbot, screen, "A.2", VALUE, "18")
    type_into(qtbot, screen, "A.2", DENOMINATOR, "20")
    type_into(qtbot, screen, "B.2", VALUE, "150")
    row = screen.rows["A.2"]
    assert screen.table.item(row, POINTS).text() == "90"
    assert screen.table.item(row, LOST).text() == "10"
    assert screen.table.item(screen.rows["B.2"], POINTS).text() == "45"
    assert screen.total.text().startswith("Tổng điểm: 165 / 1.000")
    assert "0,1650" in screen.total.text()

    evidence = tmp_path / "ke-hoach-12.pdf"
    evidence.write_bytes(b"%PDF-1.4 ke hoach")
    screen.attach_path("A.1", evidence)
    assert "ke-hoach-12.pdf" in screen.table.item(screen.rows["A.1"], 8).text()
    shot(screen, "index_self_assessment")

    target = tmp_path / "16279-2026.itplan-assessment.json"
    screen.save_to(target)
    saved = dti_assessment_file.loads(target.read_text(encoding="utf-8"))
    assert saved.unit_code == "16279" and saved.period == 2026
    a1 = saved.entry("A.1")
    assert a1.value.yes is True
    assert a1.evidence.document_number == "12/KH-UBND"
    assert str(a1.evidence.document_date) == "2026-01-15"
    assert saved.attachments[0].content == b"%PDF-1.4 ke hoach"
    assert saved.entry("A.2").value.numerator == Decimal(18)

    again = SelfAssessmentWindow(INDEX, saved)
    qtbot.addWidget(again)
    assert again.total.text() == screen.total.text()
    assert again.table.item(again.rows["A.2"], DENOMINATOR).text() == "20"


def test_a_refused_value_stays_as_typed_in_red_and_scores_nothing(qtbot, screen):
    type_into(qtbot, screen, "A.2", VALUE, "25")
    type_into(qtbot, screen, "A.2", DENOMINATOR, "20")
    cell = screen.table.item(screen.rows["A.2"], VALUE)
    assert cell.text() == "25"
    assert "lớn hơn mẫu số" in cell.toolTip()
    assert "lớn hơn mẫu số" in screen.status.text()
    assert screen.table.item(screen.rows["A.2"], POINTS).text() == "0"
    type_into(qtbot, screen, "A.1", VALUE, "chắc có")
    assert "“có” hoặc “không”" in screen.status.text()
    type_into(qtbot, screen, "A.1", DOC_DATE, "31/2/2026")
    assert "không phải là ngày" in screen.status.text()
    type_into(qtbot, screen, "A.2", VALUE, "15")
    assert screen.table.item(screen.rows["A.2"], POINTS).text() == "75"
    assert "lớn hơn mẫu số" not in screen.status.text()


def test_only_value_and_evidence_cells_are_editable(screen):
    table = screen.table
    row = screen.rows["A.1"]  # yes/no: no denominator
    assert not table.item(row, DENOMINATOR).flags() & Qt.ItemFlag.ItemIsEditable
    assert not table.item(row, POINTS).flags() & Qt.ItemFlag.ItemIsEditable
    assert table.item(screen.rows["A.2"], DENOMINATOR).flags() & Qt.ItemFlag.ItemIsEditable
    assert table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers


def sample_assessments(tmp_path: Path, qtbot) -> list:
    assessments = []
    for code, name, share, internet in (
        ("16279", "xã Như Xuân", "18", "150"),
        ("16282", "xã Thượng Ninh", "20", "300"),
        ("16285", "xã Xuân Bình", "10", "40"),
    ):
        window = SelfAssessmentWindow(INDEX)
        qtbot.addWidget(window)
        window.unit_code.setText(code)
        window.unit_name.setText(name)
        window.table.item(window.rows["A.2"], VALUE).setText(share)
        window.table.item(window.rows["A.2"], DENOMINATOR).setText("20")
        window.table.item(window.rows["B.2"], VALUE).setText(internet)
        assessments.append(window.assessment())
    return assessments


def test_province_ranking_and_heat_map(qtbot, tmp_path, shot):
    window = RankingWindow(INDEX, sample_assessments(tmp_path, qtbot))
    qtbot.addWidget(window)
    window.resize(1366, 600)
    window.show()
    qtbot.waitExposed(window)
    table = window.table
    ranking = [
        (table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    ]
    assert ranking == [
        ("1", "xã Thượng Ninh", "170"),
        ("2", "xã Như Xuân", "135"),
        ("3", "xã Xuân Bình", "50"),
    ]
    shot(window, "index_ranking")
    window.tabs.setCurrentIndex(1)
    heat = window.heat
    assert heat.item(0, 0).text() == "63 %"  # 100 of 160 points of group A
    assert heat.item(0, 1).text() == "37 %"  # 70 of 190 points of group B
    red = heat.item(2, 2).background().color()
    green_ish = heat.item(0, 0).background().color()
    assert red.hueF() < green_ish.hueF()
    shot(window, "index_heat_map")


def test_self_assessment_report_from_the_screen(qtbot, screen, tmp_path):
    import subprocess

    type_text(screen.unit_code, "16174")
    type_text(screen.unit_name, "xã Như Xuân")
    screen.table.item(screen.rows["A.1"], VALUE).setText("có")
    target = tmp_path / "bao-cao.pdf"
    screen.export_report_to(target)
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "ỦY BAN NHÂN DÂN" in text and "XÃ NHƯ XUÂN" in text
    assert "BÁO CÁO" in text and "Như Xuân, ngày" in text
    assert "Tổng điểm tự đánh giá: 30/1.000" in " ".join(text.split())
