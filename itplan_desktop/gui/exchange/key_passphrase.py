"""The private key's passphrase in the window: asked once per session before anything is
signed, and set, changed or removed from the keys dialog. Over `services.key_protection`."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...messages import UserError
from ...services import key_protection


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _PassphraseDialog(QDialog):
    """Fields, a message line under them and OK/Cancel; `apply` decides whether to close."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def apply(self) -> None:
        raise NotImplementedError

    def say(self, text: str) -> None:
        self.message.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class UnlockKeyDialog(_PassphraseDialog):
    """Asks the passphrase; a wrong one is said under the field and the dialog stays open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockKeyDialog")
        self.passphrase = _password_field("keyPassphrase")
        self.label = QLabel()
        self.label.setBuddy(self.passphrase)
        self.form.addRow(self.label, self.passphrase)
        self.retranslate()

    def apply(self) -> None:
        try:
            key_protection.unlock_key(self.passphrase.text())
        except UserError as error:
            self.say(error.text)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mở khóa ký"))
        self.intro.setText(
            self.tr(
                "Khóa dùng để ký các tệp gửi đi được bảo vệ bằng mật khẩu. Hãy nhập mật khẩu "
                "(chỉ hỏi một lần cho đến khi đóng chương trình)."
            )
        )
        self.label.setText(self.tr("&Mật khẩu:"))


class SetPassphraseDialog(_PassphraseDialog):
    """A new passphrase typed twice, checked as it is typed (length, the two agree)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setPassphraseDialog")
        self.first = _password_field("newPassphrase")
        self.second = _password_field("repeatPassphrase")
        self.labels = [QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.first, self.second), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
            field.textChanged.connect(self._check)
        self.fingerprint = ""
        self.retranslate()
        self._check()

    def _problem(self) -> str:
        first, second = self.first.text(), self.second.text()
        if len(first) < key_protection.MIN_PASSPHRASE:
            return self.tr("Mật khẩu cần ít nhất %1 ký tự.").replace(
                "%1", str(key_protection.MIN_PASSPHRASE)
            )
        if second != first:
            return self.tr("Hai lần nhập mật khẩu chưa giống nhau.")
        return ""

    def _check(self) -> None:
        problem = self._problem()
        typed = bool(self.first.text() or self.second.text())
        self.say(problem if typed else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def apply(self) -> None:
        if self._problem():
            return
        try:
            self.fingerprint = key_protection.set_key_passphrase(
                self.first.text(), self.second.text()
            )
        except UserError as error:
            self.say(error.text)
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Đặt mật khẩu cho khóa ký"))
        self.intro.setText(
            self.tr(
                "Mật khẩu bảo vệ khóa ký khi máy tính bị người khác sử dụng. Khóa và dấu vân "
                "tay không đổi. Hãy ghi nhớ mật khẩu: không có nó thì máy này không ký được "
                "tệp gửi đi."
            )
        )
        self.labels[0].setText(self.tr("Mật khẩu &mới:"))
        self.labels[1].setText(self.tr("&Nhập lại:"))
        self._check()


def ensure_key_unlocked(parent: QWidget | None) -> bool:
    """True when the key can sign: not protected, already opened, or opened now at the
    prompt; False when the user cancels."""
    if not key_protection.key_is_locked():
        return True
    dialog = UnlockKeyDialog(parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
