"""The documents the conformance suite measures (`kinds.py`), rendered once per session from
the samples, and for PDF/A the same kinds written as archival copies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from kinds import APPENDIX_COUNTS, SAMPLES, sample
from measure import Measured

from itplan_desktop.domain.kpi_periods import parse_period
from itplan_desktop.export.kpi_report_pdf import write_report_pdf
from itplan_desktop.paths import samples_dir
from itplan_desktop.services.kpi_report import build_report
from itplan_desktop.services.pdf_export import PdfOptions, export_plan_pdf
from itplan_desktop.services.plans import import_plan_file
from itplan_desktop.services.province import consolidate
from itplan_desktop.services.province_kpi_report import kpi_comparison_plan
from itplan_desktop.store.database import open_database


@pytest.fixture(scope="session")
def province_db(tmp_path_factory: pytest.TempPathFactory):
    """A province installation (Thanh Hóa and its 27 districts) holding Như Xuân's plan."""
    db = open_database(tmp_path_factory.mktemp("province") / "province.sqlite")
    for name in SAMPLES.values():
        import_plan_file(db, samples_dir() / f"{name}.itplan.json")
    yield db
    db.close()


def _builders(province_db) -> dict[str, Callable[[Path, PdfOptions], None]]:
    def plan(name: str):
        return lambda path, options: export_plan_pdf(sample(name), path, options=options)

    def appendix(name: str, number: int):
        return lambda path, options: export_plan_pdf(
            sample(name), path, appendix=number, options=options
        )

    def kpi_report(path: Path, options: PdfOptions) -> None:
        report = build_report(
            sample("nhu_xuan"), [], parse_period("2017-H1"), number="5",
            issued_on=date(2017, 7, 10),
        )  # fmt: skip
        write_report_pdf(report, path, options)

    def consolidated(path: Path, options: PdfOptions) -> None:
        export_plan_pdf(consolidate(province_db, "38", 2016, 2020), path, options=options)

    def comparison(path: Path, options: PdfOptions) -> None:
        export_plan_pdf(kpi_comparison_plan(province_db, "38", "2018"), path, options=options)

    builders: dict[str, Callable[[Path, PdfOptions], None]] = {
        f"plan-{name}": plan(name) for name in SAMPLES
    }
    for name, count in APPENDIX_COUNTS.items():
        for number in range(1, count + 1):
            builders[f"appendix-{name}-{number}"] = appendix(name, number)
    builders["kpi_report"] = kpi_report
    builders["consolidated_plan"] = consolidated
    builders["kpi_comparison"] = comparison
    return builders


@pytest.fixture(scope="session")
def documents(province_db, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Measured]:
    """Every kind, as printed by default."""
    folder = tmp_path_factory.mktemp("conformance")
    out = {}
    for kind, build in _builders(province_db).items():
        path = folder / f"{kind}.pdf"
        build(path, PdfOptions())
        out[kind] = Measured(path)
    return out


@pytest.fixture(scope="session")
def archival(province_db, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Measured]:
    """Every kind written as PDF/A-1b."""
    folder = tmp_path_factory.mktemp("pdfa")
    out = {}
    for kind, build in _builders(province_db).items():
        path = folder / f"{kind}.pdf"
        build(path, PdfOptions(pdfa=True))
        out[kind] = Measured(path)
    return out
