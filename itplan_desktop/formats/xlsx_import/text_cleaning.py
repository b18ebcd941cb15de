"""Repair of the text cells of one sheet: NFC, "ƣ", and legacy TCVN3/VNI text.

The same steps as `repair_text`, split: a single cell is often too short to tell a legacy
encoding for sure, so the encoding is detected once on all the sheet's text and, when it is
clear, every non-ASCII cell is converted; then NFC and "ƣ" repair. Equal texts (the same
lead unit on every row) are cleaned once.
"""

from __future__ import annotations

from itertools import islice

from ...vn.text_repair import (
    LegacyDetection,
    detect_legacy,
    legacy_to_unicode,
    repair_pdf_u,
    to_nfc,
)
from .workbook_reader import SheetData

MIN_CONFIDENCE = 0.8
_SAMPLE_CELLS = 5_000


class TextCleaner:
    """Cleans the text of one sheet; `notes` collects what was repaired, once per kind."""

    def __init__(self, sheet: SheetData) -> None:
        texts = (v for row in sheet.rows for v in row if isinstance(v, str) and not v.isascii())
        sample = "\n".join(islice(texts, _SAMPLE_CELLS))
        detection = detect_legacy(sample) if sample else LegacyDetection(None, 0.0)
        self.detection = detection
        self.encoding = detection.encoding if detection.confidence >= MIN_CONFIDENCE else None
        self.converted_cells = 0
        self._done: dict[str, str] = {}

    def clean(self, text: str) -> str:
        """The cell's text repaired and stripped; surrounding blanks and double spaces go."""
        done = self._done.get(text)
        if done is not None:
            if self.encoding is not None and not text.isascii():
                self.converted_cells += 1
            return done
        repaired = text
        if self.encoding is not None and not text.isascii():
            repaired = legacy_to_unicode(text, self.encoding)
            self.converted_cells += 1
        repaired = repair_pdf_u(to_nfc(repaired))
        lines = [" ".join(line.split()) for line in repaired.strip().splitlines()]
        result = "\n".join(line for line in lines if line)
        if len(self._done) < 100_000:
            self._done[text] = result
        return result
