"""The digital-transformation index through signed bundles (docs/index.md, docs/exchange.md):
the province publishes its index down to its units with a deadline, a unit sends its
self-assessment up with the evidence files kept in its database.

Both are built in memory first (`prepare_…`), so the window shows what the bundle holds and
its size before anything is written; importing goes through `exchange_import` like any bundle.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from ..domain.dti_assessment import Assessment
from ..domain.dti_index import DtIndex
from ..domain.ids import utc_now
from ..formats import bundle_dti
from ..formats import bundle_keys as keys
from ..formats.bundle_dti import Publication
from ..formats.bundle_kinds import BUNDLE_KINDS
from ..formats.bundle_manifest import BUNDLE_SUFFIX, BundleKind, Party
from ..formats.bundle_parts import TemplateInfo
from ..formats.bundle_writer import BundleContent, bundle_bytes, write_bytes_atomically
from ..formats.eml import write_eml
from ..messages import UserError, message, register_messages
from ..store import dti_repository as dti_repo
from ..store import exchange_repository as exch
from ..store.database import Database
from ..vn.dates import format_date
from . import dti, units
from .exchange import PROVINCE_EMAIL_SETTING, ExportResult, PreparedBundle

register_messages(
    {
        "index.send.no_assessment": (
            "Chưa có bản tự đánh giá năm {period} của đơn vị {unit} để gửi.",
            "There is no {period} self-assessment of unit {unit} to send.",
        ),
        "index.send.not_a_province": (
            "Đơn vị {code} không phải là tỉnh, thành phố: chỉ tỉnh công bố bộ chỉ số.",
            "Unit {code} is not a province: only a province publishes an index.",
        ),
        "index.send.published": (
            "Đã lưu gói công bố bộ chỉ số “{name}” (phiên bản {version}) “{path}”: {size} byte.",
            "Saved the bundle publishing the index “{name}” (version {version}) “{path}”: "
            "{size} bytes.",
        ),
        "index.send.sent": (
            "Đã lưu gói tự đánh giá năm {period} của {unit} “{path}”: {size} byte, {files} tệp "
            "minh chứng ({files_size} byte).",
            "Saved the {period} self-assessment bundle of {unit} “{path}”: {size} bytes, "
            "{files} evidence files ({files_size} bytes).",
        ),
        "index.eml.subject_index": (
            "[itplan] {sender} công bố bộ chỉ số chuyển đổi số “{name}”",
            "[itplan] {sender} publishes the transformation index “{name}”",
        ),
        "index.eml.body_index": (
            "Kính gửi các cơ quan, đơn vị,\n\n{sender} gửi kèm theo thư này bộ chỉ số đánh giá "
            "mức độ chuyển đổi số “{name}” (phiên bản {version}) trong tệp “{file}”; mở tệp "
            "bằng itplan-desktop (Nhập gói dữ liệu).\n\nDấu vân tay khóa của người gửi: "
            "{fingerprint}\n\nTrân trọng.\n",
            "Dear agencies and units,\n\n{sender} sends the attached transformation index "
            "“{name}” (version {version}) in “{file}”; open it with itplan-desktop (Import "
            "bundles).\n\nSender key fingerprint: {fingerprint}\n\nRegards.\n",
        ),
        "index.eml.deadline": (
            "Đề nghị các đơn vị gửi kết quả tự đánh giá về tỉnh trước {deadline}.",
            "Please send your self-assessment to the province before {deadline}.",
        ),
        "index.eml.subject_assessment": (
            "[itplan] {sender} gửi kết quả tự đánh giá chuyển đổi số năm {period}",
            "[itplan] {sender} sends its {period} transformation self-assessment",
        ),
        "index.eml.body_assessment": (
            "Kính gửi {receiver},\n\n{sender} gửi kèm theo thư này kết quả tự đánh giá mức độ "
            "chuyển đổi số năm {period} (bộ chỉ số “{index}”) cùng {files} tệp minh chứng, "
            "trong tệp “{file}”.\n\nDấu vân tay khóa của người gửi: {fingerprint}\n\n"
            "Trân trọng.\n",
            "Dear {receiver},\n\n{sender} sends the attached {period} transformation "
            "self-assessment (index “{index}”) with {files} evidence files in “{file}”.\n\n"
            "Sender key fingerprint: {fingerprint}\n\nRegards.\n",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class PreparedAssessment:
    """An assessment bundle in memory, and the assessment it carries (marked as sent)."""

    bundle: PreparedBundle
    assessment: Assessment

    @property
    def size(self) -> int:
        return self.bundle.size


def _unit(db: Database, code: str, fallback_name: str = "") -> Party:
    try:
        found = units.find_unit(db, code)
    except UserError:
        return Party(code, fallback_name or code)
    return Party(code, found.full_name or found.name)


def _province_of(db: Database, unit_code: str) -> Party | None:
    code = units.default_province(db, unit_code)
    return _unit(db, code) if code != unit_code else None


def _sign(content: BundleContent, suggested_name: str) -> PreparedBundle:
    manifest, data = bundle_bytes(content, keys.load_or_create_private_key())
    return PreparedBundle(manifest, data, suggested_name)


# ---------------------------------------------------------------- down: the index


def prepare_index_bundle(
    db: Database,
    index: DtIndex,
    *,
    province: str | None = None,
    deadline: date | None = None,
    note: str = "",
) -> PreparedBundle:
    """The bundle publishing `index` to every unit of the province (no receiver named), with
    the deadline of their self-assessments."""
    code = province or units.default_province(db)
    from .units_catalogue import current_province

    if current_province(code) is None:
        raise UserError("index.send.not_a_province", code=code)
    content = BundleContent(
        sender=_unit(db, code),
        receiver=None,
        kind=BundleKind.DTI_INDEX,
        parts=bundle_dti.index_parts(index, TemplateInfo(deadline, note)),
    )
    return _sign(content, f"{code}_chi-so_{index.code}_v{index.version}{BUNDLE_SUFFIX}")


def export_index_bundle(
    db: Database,
    index: DtIndex,
    out: Path,
    *,
    province: str | None = None,
    deadline: date | None = None,
    note: str = "",
    eml: bool = False,
    to_address: str | None = None,
    prepared: PreparedBundle | None = None,
) -> ExportResult:
    """Keep `index` here (it is what the province will rank by), write its bundle at `out`
    atomically (the one shown, when `prepared` is given), and with `eml` a draft beside it
    (To empty unless given)."""
    with db.session() as session:
        dti_repo.save_index(session, index)
    prepared = prepared or prepare_index_bundle(
        db, index, province=province, deadline=deadline, note=note
    )
    _write(prepared.data, out)
    with db.session() as session:
        manifest = prepared.manifest
        dti_repo.save_publication(
            session,
            Publication(
                index.code, index.version, manifest.sender.code, deadline, note, manifest.created_at
            ),
        )
    eml_path = None
    if eml:
        values = _eml_values(prepared, out)
        body = message("index.eml.body_index", name=index.name, version=index.version, **values)
        extra = [message("index.eml.deadline", deadline=format_date(deadline))] if deadline else []
        if note.strip():
            extra.append(note.strip())
        eml_path = write_eml(
            out.with_name(out.name + ".eml"),
            out,
            to_address=to_address,
            subject=message("index.eml.subject_index", name=index.name, **values),
            body=_with_paragraphs(body, extra),
        )
    return ExportResult(out, prepared.size, eml_path, prepared.manifest)


def publication(db: Database, index: DtIndex) -> Publication | None:
    """How the province published `index` (deadline, note), as received or sent here."""
    with db.session() as session:
        return dti_repo.get_publication(session, index.code, index.version)


# ---------------------------------------------------------------- up: the assessment


def keep_own_assessment(db: Database, index: DtIndex, assessment: Assessment) -> None:
    """Keep the assessment a unit entered (the window's) and its index, with the time it
    was last sent."""
    with db.session() as session:
        dti_repo.save_index(session, index)
    stored = dti.stored_assessment(
        db, assessment.index_code, assessment.unit_code, assessment.period
    )
    sent = stored.submitted_at if stored is not None else None
    dti.save_assessment(db, replace(assessment, submitted_at=sent))


def prepare_assessment_bundle(
    db: Database, index_code: str, unit_code: str, period: int
) -> PreparedAssessment:
    """The bundle of the unit's kept assessment (its own values and evidence files, stamped
    with the sending time), to its province."""
    stored = dti.stored_assessment(db, index_code, unit_code, period)
    if stored is None:
        raise UserError("index.send.no_assessment", unit=unit_code, period=period)
    sent = utc_now()
    if stored.submitted_at is not None and sent <= stored.submitted_at:
        sent = stored.submitted_at + timedelta(seconds=1)  # each sending is later than the last
    assessment = replace(bundle_dti.unit_side(stored), submitted_at=sent)
    sender = _unit(db, unit_code, assessment.unit_name)
    content = BundleContent(
        sender=sender,
        receiver=_province_of(db, unit_code),
        kind=BundleKind.DTI_ASSESSMENT,
        parts=bundle_dti.assessment_parts(assessment),
    )
    name = f"{unit_code}_tu-danh-gia_{index_code}_{period}{BUNDLE_SUFFIX}"
    return PreparedAssessment(_sign(content, name), assessment)


def export_assessment_bundle(
    db: Database,
    index_code: str,
    unit_code: str,
    period: int,
    out: Path,
    *,
    eml: bool = False,
    to_address: str | None = None,
    prepared: PreparedAssessment | None = None,
) -> ExportResult:
    """Write the unit's assessment bundle at `out` (the one shown, when `prepared` is given)
    and note the sending time on the kept assessment; with `eml` a draft to the province."""
    prepared = prepared or prepare_assessment_bundle(db, index_code, unit_code, period)
    _write(prepared.bundle.data, out)
    stored = dti.stored_assessment(db, index_code, unit_code, period)
    if stored is not None:
        dti.save_assessment(db, replace(stored, submitted_at=prepared.assessment.submitted_at))
    eml_path = None
    if eml:
        if to_address is None:
            with db.session() as session:
                to_address = exch.get_setting(session, PROVINCE_EMAIL_SETTING)
        values = _eml_values(prepared.bundle, out)
        assessment = prepared.assessment
        eml_path = write_eml(
            out.with_name(out.name + ".eml"),
            out,
            to_address=to_address,
            subject=message("index.eml.subject_assessment", period=period, **values),
            body=message(
                "index.eml.body_assessment",
                period=period,
                index=assessment.index_code,
                files=len(assessment.attachments),
                **values,
            ),
        )
    return ExportResult(out, prepared.size, eml_path, prepared.bundle.manifest)


# ---------------------------------------------------------------- common


def _write(data: bytes, out: Path) -> None:
    try:
        write_bytes_atomically(Path(out), data)
    except OSError as error:
        raise UserError("cli.cannot_write", path=out, detail=error.strerror) from None


def _eml_values(prepared: PreparedBundle, out: Path) -> dict[str, object]:
    manifest = prepared.manifest
    key = keys.decode_key(manifest.public_key or "") or b""
    return {
        "sender": manifest.sender.name,
        "receiver": manifest.receiver.name if manifest.receiver else "",
        "file": out.name,
        "fingerprint": keys.fingerprint(key),
        "kind_label": BUNDLE_KINDS[manifest.kind].label,
    }


def _with_paragraphs(body: str, extra: list[str]) -> str:
    parts = body.split("\n\n")
    parts[2:2] = extra
    return "\n\n".join(parts)
