"""vn layer: the Vietnamese language core (numbers, amounts in words, dates, sorting, text
repair, outline numbering). No Qt, no database, no other itplan_desktop package."""

from itplan_desktop.vn.amount_words import (
    WordsOptions,
    WordsParseError,
    amount_to_words,
    words_to_amount,
)
from itplan_desktop.vn.collation import contains, fold, sort_key
from itplan_desktop.vn.dates import (
    DateParseError,
    format_date,
    format_place_date,
    parse_date,
    period_label,
    quarter_label,
    quarter_range_label,
)
from itplan_desktop.vn.numbers import (
    AmbiguousNumberError,
    NumberParseError,
    format_number,
    parse_number,
)
from itplan_desktop.vn.outline import from_roman, outline_label, to_roman
from itplan_desktop.vn.text_repair import (
    LegacyDetection,
    RepairResult,
    detect_legacy,
    legacy_to_unicode,
    repair_pdf_u,
    repair_text,
    to_nfc,
    unicode_to_legacy,
)
from itplan_desktop.vn.units import MoneyUnit, from_dong, to_dong

__all__ = [
    "AmbiguousNumberError",
    "DateParseError",
    "LegacyDetection",
    "MoneyUnit",
    "NumberParseError",
    "RepairResult",
    "WordsOptions",
    "WordsParseError",
    "amount_to_words",
    "contains",
    "detect_legacy",
    "fold",
    "format_date",
    "format_number",
    "format_place_date",
    "from_dong",
    "from_roman",
    "legacy_to_unicode",
    "outline_label",
    "parse_date",
    "parse_number",
    "period_label",
    "quarter_label",
    "quarter_range_label",
    "repair_pdf_u",
    "repair_text",
    "sort_key",
    "to_dong",
    "to_nfc",
    "to_roman",
    "unicode_to_legacy",
    "words_to_amount",
]
