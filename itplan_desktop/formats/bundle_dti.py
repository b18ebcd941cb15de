"""The digital-transformation index in bundles (docs/index.md, docs/exchange.md).

Going down (`dti_index`): the province's index file and a `template.json` with the deadline
of the self-assessments and a note. Going up (`dti_assessment`): the unit's assessment
document, its evidence files listed by name and SHA-256, each file's bytes a part of its own
(`attachments/<sha256>`), so they travel unchanged and are not base64-inflated.

The judging here is pure, like `bundle_import`'s for plans: the same bundle or the same content
twice changes nothing; an index older than the version kept, or the same version with other
content, is refused; an assessment is only the sender's own, never carries the province's
check, and an older one than the one kept is refused. The province's check of the values the
unit did not change is kept.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from ..domain.dti_assessment import Assessment, Entry
from ..domain.dti_index import DtIndex
from ..domain.dti_scoring import IndicatorValue
from ..messages import UserError, message, register_messages
from . import dti_assessment_file, dti_index_file
from .bundle_manifest import ASSESSMENT_PART, ATTACHMENT_FOLDER, INDEX_PART, TEMPLATE_PART
from .bundle_parts import TemplateInfo, template_to_bytes

register_messages(
    {
        "bundle.dti.not_own_assessment": (
            "Gói dữ liệu của đơn vị {sender} mang bản tự đánh giá của đơn vị {owner}; mỗi đơn "
            "vị chỉ được gửi bản tự đánh giá của chính mình. Không nhập.",
            "The bundle from {sender} carries the self-assessment of {owner}; a unit may send "
            "only its own. Not imported.",
        ),
        "bundle.dti.reviewed_by_sender": (
            "Gói dữ liệu của đơn vị {sender} mang cả kết quả thẩm định (điều chỉnh hoặc chấp "
            "nhận giá trị); việc thẩm định chỉ do tỉnh làm. Không nhập.",
            "The bundle from {sender} carries review results (corrections or acceptances); "
            "only the province reviews. Not imported.",
        ),
        "bundle.dti.index_stale": (
            "Gói dữ liệu mang phiên bản {got} của bộ chỉ số “{code}”, cũ hơn phiên bản {have} "
            "đang có; không nhập.",
            "The bundle carries version {got} of the index “{code}”, older than version {have} "
            "kept here; not imported.",
        ),
        "bundle.dti.index_same_version": (
            "Gói dữ liệu mang phiên bản {version} của bộ chỉ số “{code}” với nội dung khác bản "
            "{version} đang có; không nhập. Bộ chỉ số đã sửa phải được công bố với số phiên "
            "bản mới.",
            "The bundle carries version {version} of the index “{code}” with other content "
            "than the version {version} kept here; not imported. A changed index must be "
            "published with a new version number.",
        ),
        "bundle.dti.assessment_stale": (
            "Bản tự đánh giá năm {period} của đơn vị {unit} trong gói dữ liệu (gửi lúc {got}) "
            "cũ hơn bản đang có (gửi lúc {have}); không nhập.",
            "The {period} self-assessment of {unit} in the bundle (sent {got}) is older than "
            "the one kept here (sent {have}); not imported.",
        ),
        "bundle.dti.assessment_same_time": (
            "Bản tự đánh giá năm {period} của đơn vị {unit} trong gói dữ liệu có cùng thời điểm "
            "gửi với bản đang có nhưng nội dung khác; không nhập.",
            "The {period} self-assessment of {unit} in the bundle has the same sending time as "
            "the one kept here but other content; not imported.",
        ),
        "bundle.dti.unknown_index": (
            "Bản tự đánh giá của đơn vị {unit} theo bộ chỉ số “{code}” phiên bản {version}, "
            "cơ sở dữ liệu này chưa có bộ chỉ số đó; không nhập.",
            "The self-assessment of {unit} follows the index “{code}” version {version}, which "
            "this database does not hold; not imported.",
        ),
        "bundle.dti.not_sent": (
            "Bản tự đánh giá chưa có thời điểm gửi; không nhập.",
            "The self-assessment has no sending time; not imported.",
        ),
        "bundle.change.index_new": (
            "bộ chỉ số mới “{name}” (phiên bản {version}, {count} chỉ số), hạn gửi tự đánh giá "
            "{deadline}",
            "new index “{name}” (version {version}, {count} indicators), self-assessments due "
            "{deadline}",
        ),
        "bundle.change.index_same": (
            "bộ chỉ số “{name}” (phiên bản {version}) đã có, hạn gửi tự đánh giá {deadline}",
            "the index “{name}” (version {version}) is already here, self-assessments due "
            "{deadline}",
        ),
        "bundle.change.assessment_new": (
            "bản tự đánh giá năm {period} của {unit}: {count} chỉ số, {files} tệp minh chứng",
            "the {period} self-assessment of {unit}: {count} indicators, {files} evidence files",
        ),
        "bundle.change.assessment_revision": (
            "bản tự đánh giá mới hơn năm {period} của {unit}: {count} chỉ số, {files} tệp minh "
            "chứng; giữ {kept} kết quả thẩm định, {redo} chỉ số cần thẩm định lại",
            "a newer {period} self-assessment of {unit}: {count} indicators, {files} evidence "
            "files; {kept} review results kept, {redo} indicators to review again",
        ),
    }
)


class DtiChange(StrEnum):
    """What an index or assessment bundle changes."""

    NONE = "none"  # the bundle carries neither
    NEW = "new"
    NEWER = "newer"  # a newer assessment of the same unit, index and year
    SAME = "same"  # what is kept already


@dataclass(frozen=True, slots=True)
class Publication:
    """An index as a province published it: its deadline and note, and when."""

    index_code: str
    index_version: int
    sender_code: str
    deadline: date | None
    note: str
    created_at: datetime

    def to_data(self) -> dict[str, object]:
        return {
            "index_code": self.index_code,
            "index_version": self.index_version,
            "sender_code": self.sender_code,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "note": self.note,
            "created_at": self.created_at.isoformat(),
        }

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> Publication:
        deadline = data.get("deadline")
        return cls(
            str(data["index_code"]),
            int(str(data["index_version"])),
            str(data["sender_code"]),
            date.fromisoformat(deadline) if isinstance(deadline, str) else None,
            str(data.get("note", "")),
            datetime.fromisoformat(str(data["created_at"])),
        )


# ---------------------------------------------------------------- writing


def index_parts(index: DtIndex, info: TemplateInfo) -> list[tuple[str, bytes]]:
    """The parts of the bundle publishing `index` with its deadline and note."""
    return [
        (INDEX_PART, dti_index_file.dumps(index).encode("utf-8")),
        (TEMPLATE_PART, template_to_bytes(info)),
    ]


def attachment_part_name(sha256: str) -> str:
    return ATTACHMENT_FOLDER + sha256


def assessment_parts(assessment: Assessment) -> list[tuple[str, bytes]]:
    """The assessment document (attachments listed, not embedded) and one part per file."""
    document = dti_assessment_file.assessment_to_data(assessment, with_contents=False)
    raw = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    files = [(attachment_part_name(a.sha256), a.content) for a in assessment.attachments]
    return [(ASSESSMENT_PART, raw), *files]


def unit_side(assessment: Assessment) -> Assessment:
    """What the unit itself states: its values and evidence, without the province's check."""
    entries = tuple(replace(e, correction=None, accepted=False) for e in assessment.entries)
    return replace(assessment, entries=entries)


