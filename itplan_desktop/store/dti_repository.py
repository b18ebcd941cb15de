"""Reading and writing indices, assessments and evidence files (tables of dti_models)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.dti_assessment import Assessment
from ..domain.dti_index import DtIndex
from ..domain.ids import utc_now
from ..formats import dti_assessment_file, dti_index_file
from ..formats.bundle_dti import Publication
from .dti_models import DtiAssessmentRecord, DtiAttachmentRecord, DtiIndexRecord
from .models import SettingRecord


def save_index(session: Session, index: DtIndex) -> bool:
    """Keep `index` (replacing the same code and version); False when it was already kept."""
    document = dti_index_file.index_to_data(index)
    record = session.scalars(
        select(DtiIndexRecord).where(
            DtiIndexRecord.code == index.code, DtiIndexRecord.version == index.version
        )
    ).one_or_none()
    if record is not None and record.document == document:
        return False
    if record is None:
        record = DtiIndexRecord(code=index.code, version=index.version)
        session.add(record)
    record.year, record.name, record.document = index.year, index.name, document
    record.saved_at = utc_now()
    return True


def list_indices(session: Session) -> list[DtIndex]:
    records = session.scalars(
        select(DtiIndexRecord).order_by(DtiIndexRecord.year.desc(), DtiIndexRecord.code)
    )
    return [dti_index_file.index_from_data(r.document) for r in records]


def get_index(session: Session, code: str, version: int | None = None) -> DtIndex | None:
    """The index `code` at `version`, or its newest version."""
    query = select(DtiIndexRecord).where(DtiIndexRecord.code == code)
    if version is not None:
        query = query.where(DtiIndexRecord.version == version)
    record = session.scalars(query.order_by(DtiIndexRecord.version.desc())).first()
    return dti_index_file.index_from_data(record.document) if record else None


def _document_without_content(assessment: Assessment) -> dict[str, Any]:
    data = dti_assessment_file.assessment_to_data(replace(assessment, attachments=()))
    data["attachments"] = [
        {"name": a.name, "media_type": a.media_type, "sha256": a.sha256}
        for a in assessment.attachments
    ]
    return data


def save_assessment(session: Session, assessment: Assessment) -> bool:
    """Keep `assessment` (one per index, unit and period) and its evidence files.

    False when the same assessment was already kept (importing twice changes nothing).
    """
    for attachment in assessment.attachments:
        if session.get(DtiAttachmentRecord, attachment.sha256) is None:
            session.add(
                DtiAttachmentRecord(
                    sha256=attachment.sha256,
                    name=attachment.name,
                    media_type=attachment.media_type,
                    content=attachment.content,
                )
            )
    document = _document_without_content(assessment)
    record = session.scalars(
        select(DtiAssessmentRecord).where(
            DtiAssessmentRecord.index_code == assessment.index_code,
            DtiAssessmentRecord.unit_code == assessment.unit_code,
            DtiAssessmentRecord.period == assessment.period,
        )
    ).one_or_none()
    if record is not None and record.document == document:
        return False
    if record is None:
        record = DtiAssessmentRecord(
            index_code=assessment.index_code,
            unit_code=assessment.unit_code,
            period=assessment.period,
        )
        session.add(record)
    record.index_version = assessment.index_version
    record.unit_name = assessment.unit_name
    record.document = document
    record.saved_at = utc_now()
    return True


def _assessment(session: Session, record: DtiAssessmentRecord) -> Assessment:
    """The kept assessment with its evidence files put back (the file format's shape)."""
    document = dict(record.document)
    contents: dict[str, bytes] = {}
    for meta in document.get("attachments", []):
        stored = session.get(DtiAttachmentRecord, meta["sha256"])
        if stored is not None:
            contents[stored.sha256] = stored.content
    # the bytes go in as they are kept (no base64 round trip); a file missing here is left out
    metas = document.get("attachments", [])
    document["attachments"] = [m for m in metas if m["sha256"] in contents]
    return dti_assessment_file.assessment_from_data(document, contents=contents)


def list_assessments(
    session: Session, index_code: str, period: int | None = None
) -> list[Assessment]:
    query = select(DtiAssessmentRecord).where(DtiAssessmentRecord.index_code == index_code)
    if period is not None:
        query = query.where(DtiAssessmentRecord.period == period)
    records = session.scalars(query.order_by(DtiAssessmentRecord.unit_code))
    return [_assessment(session, r) for r in records]


def get_assessment(
    session: Session, index_code: str, unit_code: str, period: int
) -> Assessment | None:
    record = session.scalars(
        select(DtiAssessmentRecord).where(
            DtiAssessmentRecord.index_code == index_code,
            DtiAssessmentRecord.unit_code == unit_code,
            DtiAssessmentRecord.period == period,
        )
    ).one_or_none()
    return _assessment(session, record) if record else None


# --- publications received (kept as settings: no table of their own) ------------------------

_PUBLICATION = "dti.publication:{code}:{version}"


def save_publication(session: Session, publication: Publication) -> None:
    """Keep the deadline and note with which a province published an index version."""
    key = _PUBLICATION.format(code=publication.index_code, version=publication.index_version)
    text = json.dumps(publication.to_data(), ensure_ascii=False, sort_keys=True)
    record = session.get(SettingRecord, key)
    if record is None:
        session.add(SettingRecord(key=key, value=text))
    else:
        record.value = text


def get_publication(session: Session, code: str, version: int) -> Publication | None:
    record = session.get(SettingRecord, _PUBLICATION.format(code=code, version=version))
    if record is None:
        return None
    try:
        return Publication.from_data(json.loads(record.value))
    except (ValueError, KeyError, TypeError):  # a damaged setting: as if never received
        return None


def newest_index_version(session: Session, code: str) -> int | None:
    return session.scalar(
        select(DtiIndexRecord.version)
        .where(DtiIndexRecord.code == code)
        .order_by(DtiIndexRecord.version.desc())
        .limit(1)
    )
