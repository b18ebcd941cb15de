"""The index's official documents, built as plan-shaped documents for the plan exporters.

- the province's decision publishing the results (QUYẾT ĐỊNH công bố kết quả đánh giá …) with
  the ranking as its appendix;
- a unit's report of its self-assessment (BÁO CÁO kết quả tự đánh giá …) to the Sở Khoa học
  và Công nghệ, with the indicator table as its appendix.
Both go through the same PDF and Excel exporters as a plan, so they carry the official header,
closing and appendix format (docs/pdf.md) and the Excel print setup.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.appendix import (
    Appendix,
    AppendixRole,
    AppendixRow,
    Column,
    ColumnKind,
    ColumnRole,
    RowKind,
)
from ..domain.dti_assessment import Assessment
from ..domain.dti_index import DtIndex
from ..domain.dti_scoring import IndicatorValue, Ranked, score_unit
from ..domain.organisation import Organisation, OrgLevel
from ..domain.plan import LegalBasis, Plan, PlanKind, Signer
from ..domain.section import Paragraph
from ..messages import UserError, register_messages
from ..vn.numbers import format_number

if TYPE_CHECKING:
    from ..store.database import Database

register_messages(
    {
        "index.bad_suffix": (
            "Tên tệp “{path}” phải có đuôi .pdf hoặc .xlsx.",
            "The file name “{path}” must end in .pdf or .xlsx.",
        ),
    }
)

NAMESPACE = uuid_module.UUID("6f1c3c1e-8a51-4d4e-9a53-4c1d2a7e0b20")


def _stable(*parts: object) -> str:
    return str(uuid_module.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def points_text(value: Decimal) -> str:
    """Points as printed: 612,5; 1.000 (at most two decimals, none when whole)."""
    rounded = value.quantize(Decimal("0.01"), ROUND_HALF_UP).normalize()
    exponent = rounded.as_tuple().exponent
    assert isinstance(exponent, int)  # points are finite (a NaN's exponent is "n")
    decimals = 0 if rounded == rounded.to_integral() else -exponent
    return format_number(rounded, decimals=int(decimals))


@dataclass(frozen=True, slots=True)
class Issuer:
    """Who issues the document: "ỦY BAN NHÂN DÂN" / "TỈNH THANH HÓA", place "Thanh Hóa"."""

    code: str
    issuer: str
    issuer_short: str
    place: str
    issuer_parent: str = ""


def ranking_appendix(index: DtIndex, ranked: Sequence[Ranked], names: dict[str, str]) -> Appendix:
    columns = [
        Column("tt", ColumnKind.TEXT, ColumnRole.TT, ("STT",), width=0.45),
        Column("name", ColumnKind.TEXT, ColumnRole.NAME, ("Đơn vị",), width=1.6),
    ]
    for group in index.groups:
        columns.append(
            Column(
                f"g_{group.code}",
                ColumnKind.TEXT,
                ColumnRole.TEXT,
                (
                    "Điểm theo nhóm chỉ số",
                    f"{group.code}. {group.name} ({points_text(index.group_max(group.code))})",
                ),
                width=0.8,
            )
        )
    columns += [
        Column(
            "points",
            ColumnKind.TEXT,
            ColumnRole.TEXT,
            (f"Tổng điểm ({points_text(index.max_points)})",),
            width=0.7,
        ),
        Column("fraction", ColumnKind.TEXT, ColumnRole.TEXT, ("Kết quả (0–1)",), width=0.7),
        Column("rank", ColumnKind.TEXT, ColumnRole.TEXT, ("Xếp hạng",), width=0.55),
    ]
    appendix = Appendix(
        title=f"KẾT QUẢ ĐÁNH GIÁ, XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ NĂM {index.year}",
        columns=columns,
        role=AppendixRole.DETAIL,
        uuid=_stable(index.code, index.year, "ranking"),
    )
    for r in ranked:
        code = r.score.unit_code
        texts = {
            "name": names.get(code) or code,
            "points": points_text(r.score.points),
            "fraction": format_number(r.score.fraction, decimals=4),
            "rank": str(r.rank),
        }
        for group in index.groups:
            texts[f"g_{group.code}"] = points_text(r.score.group_points(group.code))
        appendix.rows.append(
            AppendixRow(RowKind.ITEM, texts=texts, uuid=_stable(index.code, index.year, code))
        )
    return appendix


def ranking_decision(
    index: DtIndex, ranked: Sequence[Ranked], names: dict[str, str], issuer: Issuer, period: int
) -> Plan:
    """The province's decision publishing the results, ranking in its appendix."""
    count = len(ranked)
    articles = [
        Paragraph(
            f"Điều 1. Công bố kết quả đánh giá, xếp hạng mức độ chuyển đổi số năm {period} của "
            f"{count} cơ quan, đơn vị theo {index.name}, chi tiết tại Phụ lục kèm theo Quyết "
            "định này."
        ),
        Paragraph(
            "Điều 2. Giao Sở Khoa học và Công nghệ thông báo kết quả đến các cơ quan, đơn vị; "
            "các cơ quan, đơn vị căn cứ kết quả đánh giá để khắc phục các chỉ số còn hạn chế."
        ),
        Paragraph(
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân "
            "tỉnh, Giám đốc Sở Khoa học và Công nghệ, Thủ trưởng các cơ quan, đơn vị có tên tại "
            "Phụ lục chịu trách nhiệm thi hành Quyết định này."
        ),
    ]
    bases = [
        LegalBasis("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ]
    if index.basis:
        bases.append(LegalBasis(f"Căn cứ {index.basis};"))
    return Plan(
        organisation_code=issuer.code,
        title=(
            f"Công bố kết quả đánh giá, xếp hạng mức độ chuyển đổi số của các cơ quan, đơn vị "
            f"năm {period}"
        ),
        start_year=period,
        end_year=period,
        kind=PlanKind.ANNUAL,
        doc_type="QĐ",
        symbol="QĐ-UBND",
        place=issuer.place,
        issuer=issuer.issuer,
        issuer_short=issuer.issuer_short,
        issuer_parent=issuer.issuer_parent,
        authority_line=f"CHỦ TỊCH {issuer.issuer_short.upper()}",
        legal_bases=bases,
        intro=[Paragraph("Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.")],
        closing=articles,
        signer=Signer(authority="KT.", authority_of="CHỦ TỊCH", title="PHÓ CHỦ TỊCH"),
        recipients=["Như Điều 3", "Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Lưu: VT, KHCN"],
        appendices=[ranking_appendix(index, ranked, names)],
        uuid=_stable(index.code, period, issuer.code, "decision"),
    )


def value_text(value: IndicatorValue, yes: str = "Có", no: str = "Không") -> str:
    """A value as printed: "18/20", "Có", "150,5" ("" for no value)."""
    if value.yes is not None:
        return yes if value.yes else no
    if value.numerator is not None and value.denominator is not None:
        return f"{points_text(value.numerator)}/{points_text(value.denominator)}"
    for number in (value.value, value.points):
        if number is not None:
            return points_text(number)
    return ""


def self_assessment_appendix(index: DtIndex, assessment: Assessment) -> Appendix:
    score = score_unit(index, assessment.unit_code, assessment.values())
    by_code = {s.code: s for s in score.indicators}
    columns = [
        Column("tt", ColumnKind.TEXT, ColumnRole.TT, ("TT",), width=0.45),
        Column("name", ColumnKind.TEXT, ColumnRole.NAME, ("Chỉ số",), width=2.4),
        Column("max", ColumnKind.TEXT, ColumnRole.TEXT, ("Điểm tối đa",), width=0.6),
        Column("value", ColumnKind.TEXT, ColumnRole.TEXT, ("Kết quả thực hiện",), width=0.8),
        Column("evidence", ColumnKind.TEXT, ColumnRole.TEXT, ("Minh chứng",), width=1.4),
        Column("points", ColumnKind.TEXT, ColumnRole.TEXT, ("Điểm tự đánh giá",), width=0.7),
    ]
    appendix = Appendix(
        title=f"KẾT QUẢ TỰ ĐÁNH GIÁ CÁC CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM {assessment.period}",
        columns=columns,
        role=AppendixRole.DETAIL,
        uuid=_stable(assessment.unit_code, assessment.period, "self"),
    )
    for group in index.groups:
        appendix.rows.append(
            AppendixRow(
                RowKind.GROUP,
                texts={
                    "name": group.name,
                    "max": points_text(index.group_max(group.code)),
                    "points": points_text(score.group_points(group.code)),
                },
                level=1,
                uuid=_stable(assessment.unit_code, assessment.period, "g", group.code),
            )
        )
        for indicator in index.indicators_of(group.code):
            entry = assessment.entry(indicator.code)
            evidence = []
            if entry is not None:
                e = entry.evidence
                if e.document_number:
                    dated = f" ngày {e.document_date:%d/%m/%Y}" if e.document_date else ""
                    evidence.append(f"Văn bản số {e.document_number}{dated}")
                if e.link:
                    evidence.append(e.link)
                names = {a.sha256: a.name for a in assessment.attachments}
                evidence += [f"Tệp {names[h]}" for h in e.attachments if h in names]
            appendix.rows.append(
                AppendixRow(
                    RowKind.ITEM,
                    texts={
                        "name": f"{indicator.code} {indicator.name}",
                        "max": points_text(indicator.max_points),
                        "value": value_text(entry.value) if entry else "",
                        "evidence": "; ".join(evidence),
                        "points": points_text(by_code[indicator.code].points),
                    },
                    uuid=_stable(assessment.unit_code, assessment.period, indicator.code),
                )
            )
    return appendix


def self_assessment_report(index: DtIndex, assessment: Assessment, issuer: Issuer) -> Plan:
    """The unit's report of its self-assessment, sent to the Sở Khoa học và Công nghệ."""
    score = score_unit(index, assessment.unit_code, assessment.values())
    missing = sum(1 for s in score.indicators if s.points == 0)
    body = [
        Paragraph(
            f"Thực hiện {index.name} ({index.basis}), {issuer.issuer_short} báo cáo kết quả tự "
            f"đánh giá mức độ chuyển đổi số năm {assessment.period} như sau:"
        ),
        Paragraph(
            f"Tổng điểm tự đánh giá: {points_text(score.points)}/{points_text(score.max_points)} "
            f"điểm (kết quả {format_number(score.fraction, decimals=4)}); {missing} chỉ số chưa "
            "đạt điểm. Kết quả và minh chứng của từng chỉ số tại Phụ lục kèm theo."
        ),
    ]
    return Plan(
        organisation_code=issuer.code,
        title=f"Kết quả tự đánh giá mức độ chuyển đổi số năm {assessment.period}",
        start_year=assessment.period,
        end_year=assessment.period,
        kind=PlanKind.ANNUAL,
        doc_type="BC",
        symbol="BC-UBND",
        place=issuer.place,
        issuer=issuer.issuer,
        issuer_short=issuer.issuer_short,
        issuer_parent=issuer.issuer_parent,
        intro=body,
        signer=Signer(authority="TM.", authority_of="ỦY BAN NHÂN DÂN", title="CHỦ TỊCH"),
        recipients=["Như trên", "Lưu: VT"],
        appendices=[self_assessment_appendix(index, assessment)],
        uuid=_stable(assessment.unit_code, assessment.period, "report"),
    )


def export_document(plan: Plan, target: Path) -> None:
    """Write `plan` to `target` (.pdf or .xlsx) through the plan exporters."""
    suffix = Path(target).suffix.lower()
    if suffix == ".pdf":
        from .pdf_export import export_plan_pdf

        export_plan_pdf(plan, Path(target))
    elif suffix == ".xlsx":
        from .xlsx_export import export_plan_xlsx

        export_plan_xlsx(plan, Path(target))
    else:
        raise UserError("index.bad_suffix", path=target)


def issuer_for(organisation: Organisation) -> Issuer:
    """The People's Committee of `organisation` as the issuer of a document."""
    return Issuer(
        code=organisation.code,
        issuer=f"ỦY BAN NHÂN DÂN\n{organisation.full_name.upper()}",
        issuer_short=f"Ủy ban nhân dân {organisation.full_name}",
        place=organisation.name,
    )


KIND_WORDS = ("xã", "phường", "đặc khu", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh")


def issuer_from_name(unit_code: str, unit_name: str) -> Issuer:
    """The People's Committee of a unit known only by its name ("xã Như Xuân")."""
    name = " ".join(unit_name.split())
    place = name
    for word in sorted(KIND_WORDS, key=len, reverse=True):
        if name.lower().startswith(word + " "):
            place = name[len(word) + 1 :]
            break
    return Issuer(
        code=unit_code,
        issuer=f"ỦY BAN NHÂN DÂN\n{name.upper()}",
        issuer_short=f"Ủy ban nhân dân {name}",
        place=place,
    )


def province_issuer(db: Database) -> Issuer | None:
    """The province of this database (the first province-level unit it knows), if any."""
    from ..store import organisation_repository as repo

    with db.session() as session:
        provinces = [o for o in repo.list_organisations(session) if o.level is OrgLevel.PROVINCE]
    return issuer_for(provinces[0]) if provinces else None
