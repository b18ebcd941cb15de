"""Fixtures of the Excel tests: one LibreOffice run recalculates every exported workbook the
tests check (LibreOffice is slow to start: one call in all)."""

from __future__ import annotations

import pytest
from xlsx_plans import nested_plan
from xlsx_recalc import Exported, load_sample, recalculate

from itplan_desktop.services.xlsx_export import export_plan_xlsx


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Exported]:
    """Both samples and a synthetic plan (nested groups, tỷ đồng, sources), exported and
    recalculated by LibreOffice once for the whole session."""
    workdir = tmp_path_factory.mktemp("xlsx-export")
    plans = {
        "nhu_xuan_2016_2020": load_sample("nhu_xuan_2016_2020"),
        "thanh_hoa_2011_2015": load_sample("thanh_hoa_2011_2015"),
        "nested": nested_plan(),
    }
    paths = {}
    for name, plan in plans.items():
        (paths[name],) = export_plan_xlsx(plan, workdir / f"{name}.xlsx")
    recalculated, seconds = recalculate(list(paths.values()), workdir)
    print(f"LibreOffice recalculated {len(paths)} workbooks in {seconds:.1f} s")
    return {name: Exported(plans[name], paths[name], recalculated[paths[name]]) for name in plans}
