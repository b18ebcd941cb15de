"""District → province through the screens: the send dialog shows the size before saving and
writes the bundle (and the .eml draft); the province's import dialog previews, asks for
confirmation of an unknown or unsigned sender, refuses a tampered file, applies, and sums up."""

from __future__ import annotations

from email import message_from_bytes
from pathlib import Path

import pytest
from exchange_gui_helpers import rewrite_bundle

from itplan_desktop.services import exchange as ex


def send(qtbot, window, target: Path, *, eml: bool = False, email: str = ""):
    """Open "Gửi lên tỉnh" on the open plan, save the bundle at `target`; the dialog."""
    window.exchange.send_to_province()
    dialog = window.exchange.send_dialog
    qtbot.waitExposed(dialog)
    dialog.ask_save_path = lambda suggested: target
    dialog.email.setText(email)
    dialog.eml.setChecked(eml)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
    return dialog


def open_import(qtbot, window, paths: list[Path]):
    window.exchange.import_bundles(paths)
    dialog = window.exchange.import_dialog
    qtbot.waitUntil(lambda: len(dialog.entries) == len(paths) and not dialog.loading, timeout=9000)
    return dialog


def apply(qtbot, dialog) -> None:
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.summary, timeout=15_000)


def test_send_shows_size_and_writes_bundle_and_draft(qtbot, make_window, district, tmp_path, shot):
    db, plan_uuid, _home = district
    window = make_window(db)
    window.open_plan(plan_uuid)
    window.exchange.send_to_province()
    dialog = window.exchange.send_dialog
    qtbot.waitExposed(dialog)
    assert dialog.prepared is not None
    size_before = dialog.prepared.size
    assert size_before < 1_000_000
    assert "KB" in dialog.summary.text() and "Như Xuân" in dialog.summary.text()
    scan = tmp_path / "ban-quet-co-chu-ky.pdf"
    scan.write_bytes(b"%PDF-1.4 scan" * 200)
    dialog.ask_open_paths = lambda: [scan]
    dialog.add_button.click()
    assert dialog.prepared.size > size_before  # the size follows what is added
    assert "1 tệp đính kèm" in dialog.summary.text()
    shot(dialog, "exchange_send")

    target = tmp_path / "out" / "nx.itplan-bundle"
    target.parent.mkdir()
    dialog.ask_save_path = lambda suggested: target
    dialog.email.setText("cntt@thanhhoa.gov.vn")
    dialog.eml.setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
    assert target.stat().st_size == dialog.saved.size
    assert "nx.itplan-bundle" in dialog.result_label.text()
    mail = message_from_bytes(dialog.saved.eml_path.read_bytes())
    assert mail["To"] == "cntt@thanhhoa.gov.vn"
    opened = []
    import itplan_desktop.gui.exchange.common as common

    common.open_url, saved = (lambda url: opened.append(url) or True), common.open_url
    try:
        assert dialog.folder_button.isEnabled()
        dialog.folder_button.click()
    finally:
        common.open_url = saved
    assert Path(opened[0].toLocalFile()) == target.parent
    shot(dialog, "exchange_send_saved")
    dialog.close()
    # the address is remembered for the next time
    window.exchange.send_to_province()
    assert window.exchange.send_dialog.email.text() == "cntt@thanhhoa.gov.vn"
    window.exchange.send_dialog.close()


def test_province_imports_registered_bundle_preview_apply_summary(
    qtbot, make_window, district, province, tmp_path, monkeypatch, shot
):
    d_db, plan_uuid, d_home = district
    p_db, p_home = province
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(d_home))
    window = make_window(d_db)
    window.open_plan(plan_uuid)
    bundle = tmp_path / "402.itplan-bundle"
    send(qtbot, window, bundle).close()
    ex.export_own_key(d_db, tmp_path / "402.itplan-key", "402")
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(p_home))
    ex.register_key_file(p_db, tmp_path / "402.itplan-key", "402")

    province_window = make_window(p_db)
    dialog = open_import(qtbot, province_window, [bundle])
    entry = dialog.entries[0]
    assert entry.preview is not None and not entry.preview.needs_confirmation
    assert not dialog.confirm.isVisible()
    assert "Như Xuân" in dialog.bundle_list.topLevelItem(0).text(2)
    assert entry.preview.fingerprint in dialog.info.text()
    assert dialog.changes.topLevelItem(0).text(0) == "Kế hoạch mới"
    shot(dialog, "exchange_import_preview")
    apply(qtbot, dialog)
    assert [o.status.value for o in dialog.outcomes] == ["applied"]
    assert dialog.summary.applied == 1
    assert "1 tệp đã nhập" in dialog.summary.counts.text()
    shot(dialog, "exchange_import_summary")
    from itplan_desktop.services.plans import list_plans

    assert plan_uuid in {p.uuid for p in list_plans(p_db)}

    # the same file again: nothing changes, and the summary says so
    dialog.accept()
    again = open_import(qtbot, province_window, [bundle])
    assert "đã được nhập" in again.changes.topLevelItem(0).text(0)
    apply(qtbot, again)
    assert [o.status.value for o in again.outcomes] == ["already_imported"]
    assert again.summary.applied == 0 and again.summary.unchanged == 1


