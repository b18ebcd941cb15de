"""Installations for the exchange GUI tests: district databases made from the Như Xuân sample
(other districts get fresh ids), the province from the Thanh Hóa sample, and crafted copies
of a bundle (unsigned, tampered)."""

from __future__ import annotations

import os
import uuid as uuid_module
import zipfile
from pathlib import Path

from itplan_desktop.domain import Organisation, OrgLevel, walk_sections
from itplan_desktop.formats.plan_file import PlanDocument, read_plan_file
from itplan_desktop.paths import samples_dir
from itplan_desktop.services.plans import import_document, import_plan_file
from itplan_desktop.store.database import Database, open_database

SAMPLES = samples_dir()
NHU_XUAN = SAMPLES / "nhu_xuan_2016_2020.itplan.json"
THANH_HOA = SAMPLES / "thanh_hoa_2011_2015.itplan.json"


def _fresh(code: str, old: str) -> str:
    return str(uuid_module.uuid5(uuid_module.NAMESPACE_URL, f"gui/{code}/{old}"))


def district_document(code: str, name: str) -> PlanDocument:
    """The Như Xuân plan as written by district `code` (new ids unless it is Như Xuân)."""
    document = read_plan_file(NHU_XUAN)
    if code == "402":
        return document
    plan = document.plan
    plan.uuid = _fresh(code, plan.uuid)
    for _depth, section in walk_sections(plan.sections):
        section.uuid = _fresh(code, section.uuid)
    for appendix in plan.appendices:
        appendix.uuid = _fresh(code, appendix.uuid)
        for row in appendix.rows:
            row.uuid = _fresh(code, row.uuid)
    for indicator in plan.indicators:
        indicator.uuid = _fresh(code, indicator.uuid)
    plan.observations = []
    plan.organisation_code = code
    plan.title = plan.title.replace("Như Xuân", name)
    province = next(o for o in document.organisations if o.level is OrgLevel.PROVINCE)
    district = Organisation(code, name, OrgLevel.DISTRICT, "huyện", province.code)
    return PlanDocument(plan, [province, district])


def district_database(
    home: Path, code: str = "402", name: str = "Như Xuân"
) -> tuple[Database, str]:
    """A district installation: its own data folder (so its own key) and its plan."""
    os.environ["ITPLAN_DATA_DIR"] = str(home)
    db = open_database(home / "district.sqlite")
    result = import_document(db, district_document(code, name))
    return db, result.uuid


def province_database(home: Path) -> Database:
    os.environ["ITPLAN_DATA_DIR"] = str(home)
    db = open_database(home / "province.sqlite")
    import_plan_file(db, THANH_HOA)
    return db


def rewrite_bundle(source: Path, target: Path, *, drop: str = "", edit: str = "") -> Path:
    """A copy of a bundle without entry `drop`, or with the sender's name in the manifest
    replaced by `edit` (the signature no longer matches: tampered)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            if info.filename == drop:
                continue
            data = zin.read(info)
            if edit and info.filename == "manifest.json":
                data = data.replace('"Như Xuân"'.encode(), f'"{edit}"'.encode(), 1)
                assert edit.encode() in data, data[:200]
            zout.writestr(info, data)
    return target
