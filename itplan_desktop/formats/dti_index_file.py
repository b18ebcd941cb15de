"""The index file (`.itplan-index.json`): a digital-transformation index as JSON.

    {"format": "itplan-dti-index", "format_version": 1, "code": "…", "name": "…", "year": 2026,
     "version": 1, "issued_by": "…", "basis": "…", "tie_rule": "shared",
     "groups": [{"code": "1", "name": "Nhận thức số"}],
     "indicators": [{"code": "1.1", "group": "1", "name": "…", "max_points": "20",
                     "rule": {"kind": "ratio", "cap": true}, "evidence": ["document"]}]}

Points and thresholds are decimal strings (or integers) so no figure passes through a float.
Every problem is refused with a message naming the place (docs/index.md lists the format).
"""

from __future__ import annotations

import itertools
import json
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

from ..domain.dti_index import (
    DtIndex,
    EvidenceKind,
    IndexGroup,
    IndexIndicator,
    RuleKind,
    ScoringRule,
    Step,
    TieRule,
)
from ..messages import UserError, register_messages

FORMAT = "itplan-dti-index"
FORMAT_VERSION = 1
MAX_BYTES = 2 * 1024 * 1024
MAX_INDICATORS = 500
MAX_TEXT = 2000
MAX_POINTS = Decimal(100_000)

register_messages(
    {
        "index.not_json": (
            "Tệp bộ chỉ số không đọc được (JSON lỗi ở dòng {line}, cột {column}).",
            "The index file cannot be read (JSON error at line {line}, column {column}).",
        ),
        "index.wrong_format": (
            "Tệp không phải là tệp bộ chỉ số của itplan-desktop.",
            "The file is not an itplan-desktop index file.",
        ),
        "index.newer_version": (
            "Tệp bộ chỉ số có định dạng {found}, mới hơn phiên bản này đọc được ({supported}). "
            "Hãy cập nhật phần mềm.",
            "The index file has format {found}, newer than this version reads ({supported}). "
            "Please update the application.",
        ),
        "index.too_large": (
            "Tệp bộ chỉ số quá lớn (tối đa {limit} byte).",
            "The index file is too large (at most {limit} bytes).",
        ),
        "index.invalid": (
            "Tệp bộ chỉ số không hợp lệ tại {place}: {detail}",
            "Invalid index file at {place}: {detail}",
        ),
        "index.detail.required": ("thiếu trường bắt buộc", "a required field is missing"),
        "index.detail.text": (
            "phải là văn bản (tối đa {limit} ký tự)",
            "must be text (at most {limit} characters)",
        ),
        "index.detail.number": (
            "phải là số không âm (tối đa {limit})",
            "must be a non-negative number (at most {limit})",
        ),
        "index.detail.year": ("năm không hợp lệ", "not a valid year"),
        "index.detail.choice": (
            "phải là một trong: {choices}",
            "must be one of: {choices}",
        ),
        "index.detail.list": ("phải là một danh sách", "must be a list"),
        "index.detail.duplicate": ("mã “{code}” bị trùng", "code “{code}” appears twice"),
        "index.detail.unknown_group": (
            "nhóm “{code}” không có trong danh sách nhóm",
            "group “{code}” is not among the groups",
        ),
        "index.detail.steps_order": (
            "các ngưỡng phải tăng dần và điểm không vượt quá điểm tối đa",
            "thresholds must rise and points must not exceed the maximum",
        ),
        "index.detail.count_target": (
            "quy tắc đếm cần mục tiêu lớn hơn 0",
            "a count rule needs a target above 0",
        ),
        "index.detail.too_many": (
            "quá nhiều chỉ số (tối đa {limit})",
            "too many indicators (at most {limit})",
        ),
    }
)


def _invalid(place: str, detail_key: str, **values: object) -> UserError:
    return UserError("index.invalid", place=place, detail=UserError(detail_key, **values))


