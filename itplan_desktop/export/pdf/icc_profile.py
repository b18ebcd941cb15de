"""An sRGB ICC profile (version 2.1, display class, matrix/TRC) built from the published
constants of IEC 61966-2-1, for the output intent of PDF/A files.

The profile is computed here rather than shipped: it is the standard's numbers (the D50-adapted
primaries and the sRGB tone curve), so there is no third-party profile and no licence to carry.
PDF/A-1 (ISO 19005-1) asks for an ICC profile of version 2 in its output intent.
"""

from __future__ import annotations

import struct
from functools import cache

DESCRIPTION = "sRGB IEC61966-2.1"
COPYRIGHT = "No copyright: computed from IEC 61966-2-1 by itplan-desktop"

# The sRGB primaries adapted to the D50 illuminant of the ICC connection space (Bradford),
# as in every sRGB profile; their sum is the D50 white point.
_D50 = (0.9642, 1.0, 0.8249)
_RED = (0.4360747, 0.2225045, 0.0139322)
_GREEN = (0.3850649, 0.7168786, 0.0971045)
_BLUE = (0.1430804, 0.0606169, 0.7141733)
_CURVE_POINTS = 1024


def _s15f16(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(values: tuple[float, float, float]) -> bytes:
    return b"XYZ \0\0\0\0" + b"".join(_s15f16(v) for v in values)


def _srgb_to_linear(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _curve() -> bytes:
    points = [round(_srgb_to_linear(i / (_CURVE_POINTS - 1)) * 65535) for i in range(_CURVE_POINTS)]
    return b"curv\0\0\0\0" + struct.pack(f">I{_CURVE_POINTS}H", _CURVE_POINTS, *points)


def _description(text: str) -> bytes:
    ascii_text = text.encode("ascii") + b"\0"
    return (
        b"desc\0\0\0\0"
        + struct.pack(">I", len(ascii_text))
        + ascii_text
        + struct.pack(">II", 0, 0)  # no Unicode description
        + struct.pack(">HB", 0, 0)  # no ScriptCode description
        + b"\0" * 67
    )


def _text(text: str) -> bytes:
    return b"text\0\0\0\0" + text.encode("ascii") + b"\0"


@cache
def srgb_profile() -> bytes:
    """The profile's bytes (about 2,5 KB), the same on every call and every machine."""
    curve = _curve()
    tags: list[tuple[bytes, bytes]] = [
        (b"desc", _description(DESCRIPTION)),
        (b"cprt", _text(COPYRIGHT)),
        (b"wtpt", _xyz(_D50)),
        (b"rXYZ", _xyz(_RED)),
        (b"gXYZ", _xyz(_GREEN)),
        (b"bXYZ", _xyz(_BLUE)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, data, placed = [], b"", {}
    for signature, body in tags:
        if body not in placed:  # the three tone curves share one copy
            placed[body] = offset + len(data)
            data += body + b"\0" * (-len(body) % 4)
        table.append(struct.pack(">4sII", signature, placed[body], len(body)))
    size = offset + len(data)
    header = (
        struct.pack(">I", size)
        + b"\0\0\0\0"  # preferred CMM: none
        + bytes((2, 0x10, 0, 0))  # version 2.1.0
        + b"mntrRGB XYZ "
        + struct.pack(">6H", 2026, 1, 1, 0, 0, 0)  # a fixed date: reproducible files
        + b"acsp"
        + b"\0" * 4  # primary platform
        + b"\0" * 4  # flags
        + b"\0" * 8  # manufacturer, model
        + b"\0" * 8  # attributes
        + struct.pack(">I", 0)  # perceptual intent
        + b"".join(_s15f16(v) for v in _D50)
        + b"\0" * 4  # creator
    )
    header += b"\0" * (128 - len(header))
    return header + struct.pack(">I", len(tags)) + b"".join(table) + data
