"""Editing an index as the province does in the window: every edit is a function from one
index (a frozen value) to the next, so the editor's undo keeps the indices before and after,
and a refused edit is a `UserError` naming the field, the typed text left as it was.

What a field accepts: codes are short, unique, without spaces; names are required; points,
thresholds and targets are typed the Vietnamese way ("12,5") through `dti_entry.parse_quantity`
— the one reader of a typed figure — and must keep the rule consistent (rising thresholds whose
points stay within the maximum, a count target above 0). `check_index` runs the index file's
own checks, so an index the editor accepts is one the file format accepts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

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
from ..formats import dti_index_file
from ..messages import UserError, register_messages
from .dti_entry import parse_quantity

register_messages(
    {
        "index.edit.required": ("Chưa nhập {field}.", "The {field} is empty."),
        "index.edit.code": (
            "Mã “{code}” không hợp lệ: tối đa 20 ký tự, chữ, số và “.”, “-”, “_”, không có "
            "khoảng trắng.",
            "The code “{code}” is not valid: at most 20 letters, digits, “.”, “-” or “_”, "
            "without spaces.",
        ),
        "index.edit.index_code": (
            "Mã bộ chỉ số “{code}” không hợp lệ: chữ thường không dấu, số và “-”, tối đa 64 "
            "ký tự (vd. cds-xa-thanh-hoa).",
            "The index code “{code}” is not valid: lower-case letters without accents, digits "
            "and “-”, at most 64 characters (e.g. cds-xa-thanh-hoa).",
        ),
        "index.edit.duplicate": (
            "Mã “{code}” đã được dùng cho {what} khác.",
            "The code “{code}” is already used by another {what}.",
        ),
        "index.edit.what.group": ("nhóm", "group"),
        "index.edit.what.indicator": ("chỉ số", "indicator"),
        "index.edit.field.name": ("tên", "name"),
        "index.edit.field.code": ("mã", "code"),
        "index.edit.field.max_points": ("điểm tối đa", "maximum points"),
        "index.edit.field.target": ("mục tiêu", "target"),
        "index.edit.field.steps": ("các ngưỡng", "thresholds"),
        "index.edit.points_positive": (
            "Điểm tối đa phải lớn hơn 0 (“{text}”).",
            "The maximum points must be above 0 (“{text}”).",
        ),
        "index.edit.points_below_steps": (
            "Điểm tối đa {points} nhỏ hơn điểm của ngưỡng cao nhất ({step}); hãy sửa các "
            "ngưỡng trước.",
            "The maximum {points} is below the points of the highest threshold ({step}); "
            "change the thresholds first.",
        ),
        "index.edit.target_positive": (
            "Mục tiêu của quy tắc đếm phải lớn hơn 0 (“{text}”).",
            "A count rule's target must be above 0 (“{text}”).",
        ),
        "index.edit.steps_rising": (
            "Ngưỡng dòng {row} ({at}) phải lớn hơn ngưỡng dòng trên.",
            "The threshold of row {row} ({at}) must be above the row before.",
        ),
        "index.edit.step_over_max": (
            "Điểm dòng {row} ({points}) vượt điểm tối đa {max_points}.",
            "The points of row {row} ({points}) exceed the maximum {max_points}.",
        ),
        "index.edit.step_incomplete": (
            "Dòng {row}: cần cả ngưỡng và điểm.",
            "Row {row}: both the threshold and the points are needed.",
        ),
        "index.edit.year": (
            "Năm “{text}” không hợp lệ (2000–2100).",
            "The year “{text}” is not valid (2000–2100).",
        ),
        "index.edit.version": (
            "Phiên bản phải là số nguyên từ 1 (“{text}”).",
            "The version must be a whole number from 1 (“{text}”).",
        ),
        "index.edit.last_group": (
            "Bộ chỉ số cần ít nhất một nhóm.",
            "An index needs at least one group.",
        ),
        "index.edit.new_indicator": ("Chỉ số mới", "New indicator"),
        "index.edit.new_group": ("Nhóm mới", "New group"),
        "index.edit.new_index": ("Bộ chỉ số mới", "New index"),
    }
)

_CODE = re.compile(r"^[\w.-]{1,20}$")  # letters (accents too), digits, "_", ".", "-"
_INDEX_CODE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
MAX_POINTS = dti_index_file.MAX_POINTS


def _required(text: str, field: str) -> str:
    value = " ".join(text.split())
    if not value:
        raise UserError("index.edit.required", field=UserError(f"index.edit.field.{field}"))
    return value


def _code(text: str) -> str:
    code = text.strip()
    if not code:
        raise UserError("index.edit.required", field=UserError("index.edit.field.code"))
    if not _CODE.match(code):
        raise UserError("index.edit.code", code=code)
    return code


def parse_points(text: str, field: str = "max_points") -> Decimal:
    """A positive number of points (or a threshold), typed the Vietnamese way."""
    value = parse_quantity(text)
    if value is None:
        raise UserError("index.edit.required", field=UserError(f"index.edit.field.{field}"))
    if value > MAX_POINTS:
        raise UserError("index.value.too_large", text=text.strip())
    return value


# ---------------------------------------------------------------- the index's own fields


def set_header(index: DtIndex, field: str, text: str) -> DtIndex:
    """The index's code, name, year, version, issuer, basis or tie rule from typed text."""
    if field == "code":
        code = text.strip()
        if not _INDEX_CODE.match(code):
            raise UserError("index.edit.index_code", code=code)
        return replace(index, code=code)
    if field == "name":
        return replace(index, name=_required(text, "name"))
    if field == "year":
        if not text.strip().isdigit() or not 2000 <= int(text) <= 2100:
            raise UserError("index.edit.year", text=text.strip())
        return replace(index, year=int(text))
    if field == "version":
        if not text.strip().isdigit() or int(text) < 1:
            raise UserError("index.edit.version", text=text.strip())
        return replace(index, version=int(text))
    if field == "tie_rule":
        return replace(index, tie_rule=TieRule(text))
    if field == "issued_by":
        return replace(index, issued_by=" ".join(text.split()))
    if field == "basis":
        return replace(index, basis=" ".join(text.split()))
    raise ValueError(field)


