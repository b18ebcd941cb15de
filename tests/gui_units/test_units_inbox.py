"""The province's inbox at today's scale: every current unit, grouped by kind, searchable
without accents, the commune that sent its plan shown submitted; timed for 168 units."""

from __future__ import annotations

import time
from pathlib import Path

from itplan_desktop.cli import main
from itplan_desktop.gui.application import make_application
from itplan_desktop.gui.exchange.common import MISSING
from itplan_desktop.gui.exchange.province_inbox import InboxWindow
from itplan_desktop.services.province_units import units_inbox
from itplan_desktop.store.database import open_database


def _submitted_commune(tmp_path: Path, province_db: Path) -> None:
    commune_db = tmp_path / "xa.sqlite"
    bundle = tmp_path / "xa.itplan-bundle"
    assert main(["new-plan", "--db", str(commune_db), "--unit", "16228", "--year", "2027"]) == 0
    db = open_database(commune_db)
    from itplan_desktop.services.plans import list_plans

    uuid = list_plans(db)[0].uuid
    db.close()
    assert main(["bundle", "export", "--db", str(commune_db), "--plan", uuid,
                 "--kind", "plan_submission", "--out", str(bundle)]) == 0  # fmt: skip
    assert main(["bundle", "import", "--db", str(province_db), str(bundle), "--yes"]) == 0


def test_inbox_lists_every_current_unit_grouped_and_searchable(qtbot, tmp_path: Path, shot):
    province_db = tmp_path / "tinh.sqlite"
    assert main(["units", "--db", str(province_db), "--province", "38", "--add-agency",
                 "--name", "Sở Tài chính"]) == 0  # fmt: skip
    _submitted_commune(tmp_path, province_db)
    make_application()
    db = open_database(province_db)
    inbox = InboxWindow(db)
    qtbot.addWidget(inbox)
    inbox.show()
    qtbot.waitExposed(inbox)
    assert inbox.province_code() == "38" and not inbox.districts()
    table = inbox.table
    assert table.rowCount() == 167
    assert table.verticalHeaderItem(0).text() == "Sở, ban, ngành"
    assert {table.verticalHeaderItem(r).text() for r in range(1, 167)} == {"Phường", "Xã"}
    assert "1/167 đơn vị đã gửi" in inbox.summary.text()
    qtbot.keyClicks(inbox.search, "nhu thanh")
    assert table.rowCount() == 1 and table.item(0, 1).text() == "xã Như Thanh"
    assert table.item(0, 1).background().color() != MISSING
    assert table.item(0, 5).text() == "1"
    shot(inbox, "province_inbox_units")
    inbox.search.clear()
    inbox.year.setValue(2016)  # the archive: the districts
    assert inbox.districts()
    db.close()


def test_inbox_of_168_units_is_fast(tmp_path: Path):
    db = open_database(tmp_path / "tinh.sqlite")
    started = time.perf_counter()
    rows = units_inbox(db, "01")  # Hà Nội: 126 communes
    elapsed = time.perf_counter() - started
    db.close()
    assert len(rows) == 126 and elapsed < 1.0
