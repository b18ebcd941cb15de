"""The lines above an imported table: "Phụ lục 1. DANH MỤC …", "(Kèm theo …)", the unit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...vn.collation import fold
from ...vn.units import MoneyUnit
from .header_detection import cell_text
from .text_cleaning import TextCleaner
from .workbook_reader import SheetData

_HEADING = re.compile(r"^\s*ph[ụu]\s*l[ụu]c\s*(?:s[ốo]\s*)?[0-9IVXLivxl]*\s*[.:\-–]?\s*", re.I)


@dataclass(frozen=True)
class TitleBlock:
    title: str
    unit: MoneyUnit | None
    unit_text: str | None


def read_title_block(sheet: SheetData, header_top: int, cleaner: TextCleaner) -> TitleBlock:
    """Title lines (without "Phụ lục N.") and the unit line found above the header."""
    titles: list[str] = []
    unit: MoneyUnit | None = None
    unit_text: str | None = None
    for number in range(1, header_top):
        parts = [cell_text(v) for v in sheet.rows[number - 1] if isinstance(v, str)]
        text = cleaner.clean(" ".join(p for p in parts if p)).replace("\n", " ")
        if not text:
            continue
        key = fold(text)
        if key.startswith(("(kem theo", "kem theo", "(ban hanh kem")):
            continue
        if key.startswith(("don vi", "dvt")):
            try:
                unit, unit_text = MoneyUnit.from_label(text), text
            except ValueError:
                unit_text = text
            continue
        if key.startswith("phu luc"):
            text = _HEADING.sub("", text, count=1).strip()
            if not text:
                continue
        titles.append(text)
    return TitleBlock(" ".join(titles), unit, unit_text)
