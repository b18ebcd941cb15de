"""How a plan's own text is *presented* in the official format (Nghị định 30/2020/NĐ-CP,
docs/format.md), without rewriting what is stored: the issuing body's full name, the parent line,
appendix numbering, heading case and weight, the endings of legal bases and the closing lines.

Every printer (PDF, Excel) and the validator read these functions, so the format is decided in
one place and a finding can say exactly what the print normalised.
"""

from __future__ import annotations

import re

from ..vn.outline import to_roman
from .appendix import Appendix
from .plan import Plan

PEOPLES_COMMITTEE = "ỦY BAN NHÂN DÂN"
"""The official full name of a People's Committee (UBND), as the header prints it."""
_COMMITTEE_ABBREVIATION = re.compile(r"^\s*(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\b\s*", re.I)
_SENTENCE_COMMITTEE = re.compile(r"\bUBND\b")
ARCHIVE = "Lưu"
"""The last line of Nơi nhận: "- Lưu: VT, <drafting unit>."."""
AS_ABOVE = "Như trên;"
"""First line of Nơi nhận of a document sent to the addressees of "Kính gửi"."""
UPWARD_MARK = re.compile(r"\s*\((b/c|để b/c|báo cáo)\)\s*[;.]?\s*$", re.I)
"""A recipient marked "(b/c)" receives the document to be reported to: a report (BC, TTr)
is sent upward to them, so they are its "Kính gửi" addressees."""
UPWARD_TYPES = frozenset({"BC", "TTr"})
TITLE_WORD_LIMIT = 12
"""An outline item with more words than this (or a shorter one that reads as a sentence) is
a sentence, printed upright; a titled item ("1. Mục tiêu cụ thể") is bold."""


def is_peoples_committee(issuer: str) -> bool:
    """ "UBND HUYỆN NHƯ XUÂN", "Ủy ban nhân dân xã …": the body is a People's Committee."""
    return bool(_COMMITTEE_ABBREVIATION.match(issuer.upper()))


def issuer_lines(issuer: str) -> list[str]:
    """The issuing body as the header prints it: the official full name in upper case, a
    People's Committee on two lines ("ỦY BAN NHÂN DÂN" / "HUYỆN NHƯ XUÂN"); other bodies as
    one text (wrapped by the printer)."""
    text = " ".join(issuer.split()).upper()
    match = _COMMITTEE_ABBREVIATION.match(text)
    if not match:
        return [text] if text else []
    rest = text[match.end() :].strip()
    return [PEOPLES_COMMITTEE, rest] if rest else [PEOPLES_COMMITTEE]


def issuer_expanded(issuer: str) -> bool:
    """Whether the print spells out an abbreviated issuing body ("UBND" -> "ỦY BAN NHÂN DÂN")."""
    match = _COMMITTEE_ABBREVIATION.match(issuer.upper())
    return match is not None and match.group(1).upper() == "UBND"


def parent_line(plan: Plan, show_parent_line: bool = False) -> str:
    """The parent body line above the issuing body, or "" when none is printed: a People's
    Committee has none unless its unit asks for it (`show_parent_line`, a per-unit setting);
    another body (a sở under the province's UBND) keeps its parent."""
    parent = " ".join(plan.issuer_parent.split()).upper()
    if not parent:
        return ""
    if is_peoples_committee(plan.issuer) and not show_parent_line:
        return ""
    return parent


def name_in_sentence(name: str) -> str:
    """ "UBND huyện Như Xuân" -> "Ủy ban nhân dân huyện Như Xuân" (the full name inside a
    sentence, as in "(Kèm theo … của Ủy ban nhân dân xã …)")."""
    return _SENTENCE_COMMITTEE.sub("Ủy ban nhân dân", " ".join(name.split()))


def appendix_label(plan: Plan, appendix: Appendix) -> str:
    """ "Phụ lục I", "Phụ lục II" … with two or more appendices; "Phụ lục" for the only one;
    "Phụ lục 1" only when the plan chose Arabic numbering (to reproduce an old document)."""
    number = appendix.number
    if plan.appendix_numbering == "arabic":
        return f"Phụ lục {number}"
    if len(plan.appendices) < 2 or number < 1:
        return "Phụ lục"
    return f"Phụ lục {to_roman(number)}"


def appendix_reference(plan: Plan, appendix: Appendix) -> str:
    """The appendix named inside a sentence: "Phụ lục I" / "Phụ lục" ("… tại Phụ lục kèm theo")."""
    return appendix_label(plan, appendix)


def label_style(label: str | None, style: str) -> str:
    """The outline style a hand-typed `label` shows ("1." arabic, "IV." roman, "b)" alpha,
    "Điều 2." article); `style` (the level's) when there is no label or it shows none."""
    text = (label or "").strip()
    if not text:
        return style
    if re.fullmatch(r"\d+(\.\d+)*\.?", text):
        return "arabic"
    if re.fullmatch(r"[IVXLCDM]+\.?", text):
        return "roman"
    if re.fullmatch(r"[a-zđ]{1,2}\)", text):
        return "alpha"
    if text.lower().startswith("điều"):
        return "article"
    return style