# ---------------------------------------------------------------- groups


def add_group(index: DtIndex) -> tuple[DtIndex, str]:
    """A new group at the end, coded with the next free letter (A, B … then G1, G2 …)."""
    used = {g.code for g in index.groups}
    letters = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    code = next((c for c in letters if c not in used), None)
    n = 1
    while code is None or code in used:
        code, n = f"G{n}", n + 1
    group = IndexGroup(code, UserError("index.edit.new_group").text)
    return replace(index, groups=(*index.groups, group)), code


def set_group(index: DtIndex, code: str, field: str, text: str) -> DtIndex:
    """Rename a group or change its code (its indicators follow it)."""
    groups = list(index.groups)
    position = next(n for n, g in enumerate(groups) if g.code == code)
    if field == "name":
        groups[position] = replace(groups[position], name=_required(text, "name"))
        return replace(index, groups=tuple(groups))
    new = _code(text)
    if new != code and any(g.code == new for g in groups):
        raise UserError("index.edit.duplicate", code=new, what=UserError("index.edit.what.group"))
    groups[position] = replace(groups[position], code=new)
    indicators = tuple(
        replace(i, group_code=new) if i.group_code == code else i for i in index.indicators
    )
    return replace(index, groups=tuple(groups), indicators=indicators)


def remove_group(index: DtIndex, code: str) -> DtIndex:
    """Remove a group with its indicators (the editor's undo brings both back)."""
    if len(index.groups) <= 1:
        raise UserError("index.edit.last_group")
    return replace(
        index,
        groups=tuple(g for g in index.groups if g.code != code),
        indicators=tuple(i for i in index.indicators if i.group_code != code),
    )


