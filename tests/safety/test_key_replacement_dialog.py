"""Issue 17, finding 6 in the key dialog: a different key over a registered one is asked a
second time, with both fingerprints; "no" keeps the old key."""

from __future__ import annotations

from bundle_fixtures import province_database

from itplan_desktop.formats import bundle_keys as keys
from itplan_desktop.gui import i18n
from itplan_desktop.gui.application import make_application
from itplan_desktop.services import exchange as ex


def test_replacing_a_key_in_the_dialog_asks_with_both_fingerprints(qtbot, tmp_path):
    from itplan_desktop.gui.exchange.keys import KeysDialog

    make_application()
    i18n.set_language("vi")
    db = province_database(tmp_path / "p.sqlite")
    files, prints = [], []
    for name in ("first", "second"):
        raw = keys.public_key_bytes(keys.load_or_create_private_key(tmp_path / name))
        files.append(keys.export_public_key(tmp_path / f"{name}.itplan-key", "402", "NX", raw))
        prints.append(keys.fingerprint(raw))
    dialog = KeysDialog(db, "38")
    qtbot.addWidget(dialog)
    dialog.district.setCurrentIndex(dialog.district.findData("402"))
    dialog.confirm_fingerprint = lambda org, fp: True
    replace_asked: list[tuple[str, str]] = []
    answer = [False]
    dialog.confirm_replace = lambda org, old, new: replace_asked.append((old, new)) or answer[0]
    dialog.ask_open_path = lambda: files[0]
    dialog.register_button.click()
    assert replace_asked == [] and ex.registered_fingerprint(db, "402") == prints[0]
    dialog.ask_open_path = lambda: files[1]
    dialog.register_button.click()  # asked, and "no"
    assert replace_asked == [(prints[0], prints[1])]
    assert ex.registered_fingerprint(db, "402") == prints[0]
    answer[0] = True
    dialog.register_button.click()
    assert ex.registered_fingerprint(db, "402") == prints[1]
    db.close()