def heading_text(style: str, text: str) -> str:
    """A heading as printed: Roman-numbered items ("I. MỤC TIÊU") in upper case [NĐ30 II.6.đ]."""
    return text.upper() if style == "roman" else text


def is_titled(text: str) -> bool:
    """Whether an outline item's text is a title ("Mục tiêu cụ thể", "Sở Tài chính.") rather
    than a sentence ("Các sở, ban ngành có trách nhiệm phối hợp …").

    A sentence has more than TITLE_WORD_LIMIT words, or carries a clause of its own (a ":" or
    ";" followed by text, or a "." before its end)."""
    words = text.split()
    if len(words) > TITLE_WORD_LIMIT:
        return False
    body = text.strip().rstrip(".;:").strip()
    return not re.search(r"[:;.]\s+\S", body)


def heading_bold(style: str, text: str) -> bool:
    """Roman items and articles bold; Arabic items bold only when they have a title; letter
    points and bullets upright [NĐ30 II.6.đ]."""
    if style in ("roman", "article"):
        return True
    return style == "arabic" and is_titled(text)


def legal_basis_texts(texts: list[str]) -> list[str]:
    """The legal bases as printed: each ending ";", the last "." [NĐ30 II.6.a]; a trailing
    "," ";" "." or ":" typed by the user is replaced, nothing else."""
    kept = [" ".join(t.split()) for t in texts]
    kept = [t for t in kept if t]
    out = []
    for index, text in enumerate(kept):
        end = "." if index == len(kept) - 1 else ";"
        out.append(text.rstrip(",;.: ") + end)
    return out


def is_upward(plan: Plan) -> bool:
    """A report or submission (BC, TTr) with recipients marked "(b/c)": sent upward."""
    return plan.doc_type in UPWARD_TYPES and bool(addressees(plan))


def addressees(plan: Plan) -> list[str]:
    """The "Kính gửi" addressees of a report sent upward: its recipients marked "(b/c)", without
    the mark ("Sở Thông tin và Truyền thông")."""
    if plan.doc_type not in UPWARD_TYPES:
        return []
    out = []
    for item in plan.recipients:
        text = item.strip()
        if UPWARD_MARK.search(text):
            out.append(UPWARD_MARK.sub("", text).strip().rstrip(";.").strip())
    return [t for t in out if t]


def addressee_lines(plan: Plan) -> list[str]:
    """ "Kính gửi: Sở …." for one addressee; "Kính gửi:" and "- A;" "- B." for several."""
    names = addressees(plan)
    if len(names) == 1:
        return [f"Kính gửi: {names[0]}."]
    if not names:
        return []
    return ["Kính gửi:"] + [
        f"- {name}{'.' if index == len(names) - 1 else ';'}" for index, name in enumerate(names)
    ]


def default_archive(plan: Plan) -> str:
    """ "Lưu: VT." — the archive line when the plan has none (VT: văn thư, the records office)."""
    return f"{ARCHIVE}: VT."


def recipient_lines(plan: Plan) -> list[str]:
    """Nơi nhận as printed: "- …;" one per recipient, "- Như trên;" first for a report sent
    upward (its addressees are in "Kính gửi"), and "- Lưu: VT, ….", ending with a full stop,
    always last [NĐ30 II.9.b]."""
    items = [" ".join(r.split()) for r in plan.recipients]
    items = [r for r in items if r]
    upward = is_upward(plan)
    if upward:
        items = [AS_ABOVE] + [r for r in items if not UPWARD_MARK.search(r)]
    archive = [r for r in items if _is_archive(r)]
    items = [r for r in items if not _is_archive(r)] + (archive[-1:] or [default_archive(plan)])
    lines = []
    for index, item in enumerate(items):
        body = item.removeprefix("-").strip().rstrip(",;.: ")
        lines.append(f"- {body}{'.' if index == len(items) - 1 else ';'}")
    return lines


def _is_archive(item: str) -> bool:
    return item.removeprefix("-").strip().lower().startswith(ARCHIVE.lower())


def authority_lines(plan: Plan) -> list[str]:
    """The signature block's upper-case lines: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH". A plan without
    an authority signs on behalf of its People's Committee ("TM. ỦY BAN NHÂN DÂN" /
    "CHỦ TỊCH"), so every document closes with an authority [NĐ30 II.7]."""
    signer = plan.signer
    first = " ".join(p for p in (signer.authority.strip(), signer.authority_of.strip()) if p)
    title = signer.title.strip()
    if not first and not title:
        if is_peoples_committee(plan.issuer):
            return [f"TM. {PEOPLES_COMMITTEE}", "CHỦ TỊCH"]
        return ["THỦ TRƯỞNG CƠ QUAN"]
    lines = [first.upper()] if first else []
    if title:
        lines.append(title.upper())
    return lines
