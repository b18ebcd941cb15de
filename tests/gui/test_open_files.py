"""Files handed to `itplan-desktop FILE…` (Explorer's "Open with") and the About box."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

import pytest

from itplan_desktop import __version__
from itplan_desktop.domain import walk_sections
from itplan_desktop.formats.plan_file import dumps, loads, read_plan_file
from itplan_desktop.paths import samples_dir


def _renumbered_sample(tmp_path: Path) -> tuple[Path, str]:
    """The Như Xuân sample as a new plan (fresh UUID), so importing it adds a plan."""
    document = read_plan_file(samples_dir() / "nhu_xuan_2016_2020.itplan.json")
    # a new plan: new identifiers for it and everything in it
    text = dumps(document)
    for old in {
        document.plan.uuid,
        *(a.uuid for a in document.plan.appendices),
        *(r.uuid for a in document.plan.appendices for r in a.rows),
        *(s.uuid for _d, s in walk_sections(document.plan.sections)),
        *(i.uuid for i in document.plan.indicators),
    }:
        text = text.replace(old, str(uuid4()))
    document = loads(text)
    document.plan.title = "Kế hoạch mở từ Explorer"
    path = tmp_path / "mo-tu-explorer.itplan.json"
    path.write_text(dumps(document), "utf-8")
    return path, document.plan.uuid


def test_plan_file_reusing_another_plans_ids_is_refused_clearly(db, tmp_path):
    from itplan_desktop.messages import UserError
    from itplan_desktop.services.plans import import_plan_file

    document = read_plan_file(samples_dir() / "nhu_xuan_2016_2020.itplan.json")
    document.plan.uuid = "11111111-2222-4333-8444-555555555555"  # new plan, old sections
    path = tmp_path / "sua-tay.itplan.json"
    path.write_text(dumps(document), "utf-8")
    with pytest.raises(UserError, match="mã định danh"):
        import_plan_file(db, path)


def test_plan_file_given_on_the_command_line_is_imported_and_opened(qtbot, window, tmp_path):
    path, uuid = _renumbered_sample(tmp_path)
    window.open_files([path])
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    assert window.workspace.editor.plan.uuid == uuid
    assert "Kế hoạch mở từ Explorer" in window.windowTitle()


def test_about_shows_the_version_and_the_third_party_notices(window):
    """The About box names the version; its button opens every bundled package's licence."""
    from PySide6.QtCore import QTimer

    seen: dict[str, str] = {}

    def in_notices() -> None:
        dialog = getattr(window.files, "notices_dialog", None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, in_notices)
            return
        seen["notices"] = dialog.text.toPlainText()
        dialog.reject()

    def in_about() -> None:
        box = window.files.about_box
        seen["about"] = box.text()
        button = next(b for b in box.buttons() if "bên thứ ba" in b.text())
        QTimer.singleShot(20, in_notices)
        button.click()

    QTimer.singleShot(0, in_about)
    window.files.about()
    assert f"Phiên bản {__version__}" in seen["about"]
    for name in ("PySide6_Essentials", "SQLAlchemy", "reportlab", "GNU LESSER GENERAL PUBLIC"):
        assert name in seen["notices"], name