def move_group(index: DtIndex, code: str, step: int) -> DtIndex:
    groups = list(index.groups)
    position = next(n for n, g in enumerate(groups) if g.code == code)
    target = max(0, min(len(groups) - 1, position + step))
    groups.insert(target, groups.pop(position))
    return replace(index, groups=tuple(groups))


# ---------------------------------------------------------------- indicators


def add_indicator(index: DtIndex, group_code: str) -> tuple[DtIndex, str]:
    """A new yes/no indicator of 10 points at the end of the group, coded "A.4" …"""
    used = {i.code for i in index.indicators}
    n = len(index.indicators_of(group_code)) + 1
    while f"{group_code}.{n}" in used:
        n += 1
    code = f"{group_code}.{n}"
    indicator = IndexIndicator(
        code,
        group_code,
        UserError("index.edit.new_indicator").text,
        Decimal(10),
        ScoringRule(RuleKind.YES_NO),
    )
    mine = [k for k, i in enumerate(index.indicators) if i.group_code == group_code]
    at = mine[-1] + 1 if mine else len(index.indicators)
    indicators = (*index.indicators[:at], indicator, *index.indicators[at:])
    return replace(index, indicators=indicators), code


def _replace_indicator(index: DtIndex, code: str, indicator: IndexIndicator) -> DtIndex:
    return replace(
        index, indicators=tuple(indicator if i.code == code else i for i in index.indicators)
    )


def set_indicator(index: DtIndex, code: str, field: str, text: str) -> DtIndex:
    """One typed field of an indicator: code, name, max_points, target, data_source,
    verified_by, kpi_catalogue_code; refused with the field's message."""
    indicator = index.indicator(code)
    if field == "code":
        new = _code(text)
        if new != code and index.has_indicator(new):
            raise UserError(
                "index.edit.duplicate", code=new, what=UserError("index.edit.what.indicator")
            )
        return _replace_indicator(index, code, replace(indicator, code=new))
    if field == "name":
        return _replace_indicator(index, code, replace(indicator, name=_required(text, "name")))
    if field == "max_points":
        points = parse_points(text)
        if points <= 0:
            raise UserError("index.edit.points_positive", text=text.strip())
        highest = max((s.points for s in indicator.rule.steps), default=Decimal(0))
        if points < highest:
            raise UserError("index.edit.points_below_steps", points=text.strip(), step=highest)
        return _replace_indicator(index, code, replace(indicator, max_points=points))
    if field == "target":
        target = parse_points(text, "target")
        if target <= 0:
            raise UserError("index.edit.target_positive", text=text.strip())
        rule = replace(indicator.rule, target=target)
        return _replace_indicator(index, code, replace(indicator, rule=rule))
    if field == "data_source":
        source = " ".join(text.split())
        return _replace_indicator(index, code, replace(indicator, data_source=source))
    if field == "verified_by":
        verifier = " ".join(text.split())
        return _replace_indicator(index, code, replace(indicator, verified_by=verifier))
    if field == "kpi_catalogue_code":
        kpi_code = text.strip() or None
        return _replace_indicator(index, code, replace(indicator, kpi_catalogue_code=kpi_code))
    raise ValueError(field)


def set_group_of(index: DtIndex, code: str, group_code: str) -> DtIndex:
    """Move an indicator to another group (at that group's end)."""
    indicator = replace(index.indicator(code), group_code=group_code)
    rest = tuple(i for i in index.indicators if i.code != code)
    mine = [k for k, i in enumerate(rest) if i.group_code == group_code]
    at = mine[-1] + 1 if mine else len(rest)
    return replace(index, indicators=(*rest[:at], indicator, *rest[at:]))


