"""The PDF export dialog: it names the font the file embeds and offers PDF/A-1b."""

from __future__ import annotations

from itplan_desktop.export.pdf.fonts import font_source
from itplan_desktop.gui.shell.pdf_options_dialog import PdfOptionsDialog
from itplan_desktop.services.pdf_export import PdfOptions


def test_dialog_names_the_embedded_font_and_offers_pdfa(qtbot) -> None:
    dialog = PdfOptionsDialog()
    qtbot.addWidget(dialog)
    text = dialog.font_label.text()
    assert font_source() in text
    if font_source() == "Liberation Serif":
        assert "tương thích số đo với Times New Roman" in text
    assert "PDF/A-1b" in dialog.pdfa.text() and not dialog.pdfa.isChecked()
    base = PdfOptions(show_parent_line=True)
    assert dialog.options(base) == PdfOptions(pdfa=False, show_parent_line=True)
    dialog.pdfa.setChecked(True)
    assert dialog.options(base) == PdfOptions(pdfa=True, show_parent_line=True)
