"""Use cases of the digital-transformation index: the shipped indices, scoring and ranking.

GUI and CLI call these; the rules themselves are in `domain/dti_scoring.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.dti_assessment import Assessment
from ..domain.dti_index import DtIndex, IndexIndicator, RuleKind
from ..domain.dti_scoring import IndicatorValue, Ranked, rank, score_unit
from ..domain.indicator import Observation
from ..formats import dti_assessment_file, dti_index_file
from ..messages import UserError, register_messages

if TYPE_CHECKING:
    from ..store.database import Database

register_messages(
    {
        "index.unknown": (
            "Không có bộ chỉ số “{ref}” (các bộ chỉ số có sẵn: {known}).",
            "There is no index “{ref}” (shipped indices: {known}).",
        ),
        "index.assessment_other_index": (
            "Bản tự đánh giá của “{unit}” theo bộ chỉ số “{found}”, không phải “{expected}”.",
            "The assessment of “{unit}” follows index “{found}”, not “{expected}”.",
        ),
        "index.assessment_twice": (
            "Có hai bản tự đánh giá của cùng đơn vị “{unit}” cho năm {period}.",
            "Two assessments of the same unit “{unit}” for {period}.",
        ),
    }
)


@cache
def shipped_indices() -> tuple[DtIndex, ...]:
    """The indices that come with the program (national DTI, sample commune index), read once
    per process: they are frozen values and every CLI command and menu action asks for them."""
    folder = resources.files("itplan_desktop.indices")
    return tuple(
        dti_index_file.loads(entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".itplan-index.json")
    )


def find_index(ref: str) -> DtIndex:
    """An index by the path of its file, or by the code of a shipped one."""
    path = Path(ref)
    if path.suffix == ".json" or path.exists():
        return dti_index_file.read_index(path)
    indices = shipped_indices()
    for index in indices:
        if index.code == ref:
            return index
    raise UserError("index.unknown", ref=ref, known=", ".join(i.code for i in indices))


@dataclass(frozen=True, slots=True)
class Refusal:
    path: Path
    text: str


def read_assessment(path: Path) -> Assessment:
    """Read one assessment file; anything that is not one is refused with a message."""
    if not path.is_file():
        raise UserError("cli.file_not_found", path=path)
    if path.stat().st_size > dti_assessment_file.MAX_TOTAL_BYTES:
        raise UserError(
            "assessment.too_large", limit=dti_assessment_file.MAX_TOTAL_BYTES // (1024 * 1024)
        )
    return dti_assessment_file.loads(path.read_bytes())


def read_assessments(paths: Iterable[Path]) -> tuple[list[Assessment], list[Refusal]]:
    """Read many assessment files; a bad file is reported and the others still read."""
    read: list[Assessment] = []
    refused: list[Refusal] = []
    for path in paths:
        try:
            read.append(read_assessment(path))
        except UserError as error:
            refused.append(Refusal(path, error.text))
        except OSError as error:
            refused.append(Refusal(path, str(error.strerror or error)))
    return read, refused


def score_and_rank(index: DtIndex, assessments: Sequence[Assessment]) -> list[Ranked]:
    """Score every unit's assessment (corrections applied) and rank them."""
    seen: set[str] = set()
    for assessment in assessments:
        if assessment.index_code != index.code:
            raise UserError(
                "index.assessment_other_index",
                unit=assessment.unit_code,
                found=assessment.index_code,
                expected=index.code,
            )
        if assessment.unit_code in seen:
            raise UserError(
                "index.assessment_twice", unit=assessment.unit_code, period=assessment.period
            )
        seen.add(assessment.unit_code)
    return rank(index, [score_unit(index, a.unit_code, a.values()) for a in assessments])


def ranking_rows(
    index: DtIndex, ranked: Sequence[Ranked], names: dict[str, str] | None = None
) -> list[dict[str, object]]:
    """The ranking as plain rows (the CLI's --json and the exports read these)."""
    names = names or {}

    def number(value: Decimal) -> float | int:
        return int(value) if value == value.to_integral() else float(value)

    return [
        {
            "unit_code": r.score.unit_code,
            "unit_name": names.get(r.score.unit_code, ""),
            "points": number(r.score.points),
            "max_points": number(r.score.max_points),
            "fraction": float(r.score.fraction),
            "rank": r.rank,
            "groups": [
                {
                    "code": code,
                    "points": number(r.score.group_points(code)),
                    "max_points": number(index.group_max(code)),
                    "rank": group_rank,
                }
                for code, group_rank in r.group_ranks
            ],
        }
        for r in ranked
    ]


# --- kept in the database -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import of assessment files did: kept, already there, refused (with reasons)."""

    imported: list[str]
    unchanged: list[str]
    refused: list[Refusal]


def install_shipped_indices(db: Database) -> int:
    """Keep the shipped indices in the database; returns how many were new or changed."""
    from ..store import dti_repository as repo

    with db.session() as session:
        return sum(repo.save_index(session, index) for index in shipped_indices())


def import_index(db: Database, path: Path) -> DtIndex:
    """Keep the index of the file at `path` (a province's own index)."""
    from ..store import dti_repository as repo

    index = dti_index_file.read_index(path)
    with db.session() as session:
        repo.save_index(session, index)
    return index


def stored_index(db: Database, code: str, version: int | None = None) -> DtIndex:
    """A kept index by code (its newest version unless `version` is given), else a shipped one."""
    from ..store import dti_repository as repo

    with db.session() as session:
        index = repo.get_index(session, code, version)
    if index is not None:
        return index
    for shipped in shipped_indices():
        if shipped.code == code and version in (None, shipped.version):
            return shipped
    known = sorted({i.code for i in list_stored_indices(db)} | {i.code for i in shipped_indices()})
    raise UserError("index.unknown", ref=code, known=", ".join(known))