def set_rule_kind(index: DtIndex, code: str, kind: RuleKind) -> DtIndex:
    """Change the rule; a steps rule starts from one threshold (0 → the maximum), a count
    rule from a target of 1, so the index stays valid at every step."""
    indicator = index.indicator(code)
    rule = ScoringRule(kind, cap=indicator.rule.cap)
    if kind is RuleKind.STEPS:
        rule = replace(
            rule, steps=indicator.rule.steps or (Step(Decimal(0), indicator.max_points),)
        )
    if kind is RuleKind.COUNT:
        rule = replace(rule, target=indicator.rule.target or Decimal(1))
    return _replace_indicator(index, code, replace(indicator, rule=rule))


def set_cap(index: DtIndex, code: str, cap: bool) -> DtIndex:
    indicator = index.indicator(code)
    return _replace_indicator(
        index, code, replace(indicator, rule=replace(indicator.rule, cap=cap))
    )


def set_flag(index: DtIndex, code: str, field: str, value: bool) -> DtIndex:
    """`placeholder` of an indicator."""
    if field != "placeholder":
        raise ValueError(field)
    return _replace_indicator(index, code, replace(index.indicator(code), placeholder=value))


def set_evidence(index: DtIndex, code: str, kinds: set[EvidenceKind]) -> DtIndex:
    ordered = tuple(k for k in EvidenceKind if k in kinds)
    return _replace_indicator(index, code, replace(index.indicator(code), evidence=ordered))


def parse_steps(rows: list[tuple[str, str]], max_points: Decimal) -> tuple[Step, ...]:
    """Threshold rows as typed (empty rows skipped): rising thresholds, points within the
    maximum; a refusal names the row (1-based)."""
    steps: list[Step] = []
    for n, (at_text, points_text) in enumerate(rows, start=1):
        if not at_text.strip() and not points_text.strip():
            continue
        if not at_text.strip() or not points_text.strip():
            raise UserError("index.edit.step_incomplete", row=n)
        at, points = parse_points(at_text, "steps"), parse_points(points_text, "steps")
        if steps and at <= steps[-1].at_least:
            raise UserError("index.edit.steps_rising", row=n, at=at_text.strip())
        if points > max_points:
            raise UserError(
                "index.edit.step_over_max", row=n, points=points_text.strip(), max_points=max_points
            )
        steps.append(Step(at, points))
    if not steps:
        raise UserError("index.edit.required", field=UserError("index.edit.field.steps"))
    return tuple(steps)


def set_steps(index: DtIndex, code: str, rows: list[tuple[str, str]]) -> DtIndex:
    indicator = index.indicator(code)
    rule = replace(indicator.rule, steps=parse_steps(rows, indicator.max_points))
    return _replace_indicator(index, code, replace(indicator, rule=rule))


def remove_indicator(index: DtIndex, code: str) -> DtIndex:
    return replace(index, indicators=tuple(i for i in index.indicators if i.code != code))


def move_indicator(index: DtIndex, code: str, step: int) -> DtIndex:
    """Up or down within its group."""
    indicators = list(index.indicators)
    position = next(n for n, i in enumerate(indicators) if i.code == code)
    group = indicators[position].group_code
    same = [n for n, i in enumerate(indicators) if i.group_code == group]
    k = same.index(position)
    target = same[max(0, min(len(same) - 1, k + step))]
    indicators[position], indicators[target] = indicators[target], indicators[position]
    return replace(index, indicators=tuple(indicators))


# ---------------------------------------------------------------- the whole


def check_index(index: DtIndex) -> DtIndex:
    """The index file's own checks on the edited index (refused with the place named)."""
    return dti_index_file.index_from_data(dti_index_file.index_to_data(index))


def new_index(year: int, issued_by: str = "") -> DtIndex:
    """An index to start from: one group, one indicator."""
    group = IndexGroup("A", UserError("index.edit.new_group").text)
    index = DtIndex(
        code=f"cds-{year}",
        name=UserError("index.edit.new_index").text,
        year=year,
        issued_by=issued_by,
        groups=(group,),
    )
    return add_indicator(index, "A")[0]
