"""Keys of the exchange: this installation's fingerprint (to read over the phone), export of
our public key for an organisation, and registration of a district's key file."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...formats.bundle_keys import PUBLIC_KEY_SUFFIX
from ...messages import UserError
from ..errors import error_text
from ..screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ...store.database import Database


class KeysDialog(QDialog):
    """File choices and the fingerprint check go through replaceable callables (tests)."""

    def __init__(self, db: Database, own_code: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keysDialog")
        self.db = db
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save
        self.ask_open_path: Callable[[], Path | None] = self._ask_open
        self.confirm_fingerprint: Callable[[str, str], bool] = self._confirm
        self.confirm_replace: Callable[[str, str, str], bool] = self._confirm_replace
        from ...services.exchange import own_fingerprint
        from ...services.plan_creation import list_organisations

        organisations = list_organisations(db)
        self.fingerprint = QLabel(own_fingerprint())
        self.fingerprint.setObjectName("ownFingerprint")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.8 if font.pointSizeF() > 0 else 18)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_note = QLabel()
        self.fingerprint_note.setWordWrap(True)
        self.own_org = QComboBox()
        self.district = QComboBox()
        for org in organisations:
            self.own_org.addItem(f"{org.code} — {org.name}", org.code)
            if org.parent_code is not None:
                self.district.addItem(f"{org.code} — {org.name}", org.code)
        if own_code is not None and self.own_org.findData(own_code) >= 0:
            self.own_org.setCurrentIndex(self.own_org.findData(own_code))
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_key)
        self.register_button = QPushButton()
        self.register_button.clicked.connect(self.register_key)
        self.protection_state = QLabel()
        self.protection_state.setObjectName("keyProtectionState")
        self.protection_state.setWordWrap(True)
        self.protect_button = QPushButton()
        self.protect_button.setObjectName("protectKeyButton")
        self.protect_button.clicked.connect(self.set_passphrase)
        self.unprotect_button = QPushButton()
        self.unprotect_button.setObjectName("unprotectKeyButton")
        self.unprotect_button.clicked.connect(self.remove_passphrase)
        self.confirm_unprotect: Callable[[], bool] = self._confirm_unprotect
        self.status = QLabel()
        self.status.setObjectName("keysStatus")
        self.status.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self._layout()
        self.retranslate()
        fit_to_screen(self, 560, 420)

    def _layout(self) -> None:
        self.own_box, self.register_box = QGroupBox(), QGroupBox()
        own = QVBoxLayout(self.own_box)
        own.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        own.addWidget(self.fingerprint_note)
        self.own_form = QFormLayout()
        self.form_labels = [QLabel(), QLabel()]
        self.own_form.addRow(self.form_labels[0], self.own_org)
        own.addLayout(self.own_form)
        own.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        self.protection_box = QGroupBox()
        protection = QVBoxLayout(self.protection_box)
        protection.addWidget(self.protection_state)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unprotect_button)
        buttons.addWidget(self.protect_button)
        protection.addLayout(buttons)
        other = QVBoxLayout(self.register_box)
        self.register_form = QFormLayout()
        self.register_form.addRow(self.form_labels[1], self.district)
        other.addLayout(self.register_form)
        other.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignRight)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_box)
        layout.addWidget(self.protection_box)
        layout.addWidget(self.register_box)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(bottom)

    # ------------------------------------------------------------ actions
    def _ask_save(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất khóa công khai"), str(Path.home() / suggested),
            self.tr("Tệp khóa (*.itplan-key)"),
        )  # fmt: skip
        return Path(name) if name else None

    def _ask_open(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp khóa của đơn vị"), "", self.tr("Tệp khóa (*.itplan-key)")
        )
        return Path(name) if name else None

    def _confirm(self, org: str, fingerprint: str) -> bool:
        text = self.tr(
            "Dấu vân tay của khóa: %1\n\nHãy gọi điện cho %2 và đọc đối chiếu từng nhóm ký tự. "
            "Đăng ký khóa này?"
        )
        answer = QMessageBox.question(
            self, self.tr("Đăng ký khóa"), text.replace("%1", fingerprint).replace("%2", org)
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_replace(self, org: str, old: str, new: str) -> bool:
        text = self.tr(
            "%1 đã có khóa đăng ký với dấu vân tay %2.\n\nKhóa mới có dấu vân tay %3.\n\n"
            "Chỉ thay khi đơn vị xác nhận qua điện thoại là đã đổi khóa. Thay khóa?"
        )
        answer = QMessageBox.warning(
            self,
            self.tr("Thay khóa đã đăng ký"),
            text.replace("%1", org).replace("%2", old).replace("%3", new),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_key(self) -> None:
        from ...services.exchange import export_own_key

        code = self.own_org.currentData()
        target = self.ask_save_path(f"{code}{PUBLIC_KEY_SUFFIX}")
        if target is None:
            return
        try:
            fingerprint = export_own_key(self.db, target, code)
        except (UserError, OSError) as error:
            self._say(error_text(error), error=True)
            return
        text = self.tr("Đã ghi khóa công khai vào “%1” (dấu vân tay %2). Gửi tệp này cho tỉnh.")
        self._say(text.replace("%1", str(target)).replace("%2", fingerprint))

    def register_key(self) -> None:
        from ...formats.bundle_keys import read_public_key_file
        from ...services.exchange import register_key_file, registered_fingerprint

        code = self.district.currentData()
        path = self.ask_open_path()
        if path is None or code is None:
            return
        try:
            key_file = read_public_key_file(path)
            org = self.district.currentText()
            if not self.confirm_fingerprint(org, key_file.fingerprint):
                return
            old = registered_fingerprint(self.db, code)
            replace = old is not None and old != key_file.fingerprint
            if replace and not self.confirm_replace(org, old or "", key_file.fingerprint):
                return
            register_key_file(self.db, path, code, replace=replace)
        except (UserError, OSError) as error:
            self._say(error_text(error), error=True)
            return
        text = self.tr("Đã đăng ký khóa %1 cho đơn vị %2.")
        self._say(
            text.replace("%1", key_file.fingerprint).replace("%2", self.district.currentText())
        )

    def set_passphrase(self) -> None:
        """Set or change the passphrase (the key is open: the dialog was opened after it)."""
        from .key_passphrase import SetPassphraseDialog

        dialog = SetPassphraseDialog(self)
        dialog.accepted.connect(lambda: self._passphrase_set(dialog.fingerprint))
        self.passphrase_dialog = dialog
        dialog.open()

    def _passphrase_set(self, fingerprint: str) -> None:
        self._show_protection()
        self._say(
            self.tr("Đã đặt mật khẩu cho khóa ký; dấu vân tay không đổi (%1).").replace(
                "%1", fingerprint
            )
        )

    def remove_passphrase(self) -> None:
        from ...services.key_protection import remove_key_passphrase

        if not self.confirm_unprotect():
            return
        try:
            remove_key_passphrase()
        except UserError as error:
            self._say(error_text(error), error=True)
            return
        self._show_protection()
        self._say(self.tr("Đã bỏ mật khẩu của khóa ký."))

    def _confirm_unprotect(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Bỏ mật khẩu"),
            self.tr(
                "Bỏ mật khẩu của khóa ký? Khi đó ai dùng được tài khoản máy tính này cũng ký "
                "được tệp gửi đi nhân danh đơn vị."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_protection(self) -> None:
        from ...services.key_protection import key_is_protected

        protected = key_is_protected()
        self.protection_state.setText(
            self.tr("Khóa ký được bảo vệ bằng mật khẩu.")
            if protected
            else self.tr(
                "Khóa ký chưa có mật khẩu: chỉ quyền truy cập tệp của tài khoản máy tính bảo vệ nó."
            )
        )
        self.protect_button.setText(
            self.tr("Đổi &mật khẩu…") if protected else self.tr("Đặt &mật khẩu…")
        )
        self.unprotect_button.setVisible(protected)

    def _say(self, text: str, error: bool = False) -> None:
        colour = "#b00020" if error else "#1b5e20"
        self.status.setText(f"<span style='color:{colour}'>{html.escape(text)}</span>")

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Khóa trao đổi"))
        self.own_box.setTitle(self.tr("Khóa của máy này"))
        self.protection_box.setTitle(self.tr("Mật khẩu của khóa"))
        self.unprotect_button.setText(self.tr("&Bỏ mật khẩu"))
        self._show_protection()
        self.register_box.setTitle(self.tr("Đăng ký khóa của đơn vị (phía tỉnh)"))
        self.fingerprint_note.setText(
            self.tr(
                "Dấu vân tay trên dùng để đọc đối chiếu qua điện thoại khi trao đổi khóa lần đầu. "
                "Mọi tệp gửi đi từ máy này đều được ký bằng khóa này."
            )
        )
        self.form_labels[0].setText(self.tr("Đơn vị:"))
        self.form_labels[1].setText(self.tr("Đơn vị gửi:"))
        self.export_button.setText(self.tr("&Xuất khóa công khai…"))
        self.register_button.setText(self.tr("Chọn tệp khóa và đăng &ký…"))
        self.close_button.setText(self.tr("Đóng"))
