"""The budget editor offers the funding sources of the plan's budget year (Luật Ngân sách nhà
nước 89/2025/QH15 from 2026): a commune's 2027 plan has no "ngân sách huyện" in the line
sources or in "Thêm dòng", and speaks of chi thường xuyên; the Như Xuân district plan of
2016–2020 keeps its old sources and their words, its lines unchanged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from itplan_desktop.gui import i18n
from itplan_desktop.gui.application import make_application
from itplan_desktop.paths import samples_dir
from itplan_desktop.services.budget_lines import new_line
from itplan_desktop.services.plan_creation import create_plan_for_unit
from itplan_desktop.services.plans import get_plan, import_plan_file
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import open_database


@pytest.fixture
def window(qtbot, tmp_path: Path):
    from itplan_desktop.gui.shell.main_window import MainWindow

    db = open_database(tmp_path / "xa.sqlite")
    make_application()
    i18n.set_language("vi")
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    yield win, db
    win.close()
    db.close()


def _budget_page(win, uuid: str):
    workspace = win.open_plan(uuid)
    workspace.navigate("budget")
    return workspace, workspace.page("budget")


def _combo_keys(page, row: int) -> list[str]:
    combo = page.lines.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    return [combo.itemData(i) for i in range(combo.count())]


def test_a_2027_commune_plan_offers_no_district_budget(window):
    win, db = window
    uuid = create_plan_for_unit(db, "16228", 2027, 2027, today=date(2026, 12, 1))
    workspace, page = _budget_page(win, uuid)
    menu = page.add_line.menu()
    offered = [a.data() for a in menu.actions()]
    assert not [key for key in offered if key.endswith(".huyen")]
    assert {"dtpt.tw", "dtpt.tinh", "dtpt.xa", "sn.tw", "sn.tinh", "sn.xa", "xhh"} <= set(offered)
    labels = [a.text().strip() for a in menu.actions()]
    assert "Chi thường xuyên (ngân sách xã)" in labels
    assert not any("huyện" in label for label in labels)
    menu.actions()[offered.index("sn.xa")].trigger()
    row = len(workspace.editor.plan.budget.lines) - 1
    assert workspace.editor.plan.budget.lines[row].label == "Chi thường xuyên (ngân sách xã)"
    keys = _combo_keys(page, row)
    assert keys == offered and not any(key.endswith(".huyen") for key in keys)


def test_a_district_source_in_a_2027_plan_is_kept_not_offered(window):
    """A line of ngân sách huyện in a 2027 plan (copied from an old plan) stays as it is —
    shown, flagged by the validator (BUD101) — but is not offered for other lines."""
    win, db = window
    uuid = create_plan_for_unit(db, "16228", 2027, 2027, today=date(2026, 12, 1))
    plan = get_plan(db, uuid)
    plan.budget.lines = [new_line("sn.huyen", 2025)]
    with db.session() as session:
        repo.save_plan(session, plan)
    workspace, page = _budget_page(win, uuid)
    combo = page.lines.cellWidget(0, 1)
    assert combo.currentData() == "sn.huyen"
    assert combo.currentText() == "Chi thường xuyên (ngân sách huyện)"
    assert [combo.itemData(i) for i in range(combo.count())][-1] == "sn.huyen"  # kept, last
    assert "sn.huyen" not in [a.data() for a in page.add_line.menu().actions()]
    workspace.refresh_findings()
    assert "BUD101" in {f.code for f in workspace.findings_panel.findings}


def test_an_old_district_plan_keeps_its_sources(window):
    win, db = window
    plan = import_plan_file(db, samples_dir() / "nhu_xuan_2016_2020.itplan.json")
    workspace, page = _budget_page(win, plan.uuid)
    before = [(line.label, line.source) for line in workspace.editor.plan.budget.lines]
    assert before == [("Nguồn vốn đầu tư phát triển", "dtpt"), ("Nguồn vốn sự nghiệp", "sn")]
    offered = [a.data() for a in page.add_line.menu().actions()]
    assert {"sn.huyen", "dtpt.huyen"} <= set(offered)
    labels = [a.text().strip() for a in page.add_line.menu().actions()]
    assert "Vốn sự nghiệp (ngân sách huyện)" in labels
    for row, (_label, source) in enumerate(before):
        combo = page.lines.cellWidget(row, 1)
        assert combo.currentData() == source  # each line shows its own source
        assert "sn.huyen" in _combo_keys(page, row)
    assert [(line.label, line.source) for line in workspace.editor.plan.budget.lines] == before
