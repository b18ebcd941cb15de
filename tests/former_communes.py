"""Former communes' actuals in the Như Xuân 2016–2020 plan, for the tests of a current
commune's KPI history (tests/kpi/test_kpi_history.py, tests/gui_kpi)."""

from __future__ import annotations

from decimal import Decimal

from itplan_desktop.domain.indicator import Observation
from itplan_desktop.paths import samples_dir
from itplan_desktop.services.plans import get_plan
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import Database

SAMPLE = samples_dir() / "nhu_xuan_2016_2020.itplan.json"


def former_actuals(db: Database, uuid: str) -> None:
    """Như Xuân's 2016–2020 plan with actuals of its communes: thị trấn Yên Cát and xã Tân
    Bình (today's xã Như Xuân, 16174), xã Bãi Trành (today's xã Bãi Trành, 16177) and — as if
    it had reported here — xã Yên Thọ (16264), split between today's Yên Thọ and Như Thanh."""
    plan = get_plan(db, uuid)
    computers, services, one_stop = (plan.indicators[i].uuid for i in (0, 5, 7))
    d = Decimal
    plan.observations += [
        Observation(computers, "16174", "2018", numerator=d(30), denominator=d(40)),
        Observation(computers, "16201", "2018", numerator=d(12), denominator=d(20)),
        Observation(computers, "16174", "2020", numerator=d(38), denominator=d(40)),
        Observation(computers, "16177", "2020", numerator=d(5), denominator=d(10)),
        Observation(services, "16174", "2020", value=d(4)),
        Observation(services, "16201", "2020", value=d(2)),
        Observation(one_stop, "16174", "2020", value=d(1)),
        Observation(one_stop, "16201", "2020", value=d(0)),
        Observation(computers, "16264", "2020", numerator=d(9), denominator=d(10)),
        Observation(computers, "402", "2020", numerator=d(150), denominator=d(200)),
    ]
    with db.session() as session:
        repo.save_plan(session, plan)
