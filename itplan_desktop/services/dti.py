"""Use cases of the digital-transformation index: the shipped indices, scoring and ranking.

GUI and CLI call these; the rules themselves are in `domain/dti_scoring.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path

from ..domain.dti_assessment import Assessment
from ..domain.dti_index import DtIndex
from ..domain.dti_scoring import Ranked, rank, score_unit
from ..formats import dti_assessment_file, dti_index_file
from ..messages import UserError, register_messages

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


def shipped_indices() -> list[DtIndex]:
    """The indices that come with the program (national DTI, sample commune index)."""
    folder = resources.files("itplan_desktop.indices")
    return [
        dti_index_file.loads(entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".itplan-index.json")
    ]


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


def read_assessments(paths: Iterable[Path]) -> tuple[list[Assessment], list[Refusal]]:
    """Read many assessment files; a bad file is reported and the others still read."""
    read: list[Assessment] = []
    refused: list[Refusal] = []
    for path in paths:
        try:
            if not path.is_file():
                raise UserError("cli.file_not_found", path=path)
            if path.stat().st_size > dti_assessment_file.MAX_TOTAL_BYTES:
                raise UserError(
                    "assessment.too_large",
                    limit=dti_assessment_file.MAX_TOTAL_BYTES // (1024 * 1024),
                )
            read.append(dti_assessment_file.loads(path.read_bytes()))
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
