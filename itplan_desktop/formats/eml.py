"""An e-mail draft (.eml) with the bundle attached, for the user to send from their own mail
program. `X-Unsent: 1` makes Outlook open it as a draft ready to send; Thunderbird opens it
with "Edit as new"."""

from __future__ import annotations

from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import cast

from .bundle_writer import write_bytes_atomically

BUNDLE_MIME = ("application", "octet-stream")
# Headers are encoded by email.header.Header, which keeps every space inside its encoded
# words: the newer EmailPolicy folder drops the space between two encoded words, so that
# "tỉnh — Như Xuân" arrived as "tỉnh —Như Xuân" (issue 14, item 15).
CRLF = compat32.clone(linesep="\r\n")


def _body_charset(body: str) -> Charset:
    """UTF-8 sent as it is (8bit: the draft stays readable as text), or quoted-printable
    when a line is too long for a mail line (998 bytes)."""
    charset = Charset("utf-8")
    long_line = any(len(line.encode()) > 900 for line in body.splitlines())
    charset.body_encoding = QP if long_line else None  # type: ignore[assignment]  # None: 8bit
    return charset


def _header(text: str) -> str:
    """`text` as the header value: a Header for non-ASCII text (Message takes either)."""
    return text if text.isascii() else cast(str, Header(text, "utf-8"))


def draft_message(
    bundle_path: Path,
    *,
    to_address: str | None,
    subject: str,
    body: str,
    from_address: str | None = None,
) -> Message:
    """The draft: To (may be empty for the user to fill), subject, body, the bundle attached."""
    mail = MIMEMultipart()
    if to_address:
        mail["To"] = _header(to_address)
    if from_address:
        mail["From"] = _header(from_address)
    mail["Subject"] = _header(subject)
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = make_msgid(domain="itplan.local")
    mail["X-Unsent"] = "1"
    mail.attach(MIMEText(body, "plain", _body_charset(body)))  # type: ignore[arg-type]
    attachment = MIMEApplication(bundle_path.read_bytes(), BUNDLE_MIME[1])
    attachment.add_header("Content-Disposition", "attachment", filename=bundle_path.name)
    mail.attach(attachment)
    return mail


def write_eml(
    path: Path,
    bundle_path: Path,
    *,
    to_address: str | None,
    subject: str,
    body: str,
    from_address: str | None = None,
) -> Path:
    """Write the draft atomically beside the bundle (or wherever `path` says)."""
    mail = draft_message(
        bundle_path, to_address=to_address, subject=subject, body=body, from_address=from_address
    )
    write_bytes_atomically(path, mail.as_bytes(policy=CRLF))
    return path
