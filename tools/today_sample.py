# ruff: noqa: E501  (the sample's Vietnamese sentences are kept whole)
"""Write the third sample (`itplan_desktop/resources/samples/xa_nhu_thanh_*.itplan.json`): xã
Như Thanh (16228), a current commune of Thanh Hóa, with its 2027 Kế hoạch chuyển đổi số and
its 2026–2030 plan, from today's templates, with content written for the sample.

    python tools/today_sample.py

Ids are derived from fixed names, so running it again writes the same files.
"""

from __future__ import annotations

import sys
import tempfile
import uuid as uuid_module
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from itplan_desktop.domain import AppendixRow, RowKind, Signer, walk_sections  # noqa: E402
from itplan_desktop.domain.section import Paragraph, ParagraphStyle  # noqa: E402
from itplan_desktop.formats.plan_file import dumps  # noqa: E402

OUT = ROOT / "itplan_desktop" / "resources" / "samples"
CREATED = "2026-12-01T08:00:00Z"


def _id(*parts: object) -> str:
    return str(
        uuid_module.uuid5(uuid_module.NAMESPACE_URL, "itplan-sample/" + "/".join(map(str, parts)))
    )


def _p(text: str, style: ParagraphStyle = ParagraphStyle.TEXT) -> Paragraph:
    return Paragraph(text, style)


BODIES_2027 = {
    "Tồn tại, hạn chế và nguyên nhân": [
        _p(
            "Hạ tầng mạng tại một số thôn vùng cao còn chập chờn; tỷ lệ hồ sơ nộp trực tuyến "
            "toàn trình của người dân chưa đạt chỉ tiêu."
        ),
        _p(
            "Công chức phụ trách chuyển đổi số kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu."
        ),
    ],
    "Bài học kinh nghiệm": [
        _p("Tổ công nghệ số cộng đồng ở từng thôn là lực lượng hướng dẫn người dân hiệu quả nhất."),
    ],
    "Mục tiêu tổng quát": [
        _p(
            "Xây dựng chính quyền xã Như Thanh hoạt động trên môi trường số, phục vụ người dân và "
            "doanh nghiệp nhanh, công khai, minh bạch."
        ),
    ],
    "Chỉ tiêu cụ thể": [
        _p(
            "Các chỉ tiêu năm 2027 theo Phụ lục I (kết quả năm 2026) và danh mục chỉ tiêu của kế hoạch.",
            ParagraphStyle.DASH,
        ),
    ],
    "Phát triển hạ tầng số": [
        _p(
            "Nâng cấp mạng nội bộ và đường truyền số liệu chuyên dùng tại trụ sở Ủy ban nhân dân xã.",
            ParagraphStyle.DASH,
        ),
    ],
    "Phát triển chính quyền số, dịch vụ công trực tuyến": [
        _p(
            "Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình; số hóa kết quả "
            "giải quyết thủ tục hành chính.",
            ParagraphStyle.DASH,
        ),
    ],
    "Giải pháp thực hiện": [
        _p(
            "Giao Văn phòng HĐND-UBND xã chủ trì, phối hợp Phòng Văn hóa - Xã hội tổ chức thực hiện."
        ),
    ],
    "Tổ chức thực hiện": [
        _p(
            "Các ban, ngành, đoàn thể và thôn căn cứ Kế hoạch này triển khai thực hiện; báo cáo kết "
            "quả về Ủy ban nhân dân xã trước ngày 15/12/2027."
        ),
    ],
}

RESULTS_2026 = (
    ("100%", "100%", "hoàn thành"),
    ("80%", "72%", "chưa hoàn thành"),
    ("100%", "100%", "hoàn thành"),
    ("90%", "93%", "hoàn thành"),
    ("100%", "", "chưa có thông tin"),
    ("90%", "88%", "chưa hoàn thành"),
    ("100%", "100%", "hoàn thành"),
    ("100%", "", "không thực hiện"),
)

TASKS_2027 = (
    (
        "Nâng cấp mạng nội bộ, thiết bị an toàn thông tin tại trụ sở",
        "Văn phòng HĐND-UBND",
        "Hạ tầng",
        180,
        "Ngân sách xã",
    ),
    (
        "Trang bị máy tính, máy quét cho bộ phận Một cửa",
        "Văn phòng HĐND-UBND",
        "Hạ tầng",
        120,
        "Ngân sách tỉnh",
    ),
    (
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        "Văn phòng HĐND-UBND",
        "Dữ liệu",
        60,
        "Ngân sách xã",
    ),
    (
        "Bồi dưỡng kỹ năng số cho cán bộ, tổ công nghệ số cộng đồng",
        "Phòng Văn hóa - Xã hội",
        "Đào tạo",
        40,
        "Ngân sách xã",
    ),
)


