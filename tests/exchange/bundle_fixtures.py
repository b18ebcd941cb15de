"""District plans made from the Như Xuân sample with other organisations and amounts, and
helpers to craft bundle files by hand (for the refusal tests)."""

from __future__ import annotations

import sqlite3
import struct
import uuid as uuid_module
from pathlib import Path

from itplan_desktop.domain import Organisation, OrgLevel, walk_sections
from itplan_desktop.formats.plan_file import PlanDocument, read_plan_file
from itplan_desktop.paths import samples_dir
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import Database, open_database

SAMPLES = samples_dir()
NHU_XUAN = SAMPLES / "nhu_xuan_2016_2020.itplan.json"
THANH_HOA = SAMPLES / "thanh_hoa_2011_2015.itplan.json"
NHU_XUAN_UUID = "698731bc-833f-5ad2-a3b3-3b7557414db6"


def _fresh(code: str, old: str) -> str:
    return str(uuid_module.uuid5(uuid_module.NAMESPACE_URL, f"{code}/{old}"))


def district_document(code: str, name: str, factor: int = 1) -> PlanDocument:
    """The Như Xuân plan as if written by district `code`: new ids, amounts × `factor`."""
    document = read_plan_file(NHU_XUAN)
    plan = document.plan
    if code != "402":
        plan.uuid = _fresh(code, plan.uuid)
        for _depth, section in walk_sections(plan.sections):
            section.uuid = _fresh(code, section.uuid)
        for appendix in plan.appendices:
            appendix.uuid = _fresh(code, appendix.uuid)
            for row in appendix.rows:
                row.uuid = _fresh(code, row.uuid)
        for indicator in plan.indicators:
            indicator.uuid = _fresh(code, indicator.uuid)
    plan.organisation_code = code
    plan.title = plan.title.replace("Như Xuân", name)
    for appendix in plan.appendices:
        for row in appendix.rows:
            row.values = {k: v * factor for k, v in row.values.items()}
    province = next(o for o in document.organisations if o.level is OrgLevel.PROVINCE)
    district = Organisation(
        code, name, OrgLevel.DISTRICT, "huyện", province.code, _fresh(code, "organisation")
    )
    return PlanDocument(plan, [province, district])


def district_database(path: Path, code: str, name: str, factor: int = 1) -> tuple[Database, str]:
    """A district installation's database holding its plan."""
    document = district_document(code, name, factor)
    db = open_database(path)
    with db.session() as session:
        for organisation in document.organisations:
            repo.save_organisation(session, organisation)
        session.flush()
        repo.save_plan(session, document.plan)
    return db, document.plan.uuid


def province_database(path: Path) -> Database:
    """The province installation: the Thanh Hóa plan, so all 27 districts are known."""
    from itplan_desktop.services.plans import import_plan_file

    db = open_database(path)
    import_plan_file(db, THANH_HOA)
    return db


def database_state(path: Path) -> bytes:
    """Every row of every table (a logical dump), to show a refusal changed nothing."""
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump()).encode()
    finally:
        connection.close()


def patch_uncompressed_size(raw: bytes, entry: str, size: int) -> bytes:
    """Rewrite the uncompressed size an entry declares, in its local and central headers."""
    data = bytearray(raw)
    name = entry.encode()
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) != -1:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_length]) == name:
            struct.pack_into("<I", data, at + 24, size)
            local = struct.unpack_from("<I", data, at + 42)[0]
            struct.pack_into("<I", data, local + 22, size)
        at += 4
    return bytes(data)
