"""A digital-transformation index (bộ chỉ số chuyển đổi số, DTI) as data.

An index is versioned by year and made of groups (chỉ số chính) holding indicators (chỉ số
thành phần). Each indicator has its maximum points and one scoring rule; the rules are values,
so a province writes its own index without code (docs/index.md). The national index of
QĐ 405/QĐ-BKHCN and the provinces' commune indices have the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class RuleKind(StrEnum):
    """How an indicator turns a unit's value into points."""

    RATIO = "ratio"  # numerator / denominator × max (optionally capped at max)
    STEPS = "steps"  # the points of the highest threshold the value reaches
    YES_NO = "yes_no"  # max for yes, 0 for no
    COUNT = "count"  # value / target × max, capped at max
    ASSESSOR = "assessor"  # points entered by the province (thẩm định), 0…max


class EvidenceKind(StrEnum):
    """What a unit must attach to support its value (minh chứng)."""

    DOCUMENT = "document"  # number and date of a document ("Số 12/KH-UBND ngày …")
    FILE = "file"  # an attached file kept inside the database
    LINK = "link"  # a web address


class TieRule(StrEnum):
    """How units with equal total points are ranked."""

    SHARED = "shared"  # equal points share the rank (1, 2, 2, 4)
    GROUP_ORDER = "group_order"  # then by points of the first group, the second …


@dataclass(frozen=True, slots=True)
class Step:
    """One threshold of a steps rule: a value ≥ `at_least` earns `points`."""

    at_least: Decimal
    points: Decimal


@dataclass(frozen=True, slots=True)
class ScoringRule:
    """A rule with its parameters: `cap` for ratio, `steps` for steps, `target` for count."""

    kind: RuleKind
    cap: bool = True
    steps: tuple[Step, ...] = ()
    target: Decimal | None = None


@dataclass(frozen=True, slots=True)
class IndexIndicator:
    """A component indicator (chỉ số thành phần).

    `placeholder` marks an indicator whose text or points could not be confirmed from the
    document the index comes from.
    """

    code: str
    group_code: str
    name: str
    max_points: Decimal
    rule: ScoringRule
    evidence: tuple[EvidenceKind, ...] = ()
    data_source: str = ""
    verified_by: str = ""
    kpi_catalogue_code: str | None = None
    placeholder: bool = False


@dataclass(frozen=True, slots=True)
class IndexGroup:
    """A main indicator (chỉ số chính) grouping components; its points are their sum."""

    code: str
    name: str
    placeholder: bool = False


@dataclass(frozen=True, slots=True)
class DtIndex:
    """A whole index of one year: `code` names it ("dti-tinh", "cds-xa-thanh-hoa")."""

    code: str
    name: str
    year: int
    version: int = 1
    issued_by: str = ""
    basis: str = ""  # the document that sets it: "Quyết định số 405/QĐ-BKHCN ngày 03/4/2025"
    groups: tuple[IndexGroup, ...] = ()
    indicators: tuple[IndexIndicator, ...] = ()
    tie_rule: TieRule = TieRule.SHARED
    _by_code: dict[str, IndexIndicator] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._by_code.update((i.code, i) for i in self.indicators)

    @property
    def max_points(self) -> Decimal:
        return sum((i.max_points for i in self.indicators), Decimal(0))

    def group_max(self, group_code: str) -> Decimal:
        return sum(
            (i.max_points for i in self.indicators if i.group_code == group_code), Decimal(0)
        )

    def indicator(self, code: str) -> IndexIndicator:
        return self._by_code[code]

    def has_indicator(self, code: str) -> bool:
        return code in self._by_code

    def indicators_of(self, group_code: str) -> tuple[IndexIndicator, ...]:
        return tuple(i for i in self.indicators if i.group_code == group_code)
