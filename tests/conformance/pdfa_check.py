"""Our own PDF/A-1b checker (veraPDF is not packaged here): the requirements of ISO 19005-1
(TCVN 14159-1:2024) level B that can be checked from the file's objects —

- header: %PDF-1.4 (or lower), a comment of four bytes > 127 on the second line;
- trailer: an /ID, no /Encrypt;
- catalog: /Metadata, an XMP packet (unfiltered) with pdfaid:part 1 and conformance B, whose
  dc/xmp/pdf properties equal the Info dictionary (Title, Author, Subject, Keywords, Creator,
  Producer, CreationDate, ModDate);
- catalog: /OutputIntents with a GTS_PDFA1 intent whose DestOutputProfile is an ICC profile of
  version 2 with N = 3 (RGB, as our DeviceRGB colours need);
- fonts: every font embedded;
- no transparency: no /SMask image or soft mask in an ExtGState, no CA/ca below 1, no /Group
  of /S /Transparency on pages or forms, no blend mode other than Normal/Compatible;
- no LZW filter, no JavaScript, no embedded files, no /AA actions.
It returns the list of problems (empty when the file passes).
"""

from __future__ import annotations

import re
from datetime import datetime
from xml.etree import ElementTree

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}


def _pdf_date(text: str) -> datetime:
    """ "D:20261202051500+07'00'" -> an aware datetime."""
    m = re.match(r"D:(\d{14})([+-])(\d{2})'(\d{2})'", text)
    assert m, text
    return datetime.strptime(f"{m[1]}{m[2]}{m[3]}{m[4]}", "%Y%m%d%H%M%S%z")


