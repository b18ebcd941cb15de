"""Issue 17, finding 5: a seeded mutation fuzz. 5.000 hostile bundles go through the import
(one database, its content hash checked unchanged at the end) and 2.000 hostile plan files
through the reader: every one is imported-as-nothing or refused with a message, none raises.

Byte-level mutations (flips, cuts, corrupted deflate streams, unsupported compression
methods, the encryption flag) of a bundle already imported, so that whatever still verifies
is "already imported"; structured mutations (deep nesting, 5.000-digit numbers, impossible
dates, wrong types, reused ids, huge texts) of its plan, actuals and manifest, re-signed with
a key that is not registered, so that they reach every check and are never written.
"""

from __future__ import annotations

import copy
import json
import random
import struct
from pathlib import Path

import pytest
from bundle_fixtures import database_state, district_document, province_database

from itplan_desktop.domain.indicator import Observation
from itplan_desktop.formats import bundle_keys as keys
from itplan_desktop.formats.bundle_manifest import BundleKind, Party
from itplan_desktop.formats.bundle_parts import actuals_to_bytes
from itplan_desktop.formats.bundle_writer import BundleContent, bundle_bytes
from itplan_desktop.formats.plan_file import dumps, loads
from itplan_desktop.messages import UserError
from itplan_desktop.services import exchange as ex
from itplan_desktop.services.exchange_import import OutcomeStatus, import_one

BUNDLES = 5000
PLAN_FILES = 2000
SEED = 17
BIG_NUMBER = "9" * 5000
TOKEN = "@@BIG@@"
DEEP = "@@DEEP@@"
HOSTILE_VALUES = (
    None,
    True,
    -1,
    0,
    10**30,
    1e308,
    "",
    "x" * 100_000,
    "2024-13-45",
    "2024-02-30",
    "0000-00-00",
    "99999-01-01",
    "2024-01-01T25:61:00Z",
    [],
    {},
    [[[[[]]]]],
    {"a": {"b": {"c": {}}}},
    "=cmd|' /C calc'!A0",
    "\x00\x01\ud7ff",
    TOKEN,
)


def _document():
    """A small plan (the fuzz's time goes into parsing it thousands of times)."""
    document = district_document("402", "Như Xuân")
    plan = document.plan
    plan.sections = plan.sections[:2]
    plan.appendices = plan.appendices[:1]
    plan.appendices[0].rows = plan.appendices[0].rows[:6]
    plan.indicators = plan.indicators[:3]
    plan.task_progress = []
    for indicator in plan.indicators[:3]:
        plan.observations.append(Observation(indicator.uuid, "402", "2017", value=5))
    return document


def _bundle(document, key, kind=BundleKind.PLAN_SUBMISSION, plan_raw=None, actuals=None):
    plan = document.plan
    bare = copy.copy(plan)
    bare.observations = []
    parts = [
        (
            "plan.itplan.json",
            plan_raw
            if plan_raw is not None
            else dumps(type(document)(bare, document.organisations)).encode(),
        )
    ]
    parts.append(
        (
            "actuals.json",
            actuals if actuals is not None else actuals_to_bytes(plan.uuid, plan.observations),
        )
    )
    content = BundleContent(Party("402", "Như Xuân"), None, kind, parts, plan.uuid, plan.revision)
    return bundle_bytes(content, key)[1]


