"""Before a PDF is written: which font it embeds (the system's Times New Roman, or the shipped
metric-compatible Liberation Serif) and whether to write an archival PDF/A-1b copy."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...export.pdf.fonts import TIMES_NEW_ROMAN, font_source
from ...services.pdf_export import PdfOptions


class PdfOptionsDialog(QDialog):
    """The font line and the PDF/A check box; `options(base)` gives what was chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất PDF"))
        layout = QVBoxLayout(self)
        source = font_source()
        if source == TIMES_NEW_ROMAN:
            text = self.tr("Phông chữ: %1 của hệ thống, được nhúng vào tệp.")
        else:
            text = self.tr(
                "Phông chữ: %1, tương thích số đo với Times New Roman (máy không có Times "
                "New Roman), được nhúng vào tệp."
            )
        self.font_label = QLabel(text.replace("%1", source), self)
        self.font_label.setWordWrap(True)
        self.pdfa = QCheckBox(self.tr("Bản lưu trữ PDF/A-1b (TCVN 14159-1:2024)"), self)
        self.pdfa.setToolTip(self.tr("Thêm siêu dữ liệu XMP và hồ sơ màu sRGB để lưu trữ lâu dài."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.font_label)
        layout.addWidget(self.pdfa)
        layout.addWidget(buttons)

    def options(self, base: PdfOptions) -> PdfOptions:
        return PdfOptions(pdfa=self.pdfa.isChecked(), show_parent_line=base.show_parent_line)
