"""Tables of the legacy 8-bit Vietnamese encodings TCVN3 (ABC) and VNI (VNI-Windows).

Text is handled in its "mojibake" form: the characters a legacy byte shows as in Windows-1252
(identical to Latin-1 for the bytes 0xA0-0xFF that both encodings use), which is what a Unicode
paste of such text contains ("ViÖt Nam", "Vieät Nam"); bytes are first decoded that way.

TCVN3: TCVN 5712:1993, table VN3 (the ABC set of the .VnTime/.VnArial fonts), one byte per
letter, positions 0xA1-0xFF. VN3 has no code for toned capitals: documents used the upper-case
fonts (.VnTimeH) showing the lower-case codes as capitals. The decoder also accepts the VN1
capitals that sit in 0xA1-0xFF (0xAF "Ằ", 0xC0 "Ắ" …) and the combining tones 0xB0-0xB4; it
does not decode the VN1 capitals placed in the C0/C1 control ranges, because in real documents
those bytes are Windows-1252 punctuation (smart quotes, dashes).

VNI: a base letter followed by a mark byte ("e" + "ä" = "ệ"); ơ, ư, đ and the toned i/ỵ are
single bytes ("ô", "ö", "ñ", "í" …); capitals use capital marks ("EÄ" = "Ệ").
"""

from __future__ import annotations

import unicodedata

__all__ = ["TCVN3_DECODE", "TCVN3_ENCODE", "VNI_DECODE", "VNI_ENCODE", "bytes_to_text"]

# TCVN 5712:1993 positions 0xA1..0xFF (VN3 letters plus the VN1 capitals placed among them).
_TCVN3_FROM_A1 = (
    "ĂÂÊÔƠƯĐăâêôơưđẰ"  # A1-AF
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # B0-BF
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # C0-CF
    "éẹềểễếệìỉỄẾỒĩíịò"  # D0-DF
    "Ổỏõóọồổỗốộờởỡớợù"  # E0-EF
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # F0-FF
)
TCVN3_DECODE: dict[str, str] = {chr(0xA1 + i): letter for i, letter in enumerate(_TCVN3_FROM_A1)}

_VN_LOWER = "ăâêôơưđ" + "".join(
    unicodedata.normalize("NFC", base + tone)
    for base in "aăâeêioôơuưy"
    for tone in "\u0300\u0309\u0303\u0301\u0323"
)


def _tcvn3_encoder() -> dict[str, str]:
    """Unicode letter -> TCVN3 (VN3) character; toned capitals share the lower-case code."""
    lower_code = {letter: code for code, letter in TCVN3_DECODE.items() if letter in _VN_LOWER}
    encode = dict(lower_code)
    for letter, code in lower_code.items():
        capital = letter.upper()
        capital_code = next((c for c, v in TCVN3_DECODE.items() if v == capital), None)
        # Ă Â Ê Ô Ơ Ư Đ have their own VN3 codes; the toned capitals have none in VN3.
        encode[capital] = capital_code if capital_code and capital_code <= "\xa7" else code
    return encode


TCVN3_ENCODE = _tcvn3_encoder()

# VNI marks in lower case; capitals use the upper-case mark (same letter, shifted by 0x20).
_VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX = {
    "": "â",
    "\u0301": "á",
    "\u0300": "à",
    "\u0309": "å",
    "\u0303": "ã",
    "\u0323": "ä",
}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
_VNI_SINGLE = {"đ": "ñ", "ơ": "ô", "ư": "ö", "ỵ": "î"}


def _vni_sequence(letter: str) -> str | None:
    """The VNI (lower-case) spelling of one lower-case Vietnamese letter, or None if ASCII."""
    if letter in _VNI_SINGLE:
        return _VNI_SINGLE[letter]
    decomposed = unicodedata.normalize("NFD", letter)
    base, marks = decomposed[0], decomposed[1:]
    tone = next((m for m in marks if m in _VNI_TONES), "")
    shape = next((m for m in marks if m not in _VNI_TONES), "")
    if base == "i" and tone:
        return _VNI_I[tone]
    if shape == "\u0302":  # circumflex: â ê ô
        return base + _VNI_CIRCUMFLEX[tone]
    if shape == "\u0306":  # breve: ă
        return base + _VNI_BREVE[tone]
    if shape == "\u031b":  # horn: ơ ư
        return _VNI_SINGLE[unicodedata.normalize("NFC", base + shape)] + _VNI_TONES[tone]
    return base + _VNI_TONES[tone] if tone else None


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    encode: dict[str, str] = {}
    for letter in _VN_LOWER:
        sequence = _vni_sequence(letter)
        assert sequence is not None
        encode[letter] = sequence
        encode[letter.upper()] = sequence.upper()
    decode = {sequence: letter for letter, sequence in encode.items()}
    # A capital base with a lower-case mark ("Aù") is read as the capital letter too.
    for letter, sequence in list(encode.items()):
        if letter.isupper() and len(sequence) == 2:
            decode.setdefault(sequence[0] + sequence[1].lower(), letter)
    return encode, decode


VNI_ENCODE, VNI_DECODE = _vni_tables()


def bytes_to_text(data: bytes) -> str:
    """Legacy bytes as the characters Windows shows for them (cp1252, Latin-1 for its gaps)."""
    return "".join(_CP1252_C1.get(b, chr(b)) for b in data)


def _cp1252_c1() -> dict[int, str]:
    table = {}
    for b in range(0x80, 0xA0):
        try:
            table[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            continue  # undefined in cp1252: Windows passes it through as U+0080-U+009F
    return table


_CP1252_C1 = _cp1252_c1()
