"""Hostile index and assessment bundles (seeded mutations): each is refused with a message
or found already imported, none raises, and the province's database is left unchanged.

Byte-level mutations of an assessment bundle already imported, and structured mutations of
its assessment document and of an index document (hostile values, removed fields, cited files
that are not there, a file part nobody cites), re-signed with a key not registered, so that
they reach every check and, never confirmed, are never written.
"""

from __future__ import annotations

import copy
import json
import random
import sqlite3
from pathlib import Path

import pytest

from itplan_desktop.formats import bundle_dti
from itplan_desktop.formats import bundle_keys as keys
from itplan_desktop.formats.bundle_manifest import ASSESSMENT_PART, INDEX_PART, BundleKind, Party
from itplan_desktop.formats.bundle_writer import BundleContent, bundle_bytes
from itplan_desktop.services import dti
from itplan_desktop.services import exchange as ex
from itplan_desktop.services.exchange_import import import_one
from itplan_desktop.store.database import open_database

SEED = 20
MUTANTS = 900
HOSTILE = (None, True, -1, 10**30, "", "x" * 50_000, "9" * 5000, [], {}, [[[[]]]], "2026-02-30")
UNIT = Party("16174", "xã Như Xuân")
PROVINCE = Party("38", "tỉnh Thanh Hóa")


def _state(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return [(t, sorted(map(repr, connection.execute(f"SELECT * FROM {t}")))) for t in tables]


def _places(data):
    if isinstance(data, dict):
        for key, value in data.items():
            yield data, key
            yield from _places(value)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield data, index
            yield from _places(value)


def _mutate_json(rng: random.Random, raw: bytes) -> bytes:
    data = json.loads(raw)
    places = list(_places(data))
    for _ in range(rng.randint(1, 3)):
        container, key = rng.choice(places)
        if rng.random() < 0.2 and isinstance(container, dict):
            container.pop(key)
            places = list(_places(data))
        else:
            container[key] = copy.deepcopy(rng.choice(HOSTILE))
    return json.dumps(data, ensure_ascii=False).encode()


def _mutate_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    choice = rng.random()
    if choice < 0.4:
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif choice < 0.6:
        del data[rng.randrange(len(data)) :]
    else:
        at = rng.randrange(len(data))
        data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    return bytes(data)


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dti-fuzz")
    province = open_database(folder / "tinh.sqlite")
    dti.install_sample_assessments(province)
    registered = keys.load_or_create_private_key(folder / "keys-16174")
    key_file = keys.export_public_key(
        folder / "16174.itplan-key", UNIT.code, UNIT.name, keys.public_key_bytes(registered)
    )
    from itplan_desktop.services.units import ensure_unit

    with province.session() as session:
        ensure_unit(session, UNIT.code)
    ex.register_key_file(province, key_file, UNIT.code)
    sample = dti.stored_assessment(province, "cds-xa-thanh-hoa", UNIT.code, 2026)
    from dataclasses import replace

    from itplan_desktop.domain.ids import utc_now

    assessment = replace(bundle_dti.unit_side(sample), submitted_at=utc_now())
    parts = bundle_dti.assessment_parts(assessment)
    base = bundle_bytes(
        BundleContent(UNIT, PROVINCE, BundleKind.DTI_ASSESSMENT, parts), registered
    )[1]
    path = folder / "base.itplan-bundle"
    path.write_bytes(base)
    assert import_one(province, path).written  # the sample kept already: unchanged
    yield folder, province, base, parts
    province.close()


def test_hostile_index_and_assessment_bundles_are_refused_and_change_nothing(setting):
    folder, province, base, parts = setting
    before = _state(province.path)
    rng = random.Random(SEED)
    stranger = keys.load_or_create_private_key(folder / "keys-stranger")
    index_parts = bundle_dti.index_parts(
        dti.find_index("cds-xa-thanh-hoa"), bundle_dti.TemplateInfo(None)
    )
    path = folder / "mutant.itplan-bundle"
    counts: dict[str, int] = {}
    for n in range(MUTANTS):
        kind = n % 3
        if kind == 0:
            raw = _mutate_bytes(rng, base)
        elif kind == 1:
            mutated = dict(parts)
            mutated[ASSESSMENT_PART] = _mutate_json(rng, mutated[ASSESSMENT_PART])
            if rng.random() < 0.2:  # a file part nobody cites
                mutated["attachments/" + "0" * 64] = b"%PDF"
            content = BundleContent(
                UNIT, PROVINCE, BundleKind.DTI_ASSESSMENT, list(mutated.items())
            )
            raw = bundle_bytes(content, stranger)[1]
        else:
            mutated = dict(index_parts)
            mutated[INDEX_PART] = _mutate_json(rng, mutated[INDEX_PART])
            content = BundleContent(PROVINCE, None, BundleKind.DTI_INDEX, list(mutated.items()))
            raw = bundle_bytes(content, stranger)[1]
        path.write_bytes(raw)
        outcome = import_one(province, path)  # never confirmed: nothing may be written
        assert "file.refused" not in outcome.text and not outcome.text.startswith("Không nhập “")
        counts[outcome.status.value] = counts.get(outcome.status.value, 0) + 1
    assert counts.get("applied", 0) == 0 and counts.get("unchanged", 0) == 0, counts
    assert counts.get("refused", 0) > MUTANTS * 0.5, counts
    assert _state(province.path) == before