# ---------------------------------------------------------------- reading


def decode_index(raw: bytes) -> DtIndex:
    try:
        return dti_index_file.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise UserError("bundle.invalid_part", entry=INDEX_PART, detail=str(error)) from None
    except UserError as error:
        raise UserError("bundle.invalid_part", entry=INDEX_PART, detail=error) from None


def decode_assessment(parts: Mapping[str, bytes]) -> Assessment:
    """The assessment with its files put back from their parts; a file part no entry lists,
    or a listed file without its part, is refused."""
    files = {
        name.removeprefix(ATTACHMENT_FOLDER): data
        for name, data in parts.items()
        if name.startswith(ATTACHMENT_FOLDER)
    }
    try:
        data = json.loads(parts[ASSESSMENT_PART].decode("utf-8"), parse_float=str)
        assessment = dti_assessment_file.assessment_from_data(data, contents=files)
    except UserError as error:
        raise UserError("bundle.invalid_part", entry=ASSESSMENT_PART, detail=error) from None
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise UserError("bundle.invalid_part", entry=ASSESSMENT_PART, detail=str(error)) from None
    for sha in sorted(set(files) - {a.sha256 for a in assessment.attachments}):
        raise UserError("bundle.unlisted_entry", entry=attachment_part_name(sha))
    return assessment


# ---------------------------------------------------------------- judging


def authorise_assessment(assessment: Assessment, sender_code: str) -> None:
    """Only the sender's own assessment, and without the province's check."""
    if assessment.unit_code != sender_code:
        raise UserError(
            "bundle.dti.not_own_assessment", sender=sender_code, owner=assessment.unit_code
        )
    if any(e.correction is not None or e.accepted for e in assessment.entries):
        raise UserError("bundle.dti.reviewed_by_sender", sender=sender_code)


def judge_index(
    index: DtIndex, same_version: DtIndex | None, newest_version: int | None
) -> DtiChange:
    """NEW or SAME; an older version than the newest kept, or the same version with other
    content, is refused."""
    if newest_version is not None and index.version < newest_version:
        raise UserError(
            "bundle.dti.index_stale", code=index.code, got=index.version, have=newest_version
        )
    if same_version is None:
        return DtiChange.NEW
    if dti_index_file.index_to_data(same_version) != dti_index_file.index_to_data(index):
        raise UserError("bundle.dti.index_same_version", code=index.code, version=index.version)
    return DtiChange.SAME