def _text(data: dict[str, Any], key: str, place: str, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value) > MAX_TEXT or (required and not value.strip()):
        if value is None:
            raise _invalid(f"{place}.{key}", "index.detail.required")
        raise _invalid(f"{place}.{key}", "index.detail.text", limit=MAX_TEXT)
    return value


def _decimal(value: object, place: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise _invalid(place, "index.detail.number", limit=MAX_POINTS)
    try:
        number = Decimal(str(value).strip()) if len(str(value)) <= 30 else Decimal("NaN")
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or not Decimal(0) <= number <= MAX_POINTS:
        raise _invalid(place, "index.detail.number", limit=MAX_POINTS)
    return number


def _choice(value: object, enum: type[Enum], place: str) -> Any:
    choices = [m.value for m in enum]
    if value not in choices:
        raise _invalid(place, "index.detail.choice", choices=", ".join(choices))
    return enum(value)


def _list(data: dict[str, Any], key: str, place: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise _invalid(f"{place}.{key}", "index.detail.list")
    return value


def _rule(data: object, max_points: Decimal, place: str) -> ScoringRule:
    if not isinstance(data, dict):
        raise _invalid(place, "index.detail.required")
    kind = _choice(data.get("kind"), RuleKind, f"{place}.kind")
    cap = data.get("cap", True)
    if not isinstance(cap, bool):
        raise _invalid(f"{place}.cap", "index.detail.choice", choices="true, false")
    steps: tuple[Step, ...] = ()
    target = None
    if kind is RuleKind.STEPS:
        raw = _list(data, "steps", place)
        steps = tuple(
            Step(
                _decimal(
                    s.get("at_least") if isinstance(s, dict) else None,
                    f"{place}.steps[{n}].at_least",
                ),
                _decimal(
                    s.get("points") if isinstance(s, dict) else None, f"{place}.steps[{n}].points"
                ),
            )
            for n, s in enumerate(raw)
        )
        rising = all(a.at_least < b.at_least for a, b in itertools.pairwise(steps))
        if not steps or not rising or any(s.points > max_points for s in steps):
            raise _invalid(f"{place}.steps", "index.detail.steps_order")
    if kind is RuleKind.COUNT:
        target = _decimal(data.get("target"), f"{place}.target")
        if target <= 0:
            raise _invalid(f"{place}.target", "index.detail.count_target")
    return ScoringRule(kind, cap=cap, steps=steps, target=target)


def index_from_data(data: object) -> DtIndex:
    """Build an index from parsed JSON, refusing anything the format does not allow."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError("index.wrong_format")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _invalid("format_version", "index.detail.number", limit=FORMAT_VERSION)
    if version > FORMAT_VERSION:
        raise UserError("index.newer_version", found=version, supported=FORMAT_VERSION)
    year = data.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise _invalid("year", "index.detail.year")
    index_version = data.get("version", 1)
    if not isinstance(index_version, int) or isinstance(index_version, bool) or index_version < 1:
        raise _invalid("version", "index.detail.number", limit=10_000)
    groups: list[IndexGroup] = []
    seen: set[str] = set()
    for n, raw in enumerate(_list(data, "groups", "")):
        place = f"groups[{n}]"
        if not isinstance(raw, dict):
            raise _invalid(place, "index.detail.required")
        code = _text(raw, "code", place)
        if code in seen:
            raise _invalid(f"{place}.code", "index.detail.duplicate", code=code)
        seen.add(code)
        groups.append(IndexGroup(code, _text(raw, "name", place), bool(raw.get("placeholder"))))
    raw_indicators = _list(data, "indicators", "")
    if len(raw_indicators) > MAX_INDICATORS:
        raise _invalid("indicators", "index.detail.too_many", limit=MAX_INDICATORS)
    indicators: list[IndexIndicator] = []
    codes: set[str] = set()
    for n, raw in enumerate(raw_indicators):
        place = f"indicators[{n}]"
        if not isinstance(raw, dict):
            raise _invalid(place, "index.detail.required")
        code = _text(raw, "code", place)
        if code in codes:
            raise _invalid(f"{place}.code", "index.detail.duplicate", code=code)
        codes.add(code)
        group = _text(raw, "group", place)
        if group not in seen:
            raise _invalid(f"{place}.group", "index.detail.unknown_group", code=group)
        max_points = _decimal(raw.get("max_points"), f"{place}.max_points")
        evidence = tuple(
            _choice(e, EvidenceKind, f"{place}.evidence[{k}]")
            for k, e in enumerate(_list(raw, "evidence", place))
        )
        catalogue = raw.get("kpi_catalogue_code")
        if catalogue is not None and not isinstance(catalogue, str):
            raise _invalid(f"{place}.kpi_catalogue_code", "index.detail.text", limit=MAX_TEXT)
        indicators.append(
            IndexIndicator(
                code=code,
                group_code=group,
                name=_text(raw, "name", place),
                max_points=max_points,
                rule=_rule(raw.get("rule"), max_points, f"{place}.rule"),
                evidence=evidence,
                data_source=_text(raw, "data_source", place, required=False),
                verified_by=_text(raw, "verified_by", place, required=False),
                kpi_catalogue_code=catalogue,
                placeholder=bool(raw.get("placeholder")),
            )
        )
    return DtIndex(
        code=_text(data, "code", ""),
        name=_text(data, "name", ""),
        year=year,
        version=index_version,
        issued_by=_text(data, "issued_by", "", required=False),
        basis=_text(data, "basis", "", required=False),
        groups=tuple(groups),
        indicators=tuple(indicators),
        tie_rule=_choice(data.get("tie_rule", "shared"), TieRule, "tie_rule"),
    )


def loads(text: str) -> DtIndex:
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise UserError("index.too_large", limit=MAX_BYTES)
    try:
        data = json.loads(text, parse_float=str, parse_int=_bounded_int)
    except json.JSONDecodeError as error:
        raise UserError("index.not_json", line=error.lineno, column=error.colno) from None
    except (ValueError, RecursionError):
        raise UserError("index.wrong_format") from None
    return index_from_data(data)


def _bounded_int(text: str) -> int | str:
    # Refuse 5.000-digit numbers before int() spends time on them: they come back as text,
    # which every numeric field refuses with its own message.
    return int(text) if len(text) <= 30 else text


def read_index(path: Path) -> DtIndex:
    """Read an index file; a file that is not one is refused with a message."""
    if not path.is_file():
        raise UserError("cli.file_not_found", path=path)
    if path.stat().st_size > MAX_BYTES:
        raise UserError("index.too_large", limit=MAX_BYTES)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError("index.wrong_format") from None
    return loads(text)


def _points(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


def index_to_data(index: DtIndex) -> dict[str, Any]:
    def rule(r: ScoringRule) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": r.kind.value}
        if r.kind is RuleKind.RATIO:
            data["cap"] = r.cap
        if r.steps:
            data["steps"] = [
                {"at_least": _points(s.at_least), "points": _points(s.points)} for s in r.steps
            ]
        if r.target is not None:
            data["target"] = _points(r.target)
        return data

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "code": index.code,
        "name": index.name,
        "year": index.year,
        "version": index.version,
        "issued_by": index.issued_by,
        "basis": index.basis,
        "tie_rule": index.tie_rule.value,
        "groups": [
            {"code": g.code, "name": g.name, **({"placeholder": True} if g.placeholder else {})}
            for g in index.groups
        ],
        "indicators": [
            {
                "code": i.code,
                "group": i.group_code,
                "name": i.name,
                "max_points": _points(i.max_points),
                "rule": rule(i.rule),
                "evidence": [e.value for e in i.evidence],
                **({"data_source": i.data_source} if i.data_source else {}),
                **({"verified_by": i.verified_by} if i.verified_by else {}),
                **({"kpi_catalogue_code": i.kpi_catalogue_code} if i.kpi_catalogue_code else {}),
                **({"placeholder": True} if i.placeholder else {}),
            }
            for i in index.indicators
        ],
    }


def dumps(index: DtIndex) -> str:
    return json.dumps(index_to_data(index), ensure_ascii=False, indent=1) + "\n"
