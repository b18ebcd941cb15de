"""Interface language: our catalogues (itplan_vi/en.qm) and the Vietnamese catalogue of
Qt's own buttons and dialogs (qtbase_vi.qm, which Qt does not ship), switched live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from .. import messages
from ..paths import translations_dir

LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []


def catalogues(language: str) -> list[Path]:
    """The .qm files of a language, in the order they are installed."""
    folder = translations_dir()
    names = ["qtbase_vi.qm", "itplan_vi.qm"] if language == "vi" else ["itplan_en.qm"]
    return [folder / name for name in names]


def set_language(language: str) -> None:
    """Install the catalogues of `language`; every widget receives a LanguageChange event
    and retranslates itself. Service messages (findings) follow the same language."""
    if language not in LANGUAGES:
        raise ValueError(language)
    app = QCoreApplication.instance()
    assert app is not None
    _current[0] = language  # before the LanguageChange events: handlers ask for it
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for path in catalogues(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    messages.set_language(language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # retranslate now
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )


_current = ["vi"]


def current_language() -> str:
    return _current[0]
