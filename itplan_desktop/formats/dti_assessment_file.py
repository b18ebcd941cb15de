"""The assessment file (`.itplan-assessment.json`): a unit's self-assessment with its evidence.

    {"format": "itplan-dti-assessment", "format_version": 1,
     "unit": {"code": "16279", "name": "xã Như Xuân"},
     "index": {"code": "cds-xa-thanh-hoa", "version": 1}, "period": 2026,
     "submitted_at": "2026-11-30T08:00:00+00:00",
     "entries": [{"indicator": "A.2", "value": {"numerator": "18", "denominator": "20"},
                  "evidence": {"document_number": "25/BC-UBND", "document_date": "2026-11-20",
                               "link": "", "attachments": ["<sha256>"]},
                  "correction": {"value": {…}, "reason": "…", "by": "…", "at": "…"},
                  "accepted": false}],
     "attachments": [{"name": "bao-cao.pdf", "media_type": "application/pdf",
                      "sha256": "…", "content": "<base64>"}]}

Numbers are decimal strings. An attachment whose content does not match its hash, an entry
citing an attachment the file lacks, or anything over the size limits is refused with a message.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.dti_assessment import Assessment, Attachment, Correction, Entry, Evidence
from ..domain.dti_scoring import IndicatorValue
from ..messages import UserError, register_messages
from . import dti_index_file as _index_messages  # noqa: F401  (registers the index.detail.* texts)

FORMAT = "itplan-dti-assessment"
FORMAT_VERSION = 1
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_TOTAL_BYTES = 40 * 1024 * 1024
MAX_ENTRIES = 1000
MAX_TEXT = 2000
MAX_NUMBER_DIGITS = 20

register_messages(
    {
        "assessment.not_json": (
            "Tệp tự đánh giá không đọc được (JSON lỗi ở dòng {line}, cột {column}).",
            "The assessment file cannot be read (JSON error at line {line}, column {column}).",
        ),
        "assessment.wrong_format": (
            "Tệp không phải là tệp tự đánh giá của itplan-desktop.",
            "The file is not an itplan-desktop assessment file.",
        ),
        "assessment.newer_version": (
            "Tệp tự đánh giá có định dạng {found}, mới hơn phiên bản này đọc được ({supported}).",
            "The assessment file has format {found}, newer than this version reads ({supported}).",
        ),
        "assessment.too_large": (
            "Tệp tự đánh giá quá lớn (tối đa {limit} MB).",
            "The assessment file is too large (at most {limit} MB).",
        ),
        "assessment.invalid": (
            "Tệp tự đánh giá không hợp lệ tại {place}: {detail}",
            "Invalid assessment file at {place}: {detail}",
        ),
        "assessment.detail.number": (
            "phải là số (tối đa {digits} chữ số)",
            "must be a number (at most {digits} digits)",
        ),
        "assessment.detail.date": ("ngày không hợp lệ", "not a valid date"),
        "assessment.detail.hash": (
            "nội dung tệp đính kèm không khớp mã băm",
            "the attachment's content does not match its hash",
        ),
        "assessment.detail.unknown_attachment": (
            "minh chứng dẫn đến tệp đính kèm không có trong tệp",
            "the evidence cites an attachment the file does not hold",
        ),
        "assessment.detail.attachment_size": (
            "tệp đính kèm quá lớn (tối đa {limit} MB)",
            "the attachment is too large (at most {limit} MB)",
        ),
    }
)


def _invalid(place: str, detail_key: str, **values: object) -> UserError:
    return UserError("assessment.invalid", place=place, detail=UserError(detail_key, **values))


def _dict(value: object, place: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _invalid(place, "index.detail.required")
    return value


def _text(data: dict[str, Any], key: str, place: str, required: bool = False) -> str:
    value = data.get(key, None if required else "")
    if not isinstance(value, str) or len(value) > MAX_TEXT or (required and not value.strip()):
        if value is None:
            raise _invalid(f"{place}.{key}", "index.detail.required")
        raise _invalid(f"{place}.{key}", "index.detail.text", limit=MAX_TEXT)
    return value


def _int(value: object, place: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _invalid(place, "index.detail.number", limit=high)
    return value


def _number(value: object, place: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise _invalid(place, "assessment.detail.number", digits=MAX_NUMBER_DIGITS)
    text = str(value).strip()
    try:
        number = Decimal(text) if len(text) <= MAX_NUMBER_DIGITS + 2 else Decimal("NaN")
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise _invalid(place, "assessment.detail.number", digits=MAX_NUMBER_DIGITS)
    return number


def _value(data: object, place: str) -> IndicatorValue:
    raw = _dict(data, place)
    yes = raw.get("yes")
    if yes is not None and not isinstance(yes, bool):
        raise _invalid(f"{place}.yes", "index.detail.choice", choices="true, false")
    return IndicatorValue(
        value=_number(raw.get("value"), f"{place}.value"),
        numerator=_number(raw.get("numerator"), f"{place}.numerator"),
        denominator=_number(raw.get("denominator"), f"{place}.denominator"),
        yes=yes,
        points=_number(raw.get("points"), f"{place}.points"),
    )


def _date(value: object, place: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise _invalid(place, "assessment.detail.date") from None


def _datetime(value: object, place: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError(value)
        return datetime.fromisoformat(value)
    except ValueError:
        raise _invalid(place, "assessment.detail.date") from None


def _attachment(data: object, place: str, contents: Mapping[str, bytes] | None) -> Attachment:
    raw = _dict(data, place)
    if contents is not None:  # the content travels beside the document (a bundle's parts)
        content = contents.get(str(raw.get("sha256")))
        if content is None:
            raise _invalid(f"{place}.sha256", "assessment.detail.unknown_attachment")
        return _checked(raw, content, place)
    content_text = raw.get("content")
    if not isinstance(content_text, str) or len(content_text) > MAX_ATTACHMENT_BYTES * 4 // 3 + 4:
        raise _invalid(
            f"{place}.content",
            "assessment.detail.attachment_size",
            limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
        )
    try:
        content = base64.b64decode(content_text, validate=True)
    except (binascii.Error, ValueError):
        raise _invalid(f"{place}.content", "assessment.detail.hash") from None
    return _checked(raw, content, place)


def _checked(raw: dict[str, Any], content: bytes, place: str) -> Attachment:
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise _invalid(
            f"{place}.content",
            "assessment.detail.attachment_size",
            limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
        )
    attachment = Attachment(
        _text(raw, "name", place, required=True),
        content,
        _text(raw, "media_type", place) or "application/octet-stream",
    )
    if raw.get("sha256") != attachment.sha256:
        raise _invalid(f"{place}.sha256", "assessment.detail.hash")
    return attachment


def assessment_from_data(data: object, contents: Mapping[str, bytes] | None = None) -> Assessment:
    """Build an assessment from parsed JSON, refusing what the format does not allow.

    With `contents` (SHA-256 → bytes) the attachments' contents are taken from there instead
    of the document's base64 `content` fields: a bundle carries them as parts of their own."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError("assessment.wrong_format")
    version = _int(data.get("format_version"), "format_version", 1, 10_000)
    if version > FORMAT_VERSION:
        raise UserError("assessment.newer_version", found=version, supported=FORMAT_VERSION)
    unit = _dict(data.get("unit"), "unit")
    index = _dict(data.get("index"), "index")
    raw_attachments = data.get("attachments", [])
    raw_entries = data.get("entries", [])
    if not isinstance(raw_attachments, list):
        raise _invalid("attachments", "index.detail.list")
    if not isinstance(raw_entries, list):
        raise _invalid("entries", "index.detail.list")
    if len(raw_entries) > MAX_ENTRIES:
        raise _invalid("entries", "index.detail.too_many", limit=MAX_ENTRIES)
    attachments = tuple(
        _attachment(a, f"attachments[{n}]", contents) for n, a in enumerate(raw_attachments)
    )
    hashes = {a.sha256 for a in attachments}
    entries: list[Entry] = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_entries):
        place = f"entries[{n}]"
        entry = _dict(raw, place)
        code = _text(entry, "indicator", place, required=True)
        if code in seen:
            raise _invalid(f"{place}.indicator", "index.detail.duplicate", code=code)
        seen.add(code)
        evidence_data = _dict(entry.get("evidence", {}), f"{place}.evidence")
        cited = evidence_data.get("attachments", [])
        if not isinstance(cited, list) or not all(isinstance(c, str) for c in cited):
            raise _invalid(f"{place}.evidence.attachments", "index.detail.list")
        if not set(cited) <= hashes:
            raise _invalid(f"{place}.evidence.attachments", "assessment.detail.unknown_attachment")
        correction = None
        if entry.get("correction") is not None:
            raw_correction = _dict(entry["correction"], f"{place}.correction")
            correction = Correction(
                value=_value(raw_correction.get("value"), f"{place}.correction.value"),
                reason=_text(raw_correction, "reason", f"{place}.correction", required=True),
                by=_text(raw_correction, "by", f"{place}.correction"),
                at=_datetime(raw_correction.get("at"), f"{place}.correction.at")
                or datetime.fromtimestamp(0).astimezone(),
            )
        accepted = entry.get("accepted", False)
        if not isinstance(accepted, bool):
            raise _invalid(f"{place}.accepted", "index.detail.choice", choices="true, false")
        entries.append(
            Entry(
                indicator_code=code,
                value=_value(entry.get("value", {}), f"{place}.value"),
                evidence=Evidence(
                    document_number=_text(evidence_data, "document_number", f"{place}.evidence"),
                    document_date=_date(
                        evidence_data.get("document_date"), f"{place}.evidence.document_date"
                    ),
                    link=_text(evidence_data, "link", f"{place}.evidence"),
                    attachments=tuple(cited),
                ),
                correction=correction,
                accepted=accepted,
            )
        )
    return Assessment(
        unit_code=_text(unit, "code", "unit", required=True),
        unit_name=_text(unit, "name", "unit"),
        index_code=_text(index, "code", "index", required=True),
        index_version=_int(index.get("version", 1), "index.version", 1, 10_000),
        period=_int(data.get("period"), "period", 2000, 2100),
        entries=tuple(entries),
        attachments=attachments,
        submitted_at=_datetime(data.get("submitted_at"), "submitted_at"),
    )


