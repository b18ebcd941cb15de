"""The new-plan wizard over today's units: a commune of Thanh Hóa found without accents gets
a 2027 Kế hoạch chuyển đổi số; former units only for periods starting before July 2025."""

from __future__ import annotations

from pathlib import Path

import pytest

from itplan_desktop.gui import settings
from itplan_desktop.gui.application import make_application
from itplan_desktop.gui.plan.new_plan_wizard import NewPlanWizard
from itplan_desktop.services.plans import get_plan, load_samples
from itplan_desktop.store.database import open_database


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "plans.sqlite")
    load_samples(database)
    yield database
    database.close()


def _wizard(qtbot, db) -> NewPlanWizard:
    make_application()
    wizard = NewPlanWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _codes(page) -> list[str]:
    return [page.organisation.itemData(i) for i in range(page.organisation.count())]


def test_commune_found_without_accents_gets_a_2027_plan(qtbot, db, shot):
    wizard = _wizard(qtbot, db)
    page = wizard.period_page
    assert page.province.currentData() == "38"  # the province the database holds
    assert page.annual.isChecked() and page.start.value() == page.end.value()
    page.start.setValue(2027)
    assert len(_codes(page)) == 167 and "402" not in _codes(page)
    qtbot.keyClicks(page.search, "nhu thanh")
    assert page.organisation.currentText() == "xã Như Thanh"
    assert _codes(page) == ["16228"]
    shot(wizard, "new_plan_commune_2027")
    wizard.next()
    content = wizard.content_page
    assert content.plan_template.currentData() == "cds-nam"
    wizard.accept()
    plan = get_plan(db, wizard.created_uuid)
    assert plan.organisation_code == "16228" and plan.start_year == plan.end_year == 2027
    assert plan.issuer == "ỦY BAN NHÂN DÂN XÃ NHƯ THANH"
    assert "Sở Khoa học và Công nghệ (b/c);" in plan.recipients
    assert settings.own_unit() == "16228"

    second = _wizard(qtbot, db)
    again = second.period_page
    assert again.organisation.currentData() == "16228"  # the user's own unit is the default
    assert not again.remember.isChecked()


def test_former_units_only_for_periods_before_july_2025(qtbot, db):
    wizard = _wizard(qtbot, db)
    page = wizard.period_page
    page.period.setChecked(True)
    page.start.setValue(2021)
    codes = _codes(page)
    assert "402" in codes and "16174" in codes
    index = page.organisation.findData("402")
    assert page.organisation.itemText(index) == "huyện Như Xuân (đơn vị cũ, đến 01/07/2025)"
    page.start.setValue(2026)
    assert "402" not in _codes(page)
