"""End-to-end fixtures: the real main window on a copy of the demo database, sized for the
smallest screen our users have (1366×768), driven with keys, clicks and typed Vietnamese.

Shared by every `tests/e2e/` file. Screenshots: `doc_shot(widget, name)` grabs a widget to
PNG; with ITPLAN_DOC_SCREENSHOTS=1 it writes docs/screenshots/<name>.png (the pictures the
docs and the user guide show), otherwise a temporary folder, so a normal run leaves the tree
clean but still renders every screen."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyboard import type_text

from itplan_desktop.app import ensure_database
from itplan_desktop.gui import i18n
from itplan_desktop.gui.application import make_application

NHU_XUAN = "698731bc-833f-5ad2-a3b3-3b7557414db6"
SCREEN_W, SCREEN_H = 1366, 768
DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="session")
def e2e_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database made once per session; each test works on its own copy."""
    path = tmp_path_factory.mktemp("e2e_demo") / "demo.sqlite"
    ensure_database(path).close()
    return path


@pytest.fixture
def e2e_db_path(tmp_path: Path, e2e_demo: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copy(e2e_demo, path)
    return path


@pytest.fixture
def e2e_db(e2e_db_path: Path):
    database = ensure_database(e2e_db_path)
    yield database
    database.close()


@pytest.fixture
def main_window(qtbot, e2e_db):
    """The main window in Vietnamese, 1366×768, shown; closed (and saved) at the end."""
    from itplan_desktop.gui.shell.main_window import MainWindow

    make_application()
    i18n.set_language("vi")
    win = MainWindow(e2e_db)
    qtbot.addWidget(win)
    win.resize(SCREEN_W, SCREEN_H)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    i18n.set_language("vi")


@pytest.fixture
def plan_window(main_window):
    """The main window with the Như Xuân plan (9 printed pages, two appendices) open."""
    main_window.open_plan(NHU_XUAN)
    assert main_window.workspace is not None
    return main_window


@pytest.fixture
def typist() -> Callable[[object, str], None]:
    return type_text


def shortcut(widget, sequence: str) -> None:
    """Press a key sequence ("Ctrl+Z") on `widget` as the keyboard would: shortcut override
    first, so a focused text field gets its chance, then the window's shortcuts."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = widget.window()
    if not window.isActiveWindow():  # offscreen: a closed modal box gives activation back
        window.activateWindow()  # to nobody, as no window manager does it
        QApplication.processEvents()
    if QApplication.focusWidget() is not widget and widget is not window:
        widget.setFocus()
    combo = QKeySequence(sequence)[0]
    QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())


@pytest.fixture
def press() -> Callable[[object, str], None]:
    return shortcut


@pytest.fixture
def doc_shot(tmp_path: Path) -> Iterator[Callable[[object, str], Path]]:
    """`doc_shot(widget, name)` -> the PNG written (see the module docstring)."""
    folder = DOCS_SCREENSHOTS if os.environ.get("ITPLAN_DOC_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)

    def grab(widget, name: str) -> Path:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        target = folder / f"{name}.png"
        assert widget.grab().save(str(target)), target
        return target

    yield grab


def answer_next_box(button: str = "yes", seen: list[str] | None = None) -> None:
    """Answer the next modal box or dialog when it opens (a message box by its button:
    "yes", "no", "ok", "cancel", "save", "discard"; any other dialog: accept or reject).
    Its text is appended to `seen`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    buttons = {
        "yes": QMessageBox.StandardButton.Yes,
        "no": QMessageBox.StandardButton.No,
        "ok": QMessageBox.StandardButton.Ok,
        "cancel": QMessageBox.StandardButton.Cancel,
        "save": QMessageBox.StandardButton.Save,
        "discard": QMessageBox.StandardButton.Discard,
    }

    def attempt(tries: int = 200) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):
            if seen is not None:
                seen.append(f"{widget.text()}\n{widget.informativeText()}")
            widget.button(buttons[button]).click()
        elif isinstance(widget, QDialog):
            if seen is not None:
                seen.append(widget.windowTitle())
            widget.accept() if button in ("yes", "ok", "save") else widget.reject()
        elif tries:
            QTimer.singleShot(25, lambda: attempt(tries - 1))

    QTimer.singleShot(0, attempt)


@pytest.fixture
def answer() -> Callable[..., None]:
    return answer_next_box


def assert_fits_screen(widget) -> None:
    """The widget's frame lies within 1366×768 and its minimum size allows it."""
    size = widget.frameGeometry().size()
    minimum = widget.minimumSizeHint()
    assert size.width() <= SCREEN_W and size.height() <= SCREEN_H, (widget, size)
    assert minimum.width() <= SCREEN_W and minimum.height() <= SCREEN_H, (widget, minimum)


@pytest.fixture
def fits_screen() -> Callable[[object], None]:
    return assert_fits_screen
