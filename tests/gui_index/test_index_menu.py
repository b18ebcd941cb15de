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
    for code, name, done in (("16279", "xã Như Xuân", "18"), ("16282", "xã Thượng Ninh", "20")):
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
    assert [ranking.table.item(r, 1).text() for r in range(2)] == ["xã Thượng Ninh", "xã Như Xuân"]

    pdf = tmp_path / "quyet-dinh.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), ""))
    )
    ranking.export_pdf_button.click()
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "QUYẾT ĐỊNH" in text and "xã Thượng Ninh" in text
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
