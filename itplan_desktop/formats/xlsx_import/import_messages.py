"""Messages of the Excel import (refusals and per-cell problems), Vietnamese first."""

from __future__ import annotations

from ...messages import register_messages

register_messages(
    {
        "xlsx.too_large": (
            "Tệp Excel quá lớn ({size} byte; tối đa {limit} byte).",
            "The Excel file is too large ({size} bytes; at most {limit} bytes).",
        ),
        "xlsx.empty_file": ("Tệp rỗng, không có dữ liệu.", "The file is empty."),
        "xlsx.not_spreadsheet": (
            "Tệp “{name}” không phải là bảng tính Excel (.xlsx).",
            "“{name}” is not an Excel workbook (.xlsx).",
        ),
        "xlsx.is_word": (
            "Tệp “{name}” là văn bản Word, không phải bảng tính Excel (.xlsx).",
            "“{name}” is a Word document, not an Excel workbook (.xlsx).",
        ),
        "xlsx.is_other_office": (
            "Tệp “{name}” là tài liệu Office nhưng không phải bảng tính Excel (.xlsx).",
            "“{name}” is an Office document but not an Excel workbook (.xlsx).",
        ),
        "xlsx.binary_workbook": (
            "Tệp “{name}” là bảng tính dạng nhị phân (.xlsb); hãy mở bằng Excel và lưu lại "
            "dưới dạng .xlsx.",
            "“{name}” is a binary workbook (.xlsb); open it in Excel and save it as .xlsx.",
        ),
        "xlsx.encrypted": (
            "Tệp “{name}” được đặt mật khẩu (mã hóa); hãy mở bằng Excel, bỏ mật khẩu rồi lưu "
            "lại trước khi nhập.",
            "“{name}” is password-protected (encrypted); open it in Excel, remove the password "
            "and save it before importing.",
        ),
        "xlsx.legacy_xls": (
            "Tệp “{name}” là bảng tính Excel cũ (.xls); hãy mở bằng Excel và lưu lại dưới dạng "
            ".xlsx.",
            "“{name}” is an old Excel workbook (.xls); open it in Excel and save it as .xlsx.",
        ),
        "xlsx.zip.entries": ("{count} mục nén > {limit}", "{count} zip entries > {limit}"),
        "xlsx.zip.size": (
            "dung lượng giải nén > {limit} byte",
            "uncompressed size > {limit} bytes",
        ),
        "xlsx.zip.ratio": ("“{name}” nén {ratio} lần", "“{name}” compressed {ratio} times"),
        "xlsx.zip_limits": (
            "Tệp “{name}” bị từ chối vì vượt giới hạn an toàn ({detail}); có thể tệp bị hỏng "
            "hoặc được tạo ra để gây hại.",
            "“{name}” is refused because it exceeds a safety limit ({detail}); it may be "
            "damaged or crafted to cause harm.",
        ),
        "xlsx.unsafe": (
            "Tệp “{name}” chứa cấu trúc XML không an toàn ({detail}) và bị từ chối.",
            "“{name}” contains unsafe XML ({detail}) and is refused.",
        ),
        "xlsx.unreadable": (
            "Không đọc được bảng tính “{name}”: {detail}",
            "Cannot read the workbook “{name}”: {detail}",
        ),
        "xlsx.too_many_sheets": (
            "Bảng tính có {count} trang tính; tối đa {limit}.",
            "The workbook has {count} sheets; at most {limit}.",
        ),
        "xlsx.too_many_rows": (
            "Trang tính “{sheet}” có quá nhiều dòng (hơn {limit}).",
            "Sheet “{sheet}” has too many rows (more than {limit}).",
        ),
        "xlsx.too_many_columns": (
            "Trang tính “{sheet}” có quá nhiều cột ({count}; tối đa {limit}).",
            "Sheet “{sheet}” has too many columns ({count}; at most {limit}).",
        ),
        "xlsx.too_many_cells": (
            "Trang tính “{sheet}” có quá nhiều ô ({count}; tối đa {limit}).",
            "Sheet “{sheet}” has too many cells ({count}; at most {limit}).",
        ),
        "xlsx.no_sheet": (
            "Bảng tính không có trang tính “{sheet}”. Các trang tính: {sheets}.",
            "The workbook has no sheet “{sheet}”. Sheets: {sheets}.",
        ),
        "xlsx.no_header": (
            "Không tìm thấy dòng tiêu đề bảng (có cột “TT”/“STT”) trong trang tính “{sheet}”; "
            "hãy chỉ định dòng tiêu đề trong tệp ánh xạ.",
            "No table header (with a “TT”/“STT” column) found in sheet “{sheet}”; give the "
            "header rows in a mapping file.",
        ),
        "xlsx.no_columns": (
            "Không nhận ra cột nào của bảng trong trang tính “{sheet}”.",
            "No table column recognised in sheet “{sheet}”.",
        ),
        "xlsx.no_rows": (
            "Bảng trong trang tính “{sheet}” không có dòng dữ liệu nào.",
            "The table in sheet “{sheet}” has no data rows.",
        ),
        "xlsx.mapping.invalid": (
            "Tệp ánh xạ cột không hợp lệ: {detail}",
            "Invalid column mapping: {detail}",
        ),
        "xlsx.bad_unit": (
            "Không nhận ra đơn vị tính “{unit}”.",
            "Unknown money unit “{unit}”.",
        ),
        "xlsx.import.has_problems": (
            "Có {count} ô không đọc được; chưa nhập gì. Hãy sửa tệp, hoặc xem trước "
            "(--dry-run) để biết chi tiết.",
            "{count} cell(s) could not be read; nothing was imported. Fix the file, or preview "
            "it (--dry-run) for details.",
        ),
        "xlsx.import.done": (
            "Đã thêm phụ lục {number} ({rows} dòng) vào kế hoạch {title}.",
            "Added appendix {number} ({rows} rows) to plan {title}.",
        ),
        # notes of a preview
        "xlsx.note.legacy": (
            "Văn bản trong trang tính được gõ bằng bảng mã {encoding}: đã chuyển {count} ô sang "
            "Unicode.",
            "The sheet's text was typed in the {encoding} encoding: {count} cell(s) converted "
            "to Unicode.",
        ),
        "xlsx.note.default_unit": (
            "Không thấy dòng đơn vị tính; coi số tiền là {unit}.",
            "No unit line found; amounts are taken as {unit}.",
        ),
        "xlsx.note.numbering_row": (
            "Dòng {row} (số thứ tự các cột) được bỏ qua.",
            "Row {row} (column numbers) was skipped.",
        ),
        "xlsx.note.no_total": (
            "Bảng không có dòng tổng cộng.",
            "The table has no total row.",
        ),
        # per-cell problems
        "xlsx.mapping.row_number": (
            "“{name}” phải là số dòng (từ 1)",
            "“{name}” must be a row number (from 1)",
        ),
        "xlsx.mapping.needs_role": (
            "cột {letter}: cần tên vai trò hoặc một đối tượng có “role”",
            "column {letter}: needs a role name or an object with “role”",
        ),
        "xlsx.mapping.unknown_role": (
            "cột {letter}: vai trò “{role}” không có",
            "column {letter}: there is no role “{role}”",
        ),
        "xlsx.mapping.bad_year": (
            "cột {letter}: năm “{year}” không hợp lệ",
            "column {letter}: the year “{year}” is not valid",
        ),
        "xlsx.mapping.year_needed": (
            "cột {letter}: cột năm cần “year”",
            "column {letter}: a year column needs “year”",
        ),
        "xlsx.mapping.bad_source": (
            "cột {letter}: nguồn vốn “{source}” không hợp lệ",
            "column {letter}: the funding source “{source}” is not valid",
        ),
        "xlsx.mapping.bad_header": (
            "cột {letter}: “header” phải là danh sách chữ",
            "column {letter}: “header” must be a list of texts",
        ),
        "xlsx.mapping.not_object": ("cần một đối tượng JSON", "a JSON object is needed"),
        "xlsx.mapping.bad_header_rows": (
            "“header_rows” phải là [dòng đầu, dòng cuối]",
            "“header_rows” must be [first row, last row]",
        ),
        "xlsx.mapping.unknown_template": (
            "mẫu “{template}” không có (có: {known})",
            "there is no template “{template}” (there are: {known})",
        ),
        "xlsx.mapping.bad_columns": (
            "“columns” phải là đối tượng {{cột: vai trò}}",
            "“columns” must be an object {{column: role}}",
        ),
        "xlsx.mapping.bad_letter": (
            "“{letter}” không phải là tên cột (A, B, …)",
            "“{letter}” is not a column name (A, B, …)",
        ),
        "xlsx.mapping.not_text": ("“{name}” phải là chữ", "“{name}” must be a text"),
        "xlsx.mapping.unreadable": (
            "không đọc được tệp: {detail}",
            "cannot read the file: {detail}",
        ),
        "xlsx.mapping.bad_json": (
            "JSON lỗi ở dòng {line}, cột {column}",
            "JSON error at line {line}, column {column}",
        ),
        "xlsx.cell.not_number": (
            "Ô {cell}: “{text}” không phải là số.",
            "Cell {cell}: “{text}” is not a number.",
        ),
        "xlsx.cell.ambiguous": (
            "Ô {cell}: số “{text}” không rõ nghĩa (có thể là {readings}); hãy chọn cách đọc số "
            "(kiểu Việt Nam hoặc kiểu Anh) hoặc sửa ô.",
            "Cell {cell}: the number “{text}” is ambiguous (it may be {readings}); choose a "
            "number convention (Vietnamese or English) or fix the cell.",
        ),
        "xlsx.cell.fraction_of_dong": (
            "Ô {cell}: {text} {unit} không phải là một số nguyên đồng.",
            "Cell {cell}: {text} {unit} is not a whole number of đồng.",
        ),
        "xlsx.cell.input": ("Ô {cell}: {detail}", "Cell {cell}: {detail}"),
        "xlsx.cell.not_whole": (
            "Ô {cell}: số lượng “{text}” phải là số nguyên.",
            "Cell {cell}: the count “{text}” must be a whole number.",
        ),
        "xlsx.cell.formula_without_value": (
            "Ô {cell} chứa công thức chưa có giá trị đã tính; hãy mở tệp bằng Excel và lưu lại.",
            "Cell {cell} holds a formula without a computed value; open the file in Excel and "
            "save it again.",
        ),
        "xlsx.cell.error_value": (
            "Ô {cell} chứa lỗi công thức {text}.",
            "Cell {cell} holds the formula error {text}.",
        ),
        "xlsx.cell.not_value": (
            "Ô {cell}: giá trị “{text}” không dùng được làm số.",
            "Cell {cell}: the value “{text}” cannot be used as a number.",
        ),
        "xlsx.cell.text_repaired": (
            "Ô {cell}: {notes}",
            "Cell {cell}: {notes}",
        ),
        "xlsx.cell.second_total": (
            "Dòng {row}: dòng tổng cộng thứ hai bị bỏ qua.",
            "Row {row}: a second total row was ignored.",
        ),
    }
)
