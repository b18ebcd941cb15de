"""Entities and rules of a plan; no Qt, no database, no I/O."""

from .appendix import (
    Appendix,
    AppendixRole,
    AppendixRow,
    Column,
    ColumnKind,
    ColumnRole,
    RowKind,
    TotalRow,
)
from .budget import BudgetLine, BudgetSummary
from .indicator import Direction, Indicator, IndicatorKind, Observation
from .organisation import Organisation, OrgLevel
from .plan import LegalBasis, Plan, PlanKind, PlanStatus, Signer
from .section import Paragraph, ParagraphStyle, Section, SectionKind, walk_sections

__all__ = [
    "Appendix",
    "AppendixRole",
    "AppendixRow",
    "BudgetLine",
    "BudgetSummary",
    "Column",
    "ColumnKind",
    "ColumnRole",
    "Direction",
    "Indicator",
    "IndicatorKind",
    "LegalBasis",
    "Observation",
    "OrgLevel",
    "Organisation",
    "Paragraph",
    "ParagraphStyle",
    "Plan",
    "PlanKind",
    "PlanStatus",
    "RowKind",
    "Section",
    "SectionKind",
    "Signer",
    "TotalRow",
    "walk_sections",
]
