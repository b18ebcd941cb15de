"""The plan file format: canonical, lossless, and strict about what it accepts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from plan_factories import small_document

from itplan_desktop.formats import plan_file
from itplan_desktop.formats.plan_file import FORMAT_VERSION, dumps, loads, read_plan_file
from itplan_desktop.messages import UserError

REPO = Path(__file__).resolve().parent.parent


def test_round_trip_is_lossless_and_canonical():
    document = small_document()
    text = dumps(document)
    again = loads(text)
    assert again.plan == document.plan
    assert again.organisations == document.organisations
    assert dumps(again) == text
    assert text.endswith("\n") and '"format": "itplan-plan"' in text


def test_vietnamese_text_is_stored_readable_not_escaped():
    text = dumps(small_document())
    assert "Như Xuân" in text and "\\u" not in text


def test_amounts_are_integers_in_dong_and_kpis_decimal_strings():
    data = json.loads(dumps(small_document()))
    row = data["plan"]["appendices"][0]["rows"][1]
    assert row["values"] == {"y2016": 50_000_000, "y2017": 60_000_000}
    indicator = data["plan"]["indicators"][0]
    assert indicator["baseline_value"] == "62.5" and indicator["targets"] == {"2020": "100"}


def test_sample_files_round_trip_byte_for_byte(sample_paths: list[Path]):
    for path in sample_paths:
        text = path.read_text("utf-8")
        assert dumps(read_plan_file(path)) == text, path.name


def test_schema_in_docs_is_the_one_the_app_uses():
    docs = json.loads((REPO / "docs" / "plan-format.schema.json").read_text("utf-8"))
    assert docs == plan_file.plan_schema()


def _mutated(change) -> str:
    data = json.loads(dumps(small_document()))
    change(data)
    return json.dumps(data, ensure_ascii=False)


def _refusal(raw: str | bytes) -> str:
    with pytest.raises(UserError) as caught:
        loads(raw)
    return caught.value.text


def test_refuses_text_that_is_not_json():
    assert "dòng 1" in _refusal("{not json")


def test_refuses_binary_garbage():
    assert "UTF-8" in _refusal(b"\xff\xfe\x00PK\x03\x04")


def test_refuses_other_json_documents():
    assert "không phải là tệp kế hoạch" in _refusal('{"hello": 1}')
    assert "không phải là tệp kế hoạch" in _refusal("[1, 2]")


def test_refuses_newer_format_version_with_advice():
    text = _refusal(_mutated(lambda d: d.update(version=FORMAT_VERSION + 1)))
    assert "phiên bản mới hơn" in text


@pytest.mark.parametrize(
    ("change", "place"),
    [
        (lambda d: d["plan"].pop("title"), "$.plan"),
        (lambda d: d["plan"].update(start_year="2016"), "$.plan.start_year"),
        (
            lambda d: d["plan"]["appendices"][0]["rows"][1]["values"].update(y2016=1.5),
            "$.plan.appendices[0].rows[1].values.y2016",
        ),
        (
            lambda d: d["plan"]["appendices"][0]["rows"][1]["values"].update(y2016="50"),
            "$.plan.appendices[0].rows[1].values.y2016",
        ),
        (
            lambda d: d["plan"]["budget"]["lines"][0].update(source="vốn"),
            "$.plan.budget.lines[0].source",
        ),
        (
            lambda d: d["plan"]["indicators"][0]["targets"].update({"2020": "một trăm"}),
            "$.plan.indicators[0].targets.2020",
        ),
        (lambda d: d["plan"].update(surprise=True), "$.plan"),
    ],
)
def test_schema_violations_name_the_place(change, place):
    text = _refusal(_mutated(change))
    assert f"tại {place}:" in text


@pytest.mark.parametrize(
    ("change", "place", "words"),
    [
        (
            lambda d: d["plan"]["appendices"][0]["rows"][1]["values"].update(y2030=5),
            "$.plan.appendices[0].rows[1].values.y2030",
            "không có trong bảng",
        ),
        (
            lambda d: d["plan"]["appendices"][0]["rows"][1]["values"].update(total=5),
            "$.plan.appendices[0].rows[1].values.total",
            "không nhận",
        ),
        (
            lambda d: d["plan"]["appendices"][0]["rows"][1].update(
                uuid=d["plan"]["appendices"][0]["rows"][0]["uuid"]
            ),
            "$.plan.appendices[0].rows[1].uuid",
            "bị trùng",
        ),
        (lambda d: d["plan"].update(organisation_code="999"), "$.plan.organisation_code", "999"),
        (lambda d: d["plan"].update(start_year=2021), "$.plan.start_year", "2021"),
        (
            lambda d: d["plan"]["observations"][0].update(
                indicator="00000000-0000-4000-8000-000000000000"
            ),
            "$.plan.observations[0].indicator",
            "chỉ tiêu",
        ),
    ],
)
def test_inconsistent_files_name_the_place(change, place, words):
    text = _refusal(_mutated(change))
    assert f"tại {place}:" in text and words in text


def test_refuses_oversized_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "big.itplan.json"
    path.write_text(dumps(small_document()), "utf-8")
    monkeypatch.setattr(plan_file, "MAX_FILE_BYTES", 100)
    with pytest.raises(UserError, match="quá lớn"):
        read_plan_file(path)


def test_write_is_atomic_and_leaves_no_temporary(tmp_path: Path):
    target = tmp_path / "plan.itplan.json"
    document = small_document()
    plan_file.write_plan_file(document, target)
    assert [p.name for p in tmp_path.iterdir()] == ["plan.itplan.json"]
    assert read_plan_file(target).plan == document.plan
