"""Issue 17, keys: a clerk protects the signing key with a passphrase from "Khóa trao đổi…",
and the next session asks for it (once) before anything is signed; a wrong one is said in
the dialog, which stays open. Typed as a clerk types, in Vietnamese."""

from __future__ import annotations

from keyboard import type_text
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from itplan_desktop.formats import bundle_keys as keys

PASSPHRASE = "Mật khẩu của xã Như Thanh"


def test_protect_the_key_then_the_next_session_asks_before_signing(
    plan_window, qtbot, monkeypatch, doc_shot, fits_screen
):
    from itplan_desktop.gui.exchange.key_passphrase import SetPassphraseDialog, UnlockKeyDialog

    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    window = plan_window
    window.menus.actions["exchange_keys"].trigger()
    dialog = window.exchange.keys_dialog
    qtbot.waitExposed(dialog)
    assert "chưa có mật khẩu" in dialog.protection_state.text()
    fingerprint = dialog.fingerprint.text()
    assert not dialog.unprotect_button.isVisible()
    dialog.protect_button.click()
    setter = dialog.passphrase_dialog
    assert isinstance(setter, SetPassphraseDialog)
    qtbot.waitExposed(setter)
    ok = setter.buttons.button(QDialogButtonBox.StandardButton.Ok)
    type_text(setter.first, "ngắn")
    assert "ít nhất 8 ký tự" in setter.message.text() and not ok.isEnabled()
    setter.first.clear()
    type_text(setter.first, PASSPHRASE)
    type_text(setter.second, PASSPHRASE[:-1])
    assert "chưa giống nhau" in setter.message.text() and not ok.isEnabled()
    type_text(setter.second, PASSPHRASE[-1])
    assert setter.message.text() == "" and ok.isEnabled()
    doc_shot(setter, "key_passphrase")
    ok.click()
    assert "được bảo vệ bằng mật khẩu" in dialog.protection_state.text()
    assert fingerprint in dialog.status.text()
    assert dialog.unprotect_button.isVisible()
    fits_screen(dialog)
    doc_shot(dialog, "keys_dialog")
    dialog.accept()
    assert keys.is_protected()

    keys._session.clear()  # the next session: the passphrase is not known yet
    asked: list[str] = []

    def answer(attempts: list[str]) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, UnlockKeyDialog):
            QTimer.singleShot(25, lambda: answer(attempts))
            return
        asked.append(box.message.text())
        box.passphrase.clear()
        type_text(box.passphrase, attempts.pop(0))
        box.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if attempts:
            QTimer.singleShot(0, lambda: answer(attempts))

    QTimer.singleShot(0, lambda: answer(["sai mật khẩu", PASSPHRASE]))
    window.menus.actions["exchange_send"].trigger()
    assert asked == ["", "Mật khẩu không đúng; khóa vẫn bị khóa."]
    assert window.exchange.send_dialog is not None  # opened once the key was open
    window.exchange.send_dialog.reject()
    window.menus.actions["exchange_keys"].trigger()  # not asked a second time
    assert len(asked) == 2
    window.exchange.keys_dialog.accept()


def test_cancelling_the_passphrase_opens_nothing(plan_window, monkeypatch):
    from itplan_desktop.gui.exchange.key_passphrase import UnlockKeyDialog

    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    keys.protect_private_key(PASSPHRASE)
    keys._session.clear()

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, UnlockKeyDialog):
            box.reject()
        else:
            QTimer.singleShot(25, cancel)

    QTimer.singleShot(0, cancel)
    plan_window.menus.actions["exchange_send"].trigger()
    assert plan_window.exchange.send_dialog is None
    assert keys.is_locked()
