"""PDF/A-1b (ISO 19005-1, TCVN 14159-1:2024) for archival copies: the parts ReportLab's open
source edition does not write — the XMP metadata packet (with the PDF/A identification, and the
document information repeated as the standard requires) and the output intent with an sRGB
ICC profile. The rest of PDF/A-1b our files already meet: PDF 1.4, every font embedded (as
TrueType subsets), no transparency, no encryption, a file identifier.

This module reaches into ReportLab's document object (through `reportlab_private`): its
catalog, info and time stamp. It is the only place that does so for PDF/A.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    XMP,
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas

from . import reportlab_private as private
from .icc_profile import DESCRIPTION, srgb_profile

PART, CONFORMANCE = "1", "B"
OUTPUT_CONDITION = DESCRIPTION
_PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"  # the fixed id of every XMP packet


class _PlainXMP(XMP):
    """The XMP stream written without a filter (ReportLab would compress it, and an empty
    filter list still writes "/Filter []"; PDF/A-1 wants no /Filter key on metadata)."""

    def format(self, document) -> bytes:
        self.content = self.makeContent(document)
        saved, document.defaultStreamFilters = document.defaultStreamFilters, None
        try:
            return PDFStream.format(self, document)
        finally:
            document.defaultStreamFilters = saved


def prepare_pdfa(canvas: Canvas) -> None:
    """Before drawing: the catalog learns the OutputIntents key (ReportLab's catalog writes only
    the keys it knows). Nothing else: transparency is never used, fonts are always embedded."""
    catalog = private.document(canvas).Catalog
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]


def _xmp_date(canvas: Canvas) -> str:
    """The creation date of the Info dictionary in XMP form: "2026-12-02T05:15:00+07:00"."""
    stamp = private.time_stamp(canvas)
    year, month, day, hour, minute, second = stamp.YMDhms
    sign = "-" if stamp.dhh < 0 else "+"
    return (
        f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
        f"{sign}{abs(stamp.dhh):02d}:{stamp.dmm:02d}"
    )


def xmp_packet(canvas: Canvas) -> str:
    """The XMP packet: PDF/A identification and the Info entries' equivalents (title, author,
    subject, keywords, creator tool, producer, dates), which PDF/A requires to agree."""
    info = private.document(canvas).info
    date = _xmp_date(canvas)
    text = {k: escape(str(getattr(info, k))) for k in (
        "title", "author", "subject", "keywords", "creator", "producer"
    )}  # fmt: skip
    return (
        f'<?xpacket begin="\ufeff" id="{_PACKET_ID}"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">\n'
        f"<pdfaid:part>{PART}</pdfaid:part>\n"
        f"<pdfaid:conformance>{CONFORMANCE}</pdfaid:conformance>\n"
        "</rdf:Description>\n"
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        "<dc:format>application/pdf</dc:format>\n"
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text["title"]}</rdf:li>'
        "</rdf:Alt></dc:title>\n"
        f"<dc:creator><rdf:Seq><rdf:li>{text['author']}</rdf:li></rdf:Seq></dc:creator>\n"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text["subject"]}</rdf:li>'
        "</rdf:Alt></dc:description>\n"
        "</rdf:Description>\n"
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
        f"<xmp:CreateDate>{date}</xmp:CreateDate>\n"
        f"<xmp:ModifyDate>{date}</xmp:ModifyDate>\n"
        f"<xmp:MetadataDate>{date}</xmp:MetadataDate>\n"
        f"<xmp:CreatorTool>{text['creator']}</xmp:CreatorTool>\n"
        "</rdf:Description>\n"
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
        f"<pdf:Producer>{text['producer']}</pdf:Producer>\n"
        f"<pdf:Keywords>{text['keywords']}</pdf:Keywords>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        + " " * 2000  # padding, so the packet can be edited in place
        + '\n<?xpacket end="w"?>'
    )


def finish_pdfa(canvas: Canvas) -> None:
    """After the document information is set, before `save`: the XMP metadata stream
    (uncompressed, as PDF/A-1 requires) and the sRGB output intent in the catalog."""
    metadata = _PlainXMP(creator=lambda _doc: xmp_packet(canvas).encode("utf-8"))
    canvas.setCatalogEntry("Metadata", metadata)
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    doc = private.document(canvas)
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION),
            "Info": PDFString(OUTPUT_CONDITION),
            "RegistryName": PDFString("http://www.color.org"),
            "DestOutputProfile": doc.Reference(profile),
        }
    )
    canvas.setCatalogEntry("OutputIntents", PDFArray([doc.Reference(intent)]))
