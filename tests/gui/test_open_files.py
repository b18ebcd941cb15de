"""Files handed to `itplan-desktop FILE…` (Explorer's "Open with") and the About box."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtWidgets import QMessageBox

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


def test_about_shows_the_version(window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.files.about()
    assert shown and f"Phiên bản {__version__}" in shown[0]
