"""The .eml draft keeps its subject and body exactly as written: the spaces around "—"
survive the header's folding (issue 14, item 15), and a very long line of a note is still
sent whole."""

from __future__ import annotations

import email
from email import policy

import pytest

from itplan_desktop.formats.eml import write_eml

SUBJECTS = [
    "[itplan] Kế hoạch gửi lên tỉnh — Như Xuân — Kế hoạch ứng dụng công nghệ thông tin trong "
    "hoạt động của cơ quan nhà nước giai đoạn 2016 - 2020",
    "[itplan] Báo cáo tiến độ — xã Như Thanh — Kế hoạch chuyển đổi số năm 2026",
    "[itplan] plan — unit — title",
]


@pytest.mark.parametrize("subject", SUBJECTS)
def test_subject_and_body_read_back_exactly(tmp_path, subject):
    bundle = tmp_path / "goi.itplan-bundle"
    bundle.write_bytes(b"PK\x03\x04 bundle")
    body = "Kính gửi: Sở Khoa học và Công nghệ tỉnh Thanh Hóa\n\n" + "Ghi chú rất dài. " * 120
    path = write_eml(tmp_path / "thu.eml", bundle, to_address="so@thanhhoa.gov.vn",
                     subject=subject, body=body)  # fmt: skip
    raw = path.read_bytes()
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    mail = email.message_from_bytes(raw, policy=policy.default)
    assert mail["Subject"] == subject
    text = mail.get_body(("plain",)).get_content()
    assert text.replace("\r\n", "\n").rstrip("\n") == body.rstrip("\n")
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_filename() == "goi.itplan-bundle"
    assert attachment.get_content() == bundle.read_bytes()
