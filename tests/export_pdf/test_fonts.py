"""Fonts: the family, embedding and subsetting, and every Vietnamese letter in every style."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pdf_helpers import pdftotext
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from itplan_desktop.export.pdf import fonts as fonts_module
from itplan_desktop.export.pdf.fonts import (
    FontFamily,
    font_files,
    register_fonts,
)
from itplan_desktop.paths import resource_path

BASES = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # ngang huyền sắc hỏi ngã nặng


def vietnamese_letters() -> list[str]:
    """Every precomposed Vietnamese letter: 12 vowels x 6 tones and đ, lower and upper case."""
    lower = [unicodedata.normalize("NFC", base + tone) for base in BASES for tone in TONES]
    lower = [letter for letter in lower if not letter.isascii()] + ["đ"]  # a e i o u y are ASCII
    return lower + [letter.upper() for letter in lower]


def test_the_letter_list_is_computed_and_complete() -> None:
    letters = vietnamese_letters()
    assert all(len(letter) == 1 for letter in letters), "every letter is one precomposed code"
    assert len(set(letters)) == len(letters)
    # 12 vowels x 6 tones, minus the 6 plain ASCII vowels, plus đ: in both cases
    expected = 2 * (len(BASES) * len(TONES) - sum(b.isascii() for b in BASES) + 1)
    assert len(letters) == expected
    assert "ặ" in letters and "Ỹ" in letters and "Đ" in letters


def test_liberation_serif_ships_with_its_licence() -> None:
    fonts = resource_path("fonts")
    for style in ("Regular", "Bold", "Italic", "BoldItalic"):
        assert (fonts / f"LiberationSerif-{style}.ttf").is_file()
    licence = (fonts / "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Copyright (c) 2012 Red Hat, Inc." in licence


def test_family_uses_times_on_windows_else_liberation() -> None:
    source, files = font_files()
    assert source in ("Times New Roman", "Liberation Serif")
    assert len(files) == 4 and all(Path(f).is_file() for f in files)


@pytest.mark.parametrize("style", ["regular", "bold", "italic", "bold_italic"])
def test_every_vietnamese_letter_has_a_glyph(style: str) -> None:
    family = register_fonts()
    face = pdfmetrics.getFont(getattr(family, style)).face
    missing = [c for c in vietnamese_letters() if ord(c) not in face.charToGlyph]
    assert missing == []


def test_every_letter_in_every_style_extracts_back_and_is_embedded(tmp_path: Path) -> None:
    family = register_fonts()
    letters = "".join(vietnamese_letters())
    path = tmp_path / "letters.pdf"
    canvas = Canvas(str(path), initialFontName=family.regular)
    y = 780
    for face in (family.regular, family.bold, family.italic, family.bold_italic):
        canvas.setFont(face, 12)
        for start in range(0, len(letters), 40):
            canvas.drawString(40, y, letters[start : start + 40])
            y -= 18
    canvas.save()
    lines = [line for line in pdftotext(path).splitlines() if line.strip()]
    chunks = [letters[i : i + 40] for i in range(0, len(letters), 40)]
    assert [unicodedata.normalize("NFC", line) for line in lines] == chunks * 4
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert len(rows) >= 4
    for row in rows:
        assert " yes yes " in row  # embedded, subset
    assert any("LiberationSerif-BoldItalic" in row or "TimesNewRoman" in row for row in rows)


def test_characters_of_a_long_text_are_all_found() -> None:
    """The regular-expression scan of `text_stream` finds the same characters as `set()`."""
    import random

    from itplan_desktop.export.pdf.text_stream import _characters

    rng = random.Random(5)
    alphabet = vietnamese_letters() + list("()\\[]^-.,;:!? \n\t0123456789abcXYZ&<>\"'")
    text = "".join(rng.choice(alphabet[:20]) for _ in range(50_000))
    text += "".join(rng.choice(alphabet) for _ in range(200)) + "]" + "-" * 20_000 + "^"
    assert _characters(text, set()) == set(text)
    assert _characters(text, {"a", "\n"}) == set(text) - {"a", "\n"}
    assert _characters("short ( text", {"s"}) == set("short ( text") - {"s"}


def _fake_windows_fonts(
    folder: Path, names=("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
):
    """A Windows fonts folder holding the four Times New Roman files (copies of the shipped
    faces: only the file names matter to the choice)."""
    shipped = resource_path("fonts")
    sources = sorted(shipped.glob("LiberationSerif-*.ttf"))
    folder.mkdir(parents=True, exist_ok=True)
    for name, source in zip(names, sources, strict=False):
        shutil.copyfile(source, folder / name)
    return folder


def test_windows_fonts_folder_gives_the_systems_times_new_roman(tmp_path: Path) -> None:
    """docs/format.md "Page": on Windows the PDFs embed the system's Times New Roman."""
    fonts = _fake_windows_fonts(tmp_path / "Windows" / "Fonts")
    source, files = font_files(fonts_dir=fonts)
    assert source == "Times New Roman"
    assert [f.name for f in files] == ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"]
    assert all(f.parent == fonts for f in files)


def test_windows_folder_is_found_from_windir(tmp_path: Path, monkeypatch) -> None:
    _fake_windows_fonts(tmp_path / "Fonts")
    monkeypatch.setattr(fonts_module.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    assert fonts_module.windows_fonts_dir() == tmp_path / "Fonts"
    assert font_files()[0] == "Times New Roman"
    assert fonts_module.font_source() == "Times New Roman"
    assert font_files(prefer_system=False)[0] == "Liberation Serif"


def test_incomplete_windows_folder_falls_back_to_liberation(tmp_path: Path) -> None:
    """Without all four faces (no bold italic) the shipped family is used, and said."""
    fonts = _fake_windows_fonts(
        tmp_path / "Fonts", names=("times.ttf", "timesbd.ttf", "timesi.ttf")
    )
    source, files = font_files(fonts_dir=fonts)
    assert source == "Liberation Serif" and files[0].name == "LiberationSerif-Regular.ttf"


def test_document_properties_say_when_a_metric_compatible_font_is_used() -> None:
    from itplan_desktop.export.pdf.metadata import creator

    family = register_fonts()
    if family.source == "Liberation Serif":
        assert creator(family) == (
            "itplan-desktop; phông Liberation Serif (tương thích số đo với Times New Roman)"
        )
        assert fonts_module.font_source() == "Liberation Serif"
    times = FontFamily(*(family.regular,) * 4, source="Times New Roman", files=family.files)
    assert creator(times) == "itplan-desktop"