def _xmp_date(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _walk(obj, seen: set[int], visit) -> None:
    """Every dictionary reachable from `obj` (each indirect object once)."""
    if isinstance(obj, IndirectObject):
        if obj.idnum in seen:
            return
        seen.add(obj.idnum)
        obj = obj.get_object()
    if isinstance(obj, DictionaryObject):  # streams are dictionaries too
        visit(obj)
        for key, value in obj.items():
            if key != "/Parent":
                _walk(value, seen, visit)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            _walk(value, seen, visit)


def check_pdfa_1b(path) -> list[str]:
    problems: list[str] = []
    raw = path.read_bytes()
    header = raw.split(b"\n", 2)
    if not re.fullmatch(rb"%PDF-1\.[0-4]", header[0].strip()):
        problems.append(f"header {header[0]!r}: PDF/A-1 is PDF 1.4")
    if not (header[1].startswith(b"%") and sum(b > 127 for b in header[1][1:5]) == 4):
        problems.append("no binary comment on the second line")
    reader = PdfReader(path)
    trailer = reader.trailer
    if "/ID" not in trailer:
        problems.append("no /ID in the trailer")
    if "/Encrypt" in trailer:
        problems.append("encrypted")
    catalog = reader.trailer["/Root"].get_object()
    problems += _check_metadata(reader, catalog)
    problems += _check_output_intent(catalog)

    def visit(d: DictionaryObject) -> None:
        kind = d.get("/Type")
        simple = ("/TrueType", "/Type1", "/CIDFontType2", "/CIDFontType0")
        if (kind == "/Font" or "/BaseFont" in d) and d.get("/Subtype") in simple:
            descriptor = d.get("/FontDescriptor")
            desc = descriptor.get_object() if descriptor is not None else {}
            if not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                problems.append(f"font {d.get('/BaseFont')} not embedded")
        if "/SMask" in d and d["/SMask"] != "/None":
            problems.append("soft mask (transparency)")
        for key in ("/CA", "/ca"):
            if key in d and float(d[key]) < 1:
                problems.append(f"{key} {d[key]} (transparency)")
        if "/BM" in d and d["/BM"] not in ("/Normal", "/Compatible"):
            problems.append(f"blend mode {d['/BM']}")
        group = d.get("/Group")
        if group is not None and group.get_object().get("/S") == "/Transparency":
            problems.append("transparency group")
        filters = d.get("/Filter")
        names = filters if isinstance(filters, ArrayObject) else [filters]
        if "/LZWDecode" in [str(n) for n in names if n is not None]:
            problems.append("LZW filter")
        for key in ("/JavaScript", "/EmbeddedFiles", "/AA"):
            if key in d:
                problems.append(f"{key} present")
        if d.get("/S") == "/JavaScript":
            problems.append("JavaScript action")

    _walk(reader.trailer["/Root"], set(), visit)
    return sorted(set(problems))


def _check_metadata(reader: PdfReader, catalog) -> list[str]:
    if "/Metadata" not in catalog:
        return ["no XMP metadata in the catalog"]
    stream = catalog["/Metadata"].get_object()
    if not isinstance(stream, StreamObject):
        return ["metadata is not a stream"]
    problems = []
    if "/Filter" in stream:
        problems.append("the metadata stream is filtered (PDF/A-1 wants it plain)")
    if stream.get("/Type") != "/Metadata" or stream.get("/Subtype") != "/XML":
        problems.append("metadata stream without /Type /Metadata /Subtype /XML")
    data = stream.get_data().decode("utf-8")
    if not data.startswith("<?xpacket begin=") or not data.rstrip().endswith(
        "<?xpacket end='w'?>".replace("'", '"')
    ):
        problems.append("not a complete XMP packet")
    root = ElementTree.fromstring(data[data.index("<x:xmpmeta") : data.index("</x:xmpmeta>") + 12])

    def prop(path: str) -> str | None:
        found = root.find(f".//{path}", NS)
        return None if found is None else (found.text or "")

    if prop("pdfaid:part") != "1" or prop("pdfaid:conformance") != "B":
        problems.append("pdfaid part/conformance is not 1/B")
    info = reader.trailer["/Info"].get_object()
    pairs = {
        "/Title": prop("dc:title/rdf:Alt/rdf:li"),
        "/Author": prop("dc:creator/rdf:Seq/rdf:li"),
        "/Subject": prop("dc:description/rdf:Alt/rdf:li"),
        "/Keywords": prop("pdf:Keywords"),
        "/Creator": prop("xmp:CreatorTool"),
        "/Producer": prop("pdf:Producer"),
    }
    for key, value in pairs.items():
        if key in info and str(info[key]) != value:
            problems.append(f"Info {key} {str(info[key])!r} differs from XMP {value!r}")
    for key, path in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        if key in info:
            value = prop(path)
            if value is None or _pdf_date(str(info[key])) != _xmp_date(value):
                problems.append(f"Info {key} differs from XMP {path}")
    return problems


def _check_output_intent(catalog) -> list[str]:
    intents = catalog.get("/OutputIntents")
    if not intents:
        return ["no output intent"]
    intent = next(
        (i.get_object() for i in intents.get_object() if i.get_object().get("/S") == "/GTS_PDFA1"),
        None,
    )
    if intent is None:
        return ["no GTS_PDFA1 output intent"]
    problems = []
    if "/OutputConditionIdentifier" not in intent:
        problems.append("output intent without OutputConditionIdentifier")
    profile = intent.get("/DestOutputProfile")
    if profile is None:
        return [*problems, "output intent without DestOutputProfile"]
    profile = profile.get_object()
    data = profile.get_data()
    if int(profile.get("/N", 0)) != 3:
        problems.append("ICC profile N is not 3")
    if data[36:40] != b"acsp" or data[16:20] != b"RGB ":
        problems.append("not an RGB ICC profile")
    if data[8] >= 4:
        problems.append(f"ICC profile version {data[8]} (PDF/A-1 wants version 2)")
    if int.from_bytes(data[:4], "big") != len(data):
        problems.append("ICC profile size field differs from its length")
    return problems
