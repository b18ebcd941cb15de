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
        "&Look in:": "&Tìm trong:",
        "File &name:": "&Tên tệp:",
        "Files of type:": "Kiểu tệp:",
        "Files of &type:": "&Kiểu tệp:",
        "&Open": "&Mở",
        "&Save": "&Lưu",
        "&Choose": "&Chọn",
        "Open": "Mở",
        "Save As": "Lưu thành",
        "Find Directory": "Chọn thư mục",
        "All Files (*)": "Mọi tệp (*)",
        "Directory:": "Thư mục:",
        "Directories": "Thư mục",
        "Back": "Quay lại",
        "Go back": "Quay lại",
        "Forward": "Tiến",
        "Go forward": "Tiến tới",
        "Parent Directory": "Thư mục cha",
        "Go to the parent directory": "Lên thư mục cha",
        "Create New Folder": "Tạo thư mục mới",
        "Create a New Folder": "Tạo một thư mục mới",
        "List View": "Dạng danh sách",
        "Change to list view mode": "Xem dạng danh sách",
        "Detail View": "Dạng chi tiết",
        "Change to detail view mode": "Xem dạng chi tiết",
        "Sidebar": "Thanh bên",
        "List of places and bookmarks": "Các nơi và thư mục hay dùng",
        "Files": "Tệp",
        "Show ": "Hiện ",
        "New Folder": "Thư mục mới",
        "&New Folder": "Thư mục &mới",
        "&Delete": "&Xóa",
        "&Rename": "Đổi &tên",
        "Show &hidden files": "Hiện tệp ẩ&n",
        "Name": "Tên",
        "Size": "Cỡ",
        "Type": "Kiểu",
        "Date Modified": "Ngày sửa",
        "My Computer": "Máy tính",
        "Recent Places": "Nơi mở gần đây",
        "Delete": "Xóa",
        "Are you sure you want to delete '%1'?": "Bạn có chắc muốn xóa “%1”?",
        "'%1' is write protected.\nDo you want to delete it anyway?": (
            "“%1” đang được bảo vệ chống ghi.\nVẫn xóa?"
        ),
        "Could not delete directory.": "Không xóa được thư mục.",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn ghi đè không?",
        "%1\nFile not found.\nPlease verify the correct file name was given.": (
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp."
        ),
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục."
        ),
        "Unknown": "Không rõ",
    },
    "QFileSystemModel": {
        "Name": "Tên",
        "Size": "Cỡ",
        "Type": "Kiểu",
        "Kind": "Loại",
        "Date Modified": "Ngày sửa",
        "Computer": "Máy tính",
        "My Computer": "Máy tính",
        "%1 TB": "%1 TB",
        "%1 GB": "%1 GB",
        "%1 MB": "%1 MB",
        "%1 KB": "%1 KB",
        "%1 bytes": "%1 byte",
        '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer '
        "characters or no punctuation marks.": (
            "<b>Không dùng được tên “%1”.</b><p>Hãy chọn tên khác, ngắn hơn hoặc không có dấu câu."
        ),
        "Invalid filename": "Tên tệp không hợp lệ",
    },
    "QMimeType": {  # the Type column of the file dialog, for the files a clerk keeps
        "JSON document": "Tài liệu JSON",
        "PDF document": "Tài liệu PDF",
        "Excel 2007 spreadsheet": "Bảng tính Excel",
        "spreadsheet": "Bảng tính",
        "ZIP archive": "Tệp nén ZIP",
        "email message": "Thư điện tử",
        "plain text document": "Văn bản thuần",
        "folder": "Thư mục",
        "unknown": "Không rõ",
    },
    "QAbstractFileIconProvider": {"Drive": "Ổ đĩa", "Folder": "Thư mục", "File": "Tệp"},
    "QPrintDialog": {
        "Print": "In",
        "&Print": "&In",
        "&Options >>": "&Tùy chọn >>",
        "&Options <<": "&Tùy chọn <<",
        "Print to File (PDF)": "In ra tệp (PDF)",
        "Local file": "Tệp trên máy",
        "Write PDF file": "Ghi tệp PDF",
        "All Pages": "Mọi trang",
        "Odd Pages": "Trang lẻ",
        "Even Pages": "Trang chẵn",
        "Print To File ...": "In ra tệp ...",
        "File %1 is not writable.\nPlease choose a different file name.": (
            "Không ghi được tệp %1.\nHãy chọn tên tệp khác."
        ),
        "%1 already exists.\nDo you want to overwrite it?": "%1 đã có.\nBạn có muốn ghi đè không?",
        "%1 is a directory.\nPlease choose a different file name.": (
            "%1 là một thư mục.\nHãy chọn tên tệp khác."
        ),
        "The 'From' value cannot be greater than the 'To' value.": (
            "Trang “Từ” không được lớn hơn trang “Đến”."
        ),
        "Left to Right, Top to Bottom": "Trái sang phải, trên xuống dưới",
        "Left to Right, Bottom to Top": "Trái sang phải, dưới lên trên",
        "Right to Left, Bottom to Top": "Phải sang trái, dưới lên trên",
        "Right to Left, Top to Bottom": "Phải sang trái, trên xuống dưới",
        "Bottom to Top, Left to Right": "Dưới lên trên, trái sang phải",
        "Bottom to Top, Right to Left": "Dưới lên trên, phải sang trái",
        "Top to Bottom, Left to Right": "Trên xuống dưới, trái sang phải",
        "Top to Bottom, Right to Left": "Trên xuống dưới, phải sang trái",
    },
    "QPrintSettingsOutput": {
        "Form": "Tùy chọn",
        "Copies": "Số bản",
        "Copies:": "Số bản:",
        "Collate": "Sắp theo bộ",
        "Reverse": "In ngược thứ tự",
        "Options": "Tùy chọn",
        "Color Mode": "Chế độ màu",
        "Color": "Màu",
        "Grayscale": "Thang xám",
        "Duplex Printing": "In hai mặt",
        "Double Sided Printing": "In hai mặt",
        "None": "Không",
        "Off": "Tắt",
        "Long side": "Cạnh dài",
        "Long side binding": "Đóng gáy cạnh dài",
        "Short side": "Cạnh ngắn",
        "Short side binding": "Đóng gáy cạnh ngắn",
        "Print range": "Phạm vi in",
        "Print all": "In tất cả",
        "Pages from": "Các trang từ",
        "to": "đến",
        "Pages": "Các trang",
        "Page &Set:": "&Nhóm trang:",
        "Selection": "Phần đang chọn",
        "Current Page": "Trang hiện tại",
        "Output Settings": "Thiết lập bản in",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
        "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.": (
            "Ghi các trang hoặc khoảng trang, cách nhau bằng dấu phẩy; một khoảng là hai số "
            "nối bằng gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9."
        ),
    },
    "QPrintWidget": {
        "Form": "Máy in",
        "Printer": "Máy in",
        "&Name:": "&Tên:",
        "P&roperties": "&Thuộc tính",
        "Location:": "Vị trí:",
        "Preview": "Xem trước",
        "Type:": "Loại:",
        "Output &file:": "&Tệp kết quả:",
    },
    "QPrintPropertiesDialog": {
        "Printer Properties": "Thuộc tính máy in",
        "Job Options": "Tùy chọn lệnh in",
        "Page Setup Conflicts": "Thiết lập trang mâu thuẫn",
        "There are conflicts in page size selection. Do you want to continue?": (
            "Khổ giấy đã chọn có mâu thuẫn. Vẫn tiếp tục?"
        ),
        "Advanced Option Conflicts": "Tùy chọn nâng cao mâu thuẫn",
        "There are conflicts in some advanced options. Do you want to continue?": (
            "Một số tùy chọn nâng cao mâu thuẫn nhau. Vẫn tiếp tục?"
        ),
    },
    "QPrintPropertiesWidget": {
        "Form": "Thuộc tính",
        "Page": "Trang",
        "Advanced": "Nâng cao",
        "There are conflicts in some options. Please fix them.": (
            "Một số tùy chọn mâu thuẫn nhau. Hãy sửa lại."
        ),
    },
    "QPageSetupWidget": {
        "Form": "Trang",
        "Paper": "Giấy",
        "Page size:": "Khổ giấy:",
        "Width:": "Rộng:",
        "Height:": "Cao:",
        "Paper source:": "Khay giấy:",
        "Orientation": "Hướng giấy",
        "Portrait": "Dọc",
        "Landscape": "Ngang",
        "Reverse landscape": "Ngang ngược",
        "Reverse portrait": "Dọc ngược",
        "Margins": "Lề",
        "top margin": "lề trên",
        "left margin": "lề trái",
        "right margin": "lề phải",
        "bottom margin": "lề dưới",
        "Page Layout": "Bố cục trang",
        "Page order:": "Thứ tự trang:",
        "Page &order:": "&Thứ tự trang:",
        "Pages per sheet:": "Số trang mỗi tờ:",
        "Pages &per sheet:": "Số trang &mỗi tờ:",
        "Custom": "Tùy chỉnh",
        "Millimeters (mm)": "Milimét (mm)",
        "Inches (in)": "Inch (in)",
        "Points (pt)": "Point (pt)",
        "Pica (P̸)": "Pica (P̸)",
        "Didot (DD)": "Didot (DD)",
        "Cicero (CC)": "Cicero (CC)",
    },
    "QCupsJobWidget": {
        "Job": "Lệnh in",
        "Job Control": "Điều khiển lệnh in",
        "Scheduled &printing:": "&Hẹn giờ in:",
        "Print Immediately": "In ngay",
        "Hold Indefinitely": "Giữ lại, chưa in",
        "Day (06:00 to 17:59)": "Ban ngày (06:00 đến 17:59)",
        "Night (18:00 to 05:59)": "Ban đêm (18:00 đến 05:59)",
        "Second Shift (16:00 to 23:59)": "Ca hai (16:00 đến 23:59)",
        "Third Shift (00:00 to 07:59)": "Ca ba (00:00 đến 07:59)",
        "Weekend (Saturday to Sunday)": "Cuối tuần (thứ Bảy, Chủ nhật)",
        "Specific Time": "Giờ cụ thể",
        "&Billing information:": "Thông tin &thanh toán:",
        "Job &priority:": "Mức &ưu tiên:",
        "Banner Pages": "Trang bìa lệnh in",
        "&Start:": "Đầ&u:",
        "&End:": "&Cuối:",
        "None": "Không",
        "Standard": "Tiêu chuẩn",
        "Unclassified": "Không mật",
        "Classified": "Hạn chế",
        "Confidential": "Mật",
        "Secret": "Tối mật",
        "Top Secret": "Tuyệt mật",
    },
    "QTabBar": {"Scroll Left": "Cuộn sang trái", "Scroll Right": "Cuộn sang phải"},
    "QPrintPreviewDialog": {
        "Print Preview": "Xem trước khi in",
        "Print": "In",
        "Page Setup": "Thiết lập trang",
    },
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
