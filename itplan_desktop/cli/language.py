"""`itplan words` and `itplan fix-text`: the Vietnamese core from a terminal."""

from __future__ import annotations

import argparse
import sys
from typing import Literal

from ..messages import UserError, register_messages

register_messages(
    {
        "words.bad_amount": (
            "“{text}” không phải là một số tiền: {detail}",
            "“{text}” is not an amount: {detail}",
        ),
        "words.bad_unit": ("Đơn vị “{text}” không hợp lệ.", "Unknown unit “{text}”."),
    }
)


def cmd_words(args: argparse.Namespace) -> int:
    from ..domain.amount_input import InputError, read_amount
    from ..vn.amount_words import WordsOptions, amount_to_words
    from ..vn.units import MoneyUnit

    try:
        unit = MoneyUnit.from_label(args.unit)
    except ValueError:
        raise UserError("words.bad_unit", text=args.unit) from None
    try:
        dong = read_amount(args.amount, unit, allow_negative=True, convention="vi")
    except InputError as error:
        if error.key != "number.invalid":
            raise
        raise UserError("words.bad_amount", text=args.amount, detail=error.text) from None
    if dong is None:
        raise UserError("words.bad_amount", text=args.amount, detail=UserError("number.empty"))
    assert isinstance(dong, int)  # convention="vi" gives one reading, never an Ambiguous
    options = WordsOptions(zero_ten=args.zero_ten, thousand=args.thousand, four=args.four)
    sys.stdout.write(amount_to_words(dong, options=options) + "\n")
    return 0


def cmd_fix_text(args: argparse.Namespace) -> int:
    from ..vn.text_repair import detect_legacy, legacy_to_unicode, repair_text

    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # raw bytes of a legacy 8-bit font encoding
        detection = detect_legacy(data)
        text = legacy_to_unicode(data, detection.encoding or "tcvn3")
    mode: Literal["always", "auto"] = "always" if args.force else "auto"
    result = repair_text(text, convert_legacy=mode)
    sys.stdout.buffer.write(result.text.encode("utf-8"))
    if args.verbose:
        for note in result.notes:
            sys.stderr.write(note + "\n")
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    words = commands.add_parser(
        "words", parents=[common], help="print an amount in Vietnamese words (Bằng chữ)"
    )
    words.add_argument("amount", help='the figure, Vietnamese style: "9.460" or "185,083"')
    words.add_argument(
        "--unit", default="đồng", help="đồng | nghìn đồng | triệu đồng | tỷ đồng (default đồng)"
    )
    words.add_argument("--zero-ten", choices=("linh", "lẻ"), default="linh")
    words.add_argument("--thousand", choices=("nghìn", "ngàn"), default="nghìn")
    words.add_argument("--four", choices=("bốn", "tư"), default="bốn")
    words.set_defaults(handler=cmd_words)
    fix = commands.add_parser(
        "fix-text",
        parents=[common],
        help="repair Vietnamese text from stdin: NFC, ƣ→ư, TCVN3/VNI → Unicode",
    )
    fix.add_argument(
        "--force", action="store_true", help="convert legacy text even when detection is unsure"
    )
    fix.add_argument("-v", "--verbose", action="store_true", help="say what was repaired")
    fix.set_defaults(handler=cmd_fix_text)
