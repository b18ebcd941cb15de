"""What the user may choose about a printed PDF (the export dialog, `itplan export --pdfa`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PdfOptions:
    """`pdfa`: write an archival PDF/A-1b file (TCVN 14159-1:2024, ISO 19005-1) — XMP
    metadata, an sRGB output intent, every font embedded, no transparency.
    `show_parent_line`: print the parent body above a People's Committee (a per-unit setting,
    off by default: the decree's examples have none)."""

    pdfa: bool = False
    show_parent_line: bool = False


DEFAULT_OPTIONS = PdfOptions()
