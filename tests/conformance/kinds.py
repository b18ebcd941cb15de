"""The document kinds the conformance suite measures (test ids name them): the two plans
whole, each of their appendices alone, the KPI progress report, the province's consolidated
plan and its KPI comparison."""

from __future__ import annotations

from itplan_desktop.domain.plan import Plan
from itplan_desktop.formats.plan_file import read_plan_file
from itplan_desktop.paths import samples_dir

SAMPLES = {"nhu_xuan": "nhu_xuan_2016_2020", "thanh_hoa": "thanh_hoa_2011_2015"}
APPENDIX_COUNTS = {"nhu_xuan": 2, "thanh_hoa": 4}

PLANS = [f"plan-{name}" for name in SAMPLES]
APPENDICES = [f"appendix-{name}-{n}" for name, count in APPENDIX_COUNTS.items()
              for n in range(1, count + 1)]  # fmt: skip
REPORTS = ["kpi_report"]
PROVINCE = ["consolidated_plan", "kpi_comparison"]
DOCUMENTS = PLANS + REPORTS + PROVINCE
"""Kinds that open with the header grid and close with Nơi nhận and the signature."""
ALL = DOCUMENTS + APPENDICES
UPWARD = ["kpi_report", "kpi_comparison"]
"""Reports sent upward: "Kính gửi" and "- Như trên;"."""
WITH_APPENDICES = PLANS + PROVINCE


def sample(name: str) -> Plan:
    return read_plan_file(samples_dir() / f"{SAMPLES[name]}.itplan.json").plan
