"""The index editor driven as a province officer uses it: rename an indicator in Vietnamese,
type points (a refused figure stays red with its message), change the rule and its
parameters, add a group and an indicator, undo and redo, export and reopen the file, keep it
in the database and publish it — the bundle's size shown before it is saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from keyboard import type_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from itplan_desktop.domain.dti_index import EvidenceKind, RuleKind
from itplan_desktop.formats import dti_index_file
from itplan_desktop.gui.index.index_editor import IndexEditorWindow
from itplan_desktop.services import dti
from itplan_desktop.services import exchange as ex
from itplan_desktop.services.dti_exchange import publication
from itplan_desktop.store.database import open_database

INDEX = dti.find_index("cds-xa-thanh-hoa")


@pytest.fixture
def province_db(tmp_path: Path):
    db = open_database(tmp_path / "tinh.sqlite")
    yield db
    db.close()


@pytest.fixture
def editor(qtbot, province_db):
    window = IndexEditorWindow(INDEX, db=province_db)
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # closing after the test
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def select(editor: IndexEditorWindow, kind: str, code: str) -> None:
    tree = editor.tree
    for n in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(n)
        items = [group] + [group.child(k) for k in range(group.childCount())]
        for item in items:
            if item.data(0, Qt.ItemDataRole.UserRole + 1) == [kind, code]:
                tree.setCurrentItem(item)
                return
    raise AssertionError(f"{kind} {code} not in the tree")


def retype(qtbot, field: QLineEdit, text: str) -> None:
    """Select what the field holds, type `text` over it and press Enter."""
    field.setFocus()
    field.selectAll()
    type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def undo(qtbot, editor: IndexEditorWindow) -> None:
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot, editor: IndexEditorWindow) -> None:
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)


def test_edit_indicator_fields_with_messages_on_the_field_and_undo(qtbot, editor):
    form = editor.indicator_form
    select(editor, "indicator", "B.2")
    retype(qtbot, form.name, "Tốc độ Internet cáp quang của trụ sở UBND xã (Mbps)")
    assert editor.index.indicator("B.2").name.startswith("Tốc độ Internet cáp quang")
    assert editor.tree.currentItem().text(1).startswith("Tốc độ Internet cáp quang")

    retype(qtbot, form.points, "bảy mươi")
    error = form.error_labels[form.points]
    assert error.isVisible() and "không phải là một số" in error.text()
    assert form.points.text() == "bảy mươi"  # kept as typed
    assert editor.index.indicator("B.2").max_points == Decimal(70)
    retype(qtbot, form.points, "60")  # below the highest threshold (70): refused
    assert "ngưỡng" in error.text() and editor.index.indicator("B.2").max_points == 70
    retype(qtbot, form.points, "75,5")
    assert not error.isVisible() and editor.index.indicator("B.2").max_points == Decimal("75.5")
    assert "1.005,5" in editor.total.text()

    # thresholds: a lower one than the row above is refused on the table
    steps = form.steps
    steps.item(1, 0).setText("40")
    assert "dòng 2" in form.error_labels[steps].text()
    steps.item(1, 0).setText("150")
    rule = editor.index.indicator("B.2").rule
    assert [s.at_least for s in rule.steps] == [50, 150, 300]
    steps.item(3, 0).setText("500")
    steps.item(3, 1).setText("75,5")
    assert len(editor.index.indicator("B.2").rule.steps) == 4

    # undo: the thresholds, then the points, then the name; redo brings the points back
    for _ in range(2):
        undo(qtbot, editor)
    assert editor.index.indicator("B.2").max_points == Decimal("75.5")
    undo(qtbot, editor)
    assert editor.index.indicator("B.2").max_points == Decimal(70)
    assert form.points.text() == "70"
    redo(qtbot, editor)
    assert editor.index.indicator("B.2").max_points == Decimal("75.5")
    undo(qtbot, editor)
    undo(qtbot, editor)
    assert editor.index == INDEX

    # the rule: a count needs a target above 0; evidence, source and verifier
    select(editor, "indicator", "A.1")
    form.rule.setCurrentIndex(form.rule.findData(RuleKind.COUNT.value))
    form.rule.activated.emit(form.rule.currentIndex())
    assert editor.index.indicator("A.1").rule.kind is RuleKind.COUNT
    assert form.target.isVisible() and not form.steps.isVisible()
    retype(qtbot, form.target, "0")
    assert "lớn hơn 0" in form.error_labels[form.target].text()
    retype(qtbot, form.target, "24")
    assert editor.index.indicator("A.1").rule.target == 24
    qtbot.mouseClick(form.evidence[EvidenceKind.FILE], Qt.MouseButton.LeftButton)
    assert EvidenceKind.FILE in editor.index.indicator("A.1").evidence
    retype(qtbot, form.verified_by, "Văn phòng HĐND và UBND xã")
    assert editor.index.indicator("A.1").verified_by == "Văn phòng HĐND và UBND xã"
    retype(qtbot, form.code, "A.2")
    assert "đã được dùng" in form.error_labels[form.code].text()
    retype(qtbot, form.code, "A.1a")
    assert editor.index.has_indicator("A.1a") and not editor.index.has_indicator("A.1")
    assert editor.selection() == ("indicator", "A.1a")


def test_add_group_and_indicator_export_reopen_save_and_publish(
    qtbot, editor, province_db, tmp_path, monkeypatch, shot
):
    qtbot.mouseClick(editor.add_group_button, Qt.MouseButton.LeftButton)
    assert editor.selection() == ("group", "G")
    retype(qtbot, editor.group_form.name, "Nhân lực số")
    qtbot.mouseClick(editor.add_indicator_button, Qt.MouseButton.LeftButton)
    assert editor.selection() == ("indicator", "G.1")
    form = editor.indicator_form
    retype(qtbot, form.name, "Tỷ lệ cán bộ được bồi dưỡng kỹ năng số")
    form.rule.setCurrentIndex(form.rule.findData(RuleKind.RATIO.value))
    form.rule.activated.emit(form.rule.currentIndex())
    retype(qtbot, form.points, "50")
    retype(qtbot, editor.header.version, "2")
    retype(qtbot, editor.header.year, "20266")
    assert "2000–2100" in editor.header.error_labels[editor.header.year].text()
    index = editor.index
    assert [g.name for g in index.groups][-1] == "Nhân lực số"
    assert index.indicator("G.1").rule.kind is RuleKind.RATIO and index.max_points == 1050
    assert index.version == 2 and index.year == 2026
    select(editor, "indicator", "G.1")
    shot(editor, "index_editor")

    out = tmp_path / "chi-so-v2.itplan-index.json"
    editor.export_to(out)
    assert dti_index_file.read_index(out) == index
    editor.open_path(_shipped_file(tmp_path))
    assert editor.index.code == "dti-tinh"
    undo(qtbot, editor)
    assert editor.index == index

    assert editor.save()
    assert dti.stored_index(province_db, INDEX.code).version == 2

    dialog = editor.publish()
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.province.setText("38")
    dialog.province.editingFinished.emit()
    dialog.deadline.setDate(QDate(2027, 1, 15))
    summary = dialog.summary.text()
    assert "Thanh Hóa" in summary and "Dung lượng tệp gửi" in summary and "15/01/2027" in summary
    shot(dialog, "index_publish")
    target = tmp_path / "cong-bo.itplan-bundle"
    dialog.ask_save_path = lambda suggested: target
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
    assert dialog.saved.size == target.stat().st_size == dialog.prepared.size
    dialog.close()

    monkeypatch.setenv("ITPLAN_DATA_DIR", str(tmp_path / "home-xa"))
    commune = open_database(tmp_path / "xa.sqlite")
    try:
        [outcome] = ex.import_bundles(commune, [target], confirm_unsigned=True)
        assert outcome.written, outcome.text
        kept = dti.stored_index(commune, INDEX.code)
        assert kept == index
        assert publication(commune, kept).deadline == date(2027, 1, 15)
    finally:
        commune.close()


def _shipped_file(tmp_path: Path) -> Path:
    path = tmp_path / "dti-tinh.itplan-index.json"
    path.write_text(dti_index_file.dumps(dti.find_index("dti-tinh")), encoding="utf-8")
    return path


def test_closing_with_unsaved_edits_asks_and_nothing_is_lost(qtbot, editor, province_db):
    select(editor, "indicator", "A.3")
    retype(qtbot, editor.indicator_form.points, "35")
    asked = []
    editor.ask_unsaved = lambda: asked.append(1) or QMessageBox.StandardButton.Cancel
    editor.close()
    assert asked and editor.isVisible()  # stayed open, the edit still there
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Save
    editor.close()
    assert not editor.isVisible()
    assert dti.stored_index(province_db, INDEX.code).indicator("A.3").max_points == 35


def test_quitting_the_program_asks_for_the_open_index_editor(qtbot, province_db):
    """Ctrl+Q with an index edited but not stored: the editor asks; "stay" keeps the program
    open with the edit, "save" stores it and the program closes."""
    from itplan_desktop.gui.application import make_application
    from itplan_desktop.gui.shell.main_window import MainWindow

    make_application()
    main = MainWindow(province_db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    editor = main.index_actions.edit_index(INDEX)
    qtbot.waitExposed(editor)
    select(editor, "indicator", "A.3")
    retype(qtbot, editor.indicator_form.points, "35")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    editor.ask_unsaved = lambda: answers.pop(0)
    main.close()
    assert main.isVisible() and editor.isVisible()  # stayed, the edit still there
    main.close()
    assert not main.isVisible() and not answers
    assert dti.stored_index(province_db, INDEX.code).indicator("A.3").max_points == 35