def loads(text: str | bytes) -> Assessment:
    if len(text) > MAX_TOTAL_BYTES:
        raise UserError("assessment.too_large", limit=MAX_TOTAL_BYTES // (1024 * 1024))
    try:
        data = json.loads(text, parse_float=str, parse_int=_bounded_int)
    except json.JSONDecodeError as error:
        raise UserError("assessment.not_json", line=error.lineno, column=error.colno) from None
    except (ValueError, RecursionError, UnicodeDecodeError):
        raise UserError("assessment.wrong_format") from None
    return assessment_from_data(data)


def _bounded_int(text: str) -> int | str:
    return int(text) if len(text) <= MAX_NUMBER_DIGITS else text


def _number_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _value_data(value: IndicatorValue) -> dict[str, Any]:
    data = {
        "value": _number_text(value.value),
        "numerator": _number_text(value.numerator),
        "denominator": _number_text(value.denominator),
        "yes": value.yes,
        "points": _number_text(value.points),
    }
    return {k: v for k, v in data.items() if v is not None}


def assessment_to_data(assessment: Assessment, *, with_contents: bool = True) -> dict[str, Any]:
    """The document of `assessment`; without `with_contents` the attachments are listed by
    name, media type and SHA-256 only (the database and the bundle keep the bytes apart)."""

    def entry(e: Entry) -> dict[str, Any]:
        evidence: dict[str, Any] = {
            "document_number": e.evidence.document_number,
            "document_date": e.evidence.document_date.isoformat()
            if e.evidence.document_date
            else "",
            "link": e.evidence.link,
            "attachments": list(e.evidence.attachments),
        }
        data: dict[str, Any] = {
            "indicator": e.indicator_code,
            "value": _value_data(e.value),
            "evidence": evidence,
            "accepted": e.accepted,
        }
        if e.correction is not None:
            data["correction"] = {
                "value": _value_data(e.correction.value),
                "reason": e.correction.reason,
                "by": e.correction.by,
                "at": e.correction.at.isoformat(),
            }
        return data

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "unit": {"code": assessment.unit_code, "name": assessment.unit_name},
        "index": {"code": assessment.index_code, "version": assessment.index_version},
        "period": assessment.period,
        "submitted_at": assessment.submitted_at.isoformat() if assessment.submitted_at else "",
        "entries": [entry(e) for e in assessment.entries],
        "attachments": [
            {
                "name": a.name,
                "media_type": a.media_type,
                "sha256": a.sha256,
                **({"content": _base64(a.content)} if with_contents else {}),
            }
            for a in assessment.attachments
        ],
    }


def _base64(content: bytes) -> str:
    return base64.b64encode(content).decode("ascii")


def dumps(assessment: Assessment) -> str:
    return json.dumps(assessment_to_data(assessment), ensure_ascii=False, indent=1) + "\n"
