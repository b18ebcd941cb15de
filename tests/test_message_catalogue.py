"""The one message catalogue, walked in both languages, and the package searched for
user-visible Vietnamese outside it.

1. Every code has a Vietnamese and an English text, with the same placeholders, and the English
   is not the Vietnamese left untranslated.
2. No `raise` outside `gui/` carries a Vietnamese literal: errors meant for the user are
   `UserError(code, ...)` (or a `TextReadError` with a code), so the English UI shows English.
   Vietnamese words quoted inside an English programmer message (`'linh' or 'lẻ'`) are allowed
   (`DOMAIN_WORDS`).
3. Vietnamese string literals (docstrings and catalogue entries aside) live only in the modules of
   `VIETNAMESE_DATA`, each with the reason: the language itself, the printed official document
   (Vietnamese by law, whatever the UI language), domain words and default texts of a plan.
   A new module with Vietnamese literals either takes its texts from the catalogue or is added
   there with its reason. The GUI's own texts go through Qt's tr() (tests/gui checks the .ts).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import itplan_desktop
from itplan_desktop import messages

ROOT = Path(itplan_desktop.__file__).parent
VIETNAMESE = re.compile(r"[À-ỹĐđƯư]")
SAME_IN_BOTH = {"bundle.eml.subject"}  # "[itplan] {kind_label} — {sender} — {title}"
DOMAIN_WORDS = {"linh", "lẻ", "nghìn", "ngàn", "bốn", "tư", "tỷ"}

VIETNAMESE_DATA: dict[str, str] = {
    # the language itself
    "vn/": "Vietnamese letters, syllables, number words, dates, units, outline labels",
    # the printed documents (Nghị định 30/2020: official documents are in Vietnamese)
    "export/": "the wording of the printed PDF and Excel documents",
    "services/dti_documents.py": "the text of the DTI publishing decision",
    "services/kpi_report.py": "the text of the printed progress report",
    "services/province.py": "the title of the consolidated report",
    "services/province_documents.py": "issuing bodies named in the province's documents",
    "services/province_kpi_report.py": "the text of the printed KPI comparison report",
    "services/appendix_total_rows.py": "the printed labels of suggested total rows (Tổng vốn …)",
    "domain/printed_form.py": "the fixed lines of an official document",
    "domain/validation/format_checks.py": "the 'Lưu: VT' line the format check looks for",
    "formats/xlsx_import/title_block.py": "the 'Phụ lục' line the import recognises",
    "formats/xlsx_import/row_reader.py": "sub-item marks the import recognises",
    "formats/xlsx_import/preview.py": "the 'Tổng cộng' row the import recognises",
    # domain words and the default texts of a new plan
    "domain/appendix_templates.py": "column headers of the appendix templates",
    "domain/appendix.py": "default unit and total label",
    "domain/appendix_engine.py": "comment naming the total row",
    "domain/appendix_layout.py": "comment naming the units",
    "domain/budget.py": "default unit and total sentence",
    "domain/funding.py": "funding source names",
    "domain/kpi_periods.py": "period labels (Quý, 6 tháng đầu năm)",
    "domain/kpi_progress.py": "task status labels",
    "domain/kpi_status.py": "KPI status labels",
    "domain/kpi_values.py": "yes/no answer words",
    "domain/legal_library.py": "document number pattern",
    "domain/organisation.py": "kinds of units and 'Ủy ban nhân dân'",
    "domain/plan.py": "document kinds (Kế hoạch, Quyết định) and their symbols",
    "domain/validation/context.py": "the unit word in finding values",
    "domain/validation/today_checks.py": "the former Sở's name the check looks for",
    "formats/plan_codec.py": "defaults of the plan file (unit, total label)",
    "services/appendix_editing.py": "the default header of a new total column",
    "services/appendix_management.py": "the blank appendix template and its title",
    "services/kpi_communes.py": "kinds of communes",
    "services/kpi_entry.py": "letters folded when reading yes/no",
    "services/kpi_indicator_edit.py": "the word 'xã'",
    "services/plan_creation.py": "default legal bases, recipients and titles of a new plan",
    "services/plan_templates.py": "result marks of Phần I (hoàn thành …)",
    "services/province_units.py": "kinds of the province's units",
    "services/units.py": "words an agency's name starts with",
    "formats/dti_assessment_file.py": "field names of the DTI assessment file",
    "formats/dti_index_file.py": "field names of the DTI index file",
    "notices.py": "the bilingual title of the third-party notices file",
    # command line: argparse help is English, with the Vietnamese words it explains
    "cli/": "Vietnamese words inside the English --help texts",
}


def _all_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(ROOT)], prefix="itplan_desktop."):
        if ".gui" in info.name or info.name.endswith(("__main__", ".app")):
            continue
        if ".migrations" in info.name:
            continue
        names.append(info.name)
    return names


@pytest.fixture(scope="module")
def catalogue() -> dict[str, tuple[str, str]]:
    for name in _all_modules():
        importlib.import_module(name)  # every module registers its messages on import
    return dict(messages._CATALOGUE)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _has_words(text: str) -> bool:
    return bool(re.search(r"[A-Za-zÀ-ỹ]{3}", re.sub(r"\{[^}]*\}", "", text)))


def test_every_code_has_both_languages_with_the_same_placeholders(catalogue) -> None:
    assert len(catalogue) > 300
    problems = []
    for code, (vi, en) in sorted(catalogue.items()):
        if not vi.strip() or not en.strip():
            problems.append(f"{code}: empty text")
        elif _fields(vi) != _fields(en):
            problems.append(f"{code}: placeholders {_fields(vi)} != {_fields(en)}")
        elif (
            vi == en
            and code not in SAME_IN_BOTH
            and re.search(r"[A-Za-zÀ-ỹ]{3}", re.sub(r"\{[^}]*\}", "", vi))
        ):
            problems.append(f"{code}: English text not translated")
    assert problems == []


def test_every_code_renders_in_both_languages(catalogue) -> None:
    try:
        for language in messages.LANGUAGES:
            messages.set_language(language)
            for code, (vi, en) in catalogue.items():
                names = _fields(vi) | _fields(en)
                values = {name.split(".")[0].split("[")[0]: "x" for name in names}
                assert messages.message(code, **values)
    finally:
        messages.set_language("vi")


def test_a_raised_error_follows_the_language_it_is_shown_in() -> None:
    error = messages.UserError("plan.not_found", ref="abc")
    try:
        messages.set_language("en")
        assert str(error) == error.text == "Plan “abc” not found."
    finally:
        messages.set_language("vi")
    assert str(error) == "Không tìm thấy kế hoạch “abc”."


def _python_files() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if "migrations" not in p.parts)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            found.add(id(body[0].value))
    return found


def _catalogue_entries(tree: ast.AST) -> set[int]:
    """Nodes inside register_messages(...) and the dicts assigned to *CATALOGUE/*MESSAGES/
    *CODES (the catalogue itself)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        inside = None
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name == "register_messages":
                inside = node
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if any(n.endswith(("CATALOGUE", "MESSAGES", "CODES")) for n in names):
                inside = node.value
        if inside is not None:
            found.update(id(n) for n in ast.walk(inside))
    return found


def _is_tr_call(node: ast.AST) -> bool:
    name = getattr(
        getattr(node, "func", None), "attr", getattr(getattr(node, "func", None), "id", "")
    )
    return isinstance(node, ast.Call) and name in {"tr", "translate", "_tr"}


def _vietnamese(text: str) -> bool:
    return bool(
        VIETNAMESE.search(re.sub(r"\w+", lambda m: "" if m[0] in DOMAIN_WORDS else m[0], text))
    )


def test_no_raise_carries_a_vietnamese_literal() -> None:
    offenders = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Raise) or node.exc is None:
                continue
            translated = {
                id(n) for call in ast.walk(node.exc) if _is_tr_call(call) for n in ast.walk(call)
            }
            for constant in ast.walk(node.exc):
                if (
                    isinstance(constant, ast.Constant)
                    and isinstance(constant.value, str)
                    and id(constant) not in translated
                    and _vietnamese(constant.value)
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {constant.value!r}")
    assert offenders == []


def test_vietnamese_literals_only_in_data_and_document_modules() -> None:
    offenders = []
    for path in _python_files():
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("gui/") or any(relative.startswith(p) for p in VIETNAMESE_DATA):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree) | _catalogue_entries(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skip
                and _vietnamese(node.value)
            ):
                offenders.append(f"{relative}:{node.lineno}: {node.value[:60]!r}")
    assert offenders == []


def test_the_allow_list_names_modules_that_exist() -> None:
    for prefix in VIETNAMESE_DATA:
        assert (ROOT / prefix).exists(), prefix
