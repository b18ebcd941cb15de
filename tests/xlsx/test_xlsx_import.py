"""Excel import: round trip of our export, hand-made workbooks in the shape of each
reference appendix (typed totals, numbers as text, TCVN3 text, a wrong subtotal), and the
validator reporting the same mistakes as for the samples."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import pytest
from xlsx_handmade import handmade
from xlsx_recalc import Exported, load_sample

from itplan_desktop.domain.appendix import Appendix
from itplan_desktop.domain.appendix_engine import TOTAL_ROW, AppendixComputation
from itplan_desktop.domain.plan import Plan
from itplan_desktop.domain.validation import validate_plan
from itplan_desktop.services.xlsx_import import preview_xlsx
from itplan_desktop.vn.text_repair import unicode_to_legacy
from itplan_desktop.vn.units import MoneyUnit

APPENDICES = [("nhu_xuan_2016_2020", 1), ("nhu_xuan_2016_2020", 2)] + [
    ("thanh_hoa_2011_2015", n) for n in (1, 2, 3, 4)
]


def _rows(appendix: Appendix, *, stated: bool = True) -> list[tuple]:
    return [
        (r.kind, r.level, r.label, r.texts, r.values, r.stated if stated else None)
        for r in appendix.rows
    ]


def _appendix_findings(plan: Plan) -> list[tuple]:
    """(code, appendix number, row position, column) of every appendix finding."""
    found = []
    for finding in validate_plan(plan):
        location = finding.location
        if location.appendix is None:
            found.append((finding.code, None, None, location.field))
            continue
        appendix = next(a for a in plan.appendices if a.uuid == location.appendix)
        rows = [r.uuid for r in appendix.rows]
        position = rows.index(location.row) if location.row in rows else TOTAL_ROW
        found.append((finding.code, appendix.number, position, location.column))
    return sorted(found, key=str)


def _with_imported(plan: Plan, number: int, imported: Appendix) -> Plan:
    """The plan with appendix `number` replaced by the imported one (same identity)."""
    plan = copy.deepcopy(plan)
    index = next(i for i, a in enumerate(plan.appendices) if a.number == number)
    original = plan.appendices[index]
    imported = copy.deepcopy(imported)
    for name in ("uuid", "number", "detail_of", "role", "funding_source"):
        setattr(imported, name, getattr(original, name))
    for row, same in zip(imported.rows, original.rows, strict=False):
        row.uuid = same.uuid  # detail appendices name rows by uuid
    plan.appendices[index] = imported
    return plan


@pytest.mark.parametrize("name", ["nhu_xuan_2016_2020", "thanh_hoa_2011_2015"])
def test_round_trip_of_our_export(exported: dict[str, Exported], name: str) -> None:
    plan = exported[name].plan
    for position, appendix in enumerate(plan.appendices, start=1):
        as_written = preview_xlsx(exported[name].path, sheet=str(position))
        assert as_written.ok, as_written.problems
        assert _rows(as_written.appendix, stated=False) == _rows(appendix, stated=False)
        assert [c.header for c in as_written.appendix.columns] == [
            c.header for c in appendix.columns
        ]
        # no cached results (openpyxl writes none): the formulas are computed on import
        computation = AppendixComputation(appendix)
        assert as_written.appendix.stated_totals == computation.totals
        recalculated = preview_xlsx(exported[name].recalculated, sheet=str(position))
        computation = AppendixComputation(appendix)
        assert recalculated.appendix.stated_totals == computation.totals
        assert recalculated.appendix.stated_totals == appendix.stated_totals
        for index, row in enumerate(recalculated.appendix.rows):
            for key, value in row.stated.items():
                assert value == computation.value(index, key)
            for key, value in appendix.rows[index].stated.items():
                assert row.stated[key] == value
        assert recalculated.appendix.unit == appendix.unit
        assert recalculated.appendix.title == appendix.title.upper()


@pytest.mark.parametrize(("name", "number"), APPENDICES)
def test_handmade_reference_shapes_import_like_the_sample(
    tmp_path: Path, name: str, number: int
) -> None:
    plan = load_sample(name)
    appendix = next(a for a in plan.appendices if a.number == number)
    path = handmade(
        appendix,
        tmp_path / "old.xlsx",
        number=number,
        total_in_tt=(name, number) == ("nhu_xuan_2016_2020", 2),
        numbering_row=number == 3,
        extra_sheet=number == 4,
    )
    preview = preview_xlsx(path)
    assert preview.ok, [p.message for p in preview.problems]
    imported = preview.appendix
    assert _rows(imported) == _rows(appendix)
    assert imported.stated_totals == appendix.stated_totals
    assert imported.unit is MoneyUnit.TRIEU_DONG
    assert imported.title == appendix.title
    assert fold_label(imported.total_label) == fold_label(appendix.total_label)
    assert preview.header_rows[0] == 5
    assert _appendix_findings(_with_imported(plan, number, imported)) == _appendix_findings(plan)


def _casefolded(rows: list[tuple]) -> list[tuple]:
    return [(*r[:3], {k: v.casefold() for k, v in r[3].items()}, *r[4:]) for r in rows]


def fold_label(text: str) -> str:
    return text.casefold()


def test_wrong_typed_subtotal_is_reported(tmp_path: Path) -> None:
    plan = load_sample("thanh_hoa_2011_2015")
    appendix = plan.appendices[1]
    group = next(i for i, r in enumerate(appendix.rows) if r.label == "I")
    path = handmade(appendix, tmp_path / "pl2.xlsx", number=2, typed={(group, "y2012"): 5100})
    preview = preview_xlsx(path)
    assert preview.ok
    assert preview.appendix.rows[group].stated["y2012"] == 5_100_000_000
    findings = _appendix_findings(_with_imported(plan, 2, preview.appendix))
    assert findings == sorted([*_appendix_findings(plan), ("APX001", 2, group, "y2012")], key=str)
    message = next(
        f for f in validate_plan(_with_imported(plan, 2, preview.appendix)) if f.code == "APX001"
    )
    assert "5.100" in message.message and "5.000" in message.message


def test_numbers_typed_as_text_in_either_convention(tmp_path: Path) -> None:
    plan = load_sample("nhu_xuan_2016_2020")
    appendix = plan.appendices[0]
    typed = {
        (0, "y2016"): "1.200",
        (0, "total"): "1.200",
        (1, "y2017"): "1,5",
        (-1, "total"): "5.600 ",
    }
    preview = preview_xlsx(handmade(appendix, tmp_path / "pl1.xlsx", typed=typed))
    assert preview.ok
    rows = preview.appendix.rows
    assert rows[0].values["y2016"] == 1_200_000_000 and rows[0].stated["total"] == 1_200_000_000
    assert rows[1].values["y2017"] == 1_500_000
    assert preview.appendix.stated_totals["total"] == 5_600_000_000
    # the changed 2017 figure makes the typed total of row 2 and the 2017 total wrong
    codes = {f[0] for f in _appendix_findings(_with_imported(plan, 1, preview.appendix))}
    assert {"APX002", "APX005"} <= codes


def test_ambiguous_and_unreadable_numbers_are_listed_with_their_cell(tmp_path: Path) -> None:
    plan = load_sample("nhu_xuan_2016_2020")
    typed = {(0, "y2016"): "1,200", (1, "y2017"): "năm trăm", (2, "y2018"): "#REF!"}
    path = handmade(plan.appendices[0], tmp_path / "pl1.xlsx", typed=typed)
    preview = preview_xlsx(path)
    assert not preview.ok
    cells = {p.cell: p for p in preview.problems}
    assert set(cells) == {"F7", "G8", "H9"}
    assert "1,200" in cells["F7"].message and "không rõ nghĩa" in cells["F7"].message
    assert "không phải là số" in cells["G8"].message
    assert "#REF!" in cells["H9"].message
    assert [(a.cell, a.readings) for a in preview.ambiguous] == [
        ("F7", (Decimal("1.200"), Decimal("1200")))
    ]
    vietnamese = preview_xlsx(path, convention="vi")
    assert vietnamese.appendix.rows[0].values["y2016"] == 1_200_000  # 1,2 triệu
    english = preview_xlsx(path, convention="en")
    assert english.appendix.rows[0].values["y2016"] == 1_200_000_000


def test_legacy_tcvn3_text_is_converted(tmp_path: Path) -> None:
    plan = load_sample("nhu_xuan_2016_2020")
    appendix = plan.appendices[1]
    path = handmade(
        appendix,
        tmp_path / "tcvn3.xlsx",
        number=2,
        total_in_tt=True,
        encode=lambda text: unicode_to_legacy(text, "tcvn3"),
    )
    preview = preview_xlsx(path)
    assert preview.ok
    # TCVN3 has no codes for toned capitals: "Sè" may be "Số" or "SỐ"; compare ignoring case
    assert _casefolded(_rows(preview.appendix)) == _casefolded(_rows(appendix))
    assert preview.appendix.title == appendix.title
    assert [c.role for c in preview.appendix.columns] == [c.role for c in appendix.columns]
    assert any("TCVN3" in note for note in preview.notes)
