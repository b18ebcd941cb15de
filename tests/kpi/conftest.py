"""Fixtures of the KPI tests: a database holding the Như Xuân sample and its communes."""

from __future__ import annotations

from pathlib import Path

import pytest

from itplan_desktop.paths import samples_dir
from itplan_desktop.services.kpi_communes import install_builtin_communes
from itplan_desktop.services.plans import import_plan_file
from itplan_desktop.store.database import open_database

SAMPLES = samples_dir()
NHU_XUAN = SAMPLES / "nhu_xuan_2016_2020.itplan.json"


@pytest.fixture
def nx_db(tmp_path: Path):
    """(database, plan uuid) of the Như Xuân sample with its 18 communes."""
    db = open_database(tmp_path / "kpi.sqlite")
    result = import_plan_file(db, NHU_XUAN)
    install_builtin_communes(db, "402")
    yield db, result.uuid
    db.close()


@pytest.fixture
def reported_db(nx_db):
    """The Như Xuân sample with Đông Sơn-style indicators, commune figures for 2017-H1, a
    district figure for 2016 and the progress of two tasks, saved."""
    from decimal import Decimal as D

    from itplan_desktop.domain.kpi_progress import TaskStatus
    from itplan_desktop.services.kpi_catalogue import indicator_from_catalogue
    from itplan_desktop.services.kpi_communes import list_communes
    from itplan_desktop.services.kpi_entry import parse_cell, set_observation
    from itplan_desktop.services.kpi_tasks import (
        build_task_progress,
        put_task_progress,
        store_task_progress,
        task_lines,
    )
    from itplan_desktop.services.plan_editing import PlanEditor

    db, uuid = nx_db
    editor = PlanEditor(db, uuid)
    plan = editor.plan
    plan.indicators[:] = [
        indicator_from_catalogue("dvc.level3_district", {2020: D(100)}),
        indicator_from_catalogue("dvc.level4_district", {2020: D(15)}),
        indicator_from_catalogue("ud.dms_commune", {2017: D(14)}),
        indicator_from_catalogue("ud.signed_documents", {2018: D(80)}, baseline=(D(20), 2015)),
        indicator_from_catalogue("ht.one_stop_equipment", {2020: D(1)}),
    ]
    level3, level4, dms, signed, one_stop = plan.indicators
    communes = {c.code for c in list_communes(db, "402")}
    put = lambda ind, org, period, text: set_observation(  # noqa: E731
        plan, ind, org, period, parse_cell(ind, text), communes=communes
    )
    put(level3, "402", "2016", "40")
    put(level3, "402", "2017-H1", "62,5")
    put(level4, "402", "2017-H1", "2/80")
    put(one_stop, "402", "2017-H1", "Có")
    for n, code in enumerate(sorted(communes)):
        put(dms, code, "2017-H1", "1" if n < 14 else "0")
        put(signed, code, "2017-H1", f"{20 + n}/50")
    editor.touch("indicators")
    editor.save()
    lines = task_lines(plan)
    first = build_task_progress(
        plan, lines[0].row_uuid, status=TaskStatus.DONE, disbursed={2016: 1_200_000_000}, note=""
    )
    put_task_progress(plan, lines[0].row_uuid, first)
    second = build_task_progress(
        plan,
        lines[1].row_uuid,
        status=TaskStatus.IN_PROGRESS,
        disbursed={2016: 500_000_000, 2017: 250_000_000},
    )
    put_task_progress(plan, lines[1].row_uuid, second)
    store_task_progress(db, plan)
    return db, uuid
