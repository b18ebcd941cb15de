"""Update the translation catalogues and compile them.

    python translations/update.py

1. `pyside6-lupdate` collects every tr()/translate() string of itplan_desktop/gui and ui/*.ui
   into itplan_vi.ts and itplan_en.ts (sources are Vietnamese, the default language);
2. itplan_vi.ts gets its sources as translations; itplan_en.ts gets, for strings still
   unfinished, the English of en_glossary.json (strings without one stay unfinished: open the
   file in Qt Linguist, or add them to the glossary);
3. qtbase_vi.ts (Qt's own buttons and dialogs, which Qt ships no Vietnamese for) is written
   from QTBASE_VI below;
4. `pyside6-lrelease` compiles each .ts into the .qm the app loads, written inside the package
   (itplan_desktop/resources/translations/), so wheels and bundles carry them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
COMPILED = ROOT / "itplan_desktop" / "resources" / "translations"

# Qt's own strings, by the context Qt translates them in (Qt 6 sources).
QTBASE_VI: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "Đồng ý",
        "Save": "Lưu",
        "Save All": "Lưu tất cả",
        "Open": "Mở",
        "&Yes": "&Có",
        "Yes to &All": "Có với tất &cả",
        "&No": "&Không",
        "N&o to All": "Không với tất c&ả",
        "Abort": "Hủy bỏ",
        "Retry": "Thử lại",
        "Ignore": "Bỏ qua",
        "Close": "Đóng",
        "Cancel": "Hủy",
        "Discard": "Bỏ",
        "Help": "Trợ giúp",
        "Apply": "Áp dụng",
        "Reset": "Đặt lại",
        "Restore Defaults": "Khôi phục mặc định",
    },
    "QDialogButtonBox": {"OK": "Đồng ý", "&OK": "Đồng ý", "Cancel": "Hủy", "&Cancel": "Hủy"},
    "QGnomeTheme": {
        "&OK": "Đồng ý",
        "&Save": "&Lưu",
        "&Cancel": "Hủy",
        "&Close": "Đóng",
        "Close without Saving": "Đóng không lưu",
    },
    "QMessageBox": {
        "Show Details...": "Xem chi tiết...",
        "Hide Details...": "Ẩn chi tiết...",
        "OK": "Đồng ý",
        "About Qt": "Giới thiệu Qt",
    },
    "QWizard": {
        "Go Back": "Quay lại",
        "< &Back": "< &Quay lại",
        "Continue": "Tiếp tục",
        "&Next": "&Tiếp",
        "&Next >": "&Tiếp >",
        "Commit": "Xác nhận",
        "Done": "Xong",
        "&Finish": "&Hoàn tất",
        "Cancel": "Hủy",
        "Help": "Trợ giúp",
        "&Help": "&Trợ giúp",
    },
    "QProgressDialog": {"Cancel": "Hủy"},
    "QFileDialog": {
        "Look in:": "Tìm trong:",
        "File &name:": "&Tên tệp:",
        "Files of type:": "Kiểu tệp:",
        "&Open": "&Mở",
        "&Save": "&Lưu",
        "Open": "Mở",
        "Save As": "Lưu thành",
        "All Files (*)": "Mọi tệp (*)",
        "Directory:": "Thư mục:",
        "Back": "Quay lại",
        "Forward": "Tiến",
        "Parent Directory": "Thư mục cha",
        "Create New Folder": "Tạo thư mục mới",
        "List View": "Dạng danh sách",
        "Detail View": "Dạng chi tiết",
        "New Folder": "Thư mục mới",
        "&Delete": "&Xóa",
        "&Rename": "Đổi &tên",
        "Show &hidden files": "Hiện tệp ẩ&n",
        "Name": "Tên",
        "Size": "Cỡ",
        "Type": "Kiểu",
        "Date Modified": "Ngày sửa",
        "My Computer": "Máy tính",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn ghi đè không?",
    },
    "QPrintDialog": {
        "Print": "In",
        "&Print": "&In",
        "Print To File ...": "In ra tệp ...",
        "Print range": "Phạm vi in",
        "Print all": "In tất cả",
        "Pages from": "Các trang từ",
        "to": "đến",
        "Copies": "Số bản",
        "&Options >>": "&Tùy chọn >>",
        "&Options <<": "&Tùy chọn <<",
        "Printer": "Máy in",
    },
    "QPrintPreviewDialog": {"Print Preview": "Xem trước khi in", "Print": "In"},
    "QLineEdit": {
        "&Undo": "&Hoàn tác",
        "&Redo": "&Làm lại",
        "Cu&t": "&Cắt",
        "&Copy": "&Chép",
        "&Paste": "&Dán",
        "Delete": "Xóa",
        "Select All": "Chọn tất cả",
    },
    "QWidgetTextControl": {
        "&Undo": "&Hoàn tác",
        "&Redo": "&Làm lại",
        "Cu&t": "&Cắt",
        "&Copy": "&Chép",
        "Copy &Link Location": "Chép địa chỉ &liên kết",
        "&Paste": "&Dán",
        "Delete": "Xóa",
        "Select All": "Chọn tất cả",
    },
    "QUndoStack": {"Undo %1": "Hoàn tác %1", "Redo %1": "Làm lại %1"},
    "QUndoModel": {"<empty>": "<trống>"},
}


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6-Essentials")
    return found


def fill(ts: Path, translate: dict[str, str] | None) -> tuple[int, int]:
    """Set translations (identity when `translate` is None); returns (done, missing)."""
    tree = ET.parse(ts)
    done = missing = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        finished = translation.get("type") is None and (translation.text or len(translation))
        if finished or translation.get("type") in ("obsolete", "vanished"):
            done += 1
            continue
        text = source if translate is None else translate.get(source)
        if text is None:
            missing += 1
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.clear()
            for _form in range(1 if translate is None else 2):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, missing


def write_qtbase(ts: Path) -> None:
    root = ET.Element("TS", version="2.1", language="vi_VN")
    for context, entries in QTBASE_VI.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, text in entries.items():
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = text
    ET.indent(root)
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "itplan_desktop" / "gui").rglob("*.py"))
    sources += sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    for language in ("vi", "en"):
        ts = HERE / f"itplan_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-source-language",
                "vi_VN",
                "-target-language",
                "vi_VN" if language == "vi" else "en_US",
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
    print("vi: {} done, {} missing".format(*fill(HERE / "itplan_vi.ts", None)))
    glossary = json.loads((HERE / "en_glossary.json").read_text(encoding="utf-8"))
    print("en: {} done, {} missing".format(*fill(HERE / "itplan_en.ts", glossary)))
    write_qtbase(HERE / "qtbase_vi.ts")
    COMPILED.mkdir(parents=True, exist_ok=True)
    for ts in sorted(HERE.glob("*.ts")):
        qm = COMPILED / ts.with_suffix(".qm").name
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        print(f"{ts.name} -> {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