def _fix_ids(plan, name: str) -> None:
    plan.uuid = _id(name, "plan")
    for n, (_depth, section) in enumerate(walk_sections(plan.sections)):
        section.uuid = _id(name, "section", n)
    for a, appendix in enumerate(plan.appendices):
        appendix.uuid = _id(name, "appendix", a)
        for r, row in enumerate(appendix.rows):
            row.uuid = _id(name, "appendix", a, "row", r)
    for i, indicator in enumerate(plan.indicators):
        indicator.uuid = _id(name, "indicator", i)


def _fill_bodies(plan, bodies: dict[str, list[Paragraph]]) -> None:
    for _depth, section in walk_sections(plan.sections):
        if section.heading in bodies:
            section.body = [*section.body, *bodies[section.heading]]


def _tasks(appendix, year_rows: dict[int, list[tuple]]) -> None:
    rows = []
    for row in appendix.rows:
        rows.append(row)
        for name, lead, field, amount, source in year_rows.get(row.year or 0, []):
            rows.append(AppendixRow(
                RowKind.ITEM,
                texts={"name": name, "lead_unit": lead, "field": field, "source": source,
                       "time": "Năm " + str(row.year)},
                values={"amount": amount * 1_000_000},
                level=2,
            ))  # fmt: skip
    appendix.rows = rows


def _finish(plan, number: str, issued: date) -> None:
    from itplan_desktop.domain.ids import utc_now  # noqa: F401

    plan.number, plan.issued_on = number, issued
    plan.signer = Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hương")


def main() -> None:
    from itplan_desktop.domain.ids import utc_now
    from itplan_desktop.services.plan_creation import create_plan_for_unit
    from itplan_desktop.services.plans import get_plan, import_plan_file, plan_document
    from itplan_desktop.store.database import open_database

    fixed = utc_now().fromisoformat(CREATED.replace("Z", "+00:00"))
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "sample.sqlite")
        # tỉnh Thanh Hóa as the reference samples have it (same UUID), so the demo database
        # holds one province row whatever order the samples are imported in
        import_plan_file(db, OUT / "nhu_xuan_2016_2020.itplan.json")
        # the yearly plan of 2027
        plan = get_plan(db, create_plan_for_unit(db, "16228", 2027, 2027, today=date(2026, 12, 1)))
        _fill_bodies(plan, BODIES_2027)
        results = plan.appendices[0]
        for row, (target, result, status) in zip(results.rows, RESULTS_2026, strict=True):
            row.texts.update(target=target, result=result, status=status)
        _tasks(plan.appendices[1], {2027: list(TASKS_2027)})
        for indicator in plan.indicators:
            indicator.baseline_year = 2026
            indicator.baseline_value = Decimal("70")
        _finish(plan, "25", date(2026, 12, 1))
        _fix_ids(plan, "nhu-thanh-2027")
        plan.created_at = plan.updated_at = fixed
        document = plan_document(db, plan)
        (OUT / "xa_nhu_thanh_2027.itplan.json").write_text(dumps(document), "utf-8")
        # the five-year plan 2026-2030
        plan = get_plan(db, create_plan_for_unit(db, "16228", 2026, 2030, today=date(2026, 1, 20)))
        _fill_bodies(plan, {
            "Kết quả đạt được": [_p("Giai đoạn 2021 - 2025, 100% cán bộ, công chức của các xã "
                                    "cũ (nay là xã Như Thanh) có máy tính kết nối mạng; hệ "
                                    "thống quản lý văn bản và điều hành được dùng thường xuyên.")],
            "Mục tiêu tổng quát": BODIES_2027["Mục tiêu tổng quát"],
            "Tổ chức thực hiện": [_p("Hằng năm, Ủy ban nhân dân xã ban hành kế hoạch chuyển đổi "
                                     "số năm để triển khai Kế hoạch này.")],
        })  # fmt: skip
        _tasks(plan.appendices[0], {
            2026: [TASKS_2027[0]],
            2027: list(TASKS_2027[1:3]),
            2028: [("Triển khai camera an ninh, wifi công cộng tại trung tâm xã",
                    "Văn phòng HĐND-UBND", "Hạ tầng", 300, "Ngân sách tỉnh")],
            2029: [TASKS_2027[3]],
            2030: [("Đánh giá, tổng kết kế hoạch giai đoạn", "Văn phòng HĐND-UBND", "Khác", 20,
                    "Ngân sách xã")],
        })  # fmt: skip
        _finish(plan, "08", date(2026, 1, 20))
        _fix_ids(plan, "nhu-thanh-2026-2030")
        plan.created_at = plan.updated_at = fixed
        document = plan_document(db, plan)
        (OUT / "xa_nhu_thanh_2026_2030.itplan.json").write_text(dumps(document), "utf-8")
        db.close()


if __name__ == "__main__":
    main()
