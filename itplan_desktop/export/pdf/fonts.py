"""The serif family every document prints in: Times New Roman when the system has it, else
Liberation Serif (metric-compatible, SIL OFL 1.1) shipped in `resources/fonts/`.

The four styles are registered once per process as one ReportLab family, so that `<b>` and
`<i>` in paragraphs pick the right face. ReportLab embeds TrueType fonts as subsets.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...paths import resource_path

FAMILY = "ItplanSerif"
"""The family name the documents use; its faces are FAMILY, FAMILY-Bold, -Italic, -BoldItalic."""

_TIMES_FILES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
_LIBERATION_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)


@dataclass(frozen=True, slots=True)
class FontFamily:
    """The registered faces: `regular`, `bold`, `italic`, `bold_italic` are ReportLab font names;
    `source` says which files were used ("Times New Roman" or "Liberation Serif")."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str
    files: tuple[Path, ...]

    def face(self, bold: bool = False, italic: bool = False) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular


TIMES_NEW_ROMAN = "Times New Roman"
LIBERATION_SERIF = "Liberation Serif"


def windows_fonts_dir() -> Path | None:
    """The system fonts folder on Windows (%WINDIR%\\Fonts); None elsewhere."""
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if sys.platform == "win32" and windir:
        return Path(windir) / "Fonts"
    return None


def font_files(
    prefer_system: bool = True, fonts_dir: Path | None = None
) -> tuple[str, tuple[Path, ...]]:
    """The four TrueType files to use and the family's name: Times New Roman from the system
    fonts folder (`fonts_dir`, by default Windows' own) when all four of its files exist —
    the decree's font, embedded — else the shipped, metric-compatible Liberation Serif."""
    if fonts_dir is None and prefer_system:
        fonts_dir = windows_fonts_dir()
    if fonts_dir is not None:
        times = tuple(fonts_dir / name for name in _TIMES_FILES)
        if all(path.is_file() for path in times):
            return TIMES_NEW_ROMAN, times
    shipped = resource_path("fonts")
    return LIBERATION_SERIF, tuple(shipped / name for name in _LIBERATION_FILES)


def font_source() -> str:
    """The family the PDFs will embed: "Times New Roman" (the system's) or "Liberation Serif"
    (shipped, metric-compatible) — for the export dialog and the document properties."""
    return font_files()[0]


@cache
def register_fonts() -> FontFamily:
    """Register the family with ReportLab (once per process) and describe it."""
    source, files = font_files()
    names = (FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic")
    for name, path in zip(names, files, strict=True):
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
    )
    return FontFamily(*names, source=source, files=files)
