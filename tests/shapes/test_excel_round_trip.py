"""Issue 15, item 6: our own Excel export imports back as it was written — groups numbered
in any style (I., 1., a., none), their levels, every value and the stated subtotals and
totals — even when nobody opened the workbook in a spreadsheet program (openpyxl caches no
results: the formulas we write are computed on import, `formats/xlsx_import/formula_values`)."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from shape_plans import shape_plan, year_groups_appendix

from itplan_desktop.domain.appendix_engine import AppendixComputation
from itplan_desktop.formats.plan_file import read_plan_file
from itplan_desktop.formats.xlsx_import.formula_values import (
    Unsupported,
    evaluate,
    fill_uncached,
)
from itplan_desktop.paths import samples_dir
from itplan_desktop.services.xlsx_export import export_plan_xlsx
from itplan_desktop.services.xlsx_import import preview_xlsx

STYLES = [("roman", "arabic"), ("arabic",), ("alpha",), ("none",), ("arabic", "alpha"), ("dash",)]
SAMPLES = ["thanh_hoa_2011_2015", "nhu_xuan_2016_2020"]


def _rows(appendix):
    return [(r.kind, r.level, r.texts, r.values, r.stated) for r in appendix.rows]


@pytest.mark.parametrize("styles", STYLES, ids="-".join)
@pytest.mark.parametrize("sample", SAMPLES)
def test_every_appendix_comes_back_with_its_groups_and_totals(tmp_path, sample, styles):
    base = read_plan_file(samples_dir() / f"{sample}.itplan.json").plan
    for number, original in enumerate(base.appendices, start=1):
        appendix = copy.deepcopy(original)
        appendix.group_styles = styles
        plan = copy.deepcopy(base)
        plan.appendices = [appendix]
        (path,) = export_plan_xlsx(plan, tmp_path / f"{number}.xlsx")
        preview = preview_xlsx(path)
        assert preview.ok, [p.message for p in preview.problems]
        computation = AppendixComputation(appendix)
        back = preview.appendix
        assert [(r.kind, r.level, r.texts, r.values) for r in back.rows] == [
            (r.kind, r.level, r.texts, r.values) for r in appendix.rows
        ], number
        assert back.stated_totals == computation.totals == appendix.stated_totals
        for index, row in enumerate(back.rows):
            for key, value in row.stated.items():
                assert value == computation.value(index, key), (number, index, key)


def test_unnumbered_year_groups_come_back(tmp_path):
    plan = shape_plan(year_groups_appendix())
    (path,) = export_plan_xlsx(plan, tmp_path / "years.xlsx")
    back = preview_xlsx(path).appendix
    original = plan.appendices[0]
    assert [(r.kind, r.level, r.year, r.values) for r in back.rows] == [
        (r.kind, r.level, r.year, r.values) for r in original.rows
    ]


CELLS = {(1, 1): 5, (2, 1): 7.5, (3, 1): None, (1, 2): "abc", (2, 2): Decimal("0.25")}


def _cell(row: int, column: int):
    raw = CELLS.get((row, column))
    if raw is None or isinstance(raw, str):
        return raw
    return Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)


@pytest.mark.parametrize(
    ("formula", "value"),
    [
        ('=IF(COUNT(A1:A3),SUM(A1:A3),"")', Decimal("12.5")),
        ('=IF(COUNT(A3),SUM(A3),"")', ""),  # a sum of empty cells is empty, as the engine
        ("=SUM(A1,B2)", Decimal("5.25")),
        ('=IF(SUM(COUNT(A1),COUNT(A2)),SUM(SUM(A1),SUM(A2)),"")', Decimal("12.5")),
        ("=SUBTOTAL(9,A1:A3)", Decimal("12.5")),
        ("=A1+A2-B2", Decimal("12.25")),
        ("=-A1+10", Decimal(5)),
        ("=COUNT(A1:B3)", Decimal(3)),
        ("=SUM($A$1:$A$2)", Decimal("12.5")),
    ],
)
def test_the_formulas_we_write_are_computed_exactly(formula, value):
    assert evaluate(formula, _cell) == value


@pytest.mark.parametrize(
    "formula",
    ["=VLOOKUP(A1,B1:B3,1)", "=Sheet2!A1", "=A1*2", "=SUM(A1:A3", "=B1+1", "A1", "=1;2"],
)
def test_anything_else_is_left_without_a_value(formula):
    with pytest.raises(Unsupported):
        evaluate(formula, _cell)


def test_formulas_through_formulas_and_cycles():
    rows = [[1, "=A1+1", "=B1+A1"], ["=A2", None, None]]
    formulas = {(1, 2): "=A1+1", (1, 3): "=B1+A1", (2, 1): "=A2"}  # A2 refers to itself
    rows[0][1] = rows[0][2] = rows[1][0] = None  # as read: no cached values
    assert fill_uncached(rows, formulas) == {(1, 2), (1, 3)}
    assert rows[0][1:] == [Decimal(2), Decimal(3)] and rows[1][0] is None
