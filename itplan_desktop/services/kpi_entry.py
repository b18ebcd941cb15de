"""Entering KPI actuals: reading typed or pasted cells, checking them, storing observations.

A cell reads as a value ("85,5", "85,5%", "5"), a fraction ("12/15", for percent-ratio and
ratio indicators; a plain percentage turns it into its percentage), or yes/no ("Có"/"Không",
"x", "1"/"0") for yes/no indicators. Checks give Vietnamese `UserError`s: percentages within
0–100, counts whole and not negative, denominator above 0, numerator not above the denominator.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal

from ..domain.amount_input import Ambiguous, InputError, read_rate
from ..domain.ids import utc_now
from ..domain.indicator import Indicator, IndicatorKind, Observation
from ..domain.kpi_periods import PeriodError, parse_period
from ..domain.kpi_values import FRACTION_KINDS, HUNDRED, ROLLED_UP_KINDS, format_decimal
from ..domain.plan import Plan
from ..messages import Phrase, UserError
from . import kpi_messages  # noqa: F401  (registers the kpi.* messages)

ObservationKey = tuple[str, str, str]  # indicator uuid, organisation code, period code
_YES = {"co", "c", "yes", "y", "x", "1", "dat", "true", "v", "✓"}
_NO = {"khong", "k", "no", "n", "0", "chua", "false", "-"}


@dataclass(frozen=True, slots=True)
class Entry:
    """What was typed for one organisation and period (before it becomes an Observation)."""

    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def parse_number_text(text: str) -> Decimal:
    """A KPI value as typed ("85,5", "85,5%"); the checks of its kind come after."""
    try:
        value = read_rate(text, allow_negative=True)
    except InputError as error:
        raise UserError("kpi.bad_number", detail=Phrase(error.key, **error.values)) from None
    if isinstance(value, Ambiguous):
        question = value.error()
        raise UserError("kpi.bad_number", detail=Phrase(question.key, **question.values))
    if value is None:
        raise UserError("kpi.bad_number", detail=Phrase("number.empty"))
    return value


def parse_cell(indicator: Indicator, text: str) -> Entry | None:
    """Read a typed or pasted cell; None for an empty cell (which clears the value)."""
    text = text.strip()
    if not text:
        return None
    if indicator.kind is IndicatorKind.BOOLEAN:
        folded = _fold(text)
        if folded in _YES:
            return Entry(value=Decimal(1))
        if folded in _NO:
            return Entry(value=Decimal(0))
        raise UserError("kpi.bad_boolean", text=text)
    if "/" in text:
        top, _slash, bottom = text.partition("/")
        return Entry(numerator=parse_number_text(top), denominator=parse_number_text(bottom))
    return Entry(value=parse_number_text(text))


def _check_fraction(numerator: Decimal, denominator: Decimal) -> None:
    if denominator <= 0:
        raise UserError("kpi.denominator_not_positive", value=format_decimal(denominator))
    if numerator < 0:
        raise UserError("kpi.negative", value=format_decimal(numerator))
    if numerator > denominator:
        raise UserError(
            "kpi.numerator_over_denominator",
            numerator=format_decimal(numerator),
            denominator=format_decimal(denominator),
        )


def _check_percent(value: Decimal) -> None:
    if not 0 <= value <= HUNDRED:
        raise UserError("kpi.percent_range", value=format_decimal(value))


def _check_whole(indicator: Indicator, value: Decimal) -> None:
    if value < 0:
        raise UserError("kpi.negative", value=format_decimal(value))
    if value != value.to_integral_value():
        raise UserError("kpi.not_whole", name=indicator.name, value=format_decimal(value))


def normalise_entry(indicator: Indicator, entry: Entry, *, commune: bool = False) -> Entry:
    """Check an entry against the indicator's kind and give it the stored shape.

    A ratio entered as one number counts units: a commune's "1"/"0" becomes 1/1 or 0/1
    (the commune has it or not), a district's "12" a numerator without denominator.
    """
    kind = indicator.kind
    value, num, den = entry.value, entry.numerator, entry.denominator
    has_fraction = num is not None or den is not None
    if has_fraction and value is not None:
        raise UserError("kpi.value_and_fraction")
    if not has_fraction and value is None:
        raise UserError("kpi.no_value")
    if has_fraction and (num is None or den is None):
        raise UserError("kpi.no_value")
    if has_fraction:
        assert num is not None and den is not None
        if kind not in FRACTION_KINDS and kind is not IndicatorKind.PERCENT:
            raise UserError("kpi.fraction_not_allowed", name=indicator.name)
        _check_fraction(num, den)
        if kind is IndicatorKind.PERCENT:
            return Entry(value=num * HUNDRED / den)
        if kind is IndicatorKind.RATIO:
            _check_whole(indicator, num)
            _check_whole(indicator, den)
        return Entry(numerator=num, denominator=den)
    assert value is not None
    if kind in (IndicatorKind.PERCENT, IndicatorKind.PERCENT_RATIO):
        _check_percent(value)
    elif kind is IndicatorKind.COUNT:
        _check_whole(indicator, value)
    elif kind is IndicatorKind.BOOLEAN:
        if value not in (0, 1):
            raise UserError("kpi.bad_boolean", text=format_decimal(value))
    elif kind is IndicatorKind.RATIO:
        _check_whole(indicator, value)
        if commune and value <= 1:
            return Entry(numerator=value, denominator=Decimal(1))
        return Entry(numerator=value)
    return Entry(value=value)


def period_code(text: str) -> str:
    """The canonical code of a typed period ("6 tháng đầu năm 2016" → "2016-H1")."""
    try:
        return parse_period(text).code
    except PeriodError as error:
        raise UserError("kpi.bad_period", detail=error.message) from None


def find_observation(plan: Plan, key: ObservationKey) -> Observation | None:
    for observation in plan.observations:
        if (
            observation.indicator_uuid,
            observation.organisation_code,
            observation.period,
        ) == key:
            return observation
    return None


def put_observation(plan: Plan, key: ObservationKey, new: Observation | None) -> Observation | None:
    """Replace (or remove, with None) the observation of `key`; returns the one it replaced.

    The undo commands of the GUI call this both ways.
    """
    old = find_observation(plan, key)
    if old is not None:
        plan.observations.remove(old)
    if new is not None:
        plan.observations.append(new)
    return old


def is_derived(plan: Plan, indicator: Indicator, period: str, communes: set[str]) -> bool:
    """Whether the district's figure comes from its communes' figures in this period."""
    if indicator.kind not in ROLLED_UP_KINDS:
        return False
    return any(
        o.indicator_uuid == indicator.uuid
        and o.period == period
        and o.organisation_code in communes
        for o in plan.observations
    )


def build_observation(
    plan: Plan,
    indicator: Indicator,
    org_code: str,
    period_text: str,
    entry: Entry | None,
    *,
    communes: set[str],
    note: str | None = None,
    source: str | None = None,
) -> tuple[ObservationKey, Observation | None]:
    """The checked observation that setting `entry` would store (None clears the value).

    Keeps the previous note and source unless new ones are given; refuses an organisation
    that is neither the plan's district nor one of its communes, and a district value that is
    rolled up from communes.
    """
    code = period_code(period_text)
    district = plan.organisation_code
    if org_code != district and org_code not in communes:
        raise UserError("kpi.not_district_or_commune", code=org_code)
    key = (indicator.uuid, org_code, code)
    old = find_observation(plan, key)
    has_own = old is not None and (old.value is not None or old.numerator is not None)
    if org_code == district and not has_own and is_derived(plan, indicator, code, communes):
        # a figure the district entered before its communes stays editable (and removable)
        raise UserError("kpi.district_is_derived", name=indicator.name)
    note = note if note is not None else (old.note if old else "")
    source = source if source is not None else (old.source if old else "")
    if entry is None and not note and not source:
        return key, None
    clean = (
        Entry()
        if entry is None
        else normalise_entry(indicator, entry, commune=org_code != district)
    )
    base = old if old is not None else Observation(indicator.uuid, org_code, code)
    return key, replace(
        base,
        value=clean.value,
        numerator=clean.numerator,
        denominator=clean.denominator,
        note=note.strip(),
        source=source.strip(),
        updated_at=utc_now(),
    )


def set_observation(
    plan: Plan,
    indicator: Indicator,
    org_code: str,
    period_text: str,
    entry: Entry | None,
    *,
    communes: set[str],
    note: str | None = None,
    source: str | None = None,
) -> Observation | None:
    """Check and store one value in the in-memory plan; returns the new observation."""
    key, new = build_observation(
        plan, indicator, org_code, period_text, entry, communes=communes, note=note, source=source
    )
    put_observation(plan, key, new)
    return new
