"""Fixtures of the PDF tests: the sample plans and their PDFs, rendered once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_helpers import load

from itplan_desktop.domain.plan import Plan
from itplan_desktop.services.pdf_export import export_plan_pdf


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="session")
def nhu_xuan() -> Plan:
    return load("nhu_xuan_2016_2020")


@pytest.fixture(scope="session")
def thanh_hoa() -> Plan:
    return load("thanh_hoa_2011_2015")


@pytest.fixture(scope="session")
def nhu_xuan_pdf(nhu_xuan: Plan, pdf_dir: Path) -> Path:
    return export_plan_pdf(nhu_xuan, pdf_dir / "nhu_xuan.pdf")


@pytest.fixture(scope="session")
def thanh_hoa_pdf(thanh_hoa: Plan, pdf_dir: Path) -> Path:
    return export_plan_pdf(thanh_hoa, pdf_dir / "thanh_hoa.pdf")
