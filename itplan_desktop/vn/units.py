"""Money units used in plans ("Đơn vị tính: triệu đồng") and exact conversion to đồng."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, localcontext
from enum import Enum

from itplan_desktop.vn.numbers import format_number

from ..messages import TextReadError, register_messages

__all__ = ["DEFAULT_UNIT", "MoneyUnit", "MoneyUnitError", "from_dong", "to_dong", "unit_or_default"]


register_messages(
    {
        "unit.unknown": (
            "Không nhận ra đơn vị tiền «{text}» (dùng: đồng, nghìn đồng, triệu đồng, tỷ đồng).",
            "Unknown money unit «{text}» (use: đồng, nghìn đồng, triệu đồng, tỷ đồng).",
        ),
        "unit.not_whole_dong": (
            "{number} {unit} không phải là một số nguyên đồng.",
            "{number} {unit} is not a whole number of đồng.",
        ),
    }
)


class MoneyUnitError(TextReadError):
    """A unit label not known, or an amount that is not whole đồng in its unit."""


class MoneyUnit(Enum):
    """A unit of money; the value is the factor in đồng."""

    DONG = 1
    NGHIN_DONG = 1_000
    TRIEU_DONG = 1_000_000
    TY_DONG = 1_000_000_000

    @property
    def factor(self) -> int:
        """How many đồng one unit is."""
        return int(self.value)

    @property
    def label(self) -> str:
        """The label as printed in documents: "triệu đồng"."""
        return _LABELS[self]

    def __str__(self) -> str:
        return _LABELS[self]

    @classmethod
    def from_label(cls, text: str) -> MoneyUnit:
        """Read a unit label: "Triệu đồng", "ngàn đồng", "tỉ đồng", "ĐVT: triệu đồng", "đ"."""
        key = _fold(text)
        for prefix in ("don vi tinh", "don vi", "dvt"):
            if key.startswith(prefix):
                key = key[len(prefix) :].lstrip(" :.")
                break
        unit = _ALIASES.get(key.rstrip(" ."))
        if unit is None:
            raise MoneyUnitError(text, "unit.unknown", text=text.strip())
        return unit


_LABELS = {
    MoneyUnit.DONG: "đồng",
    MoneyUnit.NGHIN_DONG: "nghìn đồng",
    MoneyUnit.TRIEU_DONG: "triệu đồng",
    MoneyUnit.TY_DONG: "tỷ đồng",
}
_ALIASES = {
    "dong": MoneyUnit.DONG,
    "d": MoneyUnit.DONG,
    "vnd": MoneyUnit.DONG,
    "nghin dong": MoneyUnit.NGHIN_DONG,
    "ngan dong": MoneyUnit.NGHIN_DONG,
    "nghin": MoneyUnit.NGHIN_DONG,
    "ngan": MoneyUnit.NGHIN_DONG,
    "trieu dong": MoneyUnit.TRIEU_DONG,
    "trieu": MoneyUnit.TRIEU_DONG,
    "tr.d": MoneyUnit.TRIEU_DONG,
    "trd": MoneyUnit.TRIEU_DONG,
    "ty dong": MoneyUnit.TY_DONG,
    "ti dong": MoneyUnit.TY_DONG,
    "ty": MoneyUnit.TY_DONG,
    "ti": MoneyUnit.TY_DONG,
}


DEFAULT_UNIT = MoneyUnit.TRIEU_DONG
"""The unit of a plan or appendix that names none, or a label no version wrote."""


def unit_or_default(label: str | MoneyUnit) -> MoneyUnit:
    """The unit of a stored label ("triệu đồng"); an unknown label means `DEFAULT_UNIT`."""
    if isinstance(label, MoneyUnit):
        return label
    try:
        return MoneyUnit.from_label(label)
    except ValueError:
        return DEFAULT_UNIT


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.lower().split())


def _check_exact(value: Decimal | int) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"amounts are int or Decimal, not {type(value).__name__}")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError("not a finite amount")
    return number


def _shift(number: Decimal, places: int) -> Decimal:
    """number * 10**places, exactly (scaleb rounds to the context precision)."""
    with localcontext() as context:
        context.prec = len(number.as_tuple().digits) + abs(places) + 2
        return number.scaleb(places)


def to_dong(value: Decimal | int, unit: MoneyUnit) -> int:
    """Exact amount in đồng: to_dong(Decimal("185.083"), TY_DONG) == 185_083_000_000."""
    number = _shift(_check_exact(value), len(str(unit.factor)) - 1)
    if number != number.to_integral_value():
        shown = format_number(_check_exact(value))
        raise MoneyUnitError(shown, "unit.not_whole_dong", number=shown, unit=unit.label)
    return int(number)


def from_dong(dong: int, unit: MoneyUnit) -> Decimal:
    """Exact amount in `unit`, without needless trailing zeros: 9_460_000_000 đồng -> 9460."""
    if isinstance(dong, bool) or not isinstance(dong, int):
        raise TypeError(f"dong must be an int, not {type(dong).__name__}")
    number = _shift(Decimal(dong), 1 - len(str(unit.factor)))
    if number == number.to_integral_value():
        return Decimal(int(number))
    return Decimal(format(number, "f").rstrip("0"))