def _nodes(data, path=()):
    """Every (container, key) place of a JSON tree."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield data, key
            yield from _nodes(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield data, index
            yield from _nodes(value, (*path, index))


def _to_text(data) -> str:
    text = json.dumps(data, ensure_ascii=False).replace(f'"{TOKEN}"', BIG_NUMBER)
    for depth in (50, 1200, 5000):
        text = text.replace(f'"{DEEP}{depth}"', "[" * depth + "]" * depth)
    return text


def _mutate_json(rng: random.Random, text: str) -> str:
    """A hostile variant of a JSON document (given as text), as text."""
    data = json.loads(text)
    places = list(_nodes(data))
    for _ in range(rng.randint(1, 3)):
        container, key = rng.choice(places)
        choice = rng.random()
        if choice < 0.08:
            container[key] = f"{DEEP}{rng.choice((50, 1200, 5000))}"  # nested n deep
        elif choice < 0.16:
            container[key] = TOKEN  # a 5.000-digit number
        elif choice < 0.24 and isinstance(container, dict):
            container.pop(key)
            places = list(_nodes(data))
        elif choice < 0.32:  # an id reused elsewhere
            uuids = [v for c, k in places if isinstance(v := c[k], str) and len(v) == 36]
            if uuids:
                container[key] = rng.choice(uuids)
        else:
            container[key] = copy.deepcopy(rng.choice(HOSTILE_VALUES))
    return _to_text(data)


def _local_headers(raw: bytes) -> list[int]:
    found, at = [], 0
    while (at := raw.find(b"PK\x03\x04", at)) != -1:
        found.append(at)
        at += 4
    return found


def _mutate_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    choice = rng.random()
    headers = _local_headers(raw)
    if choice < 0.2:
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif choice < 0.35:
        del data[rng.randrange(len(data)) :]
    elif choice < 0.5 and headers:  # corrupt a deflate stream
        at = rng.choice(headers)
        name_length, extra_length = struct.unpack_from("<HH", data, at + 26)
        start = at + 30 + name_length + extra_length
        for offset in range(rng.randint(1, 16)):
            if start + offset < len(data):
                data[start + offset] ^= rng.randrange(1, 256)
    elif choice < 0.65 and headers:  # an unsupported compression method, both headers
        method = rng.choice((1, 6, 9, 12, 14, 95, 98, 99))
        struct.pack_into("<H", data, rng.choice(headers) + 8, method)
        central = raw.find(b"PK\x01\x02")
        while central != -1:
            struct.pack_into("<H", data, central + 10, method)
            central = raw.find(b"PK\x01\x02", central + 4)
    elif choice < 0.75 and headers:  # the encryption flag
        at = raw.find(b"PK\x01\x02")
        if at != -1:
            struct.pack_into("<H", data, at + 8, 1)
    elif choice < 0.9:
        at = rng.randrange(len(data))
        data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    else:
        start = rng.randrange(len(data))
        data[start:start] = data[start : start + rng.randint(1, 4096)]
    return bytes(data)


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    province = province_database(folder / "province.sqlite")
    registered = keys.load_or_create_private_key(folder / "keys-402")
    key_file = keys.export_public_key(
        folder / "402.itplan-key", "402", "NX", keys.public_key_bytes(registered)
    )
    ex.register_key_file(province, key_file, "402")
    document = _document()
    base = _bundle(document, registered)
    path = folder / "base.itplan-bundle"
    path.write_bytes(base)
    assert import_one(province, path).status is OutcomeStatus.APPLIED
    yield folder, province, document, base
    province.close()


def _run(province, path: Path, raw: bytes, counts: dict[str, int]) -> None:
    path.write_bytes(raw)
    outcome = import_one(province, path)  # never confirmed: nothing may be written
    assert "file.refused" not in outcome.text
    assert not outcome.text.startswith("Không nhập “"), outcome.text  # the service's last net
    counts[outcome.status.value] = counts.get(outcome.status.value, 0) + 1


def test_hostile_bundles_are_refused_and_change_nothing(setting):
    folder, province, document, base = setting
    before = database_state(province.path)
    rng = random.Random(SEED)
    stranger = keys.load_or_create_private_key(folder / "keys-stranger")
    plan_data = dumps(document)
    actuals = actuals_to_bytes(document.plan.uuid, document.plan.observations).decode()
    counts: dict[str, int] = {}
    path = folder / "mutant.itplan-bundle"
    for index in range(BUNDLES):
        if index % 5 < 3:
            raw = _mutate_bytes(rng, base)
        elif index % 5 == 3:
            raw = _bundle(document, stranger, plan_raw=_mutate_json(rng, plan_data).encode())
        else:
            mutated = _mutate_json(rng, actuals).encode()
            raw = _bundle(document, stranger, actuals=mutated)
        _run(province, path, raw, counts)
    assert sum(counts.values()) == BUNDLES
    assert counts.get("applied", 0) == 0 and counts.get("unchanged", 0) == 0, counts
    assert database_state(province.path) == before


def test_hostile_plan_files_are_refused(setting):
    _folder, _province, document, _base = setting
    rng = random.Random(SEED + 1)
    data = dumps(document)
    refused = 0
    for _ in range(PLAN_FILES):
        text = _mutate_json(rng, data)
        try:
            loads(text.encode("utf-8", "surrogatepass"))
        except UserError as error:
            assert error.key != "planfile.unreadable" or "Error" in error.text
            refused += 1
    assert refused > PLAN_FILES * 0.6


def test_special_files_are_refused_before_reading(setting, tmp_path):
    import os

    _folder, province, _document, _base = setting
    fifo = tmp_path / "pipe.itplan-bundle"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.itplan-bundle"
    folder.mkdir()
    outcomes = ex.import_bundles(province, [fifo, Path("/dev/zero"), folder])
    assert [o.status for o in outcomes] == [OutcomeStatus.REFUSED] * 3
    assert all("không phải là một tệp thông thường" in o.text for o in outcomes)
    from itplan_desktop.services.plans import import_plan_file

    for special in (fifo, Path("/dev/zero"), folder):
        with pytest.raises(UserError) as refused:
            import_plan_file(province, special)
        assert refused.value.key == "file.not_regular"


def test_a_batch_goes_on_after_a_bad_file(setting, tmp_path):
    _folder, province, _document, base = setting
    bad = tmp_path / "bad.itplan-bundle"
    bad.write_bytes(_mutate_bytes(random.Random(3), base)[:200])
    good = tmp_path / "good.itplan-bundle"
    good.write_bytes(base)
    outcomes = ex.import_bundles(province, [bad, good, bad, good])
    assert [o.status for o in outcomes] == [
        OutcomeStatus.REFUSED,
        OutcomeStatus.ALREADY_IMPORTED,
        OutcomeStatus.REFUSED,
        OutcomeStatus.ALREADY_IMPORTED,
    ]
