"""Settings: the interface language (applied live, kept in QSettings), where the data and
the log file are. The form is `ui/settings_dialog.ui`."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from ...paths import log_dir
from .. import i18n, settings
from ..forms.ui_settings_dialog import Ui_SettingsDialog
from .logging_setup import LOG_NAME

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}  # each in its own language


class SettingsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        for code, name in LANGUAGE_NAMES.items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(
            self.ui.languageCombo.findData(i18n.current_language())
        )
        database = getattr(window, "db", None)
        self.ui.databasePath.setText(str(database.path) if database else "")
        self.ui.logPath.setText(str(log_dir() / LOG_NAME))

    def accept(self) -> None:
        language = self.ui.languageCombo.currentData()
        settings.set_language(language)
        if language != i18n.current_language():
            i18n.set_language(language)  # every window retranslates itself now
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
