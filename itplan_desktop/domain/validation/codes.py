"""The finding codes: severity and catalogue messages (Vietnamese first, English second).

Codes are stable: a code is never reused for another meaning. docs/validation.md lists them.
"""

from __future__ import annotations

from typing import Any

from ...messages import register_messages
from ..findings import Finding, Location, Severity

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

CODES: dict[str, tuple[Severity, str, str]] = {
    # appendix figures: stated (typed or imported) vs computed
    "APX001": (
        E,
        "Phụ lục {appendix}, dòng nhóm {row} “{name}”, cột “{column}”: ghi {stated} nhưng "
        "cộng các dòng trong nhóm được {computed}.",
        "Appendix {appendix}, group row {row} “{name}”, column “{column}”: states {stated} "
        "but its rows add up to {computed}.",
    ),
    "APX002": (
        E,
        "Phụ lục {appendix}, dòng {row} “{name}”, cột “{column}”: ghi {stated} nhưng cộng "
        "các cột của dòng được {computed}.",
        "Appendix {appendix}, row {row} “{name}”, column “{column}”: states {stated} but the "
        "row's columns add up to {computed}.",
    ),
    "APX003": (
        E,
        "Phụ lục {appendix}, dòng {row} “{name}”: đã phân bổ {allocated} + vốn còn thiếu "
        "{missing} = {sum}, khác tổng mức đầu tư ghi {total}.",
        "Appendix {appendix}, row {row} “{name}”: allocated {allocated} + missing {missing} "
        "= {sum}, which differs from the stated total {total}.",
    ),
    "APX004": (
        E,
        "Phụ lục {appendix}, dòng tổng cộng, cột “{column}”: ghi {stated} nhưng cộng các dòng "
        "được {computed}.",
        "Appendix {appendix}, total row, column “{column}”: states {stated} but the rows add "
        "up to {computed}.",
    ),
    "APX005": (
        E,
        "Phụ lục {appendix}: tổng cộng năm {year} (cột “{column}”) ghi {stated} nhưng cộng "
        "các dòng được {computed}.",
        "Appendix {appendix}: the total for {year} (column “{column}”) states {stated} but the "
        "rows add up to {computed}.",
    ),
    "APX006": (
        E,
        "Phụ lục {appendix}: tổng cộng nguồn {source} (cột “{column}”) ghi {stated} nhưng "
        "cộng các dòng được {computed}.",
        "Appendix {appendix}: the total of source {source} (column “{column}”) states "
        "{stated} but the rows add up to {computed}.",
    ),
    # appendix content
    "APX007": (
        E,
        "Phụ lục {appendix}, dòng {row} “{name}”, cột “{column}”: số âm ({value}).",
        "Appendix {appendix}, row {row} “{name}”, column “{column}”: negative amount ({value}).",
    ),
    "APX008": (
        W,
        "Phụ lục {appendix}, dòng {row}: chưa có tên nhiệm vụ, dự án (cột “{column}” trống).",
        "Appendix {appendix}, row {row}: the name is empty (column “{column}”).",
    ),
    "APX009": (
        W,
        "Phụ lục {appendix}: số thứ tự “{label}” bị trùng (dòng thứ {first} và dòng thứ "
        "{second} của bảng).",
        "Appendix {appendix}: number “{label}” is used twice (table rows {first} and {second}).",
    ),
    "APX010": (
        E,
        "Phụ lục {appendix}: “{place}” thuộc năm {year}, ngoài thời kỳ kế hoạch {start} - {end}.",
        "Appendix {appendix}: “{place}” belongs to {year}, outside the plan period "
        "{start} - {end}.",
    ),
    "APX011": (
        E,
        "Phụ lục {appendix} chi tiết cho dòng {row} “{name}” của Phụ lục {target}: năm "
        "{year} cộng được {computed} nhưng dòng đó có {expected}.",
        "Appendix {appendix} details row {row} “{name}” of appendix {target}: {year} adds "
        "up to {computed} but that row has {expected}.",
    ),
    "APX012": (
        W,
        "Phụ lục {appendix} ghi là chi tiết của một dòng không có trong kế hoạch.",
        "Appendix {appendix} says it details a row that the plan does not have.",
    ),
    "APX013": (
        W,
        "Phụ lục {appendix}, dòng {row} “{name}” có số tiền ở cả dòng mục và các dòng chi tiết "
        "(“-”) bên dưới: số tiền được cộng hai lần vào tổng.",
        "Appendix {appendix}, row {row} “{name}” has amounts both on the item and on its "
        "sub-items (“-”) below it: they are counted twice in the totals.",
    ),
    "APX014": (
        E,
        "Phụ lục {appendix}, dòng {row} “{name}”: các cột {parts} cộng được {parts_sum}, "
        "khác cột “{column}” là {total}.",
        "Appendix {appendix}, row {row} “{name}”: the columns {parts} add up to {parts_sum}, "
        "which differs from column “{column}”, {total}.",
    ),
    "APX015": (
        W,
        "Phụ lục {appendix}, cột “{column}” là phần chia của một cột không có trong bảng "
        "(“{part_of}”): không kiểm tra được.",
        "Appendix {appendix}, column “{column}” is a part of a column the table does not have "
        "(“{part_of}”): it cannot be checked.",
    ),
    "APX016": (
        E,
        "Phụ lục {appendix}, dòng “{name}”, cột “{column}”: ghi {stated} nhưng cộng các dòng "
        "được {computed}.",
        "Appendix {appendix}, row “{name}”, column “{column}”: states {stated} but the rows "
        "add up to {computed}.",
    ),
    # budget summary (Kinh phí thực hiện) vs appendices
    "BUD001": (
        E,
        "Tổng kinh phí ghi trong kế hoạch là {stated} nhưng các phụ lục cộng được {computed}.",
        "The plan states a total budget of {stated} but the appendices add up to {computed}.",
    ),
    "BUD002": (
        E,
        "“{label}” ghi {stated} nhưng các phụ lục cộng được {computed} cho {source}.",
        "“{label}” states {stated} but the appendices add up to {computed} for {source}.",
    ),
    "BUD003": (
        E,
        "Số tiền bằng chữ “{words}” là {words_amount}, khác số ghi bằng số {stated}.",
        "The amount in words “{words}” is {words_amount}, not the figure {stated}.",
    ),
    "BUD004": (
        W,
        "Không đọc được số tiền bằng chữ “{words}”: {detail}",
        "Cannot read the amount in words “{words}”: {detail}",
    ),
    # header (thể thức) of the official document
    "HDR001": (W, "Chưa có số của văn bản.", "The document number is missing."),
    "HDR002": (W, "Chưa có ngày ban hành.", "The date of issue is missing."),
    "HDR003": (W, "Chưa có họ tên người ký.", "The signer's name is missing."),
    "HDR004": (W, "Chưa có chức vụ người ký.", "The signer's title is missing."),
    "HDR005": (W, "Chưa có nơi nhận.", "The recipients (Nơi nhận) are missing."),
    "HDR006": (E, "Chưa có tên cơ quan ban hành.", "The issuing body is missing."),
    "HDR007": (W, "Chưa có địa danh ban hành.", "The place of issue is missing."),
    "HDR008": (E, "Chưa có trích yếu (tên) của kế hoạch.", "The plan's title is missing."),
    "HDR009": (
        INFO,
        "Ngày ban hành còn để trống ngày (bản dự thảo): người ký điền khi ký.",
        "The date of issue leaves the day blank (a draft): the signer fills it in on signing.",
    ),
    "HDR010": (
        INFO,
        "Ngày ban hành còn để trống ngày và tháng (bản dự thảo): người ký điền khi ký.",
        "The date of issue leaves the day and the month blank (a draft): the signer fills them "
        "in on signing.",
    ),
    # the state of the plan's date (issue 13, docs/units.md)
    "LEG001": (
        W,
        "Căn cứ văn bản số {number} không có hiệu lực vào ngày {day} của kế hoạch "
        "(hiệu lực từ {start} đến {end}).",
        "The legal basis no. {number} is not in force on the plan's date {day} "
        "(in force from {start} until {end}).",
    ),
    "UNT001": (
        W,
        "{name} đã thôi hoạt động từ {day}; kế hoạch từ năm {start} phải do đơn vị hiện nay lập.",
        "{name} ceased on {day}; a plan from {start} belongs to a current unit.",
    ),
    "REC001": (
        W,
        "Từ 01/3/2025 Sở Thông tin và Truyền thông đã hợp nhất vào Sở Khoa học và Công nghệ; "
        "hãy sửa nơi nhận.",
        "Since 1 March 2025 the Sở Thông tin và Truyền thông is part of the Sở Khoa học và "
        "Công nghệ; correct the recipients.",
    ),
    "BUD101": (
        W,
        "Từ năm ngân sách 2026 không còn ngân sách huyện (Luật Ngân sách nhà nước "
        "89/2025/QH15); hãy dùng ngân sách tỉnh, ngân sách xã hoặc nguồn khác.",
        "From budget year 2026 there is no district budget (State Budget Law 89/2025/QH15); "
        "use the province's or commune's budget or another source.",
    ),
    # how the print presents the plan's own text (Nghị định 30/2020, docs/pdf.md); the stored
    # text is not changed, the finding says what the print does
    "FMT001": (
        INFO,
        "Tên cơ quan ban hành “{issuer}” viết tắt; bản in ghi tên đầy đủ “{printed}”.",
        "The issuing body “{issuer}” is abbreviated; the print spells it “{printed}”.",
    ),
    "FMT002": (
        INFO,
        "Đề mục “{heading}” đánh số La Mã được in chữ in hoa: “{printed}”.",
        "The Roman-numbered heading “{heading}” is printed in upper case: “{printed}”.",
    ),
    "FMT003": (
        INFO,
        "Khoản “{heading}” là một câu, không phải tên khoản: bản in để chữ đứng, không in đậm.",
        "The item “{heading}” is a sentence, not a title: it is printed upright, not bold.",
    ),
    "FMT004": (
        INFO,
        "Căn cứ thứ {number} kết thúc bằng “{end}”; bản in kết thúc bằng “{printed}”.",
        "Legal basis {number} ends with “{end}”; the print ends it with “{printed}”.",
    ),
    "FMT005": (
        INFO,
        "Nơi nhận không có dòng “Lưu: VT, …”; bản in thêm “- Lưu: VT.” ở cuối.",
        "The recipients have no “Lưu: VT, …” line; the print adds “- Lưu: VT.” at the end.",
    ),
}

register_messages({f"finding.{code}": (vi, en) for code, (_sev, vi, en) in CODES.items()})


def finding(code: str, location: Location, **params: Any) -> Finding:
    """A finding of `code` with its catalogue severity."""
    return Finding(code=code, severity=CODES[code][0], location=location, params=params)


register_messages(
    {
        "validate.clean": ("Không phát hiện sai sót nào.", "No findings."),
        "validate.summary": (
            "{errors} lỗi, {warnings} cảnh báo.",
            "{errors} errors, {warnings} warnings.",
        ),
    }
)
