"""docs/format.md "PDF files": PDF 1.4 or later for every file, every font embedded (no Helvetica
or other base-14 font left in any page's resources, forms included)."""

from __future__ import annotations

import pytest
from kinds import ALL

BASE_14 = {
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Courier",
    "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip


@pytest.mark.parametrize("kind", ALL)
def test_PDF_version_at_least_1_4(documents, kind):
    assert documents[kind].version >= (1, 4)


@pytest.mark.parametrize("kind", ALL)
def test_PDF_every_font_embedded_no_base_14(documents, kind):
    fonts = documents[kind].fonts()
    assert fonts
    for font in fonts:
        name = str(font.get("/BaseFont", "")).lstrip("/")
        assert name.split("+")[-1] not in BASE_14, name
        descriptor = font.get("/FontDescriptor")
        if font.get("/Subtype") == "/Type0":
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        assert descriptor is not None, name
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), name
