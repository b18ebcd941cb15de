"""The index bundles in the window: a commune types its assessment, attaches evidence and
sends it up (the bundle's size shown before saving); the province's import dialog shows
what it brings, file by file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from keyboard import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from itplan_desktop.gui.exchange.changes import fill_changes
from itplan_desktop.gui.index.self_assessment import DENOMINATOR, VALUE, SelfAssessmentWindow
from itplan_desktop.gui.index.send_assessment import SendAssessmentDialog
from itplan_desktop.services import dti, dti_exchange
from itplan_desktop.services import exchange as ex
from itplan_desktop.store.database import open_database

INDEX = dti.find_index("cds-xa-thanh-hoa")
SCAN = bytes(range(256)) * 64


@pytest.fixture
def commune_db(tmp_path: Path):
    db = open_database(tmp_path / "xa.sqlite")
    yield db
    db.close()


def test_commune_sends_its_assessment_with_evidence_and_sees_the_size(
    qtbot, commune_db, tmp_path, monkeypatch, shot
):
    # the province published the index with a deadline; the commune imported it
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(tmp_path / "home-tinh"))
    province_db = open_database(tmp_path / "tinh.sqlite")
    down = tmp_path / "chi-so.itplan-bundle"
    dti_exchange.export_index_bundle(
        province_db, INDEX, down, province="38", deadline=date(2026, 12, 15)
    )
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(tmp_path / "home-xa"))
    [outcome] = ex.import_bundles(commune_db, [down], confirm_unsigned=True)
    assert outcome.written, outcome.text

    screen = SelfAssessmentWindow(INDEX, db=commune_db)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.deadline.isVisible() and "15/12/2026" in screen.deadline.text()
    type_text(screen.unit_code, "16174")
    type_text(screen.unit_name, "xã Như Xuân")
    screen.table.item(screen.rows["A.2"], VALUE).setText("18")
    screen.table.item(screen.rows["A.2"], DENOMINATOR).setText("20")
    scan = tmp_path / "bao-cao.pdf"
    scan.write_bytes(SCAN)
    screen.attach_path("A.2", scan)

    assert screen.send_button.isVisible()
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(SendAssessmentDialog)
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=3000)
    summary = dialog.summary.text()
    assert "Dung lượng tệp gửi" in summary and "1 tệp" in summary, summary
    shot(dialog, "index_send_assessment")
    target = tmp_path / "gui-tu-danh-gia.itplan-bundle"
    dialog.ask_save_path = lambda suggested: target
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
    assert target.stat().st_size == dialog.prepared.size
    assert dialog.saved.size == target.stat().st_size
    dialog.close()

    # the province: the import dialog's tree names the unit, the year and the evidence file
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(tmp_path / "home-tinh"))
    preview = ex.preview_bundle(province_db, target)
    tree = QTreeWidget()
    tree.setColumnCount(3)
    qtbot.addWidget(tree)
    fill_changes(tree, preview)
    texts = [
        tree.topLevelItem(0).child(i).text(2) for i in range(tree.topLevelItem(0).childCount())
    ]
    assert "xã Như Xuân" in texts and "bao-cao.pdf (16,0 KB)" in texts and "2026" in texts
    [outcome] = ex.import_bundles(province_db, [target], confirm_unsigned=True)
    assert outcome.written, outcome.text
    kept = dti.stored_assessment(province_db, INDEX.code, "16174", 2026)
    assert kept is not None and kept.attachments[0].content == SCAN
    province_db.close()


def test_province_imports_the_assessment_through_the_import_dialog(
    qtbot, commune_db, tmp_path, monkeypatch, shot
):
    """The commune's bundle (a key not registered yet) in the main window's import dialog:
    previewed with its evidence file, confirmed, applied; the ranking then holds the unit."""
    from itplan_desktop.gui import i18n
    from itplan_desktop.gui.application import make_application
    from itplan_desktop.gui.shell.main_window import MainWindow

    monkeypatch.setenv("ITPLAN_DATA_DIR", str(tmp_path / "home-xa"))
    scan = tmp_path / "ke-hoach.pdf"
    scan.write_bytes(SCAN)
    screen = SelfAssessmentWindow(INDEX, db=commune_db)
    qtbot.addWidget(screen)
    type_text(screen.unit_code, "16174")
    type_text(screen.unit_name, "xã Như Xuân")
    screen.table.item(screen.rows["A.1"], VALUE).setText("có")
    screen.attach_path("A.1", scan)
    dti_exchange.keep_own_assessment(commune_db, INDEX, screen.assessment())
    bundle = tmp_path / "16174.itplan-bundle"
    dti_exchange.export_assessment_bundle(commune_db, INDEX.code, "16174", 2026, bundle)

    monkeypatch.setenv("ITPLAN_DATA_DIR", str(tmp_path / "home-tinh"))
    make_application()
    i18n.set_language("vi")
    province_db = open_database(tmp_path / "tinh.sqlite")
    window = MainWindow(province_db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.exchange.import_bundles([bundle])
        dialog = window.exchange.import_dialog
        qtbot.waitUntil(lambda: len(dialog.entries) == 1 and not dialog.loading, timeout=9000)
        entry = dialog.entries[0]
        assert entry.preview is not None and entry.preview.assessment is not None
        assert "1 tệp minh chứng" in entry.preview.summary()
        dialog.bundle_list.setCurrentItem(dialog.bundle_list.topLevelItem(0))
        assert dialog.confirm.isVisible() and not dialog.apply_button.isEnabled()
        dialog.confirm.setChecked(True)
        qtbot.wait(30)
        shot(dialog, "index_import_assessment")
        dialog.apply_button.click()
        qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.summary, timeout=15_000)
        assert [o.status.value for o in dialog.outcomes] == ["applied"]
        _index, ranked, names = dti.province_ranking(province_db, INDEX.code, 2026)
        assert [r.score.unit_code for r in ranked] == ["16174"] and names["16174"] == "xã Như Xuân"
        kept = dti.stored_assessment(province_db, INDEX.code, "16174", 2026)
        assert kept.attachments[0].content == SCAN and kept.attachments[0].name == "ke-hoach.pdf"
        dialog.close()
    finally:
        window.close()
        province_db.close()