def test_unsigned_needs_confirmation_and_tampered_is_refused(
    qtbot, make_window, district, province, tmp_path, monkeypatch, shot
):
    d_db, plan_uuid, _d_home = district
    p_db, p_home = province
    signed = tmp_path / "402.itplan-bundle"
    ex.export_bundle(d_db, plan_uuid, "plan_submission", signed)
    unsigned = rewrite_bundle(signed, tmp_path / "unsigned.itplan-bundle", drop="manifest.sig")
    tampered = rewrite_bundle(signed, tmp_path / "tampered.itplan-bundle", edit="Như Thanh")
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(p_home))
    window = make_window(p_db)
    dialog = open_import(qtbot, window, [unsigned, tampered])
    by_name = {e.path.name: e for e in dialog.entries}
    assert by_name["tampered.itplan-bundle"].refused
    assert "chữ ký" in by_name["tampered.itplan-bundle"].error.lower()
    assert by_name["unsigned.itplan-bundle"].preview.signature.value == "unsigned"
    # the unsigned file waits for the explicit confirmation
    assert not dialog.apply_button.isEnabled()
    dialog.bundle_list.setCurrentItem(dialog.bundle_list.topLevelItem(1))
    assert "Bị từ chối" in dialog.info.text()
    qtbot.wait(30)  # let the layout follow the new texts before the screenshot
    shot(dialog, "exchange_import_refused")
    dialog.bundle_list.setCurrentItem(dialog.bundle_list.topLevelItem(0))
    assert dialog.confirm.isVisible() and not dialog.confirm.isChecked()
    qtbot.wait(30)
    shot(dialog, "exchange_import_unsigned")
    dialog.confirm.setChecked(True)
    assert dialog.apply_button.isEnabled()
    apply(qtbot, dialog)
    statuses = {o.path.name: o.status.value for o in dialog.outcomes}
    assert statuses == {"unsigned.itplan-bundle": "applied"}
    texts = [dialog.summary.list.topLevelItem(i).text(1) for i in range(2)]
    assert texts == ["Đã nhập", "Bị từ chối"]
    assert dialog.summary.not_imported == 1
    shot(dialog, "exchange_import_summary_refused")


def test_dropping_a_folder_of_bundles_opens_the_import(
    qtbot, make_window, district, province, tmp_path, monkeypatch
):
    from PySide6.QtCore import QMimeData, QUrl

    d_db, plan_uuid, _d_home = district
    p_db, p_home = province
    folder = tmp_path / "attachments"
    folder.mkdir()
    ex.export_bundle(d_db, plan_uuid, "plan_submission", folder / "a.itplan-bundle")
    ex.export_bundle(d_db, plan_uuid, "progress_report", folder / "b.itplan-bundle")
    (folder / "note.txt").write_text("not a bundle")
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(p_home))
    window = make_window(p_db)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    assert window.exchange.import_dropped(mime)
    dialog = window.exchange.import_dialog
    qtbot.waitUntil(lambda: len(dialog.entries) == 2 and not dialog.loading, timeout=10_000)
    assert [e.path.name for e in dialog.entries] == ["a.itplan-bundle", "b.itplan-bundle"]


@pytest.mark.parametrize("keep", [True, False])
def test_conflict_offers_keep_mine_or_take_theirs(
    qtbot, make_window, district, province, tmp_path, monkeypatch, keep
):
    """The district edited its plan after the province's copy: a province bundle of the same
    plan is a conflict, and the district chooses."""
    d_db, plan_uuid, d_home = district
    p_db, p_home = province
    bundle = tmp_path / "402.itplan-bundle"
    ex.export_bundle(d_db, plan_uuid, "plan_submission", bundle)
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(p_home))
    ex.import_bundles(p_db, [bundle], confirm_unsigned=True)
    from itplan_desktop.services.plan_editing import PlanEditor

    editor = PlanEditor(p_db, plan_uuid)
    editor.plan.place = "Thanh Hóa (tỉnh sửa)"
    editor.touch("header")  # saving raises the revision (issue 17)
    editor.save()
    back = tmp_path / "back.itplan-bundle"
    ex.export_bundle(p_db, plan_uuid, "plan_submission", back)
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(d_home))
    window = make_window(d_db)
    dialog = open_import(qtbot, window, [back])
    entry = dialog.entries[0]
    assert entry.preview.plan_change.value == "conflict"
    assert dialog.keep_mine.isVisible() and dialog.keep_mine.isChecked()
    header = dialog.changes.topLevelItem(1)
    fields = {header.child(i).text(0): header.child(i).text(2) for i in range(header.childCount())}
    assert fields["Địa danh"] == "Thanh Hóa (tỉnh sửa)"
    if not keep:
        dialog.take_theirs.setChecked(True)
    dialog.confirm.setChecked(True)
    apply(qtbot, dialog)
    assert dialog.outcomes[0].status.value == ("kept_local" if keep else "applied")