def list_stored_indices(db: Database) -> list[DtIndex]:
    from ..store import dti_repository as repo

    with db.session() as session:
        return repo.list_indices(session)


def save_assessment(db: Database, assessment: Assessment) -> bool:
    """Keep a unit's assessment; refused when its index is unknown. False when unchanged."""
    from ..store import dti_repository as repo

    stored_index(db, assessment.index_code, assessment.index_version)
    with db.session() as session:
        return repo.save_assessment(session, assessment)


def import_assessments(db: Database, paths: Iterable[Path]) -> ImportReport:
    """Keep every readable assessment file; a bad one is reported and the others still kept."""
    read, refused = read_assessments(paths)
    report = keep_assessments(db, read)
    return ImportReport(report.imported, report.unchanged, refused + report.refused)


def keep_assessments(db: Database, assessments: Iterable[Assessment]) -> ImportReport:
    """Keep assessments already read; one whose index is unknown is reported, not kept."""
    imported: list[str] = []
    unchanged: list[str] = []
    refused: list[Refusal] = []
    for assessment in assessments:
        try:
            changed = save_assessment(db, assessment)
        except UserError as error:
            refused.append(Refusal(Path(assessment.unit_code), error.text))
            continue
        (imported if changed else unchanged).append(assessment.unit_code)
    return ImportReport(imported, unchanged, refused)


def stored_assessments(db: Database, index_code: str, period: int) -> list[Assessment]:
    from ..store import dti_repository as repo

    with db.session() as session:
        return repo.list_assessments(session, index_code, period)


def stored_assessment(
    db: Database, index_code: str, unit_code: str, period: int
) -> Assessment | None:
    from ..store import dti_repository as repo

    with db.session() as session:
        return repo.get_assessment(session, index_code, unit_code, period)


def province_ranking(
    db: Database, index_code: str, period: int
) -> tuple[DtIndex, list[Ranked], dict[str, str]]:
    """The ranking of every unit whose assessment of `period` against the index is kept."""
    index = stored_index(db, index_code)
    assessments = [
        a for a in stored_assessments(db, index_code, period) if a.index_version == index.version
    ]
    return (
        index,
        score_and_rank(index, assessments),
        {a.unit_code: a.unit_name for a in assessments},
    )


def install_sample_assessments(db: Database) -> None:
    """The shipped indices and the sample communes' 2026 assessments (idempotent)."""
    install_shipped_indices(db)
    folder = resources.files("itplan_desktop.indices") / "samples"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".itplan-assessment.json"):
            save_assessment(db, dti_assessment_file.loads(entry.read_bytes()))


def previous_results(db: Database, index_code: str, period: int) -> dict[str, tuple[int, Decimal]]:
    """Rank and points of each unit in the year before `period` (scored by the index version
    each unit was assessed against then), for the year-on-year change."""
    from ..store import dti_repository as repo

    with db.session() as session:
        earlier = repo.list_assessments(session, index_code, period - 1)
    by_version: dict[int, list[Assessment]] = {}
    for assessment in earlier:
        by_version.setdefault(assessment.index_version, []).append(assessment)
    results: dict[str, tuple[int, Decimal]] = {}
    for version, assessments in by_version.items():
        try:
            index = stored_index(db, index_code, version)
        except UserError:
            continue
        for ranked in score_and_rank(index, assessments):
            results[ranked.score.unit_code] = (ranked.rank, ranked.score.points)
    return results


def kpi_offers(
    db: Database, index: DtIndex, unit_code: str, period: int
) -> dict[str, IndicatorValue]:
    """Values the unit already entered in the KPI tracker for `period`, per index indicator.

    An index indicator names a KPI catalogue code (`kpi_catalogue_code`); the unit's own plans
    covering the year are searched for an indicator of that code and the unit's actual of the
    year. They are offered, never written over what the unit typed (docs/index.md).
    """
    from ..store import plan_repository as plans

    wanted = {i.kpi_catalogue_code: i for i in index.indicators if i.kpi_catalogue_code}
    if not wanted:
        return {}
    offers: dict[str, IndicatorValue] = {}
    with db.session() as session:
        own = [
            plans.load_plan(session, s.uuid)
            for s in plans.list_plans(session)
            if s.organisation_code == unit_code and s.start_year <= period <= s.end_year
        ]
    for plan in own:
        if plan is None:
            continue
        by_uuid = {i.uuid: i for i in plan.indicators if i.catalogue_code in wanted}
        for observation in plan.observations:
            indicator = by_uuid.get(observation.indicator_uuid)
            if indicator is None or observation.organisation_code != unit_code:
                continue
            if observation.period != str(period):
                continue
            assert indicator.catalogue_code is not None  # by_uuid holds wanted codes only
            target = wanted[indicator.catalogue_code]
            offer = _offer(target, observation)
            if offer is not None:
                offers.setdefault(target.code, offer)
    return offers


def _offer(indicator: IndexIndicator, observation: Observation) -> IndicatorValue | None:
    kind = indicator.rule.kind
    if kind is RuleKind.RATIO:
        if observation.numerator is not None and observation.denominator is not None:
            return IndicatorValue(
                numerator=observation.numerator, denominator=observation.denominator
            )
        if observation.value is not None:  # a plain percentage: out of 100
            return IndicatorValue(numerator=observation.value, denominator=Decimal(100))
        return None
    if kind is RuleKind.YES_NO:
        return None if observation.value is None else IndicatorValue(yes=observation.value > 0)
    if kind in (RuleKind.COUNT, RuleKind.STEPS):
        value = observation.value if observation.value is not None else observation.numerator
        return None if value is None else IndicatorValue(value=value)
    return None
