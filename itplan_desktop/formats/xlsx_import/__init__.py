"""Import of an appendix table from an existing Excel workbook (.xlsx), read safely."""

from .cell_values import AmbiguousNumber, CellProblem
from .file_checks import DEFAULT_LIMITS, Limits, check_workbook_file
from .mapping import ImportMapping, load_mapping, parse_mapping
from .preview import ColumnMatch, ImportPreview, build_preview

__all__ = [
    "DEFAULT_LIMITS",
    "AmbiguousNumber",
    "CellProblem",
    "ColumnMatch",
    "ImportMapping",
    "ImportPreview",
    "Limits",
    "build_preview",
    "check_workbook_file",
    "load_mapping",
    "parse_mapping",
]
