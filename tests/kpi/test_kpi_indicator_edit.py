"""Editing indicators and communes without the GUI: targets, suggestions, remove/restore,
kind changes refused once figures exist, commune removal and code change only when unused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from itplan_desktop.domain.indicator import IndicatorKind
from itplan_desktop.messages import UserError
from itplan_desktop.services.kpi_catalogue import catalogue_entry
from itplan_desktop.services.kpi_commune_admin import (
    change_commune_code,
    commune_in_use,
    remove_commune,
)
from itplan_desktop.services.kpi_communes import list_communes
from itplan_desktop.services.kpi_entry import parse_cell, set_observation
from itplan_desktop.services.kpi_indicator_edit import (
    check_fields,
    parse_target,
    remove_indicator,
    restore_indicator,
    suggested_target,
    targets_for_kind,
)
from itplan_desktop.services.plan_editing import PlanEditor


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (IndicatorKind.PERCENT_RATIO, "85,5%", Decimal("85.5")),
        (IndicatorKind.PERCENT_RATIO, "45/60", Decimal(75)),
        (IndicatorKind.RATIO, "14/14", Decimal(14)),
        (IndicatorKind.COUNT, "5", Decimal(5)),
        (IndicatorKind.BOOLEAN, "có", Decimal(1)),
        (IndicatorKind.PERCENT, "", None),
    ],
)
def test_parse_target(kind, text, expected):
    assert parse_target(kind, text) == expected


def test_parse_target_refuses_like_values():
    with pytest.raises(UserError):
        parse_target(IndicatorKind.PERCENT, "120")
    with pytest.raises(UserError):
        parse_target(IndicatorKind.COUNT, "2,5")


def test_suggestions_and_kind_change():
    assert suggested_target(catalogue_entry("ud.signed_documents")) == 80
    assert suggested_target(catalogue_entry("ud.dms_commune"), communes=18) == 18
    assert suggested_target(catalogue_entry("at.incidents")) == 0
    assert suggested_target(catalogue_entry("nl.it_staff_trained")) is None
    targets = {2018: Decimal(1), 2020: Decimal(100)}
    assert targets_for_kind(IndicatorKind.BOOLEAN, targets) == {2018: Decimal(1)}


def test_remove_restore_and_kind_refused_with_figures(nx_db):
    db, uuid = nx_db
    plan = PlanEditor(db, uuid).plan
    indicator = plan.indicators[0]
    set_observation(plan, indicator, "402", "2016", parse_cell(indicator, "5/10"), communes=set())
    with pytest.raises(UserError):
        check_fields(plan, indicator, {"kind": IndicatorKind.COUNT})
    removed = remove_indicator(plan, indicator)
    assert indicator not in plan.indicators and plan.observations == []
    restore_indicator(plan, removed)
    assert plan.indicators[0] is indicator and len(plan.observations) == 1


def test_commune_removed_or_recoded_only_when_unused(nx_db):
    db, uuid = nx_db
    plan = PlanEditor(db, uuid).plan
    indicator = plan.indicators[0]
    set_observation(
        plan, indicator, "16174", "2016", parse_cell(indicator, "1/2"), communes={"16174"}
    )
    assert commune_in_use(db, "16174", [plan]) and not commune_in_use(db, "16177", [plan])
    with pytest.raises(UserError):
        remove_commune(db, "16174", [plan])
    with pytest.raises(UserError):
        change_commune_code(db, "16174", "40201", [plan])
    change_commune_code(db, "16177", "16540", [plan])
    remove_commune(db, "16180", [plan])
    codes = {c.code for c in list_communes(db, "402")}
    assert "16540" in codes and "16177" not in codes and "16180" not in codes
    with pytest.raises(UserError):
        change_commune_code(db, "16183", "16540")  # taken