def is_new_publication(
    info: TemplateInfo | None, known: Publication | None, created_at: datetime
) -> bool:
    """Whether an index bundle's deadline and note are news: none kept yet, or other ones
    from a bundle made later than the one kept (an older bundle never moves the deadline)."""
    if info is None:
        return False
    if known is None:
        return True
    changed = (known.deadline, known.note) != (info.deadline, info.note)
    return changed and known.created_at <= created_at


@dataclass(frozen=True, slots=True)
class AssessmentJudgement:
    """What importing an assessment does: the assessment to keep (the unit's values with the
    province's check kept where the value is unchanged), and how many checks are kept or to
    be done again."""

    change: DtiChange
    merged: Assessment
    kept: int = 0
    redo: int = 0


def judge_assessment(
    incoming: Assessment, stored: Assessment | None, *, index_known: bool = True
) -> AssessmentJudgement:
    """Newest wins: the sending time (`submitted_at`) is the revision; an older one is
    refused, the same time with other content too; the same content changes nothing. An
    assessment against an index this database does not hold is refused."""
    if not index_known:
        raise UserError(
            "bundle.dti.unknown_index",
            unit=incoming.unit_code,
            code=incoming.index_code,
            version=incoming.index_version,
        )
    if incoming.submitted_at is None:
        raise UserError("bundle.dti.not_sent")
    if stored is None:
        return AssessmentJudgement(DtiChange.NEW, incoming)
    if _statement(stored) == _statement(incoming):
        return AssessmentJudgement(DtiChange.SAME, stored)
    sent = stored.submitted_at
    if sent is not None:
        values = {"unit": incoming.unit_code, "period": incoming.period}
        if incoming.submitted_at < sent:
            raise UserError(
                "bundle.dti.assessment_stale",
                got=_when(incoming.submitted_at),
                have=_when(sent),
                **values,
            )
        if incoming.submitted_at == sent:
            raise UserError("bundle.dti.assessment_same_time", **values)
    return _merged(incoming, stored)


def _merged(incoming: Assessment, stored: Assessment) -> AssessmentJudgement:
    merged, kept, redo = incoming, 0, 0
    for old in stored.entries:
        if old.correction is None and not old.accepted:
            continue
        new = incoming.entry(old.indicator_code) or Entry(old.indicator_code, IndicatorValue())
        if new.value != old.value:
            redo += 1
            continue
        accepted = old.accepted and new.evidence == old.evidence
        merged = merged.with_entry(replace(new, correction=old.correction, accepted=accepted))
        kept += 1
    ordered = tuple(sorted(merged.entries, key=lambda e: _order(incoming, stored, e)))
    return AssessmentJudgement(DtiChange.NEWER, replace(merged, entries=ordered), kept, redo)


def _statement(assessment: Assessment) -> tuple[object, ...]:
    """What the unit states, in no particular order: equal exactly when a bundle brings
    nothing new (entries the province's check alone holds are not the unit's)."""
    entries = {
        e.indicator_code: (e.value, e.evidence)
        for e in assessment.entries
        if e.value != IndicatorValue() or not e.evidence.is_empty
    }
    return (
        assessment.unit_code,
        assessment.unit_name,
        assessment.index_code,
        assessment.index_version,
        assessment.period,
        entries,
        {a.sha256: (a.name, a.media_type) for a in assessment.attachments},
    )


def _order(incoming: Assessment, stored: Assessment, entry: Entry) -> tuple[int, int]:
    """Entries in the unit's order, those only the province's check holds after them."""
    codes = [e.indicator_code for e in incoming.entries]
    if entry.indicator_code in codes:
        return 0, codes.index(entry.indicator_code)
    return 1, [e.indicator_code for e in stored.entries].index(entry.indicator_code)


def _when(moment: datetime) -> str:
    return moment.strftime("%d/%m/%Y %H:%M:%S")


def change_summary(
    index: DtIndex | None,
    assessment: Assessment | None,
    change: DtiChange,
    info: TemplateInfo | None,
    *,
    kept: int = 0,
    redo: int = 0,
) -> list[str]:
    """What an index or assessment bundle changes, in the current language (the dry run's
    line); nothing for the same assessment again."""
    if index is not None:
        deadline = info.deadline.strftime("%d/%m/%Y") if info and info.deadline else "—"
        key = "bundle.change.index_same" if change is DtiChange.SAME else "bundle.change.index_new"
        values = {"name": index.name, "version": index.version, "deadline": deadline}
        return [message(key, count=len(index.indicators), **values)]
    if assessment is None or change is DtiChange.SAME:
        return []
    values = {
        "period": assessment.period,
        "unit": assessment.unit_name or assessment.unit_code,
        "count": len(assessment.entries),
        "files": len(assessment.attachments),
    }
    if change is DtiChange.NEWER:
        return [message("bundle.change.assessment_revision", kept=kept, redo=redo, **values)]
    return [message("bundle.change.assessment_new", **values)]
