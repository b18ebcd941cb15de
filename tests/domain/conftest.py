"""Fixtures of the domain tests; the reference tables live in reference_appendices.py."""

from __future__ import annotations

import pytest
from reference_appendices import nhu_xuan_plan

from itplan_desktop.domain import Plan


@pytest.fixture
def plan() -> Plan:
    return nhu_xuan_plan()
