"""The index file: shipped indices round-trip, bad files are refused with a message."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itplan_desktop.domain.dti_index import DtIndex, RuleKind
from itplan_desktop.formats import dti_index_file
from itplan_desktop.messages import UserError, set_language

SHIPPED = sorted(
    p.name for p in resources.files("itplan_desktop.indices").iterdir() if p.name.endswith(".json")
)


def shipped(name: str) -> str:
    return (resources.files("itplan_desktop.indices") / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_index_reads_and_writes_back_byte_identical(name):
    index = dti_index_file.loads(shipped(name))
    assert index.max_points == Decimal(1000)
    assert dti_index_file.dumps(index) == shipped(name)


def test_sample_commune_index_uses_every_rule_kind():
    index = dti_index_file.loads(shipped("cds-xa-thanh-hoa-2026.itplan-index.json"))
    assert {i.rule.kind for i in index.indicators} == set(RuleKind)
    for group in index.groups:
        assert index.indicators_of(group.code)


def test_national_index_marks_what_is_not_confirmed():
    index = dti_index_file.loads(shipped("dti-tinh-2025.itplan-index.json"))
    assert [g.name for g in index.groups] == [
        "Nhận thức số",
        "Thể chế số",
        "Hạ tầng số",
        "Nhân lực số",
        "An toàn thông tin mạng",
        "Chính quyền số",
        "Kinh tế số",
        "Xã hội số",
    ]
    assert "405/QĐ-BKHCN" in index.basis
    assert all(i.placeholder for i in index.indicators)


def base() -> dict:
    return json.loads(shipped("cds-xa-thanh-hoa-2026.itplan-index.json"))


def mutate(path: str, value: object) -> dict:
    data = base()
    target = data
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if value is KeyError:
        del target[last]
    elif last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return data


@pytest.mark.parametrize(
    ("data", "vi", "en"),
    [
        (
            mutate("format", "itplan-plan"),
            "không phải là tệp bộ chỉ số",
            "not an itplan-desktop index",
        ),
        (mutate("format_version", 9), "mới hơn", "newer than"),
        (mutate("year", 1890), "tại year", "at year"),
        (
            mutate("indicators.0.max_points", "-5"),
            "indicators[0].max_points",
            "indicators[0].max_points",
        ),
        (mutate("indicators.0.max_points", True), "số không âm", "non-negative number"),
        (mutate("indicators.0.max_points", "9" * 5000), "số không âm", "non-negative"),
        (mutate("indicators.1.code", "A.1"), "“A.1” bị trùng", "“A.1” appears twice"),
        (mutate("indicators.0.group", "Z"), "nhóm “Z”", "group “Z”"),
        (mutate("indicators.0.rule", {"kind": "lottery"}), "phải là một trong", "must be one of"),
        (
            mutate(
                "indicators.4.rule.steps",
                [{"at_least": "100", "points": "10"}, {"at_least": "50", "points": "20"}],
            ),
            "tăng dần",
            "must rise",
        ),
        (mutate("indicators.2.rule.target", "0"), "mục tiêu lớn hơn 0", "target above 0"),
        (mutate("indicators.0.name", KeyError), "thiếu trường bắt buộc", "required field"),
        (mutate("groups", {"A": 1}), "danh sách", "must be a list"),
    ],
)
def test_bad_files_are_refused_in_the_users_language(data, vi, en):
    text = json.dumps(data, ensure_ascii=False)
    for language, expected in (("vi", vi), ("en", en)):
        set_language(language)
        try:
            with pytest.raises(UserError) as refused:
                dti_index_file.loads(text)
            assert expected in refused.value.text
        finally:
            set_language("vi")


@pytest.mark.parametrize(
    "text",
    ["", "{", "[]", "null", '"x"', "[" * 100_000, '{"format": "itplan-dti-index"}', "1" * 5000],
)
def test_not_an_index_is_refused_not_crashed(text):
    with pytest.raises(UserError):
        dti_index_file.loads(text)


def test_read_index_refuses_a_folder_and_an_oversized_file(tmp_path: Path):
    with pytest.raises(UserError):
        dti_index_file.read_index(tmp_path)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (dti_index_file.MAX_BYTES + 1))
    with pytest.raises(UserError):
        dti_index_file.read_index(big)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.text(max_size=8)
    | st.sampled_from(["ratio", "steps", "yes_no", "count", "assessor", "A", "A.1", "100"]),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=8,
)


def _paths(data: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for n, value in enumerate(data):
            found += _paths(value, (*prefix, n))
    return found


BASE_PATHS = _paths(base())[1:]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(BASE_PATHS), JSON_VALUES), min_size=1, max_size=4))
def test_any_mutation_is_read_or_refused_never_crashes(mutations):
    data = copy.deepcopy(base())
    for path, value in mutations:
        target = data
        try:
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    try:
        index = dti_index_file.loads(json.dumps(data, ensure_ascii=False))
    except UserError as refused:
        assert refused.text
    else:
        assert isinstance(index, DtIndex)
        assert dti_index_file.loads(dti_index_file.dumps(index)) == index


def test_a_refusal_reads_in_the_language_shown_not_the_one_raised():
    """The detail of a refusal follows the language too (a language switch after the error)."""
    text = json.dumps(mutate("indicators.0.group", "Z"), ensure_ascii=False)
    with pytest.raises(UserError) as refused:
        dti_index_file.loads(text)
    assert "nhóm “Z” không có trong danh sách nhóm" in refused.value.text
    set_language("en")
    try:
        assert refused.value.text == (
            "Invalid index file at indicators[0].group: group “Z” is not among the groups"
        )
    finally:
        set_language("vi")
