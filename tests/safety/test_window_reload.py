"""Issue 17, finding 3 through the window: the autosave of a plan another process changed
asks, and reloading shows the stored plan (nothing of the other write lost)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bundle_fixtures import district_database

from itplan_desktop.formats.plan_file import PlanDocument
from itplan_desktop.gui import i18n
from itplan_desktop.gui.application import make_application
from itplan_desktop.services.plans import import_document
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import open_database


@pytest.mark.parametrize("reload", [True, False])
def test_autosave_over_a_changed_plan_asks_and_reloads_or_keeps(qtbot, tmp_path: Path, reload):
    from itplan_desktop.gui.shell.main_window import MainWindow

    db, plan_uuid = district_database(tmp_path / "d.sqlite", "402", "Như Xuân")
    make_application()
    i18n.set_language("vi")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    workspace = window.open_plan(plan_uuid)
    other = open_database(db.path)  # another process: here, another connection
    with other.session() as session:
        plan = repo.load_plan(session, plan_uuid)
        organisations = repo.organisations_for(session, plan)
    plan.revision += 3
    plan.place = "from the other program"
    import_document(other, PlanDocument(plan, organisations))
    asked: list[str] = []
    workspace.ask_reload = lambda text: asked.append(text) or reload
    workspace.editor.plan.title = "typed in the window"
    workspace.editor.touch("header")
    workspace.save_now()
    assert asked and "chương trình khác" in asked[0]
    with other.session() as session:
        stored = repo.load_plan(session, plan_uuid)
    if reload:
        assert stored == plan
        qtbot.waitUntil(lambda: window.workspace is not workspace, timeout=5000)
        assert window.workspace.editor.plan == plan
    else:
        assert stored.title == "typed in the window" and stored.revision > plan.revision
    window.close_plan()
    other.close()
    db.close()
