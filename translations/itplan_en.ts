<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AppendixCommands</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="34" />
        <source>Sửa ô</source>
        <translation>Edit cell</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="36" />
        <source>Dán {n} ô</source>
        <translation>Paste {n} cells</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="77" />
        <source>Ghi số liệu trên văn bản</source>
        <translation>Record the document's figure</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="92" />
        <source>Chèn nhóm</source>
        <translation>Insert group</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="94" />
        <source>Chèn dòng</source>
        <translation>Insert row</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="97" />
        <source>Chèn {n} dòng</source>
        <translation>Insert {n} rows</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="114" />
        <source>Xóa dòng</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="116" />
        <source>Xóa {n} dòng</source>
        <translation>Delete {n} rows</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="135" />
        <source>Chuyển dòng lên</source>
        <translation>Move row up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="137" />
        <source>Chuyển dòng xuống</source>
        <translation>Move row down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="169" />
        <source>tự động</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="174" />
        <source>Đổi số chữ số thập phân: {decimals}</source>
        <translation>Change decimals: {decimals}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="191" />
        <source>Đổi đơn vị tính: {unit}</source>
        <translation>Change unit: {unit}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="215" />
        <source>Sửa bố cục cột</source>
        <translation>Edit column layout</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="231" />
        <source>Sửa các dòng tổng</source>
        <translation>Edit total rows</translation>
    </message>
</context>
<context>
    <name>AppendixEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="40" />
        <source>Chèn dòng</source>
        <translation>Insert row</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="41" />
        <source>Chèn nhóm</source>
        <translation>Insert group</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="42" />
        <source>Xóa dòng</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="43" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="44" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="45" />
        <source>Giảm lề</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="46" />
        <source>Thụt lề</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="47" />
        <source>Dòng ↔ nhóm</source>
        <translation>Row ↔ group</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="48" />
        <source>Chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="49" />
        <source>Dán</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="50" />
        <source>Xóa nội dung ô</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="51" />
        <source>Bố cục cột…</source>
        <translation>Column layout…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="52" />
        <source>Dòng tổng…</source>
        <translation>Total rows…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="53" />
        <source>Thứ tự gốc</source>
        <translation>Document order</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="54" />
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="66" />
        <source>Đơn vị tính (chỉ đổi cách hiển thị, không đổi số liệu)</source>
        <translation>Unit (changes the display only, not the figures)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="70" />
        <source> Đơn vị: </source>
        <translation> Unit: </translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="71" />
        <source> Số lẻ: </source>
        <translation> Decimals: </translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="72" />
        <source>tự động</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="74" />
        <source>Số chữ số thập phân khi hiển thị và in (tự động: tỷ đồng 3 chữ số, đơn vị khác đủ số chữ số của giá trị); không đổi số liệu</source>
        <translation>Decimals shown and printed (automatic: three in tỷ đồng, otherwise as many as a value has); no figure changes</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="81" />
        <source>Lọc (gõ không dấu được)…</source>
        <translation>Filter (accents optional)…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="287" />
        <source>Chưa sửa ô: số «{t}» không rõ nghĩa.</source>
        <translation>Cell not changed: the number «{t}» is ambiguous.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="292" />
        <source>{message} Ô giữ giá trị cũ.</source>
        <translation>{message} The cell keeps its old value.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="336" />
        <source>Số không rõ nghĩa</source>
        <translation>Ambiguous number</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="338" />
        <source>«{t}» có thể hiểu theo hai cách. Bạn muốn nhập số nào?</source>
        <translation>«{t}» can be read two ways. Which number did you mean?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="354" />
        <source>Cách viết số khi dán</source>
        <translation>Number format of the pasted data</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="358" />
        <source>Các số {sample} có thể hiểu theo hai cách. Dấu phẩy trong dữ liệu dán là gì?</source>
        <translation>The numbers {sample} can be read two ways. What is the comma in the pasted data?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="362" />
        <source>Dấu thập phân (kiểu Việt Nam: 1,5)</source>
        <translation>Decimal mark (Vietnamese style: 1,5)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="365" />
        <source>Phân cách hàng nghìn (kiểu Anh: 1,500)</source>
        <translation>Thousands separator (English style: 1,500)</translation>
    </message>
</context>
<context>
    <name>AppendixList</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="247" />
        <source>Phụ lục</source>
        <translation>Appendices</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list_commands.py" line="22" />
        <source>Thêm phụ lục “%1”</source>
        <translation>Add appendix “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list_commands.py" line="45" />
        <source>Xóa phụ lục “%1”</source>
        <translation>Delete appendix “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list_commands.py" line="69" />
        <source>Đổi tên phụ lục: %1</source>
        <translation>Rename appendix: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list_commands.py" line="91" />
        <source>Chuyển phụ lục lên</source>
        <translation>Move appendix up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list_commands.py" line="93" />
        <source>Chuyển phụ lục xuống</source>
        <translation>Move appendix down</translation>
    </message>
</context>
<context>
    <name>AppendixListActions</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="124" />
        <source>Thêm phụ lục…</source>
        <translation>New appendix…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="125" />
        <source>Đổi tên phụ lục…</source>
        <translation>Rename appendix…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="126" />
        <source>Xóa phụ lục…</source>
        <translation>Delete appendix…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="127" />
        <source>Chuyển phụ lục lên</source>
        <translation>Move appendix up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="128" />
        <source>Chuyển phụ lục xuống</source>
        <translation>Move appendix down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="131" />
        <source>+ Phụ lục</source>
        <translation>+ Appendix</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="132" />
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="133" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="205" />
        <source>Đổi tên phụ lục</source>
        <translation>Rename appendix</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="206" />
        <source>Tên phụ lục:</source>
        <translation>Appendix title:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="225" />
        <source>Xóa phụ lục</source>
        <translation>Delete appendix</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="226" />
        <source>Xóa phụ lục “%1” (%2 dòng)? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Delete appendix “%1” (%2 rows)? Ctrl+Z undoes it.</translation>
    </message>
</context>
<context>
    <name>AppendixPaste</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="61" />
        <source>Đã chép {n} ô.</source>
        <translation>Copied {n} cells.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="141" />
        <source>Bộ nhớ tạm không có dữ liệu để dán.</source>
        <translation>The clipboard holds nothing to paste.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="151" />
        <source>Đã hủy dán.</source>
        <translation>Paste cancelled.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="167" />
        <source>Đang đọc {n} ô từ bộ nhớ tạm…</source>
        <translation>Reading {n} cells from the clipboard…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="183" />
        <source>Đã dán {n} ô.</source>
        <translation>Pasted {n} cells.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="186" />
        <source>{n} ô không dán được (giữ giá trị cũ):</source>
        <translation>{n} cells could not be pasted (they keep their old values):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="193" />
        <source>• Dòng {row}, cột «{column}»: {message}</source>
        <translation>• Row {row}, column «{column}»: {message}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="199" />
        <source>• … và {n} ô khác.</source>
        <translation>• … and {n} more cells.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="205" />
        <source>{n} ô tính tự động hoặc cột TT được bỏ qua.</source>
        <translation>{n} computed or TT cells were skipped.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="211" />
        <source>{n} cột thừa bên phải bị bỏ qua.</source>
        <translation>{n} extra columns on the right were skipped.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="233" />
        <source>Xóa nội dung {n} ô</source>
        <translation>Clear {n} cells</translation>
    </message>
</context>
<context>
    <name>AppendixRows</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="93" />
        <source>Chọn dòng cần xóa (dòng Tổng cộng không xóa được).</source>
        <translation>Select the rows to delete (the total row cannot be deleted).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="109" />
        <source>Bảng đang sắp xếp để xem: hãy bỏ sắp xếp rồi mới chuyển dòng.</source>
        <translation>The table is sorted for viewing: clear the sort before moving rows.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="119" />
        <source>Chỉ chuyển được các dòng liền nhau.</source>
        <translation>Only adjacent rows can be moved.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="146" />
        <source>Dòng đã ở mức thụt lề giới hạn.</source>
        <translation>The row is already at the indent limit.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="150" />
        <source>Thụt lề dòng</source>
        <translation>Indent row</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="152" />
        <source>Giảm thụt lề dòng</source>
        <translation>Outdent row</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="169" />
        <source>Chuyển dòng ↔ nhóm</source>
        <translation>Toggle row ↔ group</translation>
    </message>
</context>
<context>
    <name>AppendixTableModel</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/model.py" line="175" />
        <source>Số ghi trên văn bản: {stated} — số tính được: {value} ({unit})</source>
        <translation>Figure in the document: {stated} — computed: {value} ({unit})</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/model.py" line="195" />
        <source>Các cột chi tiết cộng được {parts}, khác {whole} ({unit})</source>
        <translation>The breakdown columns add up to {parts}, not {whole} ({unit})</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/model.py" line="258" />
        <source>Ô tính tự động, không sửa trực tiếp.</source>
        <translation>Computed cell: it cannot be edited directly.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/model.py" line="263" />
        <source>Chi tiết của cột “{column}”: không cộng vào tổng của dòng.</source>
        <translation>A breakdown of column “{column}”: not added into the row's total.</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/body_edit.py" line="62" />
        <source>Chuyển bảng mã?</source>
        <translation>Convert encoding?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/body_edit.py" line="64" />
        <source>Văn bản vừa dán có thể được gõ bằng bảng mã cũ (%1, độ tin cậy %2%). Chuyển sang Unicode?</source>
        <translation>The pasted text may have been typed in a legacy encoding (%1, confidence %2%). Convert it to Unicode?</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="100" />
        <source>Sửa câu tổng kinh phí</source>
        <translation>Edit budget total sentence</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="106" />
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="262" />
        <source>Sửa số tiền bằng chữ</source>
        <translation>Edit amount in words</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="147" />
        <source>%1 %2 (chênh lệch so với kế hoạch: %3)</source>
        <translation>%1 %2 (difference from the plan: %3)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="222" />
        <source>Dòng này được đối chiếu với số của nguồn vốn này trong các phụ lục</source>
        <translation>This line is compared with the appendices' amounts of this funding source</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="232" />
        <source>Đổi nguồn vốn “%1”: %2</source>
        <translation>Change the funding source of “%1”: %2</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="257" />
        <source>Sửa tổng kinh phí</source>
        <translation>Edit budget total</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="286" />
        <source>Sửa dòng kinh phí</source>
        <translation>Edit budget line</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="277" />
        <source>Sửa số kinh phí “%1”</source>
        <translation>Edit amount “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="307" />
        <source>Thêm dòng kinh phí: %1</source>
        <translation>Add budget line: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="316" />
        <source>Xóa dòng kinh phí</source>
        <translation>Delete budget line</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="339" />
        <source>Câu &amp;dẫn:</source>
        <translation>&amp;Lead sentence:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="340" />
        <source>&amp;Tổng kinh phí (%1):</source>
        <translation>&amp;Total budget (%1):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="341" />
        <source>Bằng chữ (tự động):</source>
        <translation>In words (automatic):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="342" />
        <source>Bằng &amp;chữ ghi trong kế hoạch:</source>
        <translation>In &amp;words as written in the plan:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="343" />
        <source>Các phụ lục cộng được:</source>
        <translation>Appendices add up to:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="347" />
        <source>Dùng chữ tự động</source>
        <translation>Use automatic words</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="348" />
        <source>Chia theo nguồn vốn:</source>
        <translation>Split by funding source:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="351" />
        <source>Nguồn vốn</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="352" />
        <source>Đối chiếu với</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="353" />
        <source>Ghi trong kế hoạch</source>
        <translation>Stated in the plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="354" />
        <source>Phụ lục cộng được</source>
        <translation>Appendices add up to</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="355" />
        <source>Chênh lệch</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="358" />
        <source>Thêm dòng</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="360" />
        <source>Xóa dòng</source>
        <translation>Delete line</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="49" />
        <source>Chọn chỉ tiêu từ danh mục</source>
        <translation>Pick indicators from the catalogue</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="52" />
        <source>Tìm theo tên, nhóm hoặc mã chỉ tiêu (gõ không dấu cũng được)</source>
        <translation>Search by name, group or code (accents optional)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="60" />
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="61" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="62" />
        <source>Mục tiêu năm %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="89" />
        <source>Thêm vào kế hoạch</source>
        <translation>Add to the plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="94" />
        <source>Đánh dấu các chỉ tiêu cần đưa vào kế hoạch; bấm đúp vào cột mục tiêu để sửa (có thể sửa lại sau trong “Sửa chỉ tiêu…”).</source>
        <translation>Tick the indicators to add to the plan; double-click the target column to change it (it can be edited later in “Edit indicators…”).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="131" />
        <source>đã có trong kế hoạch</source>
        <translation>already in the plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="184" />
        <source>Đã chọn %1 chỉ tiêu.</source>
        <translation>%1 indicator(s) selected.</translation>
    </message>
</context>
<context>
    <name>ColumnLayoutDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="82" />
        <source>Bố cục cột của phụ lục</source>
        <translation>Appendix column layout</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="94" />
        <source>Tiêu đề (các tầng cách nhau bởi « &gt; »)</source>
        <translation>Title (header levels separated by « &gt; »)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="95" />
        <source>Kiểu</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="96" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="97" />
        <source>Là chi tiết của cột</source>
        <translation>Breakdown of column</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="98" />
        <source>Cách chia</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="99" />
        <source>Độ rộng</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="110" />
        <source>Thêm cột chữ</source>
        <translation>Add text column</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="111" />
        <source>Thêm cột tiền</source>
        <translation>Add money column</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="112" />
        <source>Xóa cột</source>
        <translation>Remove column</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="113" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="114" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="126" />
        <source>Thêm cột năm</source>
        <translation>Add year column</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="128" />
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="132" />
        <source>Tách các năm theo nguồn vốn:</source>
        <translation>Split the years by funding source:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="139" />
        <source>Tách</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="180" />
        <source>nguồn, giai đoạn …</source>
        <translation>source, period …</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="239" />
        <source>Cột mới</source>
        <translation>New column</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="242" />
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>CommuneListDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="62" />
        <source>Danh sách xã, thị trấn của %1</source>
        <translation>Communes of %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="64" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="64" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="64" />
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="79" />
        <source>Thêm xã mới</source>
        <translation>Add commune</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="80" />
        <source>Lưu thay đổi</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="81" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="82" />
        <source>Thêm danh sách có sẵn</source>
        <translation>Add the built-in list</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="97" />
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="98" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="99" />
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="107" />
        <source>Mã là mã đơn vị hành chính (tối đa 20 ký tự). Chỉ đổi mã hoặc xóa được xã chưa có số liệu.</source>
        <translation>The code is the administrative unit code (at most 20 characters). Only a commune without figures can get another code or be removed.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="140" />
        <source>Đã có số liệu: không đổi mã, không xóa được.</source>
        <translation>Has figures: its code cannot change and it cannot be removed.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="146" />
        <source>%1 xã, thị trấn</source>
        <translation>%1 communes</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="220" />
        <source>Đã thêm %1 xã, thị trấn.</source>
        <translation>Added %1 communes.</translation>
    </message>
</context>
<context>
    <name>ConsolidationWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="215" />
        <source>Nhập kỳ dạng 2016 hoặc 2016-H1.</source>
        <translation>Enter a period like 2016 or 2016-H1.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="220" />
        <source>%1 chỉ tiêu × %2 huyện; mỗi ô: thực hiện / kế hoạch.</source>
        <translation>%1 indicators × %2 districts; each cell: actual / target.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="245" />
        <source>Xuất bảng tổng hợp</source>
        <translation>Export the consolidation</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="259" />
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="288" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="263" />
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="288" />
        <source>Bảng Excel (*.xlsx)</source>
        <translation>Excel tables (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="274" />
        <source>Đang xuất bảng tổng hợp…</source>
        <translation>Exporting the consolidation…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="278" />
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="302" />
        <source>Đã ghi tệp “%1”.</source>
        <translation>Wrote “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="298" />
        <source>Đang xuất bảng so sánh chỉ tiêu…</source>
        <translation>Exporting the indicator comparison…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="317" />
        <source>Tổng hợp kế hoạch các đơn vị</source>
        <translation>Consolidate the units' plans</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="168" />
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="322" />
        <source>Mọi nguồn vốn</source>
        <translation>Every funding source</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="323" />
        <source>Phân bổ kinh phí theo đơn vị</source>
        <translation>Allocation by unit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="324" />
        <source>So sánh chỉ tiêu giữa các đơn vị</source>
        <translation>Indicators compared across units</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="318" />
        <source>Tỉnh:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="196" />
        <source>Đang tổng hợp kế hoạch của các đơn vị…</source>
        <translation>Consolidating the units' plans…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="230" />
        <source>%1 chỉ tiêu × %2 đơn vị; mỗi ô: thực hiện / kế hoạch và đánh giá; dòng nhóm: số đơn vị đạt hoặc đúng tiến độ.</source>
        <translation>%1 indicators × %2 units; each cell: actual / target and assessment; group rows: the units that reached it or are on track.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="318" />
        <source>Từ năm:</source>
        <translation>From year:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="318" />
        <source>đến:</source>
        <translation>to:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="318" />
        <source>Nguồn vốn:</source>
        <translation>Funding source:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="321" />
        <source>&amp;Tổng hợp</source>
        <translation>&amp;Consolidate</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="325" />
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="329" />
        <source>Xuất &amp;PDF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="326" />
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="330" />
        <source>Xuất E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="327" />
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="328" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="332" />
        <source>Chọn giai đoạn và nguồn vốn rồi bấm “Tổng hợp”.</source>
        <translation>Choose the period and funding source, then press “Consolidate”.</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="169" />
        <source>Nội dung ban đầu</source>
        <translation>Initial content</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="170" />
        <source>Bắt đầu từ đề cương mẫu hoặc sao chép một kế hoạch đã có.</source>
        <translation>Start from the template outline or copy an existing plan.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="172" />
        <source>Theo mẫu kế hoạch (đề cương, phụ lục, chỉ tiêu và căn cứ đang có hiệu lực)</source>
        <translation>From a plan template (outline, appendices, indicators and the legal bases in force)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="176" />
        <source>Sao chép kế hoạch trước, dời các năm cho khớp</source>
        <translation>Copy a previous plan, shifting its years</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="182" />
        <source>Theo mẫu kế hoạch của tỉnh (đề cương, chỉ tiêu và giai đoạn theo mẫu)</source>
        <translation>From the province's plan template (outline, indicators and period of the template)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="192" />
        <source>%1-%2 — %3 (hạn %4)</source>
        <translation>%1-%2 — %3 (due %4)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="204" />
        <source>Không tạo phụ lục</source>
        <translation>No appendix</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="219" />
        <source>&amp;Mẫu:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="220" />
        <source>Thêm phụ lục:</source>
        <translation>Add an appendix:</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <location filename="../itplan_desktop/gui/errors.py" line="23" />
        <source>Không có quyền ghi hoặc đọc tệp. Hãy chọn thư mục khác hoặc đóng tệp đang mở.</source>
        <translation>No permission to read or write the file. Choose another folder or close the file where it is open.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/errors.py" line="28" />
        <source>Không đọc hoặc ghi được tệp. Hãy kiểm tra đĩa và đường dẫn.</source>
        <translation>The file could not be read or written. Check the disk and the path.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/errors.py" line="31" />
        <source>Đã xảy ra lỗi không mong muốn. Công việc đã lưu không bị mất.</source>
        <translation>An unexpected error occurred. Your saved work is not lost.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/errors.py" line="44" />
        <source>Có lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/errors.py" line="48" />
        <source>Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho bộ phận hỗ trợ.</source>
        <translation>If the error happens again, send the log file to support.</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="27" />
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="359" />
        <source>Nhập bảng Excel “%1”</source>
        <translation>Import Excel table “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="54" />
        <source>Trang tính “%1”: %2 dòng nội dung, %3 dòng nhóm, %4 cột; đơn vị %5.</source>
        <translation>Sheet “%1”: %2 item rows, %3 group rows, %4 columns; unit %5.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="64" />
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="274" />
        <source>%1 ô không đọc được sẽ để trống.</source>
        <translation>%1 unreadable cells will be left empty.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="78" />
        <source>Nhập bảng Excel</source>
        <translation>Import Excel table</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="79" />
        <source>Hãy mở (hoặc tạo) kế hoạch trước, rồi nhập bảng Excel làm phụ lục của nó.</source>
        <translation>Open (or create) a plan first, then import the Excel table as one of its appendices.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="108" />
        <source>Đã thêm phụ lục từ “%1”.</source>
        <translation>Added an appendix from “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="113" />
        <source>Đang đọc bảng Excel…</source>
        <translation>Reading the Excel table…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="45" />
        <source>TT (số thứ tự)</source>
        <translation>No. (TT)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="46" />
        <source>Tên, nội dung</source>
        <translation>Name, content</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="47" />
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="48" />
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="49" />
        <source>Đơn vị phối hợp</source>
        <translation>Partner unit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="50" />
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="51" />
        <source>Quy mô</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="52" />
        <source>Phạm vi</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="53" />
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="54" />
        <source>Nguồn vốn (chữ)</source>
        <translation>Funding source (text)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="55" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="56" />
        <source>Chữ khác</source>
        <translation>Other text</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="57" />
        <source>Số CBCC</source>
        <translation>Staff count</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="58" />
        <source>Số lượng</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="59" />
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="60" />
        <source>Đã phân bổ</source>
        <translation>Already allocated</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="61" />
        <source>Còn thiếu (tính)</source>
        <translation>Still missing (computed)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="62" />
        <source>Tổng (tính)</source>
        <translation>Total (computed)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="180" />
        <source>(bỏ qua cột này)</source>
        <translation>(leave this column out)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="186" />
        <source>Năm %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="206" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="261" />
        <source>Tiêu đề ở dòng %1–%2; %3 dòng nội dung, %4 dòng nhóm, %5 cột được nhập; đơn vị %6.</source>
        <translation>Header in rows %1–%2; %3 item rows, %4 group rows, %5 columns imported; unit %6.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="364" />
        <source>&amp;Trang tính:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="365" />
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="366" />
        <source>Cách &amp;ghi số:</source>
        <translation>Number &amp;format:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="367" />
        <source>Tên &amp;phụ lục:</source>
        <translation>Appendix &amp;title:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="374" />
        <source>Tự nhận ra</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="376" />
        <source>1.234,5 (Việt Nam)</source>
        <translation>1.234,5 (Vietnamese)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="379" />
        <source>1,234.5 (Anh – Mỹ)</source>
        <translation>1,234.5 (English)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="384" />
        <source>Chọn vai trò của từng cột ở dòng đầu; cột “bỏ qua” không được nhập. Bảng được đọc lại sau mỗi lựa chọn.</source>
        <translation>Choose each column's role in the first row; columns left out are not imported. The table is read again after each choice.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="390" />
        <source>Như phần mềm nhận ra</source>
        <translation>As detected</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="391" />
        <source>&amp;Nhập thành phụ lục</source>
        <translation>&amp;Import as an appendix</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="46" />
        <source>Tệp trao đổi (*.itplan-bundle)</source>
        <translation>Exchange bundles (*.itplan-bundle)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="59" />
        <source>Thư nháp: “%1” — mở bằng Outlook hoặc Thunderbird rồi bấm Gửi.</source>
        <translation>Draft: “%1” — open it in Outlook or Thunderbird and press Send.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="69" />
        <source>%1 byte</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="71" />
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="73" />
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="96" />
        <source>Hợp lệ (khóa đã đăng ký)</source>
        <translation>Valid (registered key)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="97" />
        <source>Người gửi chưa đăng ký khóa</source>
        <translation>Sender's key not registered</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="98" />
        <source>Không có chữ ký</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="99" />
        <location filename="../itplan_desktop/gui/exchange/common.py" line="122" />
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="106" />
        <source>Đạt</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="110" />
        <source>%1 cảnh báo</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="116" />
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="117" />
        <source>Không thay đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="118" />
        <source>Đã nhập trước đây</source>
        <translation>Imported before</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="119" />
        <source>Giữ bản của tôi</source>
        <translation>Kept mine</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="120" />
        <source>Xung đột, chưa nhập</source>
        <translation>Conflict, not imported</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="121" />
        <source>Chưa xác nhận, chưa nhập</source>
        <translation>Not confirmed, not imported</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="123" />
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ExchangeChanges</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="29" />
        <source>Đã thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="30" />
        <source>Đã xóa</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="31" />
        <source>Đã sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="38" />
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="184" />
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="312" />
        <source>Tên kế hoạch</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="39" />
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="40" />
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="41" />
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="42" />
        <source>Ngày ban hành</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="43" />
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="44" />
        <source>Tên ngắn cơ quan</source>
        <translation>Issuing body (short)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="45" />
        <source>Cơ quan chủ quản</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="46" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="47" />
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="48" />
        <source>Căn cứ</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="49" />
        <source>Lời mở đầu</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="50" />
        <source>Lời kết</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="51" />
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="52" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="53" />
        <source>Năm bắt đầu</source>
        <translation>Start year</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="54" />
        <source>Năm kết thúc</source>
        <translation>End year</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="65" />
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="67" />
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="123" />
        <source>Vị trí dòng</source>
        <translation>Row position</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="124" />
        <source>Loại dòng</source>
        <translation>Row kind</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="125" />
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="136" />
        <source>Thông tin chung (%1 trường)</source>
        <translation>General information (%1 fields)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="144" />
        <source>Nội dung: %1 mục</source>
        <translation>Sections: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="152" />
        <source>Tiêu đề</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="153" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="159" />
        <source>Phụ lục: %1 bảng</source>
        <translation>Appendices: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="167" />
        <source>Chỉ tiêu: %1</source>
        <translation>Indicators: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="175" />
        <source>Số liệu thực hiện: %1</source>
        <translation>Actual values: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="183" />
        <source>Kế hoạch mới</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="188" />
        <source>Giai đoạn</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="196" />
        <source>Số mục nội dung</source>
        <translation>Number of sections</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="202" />
        <source>%1 dòng</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="208" />
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="213" />
        <source>Số liệu thực hiện</source>
        <translation>Actual values</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="231" />
        <source>Giống hệt bản đang có: không thay đổi.</source>
        <translation>Identical to the one kept here: no changes.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="233" />
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="239" />
        <source>Bộ chỉ số</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="240" />
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="241" />
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="251" />
        <source>Số chỉ số</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="249" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="250" />
        <source>Năm đánh giá</source>
        <translation>Year assessed</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="253" />
        <source>Tệp minh chứng</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="270" />
        <source>Tệp này đã được nhập trước đây: không có gì thay đổi.</source>
        <translation>This file was imported before: nothing changes.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="283" />
        <source>Kế hoạch giống hệt bản đang có: không thay đổi.</source>
        <translation>The plan is identical to the stored one: no changes.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="291" />
        <source>Lần sửa %1 → %2</source>
        <translation>Revision %1 → %2</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="299" />
        <source>Ý kiến góp ý: %1</source>
        <translation>Review comments: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="242" />
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="314" />
        <source>Hạn nộp</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="245" />
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="317" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="235" />
        <source>Trao đổ&amp;i</source>
        <translation>E&amp;xchange</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="237" />
        <source>&amp;Gửi lên tỉnh…</source>
        <translation>&amp;Send to the province…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="238" />
        <source>&amp;Nhập tệp trao đổi…</source>
        <translation>&amp;Import exchange bundles…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="239" />
        <source>Ý kiến &amp;góp ý của tỉnh…</source>
        <translation>Province &amp;review comments…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="240" />
        <source>&amp;Hộp thư của tỉnh…</source>
        <translation>Province &amp;inbox…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="241" />
        <source>&amp;Tổng hợp các huyện…</source>
        <translation>&amp;Consolidate districts…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="242" />
        <source>Gửi &amp;mẫu kế hoạch…</source>
        <translation>Send plan &amp;template…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="243" />
        <source>&amp;Khóa trao đổi…</source>
        <translation>Exchange &amp;keys…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="84" />
        <source>Tệp kế hoạch (*.itplan.json *.json);;Bảng Excel (*.xlsx)</source>
        <translation>Plan files (*.itplan.json *.json);;Excel tables (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="85" />
        <source>Mở tệp kế hoạch</source>
        <translation>Open plan file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="90" />
        <source>Nhập bảng Excel</source>
        <translation>Import Excel table</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="90" />
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="212" />
        <source>Bảng Excel (*.xlsx)</source>
        <translation>Excel tables (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="119" />
        <source>Kế hoạch “%1” đã có, không thay đổi gì.</source>
        <translation>The plan “%1” is already here; nothing changed.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="121" />
        <source>Đã nhập kế hoạch “%1”.</source>
        <translation>Imported plan “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="136" />
        <source>Đang nhập tệp kế hoạch…</source>
        <translation>Importing the plan file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="140" />
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="150" />
        <source>Nhập tệp kế hoạch</source>
        <translation>Import plan file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="142" />
        <source>&amp;Thay bản đang lưu</source>
        <translation>&amp;Replace the stored plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="143" />
        <source>&amp;Giữ bản đang lưu</source>
        <translation>&amp;Keep the stored plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="169" />
        <source>Chưa có chức năng</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="179" />
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="179" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="203" />
        <source>Đang tạo tệp PDF…</source>
        <translation>Creating the PDF…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="212" />
        <source>Xuất Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="222" />
        <source>Đang xuất Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="231" />
        <source>Xuất tệp kế hoạch</source>
        <translation>Export plan file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="233" />
        <source>Tệp kế hoạch (*.itplan.json)</source>
        <translation>Plan files (*.itplan.json)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="248" />
        <source>Đã ghi tệp “%1”.</source>
        <translation>Wrote “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="274" />
        <source>Đã gửi %1 trang tới máy in.</source>
        <translation>%1 pages sent to the printer.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="300" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="303" />
        <source>itplan-desktop: soạn, kiểm tra, in và theo dõi kế hoạch ứng dụng công nghệ thông tin. Chạy hoàn toàn không cần mạng.</source>
        <translation>itplan-desktop: write, check, print and track IT application plans. Works entirely offline.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="307" />
        <source>Phiên bản %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="309" />
        <source>Giấy phép MIT; các thành phần đi kèm theo giấy phép riêng của chúng.</source>
        <translation>MIT licence; the bundled components come under their own licences.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="311" />
        <source>Giấy phép bên thứ ba…</source>
        <translation>Third-party licences…</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="63" />
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="65" />
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="67" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="68" />
        <source>Phụ lục</source>
        <translation>Appendices</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="74" />
        <source>Không phát hiện lỗi nào.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="77" />
        <source>%1 lỗi, %2 cảnh báo — nhấp đúp để đến chỗ cần sửa.</source>
        <translation>%1 errors, %2 warnings — double-click to go to the place to fix.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="95" />
        <source>Nội dung kiểm tra</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="95" />
        <source>Ở đâu</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="95" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>FormerHistoryView</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/former_history.py" line="83" />
        <source> (một phần)</source>
        <translation> (in part)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/former_history.py" line="98" />
        <source>Cộng số liệu của %1 đơn vị cũ</source>
        <translation>Sum of the figures of %1 former units</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/former_history.py" line="110" />
        <source>Số liệu trước ngày 01/07/2025 của các đơn vị cũ đã hợp nhất vào đơn vị này (đơn vị cũ, đến 01/07/2025): %1. Dòng chỉ tiêu ghi số cộng của các đơn vị cũ khi chỉ tiêu cộng được; đơn vị cũ chỉ nhập một phần vào đơn vị này không tính vào số cộng. Số liệu chỉ để xem: chúng thuộc các kế hoạch cấp huyện.</source>
        <translation>Figures before 1 July 2025 of the former units merged into this unit (former units, until 01/07/2025): %1. An indicator's row holds the sum of the former units where the indicator adds up; a former unit merged here only in part is not counted in the sum. Read only: the figures belong to the district plans.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/former_history.py" line="117" />
        <source>Chỉ tiêu / đơn vị cũ</source>
        <translation>Indicator / former unit</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/guide.py" line="67" />
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HeaderEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="119" />
        <source>&lt;b&gt;Khi in:&lt;/b&gt;</source>
        <translation>&lt;b&gt;As printed:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="141" />
        <source>Sửa “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="155" />
        <source>%1 Văn bản vẫn in ngày đã lưu trước đó cho đến khi sửa.</source>
        <translation>%1 The document keeps printing the date saved before until this is corrected.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="164" />
        <source>Ví dụ: 15/9/2015; bản dự thảo để trống ngày: …/9/2015</source>
        <translation>For example: 15/9/2015; a draft leaving the day blank: …/9/2015</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="202" />
        <source>- Sở Khoa học và Công nghệ;</source>
        <translation>- Sở Khoa học và Công nghệ (Department of Science and Technology);</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="199" />
        <source>Giai đoạn (nhiều năm)</source>
        <translation>Period (several years)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="200" />
        <source>Hằng năm (một năm)</source>
        <translation>Annual (one year)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="201" />
        <source>ngày/tháng/năm, ví dụ 15/9/2015</source>
        <translation>day/month/year, e.g. 15/9/2015</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../ui/header_form.ui" line="7" />
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="9" />
        <source>Cơ quan cấp trên:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="11" />
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="13" />
        <source>Tên dùng trong câu:</source>
        <translation>Name in sentences:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="15" />
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="18" />
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="20" />
        <source>Loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="22" />
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="24" />
        <source>Ký hiệu:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="26" />
        <source>Ngày ban hành:</source>
        <translation>Date issued:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="28" />
        <source>Trích yếu:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="30" />
        <source>Loại kế hoạch:</source>
        <translation>Plan type:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="32" />
        <source>Từ năm:</source>
        <translation>From year:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="34" />
        <source>Đến năm:</source>
        <translation>To year:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="36" />
        <source>Dòng thẩm quyền:</source>
        <translation>Authority line:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="39" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="41" />
        <source>Quyền hạn ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="43" />
        <source>Ký thay cho:</source>
        <translation>Signing for:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="45" />
        <source>Chức vụ người ký:</source>
        <translation>Signer's title:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="47" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="50" />
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Recipients (one per line)</translation>
    </message>
</context>
<context>
    <name>ImportBundlesDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="167" />
        <source>Chọn tệp trao đổi</source>
        <translation>Choose exchange bundles</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="167" />
        <source>Tệp trao đổi (*.itplan-bundle)</source>
        <translation>Exchange bundles (*.itplan-bundle)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="175" />
        <source>Chọn thư mục chứa tệp</source>
        <translation>Choose a folder of bundles</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="206" />
        <source>Đang kiểm tra các tệp…</source>
        <translation>Checking the files…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="229" />
        <source>Bị từ chối: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="251" />
        <source>xung đột</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="252" />
        <source>không thay đổi</source>
        <translation>no changes</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="271" />
        <source>Chọn hoặc kéo thả các tệp trao đổi (.itplan-bundle).</source>
        <translation>Choose or drop exchange bundles (.itplan-bundle).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="275" />
        <source>Bị từ chối — tệp không được nhập:</source>
        <translation>Refused — the file is not imported:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="294" />
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="397" />
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="295" />
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="397" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="297" />
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="397" />
        <source>Người gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="300" />
        <source>Lập lúc</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="301" />
        <source>Dấu vân tay khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="302" />
        <source>Chữ ký</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="307" />
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="310" />
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="337" />
        <source>%1 tệp: %2 sẵn sàng nhập, %3 cần xác nhận, %4 bị từ chối</source>
        <translation>%1 files: %2 ready to import, %3 need confirmation, %4 refused</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="374" />
        <source>Đang nhập các tệp…</source>
        <translation>Importing the files…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="393" />
        <source>Nhập tệp trao đổi</source>
        <translation>Import exchange bundles</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="394" />
        <source>Thêm &amp;tệp…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="395" />
        <source>Thêm thư &amp;mục…</source>
        <translation>Add f&amp;older…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="397" />
        <source>Kết quả kiểm tra</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="400" />
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="400" />
        <source>Hiện có</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="400" />
        <source>Trong tệp</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="403" />
        <source>Tôi đã xác minh người gửi và đồng ý nhập tệp chưa được xác thực này</source>
        <translation>I have verified the sender and agree to import this unverified file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="406" />
        <source>Kế hoạch này đã được sửa ở máy này sau lần nhập trước. Chọn bản sẽ được giữ:</source>
        <translation>This plan was edited here since it was last imported. Choose which version to keep:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="408" />
        <source>&amp;Giữ bản của tôi</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="409" />
        <source>&amp;Lấy bản trong tệp</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="410" />
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="411" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="412" />
        <source>Chưa có gì được ghi cho đến khi bấm “Nhập”.</source>
        <translation>Nothing is written until you press “Import”.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="77" />
        <source>Người gửi chưa được xác nhận: tệp không được nhập.</source>
        <translation>The sender was not confirmed: the file is not imported.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="80" />
        <source>Đã hủy trước khi nhập tệp này: không có gì được ghi.</source>
        <translation>Cancelled before this file: nothing was written.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="106" />
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="106" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="106" />
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="108" />
        <source>&lt;b&gt;Kết quả nhập:&lt;/b&gt; %1 tệp đã nhập, %2 không thay đổi, %3 không được nhập.</source>
        <translation>&lt;b&gt;Import result:&lt;/b&gt; %1 files imported, %2 unchanged, %3 not imported.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="113" />
        <source>Xem ý kiến góp ý của tỉnh</source>
        <translation>Show the province's review comments</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="114" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="275" />
        <source>&lt;b&gt;%1/%2 huyện đã gửi&lt;/b&gt;; %3 huyện chưa gửi (tô đỏ).</source>
        <translation>&lt;b&gt;%1/%2 districts have sent&lt;/b&gt;; %3 have not (in red).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="285" />
        <source>Hộp thư của tỉnh</source>
        <translation>Province inbox</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="286" />
        <source>Tỉnh:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="287" />
        <source>Giai đoạn bắt đầu năm:</source>
        <translation>Period starting in:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="288" />
        <source>Mọi giai đoạn</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="294" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="212" />
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="295" />
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="212" />
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="295" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="277" />
        <source>&lt;b&gt;%1/%2 đơn vị đã gửi&lt;/b&gt;; %3 đơn vị chưa gửi (tô đỏ).</source>
        <translation>&lt;b&gt;%1/%2 units have sent&lt;/b&gt;; %3 have not (in red).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="289" />
        <source>Sở, ban, ngành và xã, phường</source>
        <translation>Agencies and communes</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="290" />
        <source>Huyện (trước 01/07/2025)</source>
        <translation>Districts (before 1 July 2025)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="291" />
        <source>Tìm đơn vị (gõ không dấu được)</source>
        <translation>Find a unit (accents optional)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="296" />
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="297" />
        <source>Nhận lúc</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="298" />
        <source>Lập lúc</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="299" />
        <source>Lần sửa</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="300" />
        <source>Chữ ký</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="301" />
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="302" />
        <source>Số tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="305" />
        <source>&amp;Nhập tệp…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="306" />
        <source>&amp;Mở kế hoạch</source>
        <translation>&amp;Open plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="307" />
        <source>&amp;Tổng hợp…</source>
        <translation>&amp;Consolidate…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="308" />
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="309" />
        <source>&amp;Góp ý…</source>
        <translation>Re&amp;view…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="310" />
        <source>Gửi mẫu &amp;kế hoạch…</source>
        <translation>Send plan tem&amp;plate…</translation>
    </message>
</context>
<context>
    <name>IndexEditorWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="209" />
        <source>Soạn bộ chỉ số chuyển đổi số — {name}</source>
        <translation>Edit the transformation index — {name}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="211" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="211" />
        <source>Nhóm, chỉ số</source>
        <translation>Group, indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="211" />
        <source>Điểm tối đa</source>
        <translation>Max points</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="213" />
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="364" />
        <source>Thêm nhóm</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="214" />
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="371" />
        <source>Thêm chỉ số</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="215" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="216" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="217" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="218" />
        <source>Mở tệp bộ chỉ số…</source>
        <translation>Open index file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="219" />
        <source>Xuất tệp bộ chỉ số…</source>
        <translation>Export index file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="220" />
        <source>Lưu vào cơ sở dữ liệu</source>
        <translation>Save to the database</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="221" />
        <source>Công bố cho các đơn vị…</source>
        <translation>Publish to the units…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="225" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="226" />
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="238" />
        <source>Hoàn tác: {text} (Ctrl+Z)</source>
        <translation>Undo: {text} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="241" />
        <source>Làm lại: {text} (Ctrl+Y)</source>
        <translation>Redo: {text} (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="246" />
        <source>{groups} nhóm, {count} chỉ số
Tổng điểm tối đa: {points}</source>
        <translation>{groups} groups, {count} indicators
Maximum total: {points}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="385" />
        <source>Xóa nhóm</source>
        <translation>Remove group</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="392" />
        <source>Xóa chỉ số</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="404" />
        <source>Di chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="414" />
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="419" />
        <source>Mở tệp bộ chỉ số</source>
        <translation>Open an index file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="415" />
        <source>Đã mở “{path}”.</source>
        <translation>Opened “{path}”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="419" />
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="437" />
        <source>Tệp bộ chỉ số (*.json)</source>
        <translation>Index files (*.json)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="432" />
        <source>Đã ghi “{path}”.</source>
        <translation>Wrote “{path}”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="437" />
        <source>Xuất tệp bộ chỉ số</source>
        <translation>Export index file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="460" />
        <source>Đã lưu bộ chỉ số “{name}” (phiên bản {version}).</source>
        <translation>Saved the index “{name}” (version {version}).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="475" />
        <source>Bộ chỉ số chưa lưu</source>
        <translation>Index not saved</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="477" />
        <source>Bộ chỉ số “{name}” có thay đổi chưa lưu vào cơ sở dữ liệu. Lưu trước khi đóng?</source>
        <translation>The index “{name}” has changes not saved to the database. Save before closing?</translation>
    </message>
</context>
<context>
    <name>IndexForm</name>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="41" />
        <source>Tỷ lệ (tử số / mẫu số)</source>
        <translation>Ratio (numerator / denominator)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="42" />
        <source>Theo ngưỡng</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="43" />
        <source>Có / không</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="44" />
        <source>Đếm so với mục tiêu</source>
        <translation>Count against a target</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="45" />
        <source>Do Sở thẩm định cho điểm</source>
        <translation>Points given by the reviewing department</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="51" />
        <source>Số, ngày văn bản</source>
        <translation>Document number and date</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="52" />
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="53" />
        <source>Liên kết</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>IndexGroupForm</name>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="224" />
        <source>Sửa mã nhóm</source>
        <translation>Edit group code</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="225" />
        <source>Sửa tên nhóm</source>
        <translation>Edit group name</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="237" />
        <source>Mã nhóm:</source>
        <translation>Group code:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="238" />
        <source>Tên nhóm (chỉ số chính):</source>
        <translation>Group name (main indicator):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="239" />
        <source>Điểm của nhóm:</source>
        <translation>Group points:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="253" />
        <source>{points} (tổng điểm tối đa của {count} chỉ số)</source>
        <translation>{points} (the maximum points of its {count} indicators)</translation>
    </message>
</context>
<context>
    <name>IndexHeaderForm</name>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="140" />
        <source>Sửa mã bộ chỉ số</source>
        <translation>Edit index code</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="141" />
        <source>Sửa tên bộ chỉ số</source>
        <translation>Edit index name</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="142" />
        <source>Sửa năm</source>
        <translation>Edit year</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="144" />
        <source>Sửa phiên bản</source>
        <translation>Edit version</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="147" />
        <source>Sửa cơ quan ban hành</source>
        <translation>Edit issuing body</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="149" />
        <source>Sửa căn cứ</source>
        <translation>Edit legal bases</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="159" />
        <source>Đổi cách xếp hạng khi bằng điểm</source>
        <translation>Change the tie rule</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="188" />
        <source>Tên bộ chỉ số:</source>
        <translation>Index name:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="189" />
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="190" />
        <source>Phiên bản:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="191" />
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="192" />
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="193" />
        <source>Căn cứ:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="197" />
        <source>Bằng điểm:</source>
        <translation>Ties:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="198" />
        <source>Cùng hạng (1, 2, 2, 4)</source>
        <translation>Same rank (1, 2, 2, 4)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="199" />
        <source>Xét lần lượt điểm từng nhóm</source>
        <translation>By each group's points in turn</translation>
    </message>
</context>
<context>
    <name>IndexIndicatorForm</name>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="273" />
        <source>Sửa mã chỉ số</source>
        <translation>Edit indicator code</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="275" />
        <source>Sửa tên chỉ số</source>
        <translation>Edit indicator name</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="277" />
        <source>Sửa điểm tối đa</source>
        <translation>Edit maximum points</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="280" />
        <source>Sửa mục tiêu</source>
        <translation>Edit target</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="283" />
        <source>Sửa nguồn số liệu</source>
        <translation>Edit data source</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="286" />
        <source>Sửa cơ quan xác minh</source>
        <translation>Edit verifier</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="289" />
        <source>Sửa mã chỉ tiêu KPI</source>
        <translation>Edit KPI code</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="354" />
        <source>Mã chỉ số:</source>
        <translation>Indicator code:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="355" />
        <source>Tên chỉ số:</source>
        <translation>Indicator name:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="356" />
        <source>Điểm tối đa:</source>
        <translation>Maximum points:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="357" />
        <source>Cách tính điểm:</source>
        <translation>Scoring rule:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="358" />
        <source>Mục tiêu (đạt điểm tối đa):</source>
        <translation>Target (earns the maximum):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="359" />
        <source>Các ngưỡng:</source>
        <translation>Thresholds:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="360" />
        <source>Minh chứng yêu cầu:</source>
        <translation>Evidence required:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="361" />
        <source>Nguồn số liệu:</source>
        <translation>Data source:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="362" />
        <source>Cơ quan xác minh:</source>
        <translation>Verified by:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="363" />
        <source>Nhóm:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="367" />
        <source>Mã chỉ tiêu trong danh mục KPI:</source>
        <translation>KPI catalogue code:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="372" />
        <source>Không vượt điểm tối đa khi tử số lớn hơn mẫu số</source>
        <translation>Never above the maximum when the numerator exceeds the denominator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="373" />
        <source>Chưa xác nhận được từ văn bản gốc (tạm)</source>
        <translation>Not yet confirmed from the source document (placeholder)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="374" />
        <source>Từ giá trị</source>
        <translation>From value</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="374" />
        <source>Được điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="427" />
        <source>Điểm = tử số / mẫu số × điểm tối đa.</source>
        <translation>Points = numerator / denominator × maximum.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="429" />
        <source>Được điểm của ngưỡng cao nhất đạt được; dưới ngưỡng đầu: 0 điểm. Ngưỡng tăng dần, điểm không quá điểm tối đa; thêm ngưỡng ở dòng trống cuối.</source>
        <translation>The points of the highest threshold reached; below the first: 0 points. Thresholds rise, points stay within the maximum; add one in the empty last row.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="432" />
        <source>Có: điểm tối đa; không: 0 điểm.</source>
        <translation>Yes: the maximum; no: 0 points.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="433" />
        <source>Điểm = số lượng / mục tiêu × điểm tối đa, không quá tối đa.</source>
        <translation>Points = count / target × maximum, never above the maximum.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="435" />
        <source>Sở Khoa học và Công nghệ thẩm định và cho điểm (0…tối đa).</source>
        <translation>The Department of Science and Technology reviews and gives the points (0…maximum).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="444" />
        <source>Đổi nhóm</source>
        <translation>Change group</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="452" />
        <source>Đổi cách tính điểm</source>
        <translation>Change scoring rule</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="458" />
        <source>Đổi giới hạn điểm</source>
        <translation>Change points cap</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="466" />
        <source>Đổi đánh dấu tạm</source>
        <translation>Change placeholder mark</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="475" />
        <source>Đổi minh chứng yêu cầu</source>
        <translation>Change required evidence</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="490" />
        <source>Sửa các ngưỡng</source>
        <translation>Edit thresholds</translation>
    </message>
</context>
<context>
    <name>IndexMenu</name>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="63" />
        <source>Tệp bộ chỉ số khác…</source>
        <translation>Another index file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="64" />
        <source>Bộ chỉ số mới (trống)</source>
        <translation>New index (empty)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="68" />
        <source>Chọn bộ chỉ số</source>
        <translation>Choose an index</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="69" />
        <source>Bộ chỉ số:</source>
        <translation>Index:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="86" />
        <source>Mở tệp bộ chỉ số</source>
        <translation>Open an index file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="88" />
        <source>Tệp bộ chỉ số (*.json)</source>
        <translation>Index files (*.json)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="125" />
        <source>Mở tệp tự đánh giá</source>
        <translation>Open an assessment file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="127" />
        <source>Tệp tự đánh giá (*.json)</source>
        <translation>Assessment files (*.json)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="162" />
        <source>Thư mục chứa các tệp tự đánh giá</source>
        <translation>Folder holding the assessment files</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="184" />
        <source>{count} tệp theo bộ chỉ số khác, không tính.</source>
        <translation>{count} files follow another index and were not counted.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="191" />
        <source>Một số tệp không được tính</source>
        <translation>Some files were not counted</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="242" />
        <source>Chỉ số &amp;CĐS</source>
        <translation>&amp;DT index</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="244" />
        <source>&amp;Tự đánh giá chuyển đổi số…</source>
        <translation>&amp;Self-assessment…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="245" />
        <source>&amp;Mở tệp tự đánh giá…</source>
        <translation>&amp;Open an assessment file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="246" />
        <source>&amp;Xếp hạng các đơn vị…</source>
        <translation>&amp;Rank the units…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="247" />
        <source>&amp;Soạn và công bố bộ chỉ số…</source>
        <translation>&amp;Edit and publish the index…</translation>
    </message>
</context>
<context>
    <name>IndicatorEditorDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="127" />
        <source>Sửa chỉ tiêu của kế hoạch</source>
        <translation>Edit the plan's indicators</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="136" />
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="137" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="138" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="139" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="157" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="158" />
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="243" />
        <source>Thêm chỉ tiêu “%1”</source>
        <translation>Add indicator “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="255" />
        <source>Xóa chỉ tiêu “%1”</source>
        <translation>Delete indicator “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="263" />
        <source>Xóa chỉ tiêu</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="264" />
        <source>Chỉ tiêu “%1” đã có %2 số liệu. Xóa chỉ tiêu cùng các số liệu này?</source>
        <translation>Indicator “%1” has %2 figures. Delete the indicator together with these figures?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="277" />
        <source>Chuyển chỉ tiêu lên</source>
        <translation>Move indicator up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="277" />
        <source>Chuyển chỉ tiêu xuống</source>
        <translation>Move indicator down</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="107" />
        <source>Ví dụ: Tổng số cán bộ, công chức</source>
        <translation>E.g. Total number of civil servants</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="112" />
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="114" />
        <source>Câu mục tiêu trong kế hoạch</source>
        <translation>The objective sentence in the plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="117" />
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="135" />
        <source>Tên chỉ tiêu:</source>
        <translation>Indicator name:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="136" />
        <source>Nhóm:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="137" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="140" />
        <source>Chiều đánh giá:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="142" />
        <source>Đơn vị tính:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="143" />
        <source>Tên mẫu số:</source>
        <translation>Denominator label:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="146" />
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="149" />
        <source>Giá trị cơ sở:</source>
        <translation>Baseline:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="150" />
        <source>Câu mục tiêu:</source>
        <translation>Objective sentence:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="154" />
        <source>Mục tiêu theo năm (để trống năm không đặt mục tiêu):</source>
        <translation>Targets by year (leave a year empty for no target):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="162" />
        <source>Sửa tên chỉ tiêu</source>
        <translation>Rename indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="171" />
        <source>Sửa đơn vị tính</source>
        <translation>Change unit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="176" />
        <source>Đổi chiều đánh giá</source>
        <translation>Change direction</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="181" />
        <source>Sửa tên mẫu số</source>
        <translation>Change denominator label</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="186" />
        <source>Sửa câu mục tiêu</source>
        <translation>Change objective sentence</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="210" />
        <source>Chỉ tiêu đã có số liệu: không đổi được loại.</source>
        <translation>The indicator has figures: its kind cannot change.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="243" />
        <source>Sửa nhóm chỉ tiêu</source>
        <translation>Change indicator group</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="259" />
        <source>Đổi loại chỉ tiêu</source>
        <translation>Change indicator kind</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="278" />
        <source>Sửa giá trị cơ sở</source>
        <translation>Change baseline</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="294" />
        <source>Sửa mục tiêu năm %1</source>
        <translation>Change target %1</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="129" />
        <source>Xuất khóa công khai</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="130" />
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="136" />
        <source>Tệp khóa (*.itplan-key)</source>
        <translation>Key files (*.itplan-key)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="136" />
        <source>Chọn tệp khóa của đơn vị</source>
        <translation>Choose the unit's key file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="142" />
        <source>Dấu vân tay của khóa: %1

Hãy gọi điện cho %2 và đọc đối chiếu từng nhóm ký tự. Đăng ký khóa này?</source>
        <translation>Key fingerprint: %1

Call %2 and compare it group by group. Register this key?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="146" />
        <source>Đăng ký khóa</source>
        <translation>Register key</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="152" />
        <source>%1 đã có khóa đăng ký với dấu vân tay %2.

Khóa mới có dấu vân tay %3.

Chỉ thay khi đơn vị xác nhận qua điện thoại là đã đổi khóa. Thay khóa?</source>
        <translation>%1 already has a registered key with fingerprint %2.

The new key's fingerprint is %3.

Replace it only when the unit confirms by telephone that it changed its key. Replace the key?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="157" />
        <source>Thay khóa đã đăng ký</source>
        <translation>Replace the registered key</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="176" />
        <source>Đã ghi khóa công khai vào “%1” (dấu vân tay %2). Gửi tệp này cho tỉnh.</source>
        <translation>Public key written to “%1” (fingerprint %2). Send this file to the province.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="200" />
        <source>Đã đăng ký khóa %1 cho đơn vị %2.</source>
        <translation>Key %1 registered for %2.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="217" />
        <source>Đã đặt mật khẩu cho khóa ký; dấu vân tay không đổi (%1).</source>
        <translation>The signing key now has a passphrase; its fingerprint is unchanged (%1).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="233" />
        <source>Đã bỏ mật khẩu của khóa ký.</source>
        <translation>The signing key's passphrase is removed.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="238" />
        <source>Bỏ mật khẩu</source>
        <translation>Remove passphrase</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="240" />
        <source>Bỏ mật khẩu của khóa ký? Khi đó ai dùng được tài khoản máy tính này cũng ký được tệp gửi đi nhân danh đơn vị.</source>
        <translation>Remove the signing key's passphrase? Anyone who can use this computer account could then sign files in the unit's name.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="251" />
        <source>Khóa ký được bảo vệ bằng mật khẩu.</source>
        <translation>The signing key is protected by a passphrase.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="254" />
        <source>Khóa ký chưa có mật khẩu: chỉ quyền truy cập tệp của tài khoản máy tính bảo vệ nó.</source>
        <translation>The signing key has no passphrase: only the computer account's file permissions protect it.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="258" />
        <source>Đổi &amp;mật khẩu…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="258" />
        <source>Đặt &amp;mật khẩu…</source>
        <translation>Set &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="273" />
        <source>Khóa trao đổi</source>
        <translation>Exchange keys</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="274" />
        <source>Khóa của máy này</source>
        <translation>This computer's key</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="275" />
        <source>Mật khẩu của khóa</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="276" />
        <source>&amp;Bỏ mật khẩu</source>
        <translation>&amp;Remove passphrase</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="278" />
        <source>Đăng ký khóa của đơn vị (phía tỉnh)</source>
        <translation>Register a unit's key (province side)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="286" />
        <source>Đơn vị gửi:</source>
        <translation>Sending unit:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="281" />
        <source>Dấu vân tay trên dùng để đọc đối chiếu qua điện thoại khi trao đổi khóa lần đầu. Mọi tệp gửi đi từ máy này đều được ký bằng khóa này.</source>
        <translation>Read this fingerprint over the phone when keys are first exchanged. Every bundle sent from this computer is signed with this key.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="285" />
        <source>Đơn vị:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="287" />
        <source>&amp;Xuất khóa công khai…</source>
        <translation>&amp;Export public key…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="288" />
        <source>Chọn tệp khóa và đăng &amp;ký…</source>
        <translation>Choose a key file and re&amp;gister…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="289" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="88" />
        <source>Vẽ dạng cột</source>
        <translation>Draw as bars</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="89" />
        <source>Sao chép ảnh biểu đồ</source>
        <translation>Copy chart as image</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="90" />
        <source>In biểu đồ…</source>
        <translation>Print chart…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="156" />
        <source>Chọn một chỉ tiêu để xem biểu đồ.</source>
        <translation>Choose an indicator to see its chart.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="276" />
        <source>Đã đạt</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="277" />
        <source>Đúng tiến độ</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="278" />
        <source>Chậm tiến độ</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="279" />
        <source>Lộ trình mục tiêu</source>
        <translation>Target path</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="280" />
        <source>Mục tiêu cuối kỳ</source>
        <translation>Final target</translation>
    </message>
</context>
<context>
    <name>KpiGridModel</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="174" />
        <source>%1
Mục tiêu: %2</source>
        <translation>%1
Target: %2</translation>
    </message>
</context>
<context>
    <name>KpiIndicatorActions</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="62" />
        <source>Chọn từ danh mục…</source>
        <translation>Pick from catalogue…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="63" />
        <source>Thêm chỉ tiêu…</source>
        <translation>Add indicator…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="64" />
        <source>Sửa chỉ tiêu…</source>
        <translation>Edit indicators…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="65" />
        <source>Danh sách xã…</source>
        <translation>Communes…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="66" />
        <source>Báo cáo kết quả…</source>
        <translation>Progress report…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="68" />
        <source>Báo cáo kết quả thực hiện kế hoạch 6 tháng / năm: xem trước, xuất PDF, Excel</source>
        <translation>Six-monthly / yearly progress report of the plan: preview, export PDF, Excel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="71" />
        <source>Thêm chỉ tiêu từ danh mục chỉ tiêu thường dùng trong kế hoạch</source>
        <translation>Add indicators from the catalogue of indicators common in plans</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="73" />
        <source>Thêm một chỉ tiêu riêng của kế hoạch</source>
        <translation>Add an indicator of your own</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="75" />
        <source>Sửa tên, loại, giá trị cơ sở, mục tiêu từng năm; xóa hoặc sắp xếp chỉ tiêu</source>
        <translation>Edit name, kind, baseline and yearly targets; delete or reorder indicators</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="77" />
        <source>Thêm, sửa, xóa xã, thị trấn của huyện</source>
        <translation>Add, edit or remove the district's communes</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="127" />
        <source>Thêm %1 chỉ tiêu</source>
        <translation>Add %1 indicators</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="139" />
        <source>Thêm chỉ tiêu “%1”</source>
        <translation>Add indicator “%1”</translation>
    </message>
</context>
<context>
    <name>KpiIndicatorForm</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="47" />
        <source>Tỷ lệ % (tính từ tử số/mẫu số)</source>
        <translation>Percentage (from numerator/denominator)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="50" />
        <source>Tỷ lệ % (nhập trực tiếp)</source>
        <translation>Percentage (entered directly)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="53" />
        <source>Số lượng</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="54" />
        <source>Tỷ số dạng “x/y” (14/14)</source>
        <translation>Ratio “x/y” (14/14)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="57" />
        <source>Có/Không</source>
        <translation>Yes/No</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="63" />
        <source>Càng cao càng tốt</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="66" />
        <source>Càng thấp càng tốt</source>
        <translation>Lower is better</translation>
    </message>
</context>
<context>
    <name>KpiTracker</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="134" />
        <source>Theo kỳ báo cáo (huyện)</source>
        <translation>By reporting period (district)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="135" />
        <source>Theo xã, thị trấn</source>
        <translation>By commune</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="138" />
        <source>Thêm danh sách xã, thị trấn có sẵn</source>
        <translation>Add the built-in commune list</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="136" />
        <source>Xem:</source>
        <translation>View:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="137" />
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="141" />
        <source>Màu: xanh đậm = đạt, xanh nhạt = đúng tiến độ, đỏ = chậm tiến độ; chữ nghiêng = tổng hợp từ các xã (chỉ xem)</source>
        <translation>Colours: dark green = achieved, light green = on track, red = behind; italics = rolled up from communes (read-only)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="145" />
        <source>Ghi chú của số liệu</source>
        <translation>Note on the figure</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="146" />
        <source>Nguồn số liệu (văn bản, báo cáo …)</source>
        <translation>Source of the figure (document, report …)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="147" />
        <source>Lưu ghi chú</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="150" />
        <source>Cột là số thứ tự chỉ tiêu (di chuột lên tiêu đề để xem tên); bấm vào một ô để mở số liệu của xã.</source>
        <translation>Columns are indicator numbers (hover a header to see the name); click a cell to open the commune’s figures.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="156" />
        <source>Nhập số liệu</source>
        <translation>Enter figures</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="157" />
        <source>Bản đồ nhiệt theo xã</source>
        <translation>Heat map by commune</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="158" />
        <source>Tiến độ nhiệm vụ</source>
        <translation>Task progress</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="159" />
        <source>Số liệu đơn vị cũ (trước 01/07/2025)</source>
        <translation>Former units' figures (before 01/07/2025)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="285" />
        <source>Nhập số liệu chỉ tiêu</source>
        <translation>Enter indicator figure</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="301" />
        <source>Dùng số tổng hợp từ các xã</source>
        <translation>Use the communes' roll-up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="331" />
        <source>Ghi chú số liệu chỉ tiêu</source>
        <translation>Note on indicator figure</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="355" />
        <source>Dán số liệu chỉ tiêu</source>
        <translation>Paste indicator figures</translation>
    </message>
</context>
<context>
    <name>LegalBasesEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/legal_bases_editor.py" line="62" />
        <source>Sửa căn cứ</source>
        <translation>Edit legal bases</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/legal_bases_editor.py" line="73" />
        <source>&amp;Căn cứ ban hành kế hoạch, mỗi dòng một căn cứ (ví dụ: “Căn cứ Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;”):</source>
        <translation>&amp;Legal bases of the plan, one per line (e.g. “Căn cứ Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;”):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/main_window.py" line="282" />
        <source>Không nhập được “%1”: chỉ nhận tệp kế hoạch (.itplan.json), bảng Excel (.xlsx) và tệp trao đổi (.itplan-bundle).</source>
        <translation>Cannot import “%1”: the app takes plan files (.itplan.json), Excel tables (.xlsx) and exchange files (.itplan-bundle).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/main_window.py" line="285" />
        <source>Không nhập được tệp</source>
        <translation>Cannot import the file</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="63" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="66" />
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="81" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="82" />
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="83" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="84" />
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="86" />
        <source>Tạo kế hoạch &amp;mới…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="87" />
        <source>&amp;Mở/nhập tệp kế hoạch…</source>
        <translation>&amp;Open/import plan file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="88" />
        <source>Nhập bảng &amp;Excel…</source>
        <translation>Import &amp;Excel table…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="89" />
        <source>Đóng kế hoạch (về trang đầu)</source>
        <translation>Close plan (back to start)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="90" />
        <source>&amp;Xem trước khi in…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="91" />
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="92" />
        <source>Xuất &amp;PDF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="93" />
        <source>Xuất E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="94" />
        <source>Xuất tệp &amp;kế hoạch…</source>
        <translation>Export plan &amp;file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="95" />
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="96" />
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="97" />
        <source>Bảng &amp;kiểm tra</source>
        <translation>&amp;Findings panel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="98" />
        <source>Lỗi &amp;tiếp theo</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="99" />
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="100" />
        <source>Căn cứ</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="101" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="102" />
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="103" />
        <source>Phụ lục</source>
        <translation>Appendices</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="104" />
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="105" />
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="106" />
        <source>Mở thư mục &amp;nhật ký</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="107" />
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="108" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="112" />
        <source>Đi &amp;tới</source>
        <translation>&amp;Go to</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="30" />
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="31" />
        <source>Căn cứ</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="32" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="33" />
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="34" />
        <source>Phụ lục</source>
        <translation>Appendices</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="35" />
        <source>Chỉ tiêu (%1)</source>
        <translation>Indicators (%1)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="36" />
        <source>Kiểm tra (%1)</source>
        <translation>Check (%1)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="46" />
        <source>Phụ lục %1: %2</source>
        <translation>Appendix %1: %2</translation>
    </message>
</context>
<context>
    <name>NewAppendixDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="48" />
        <source>Thêm phụ lục</source>
        <translation>New appendix</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="58" />
        <source>Tên phụ lục (in dưới dòng “Phụ lục …”)</source>
        <translation>Appendix title (printed under “Phụ lục …”)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="62" />
        <source>&amp;Mẫu bảng:</source>
        <translation>&amp;Table template:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="64" />
        <source>&amp;Tên phụ lục:</source>
        <translation>&amp;Title:</translation>
    </message>
</context>
<context>
    <name>NewIndicatorDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="63" />
        <source>Thêm chỉ tiêu</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="72" />
        <source>Thêm vào kế hoạch</source>
        <translation>Add to the plan</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="261" />
        <source>Tạo kế hoạch mới</source>
        <translation>New plan</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/notices_dialog.py" line="17" />
        <source>Giấy phép phần mềm bên thứ ba</source>
        <translation>Third-party software licences</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/pdf_options_dialog.py" line="24" />
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/pdf_options_dialog.py" line="28" />
        <source>Phông chữ: %1 của hệ thống, được nhúng vào tệp.</source>
        <translation>Font: the system's %1, embedded in the file.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/pdf_options_dialog.py" line="31" />
        <source>Phông chữ: %1, tương thích số đo với Times New Roman (máy không có Times New Roman), được nhúng vào tệp.</source>
        <translation>Font: %1, metric-compatible with Times New Roman (this computer has no Times New Roman), embedded in the file.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/pdf_options_dialog.py" line="36" />
        <source>Bản lưu trữ PDF/A-1b (TCVN 14159-1:2024)</source>
        <translation>Archival copy PDF/A-1b (TCVN 14159-1:2024)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/pdf_options_dialog.py" line="37" />
        <source>Thêm siêu dữ liệu XMP và hồ sơ màu sRGB để lưu trữ lâu dài.</source>
        <translation>Adds XMP metadata and an sRGB colour profile for long-term archiving.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="49" />
        <source>Đơn vị và thời gian</source>
        <translation>Organisation and period</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="50" />
        <source>Kế hoạch của đơn vị nào, cho giai đoạn nào hoặc năm nào?</source>
        <translation>Which organisation is the plan for, and which period or year?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="61" />
        <source>Tìm đơn vị (gõ không dấu được: nhu xuan)</source>
        <translation>Find a unit (accents optional: nhu xuan)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="65" />
        <source>Đây là đơn vị của tôi (chọn sẵn lần sau)</source>
        <translation>This is my unit (chosen by default next time)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="68" />
        <source>Giai đoạn (thường 5 năm)</source>
        <translation>Period (usually 5 years)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="69" />
        <source>Một năm</source>
        <translation>One year</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="96" />
        <source>&amp;Tỉnh, thành phố:</source>
        <translation>&amp;Province or city:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="97" />
        <source>Tì&amp;m:</source>
        <translation>Fin&amp;d:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="98" />
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="111" />
        <source>Năm %1 nằm ngoài khoảng %2–%3.</source>
        <translation>Year %1 is outside %2–%3.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="118" />
        <source>Năm kết thúc (%1) phải từ năm bắt đầu (%2) trở đi.</source>
        <translation>The end year (%1) must not be before the start year (%2).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="144" />
        <source>%1 (đơn vị cũ, đến %2)</source>
        <translation>%1 (former unit, until %2)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="92" />
        <source>Loại kế hoạch:</source>
        <translation>Plan type:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="94" />
        <source>Từ &amp;năm:</source>
        <translation>&amp;From year:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="95" />
        <source>Đến nă&amp;m:</source>
        <translation>&amp;To year:</translation>
    </message>
</context>
<context>
    <name>PlanDeletion</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/plan_deletion.py" line="29" />
        <source>Xóa kế hoạch</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/plan_deletion.py" line="30" />
        <source>Xóa hẳn kế hoạch “%1” (%2) cùng các phụ lục, chỉ tiêu và số liệu của nó?

Một bản sao lưu của cơ sở dữ liệu được giữ lại trước khi xóa.</source>
        <translation>Delete the plan “%1” (%2) with its appendices, indicators and figures?

A backup of the database is kept before deleting.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/plan_deletion.py" line="52" />
        <source>Đã xóa kế hoạch “%1”. Bản sao lưu: %2</source>
        <translation>Deleted the plan “%1”. Backup: %2</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="235" />
        <source>Phụ lục %1</source>
        <translation>Appendix %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="325" />
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="348" />
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="358" />
        <source>Kế hoạch đã thay đổi</source>
        <translation>The plan has changed</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="360" />
        <source>Tải lại bản trên đĩa</source>
        <translation>Reload the stored version</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="361" />
        <source>Giữ bản đang sửa (ghi đè)</source>
        <translation>Keep this version (overwrite)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="379" />
        <source>Tổng kinh phí theo phụ lục: %1 %2 · %3 lỗi, %4 cảnh báo</source>
        <translation>Budget from appendices: %1 %2 · %3 errors, %4 warnings</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="388" />
        <source>Chưa lưu được!</source>
        <translation>Not saved!</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="390" />
        <source>Đang chờ lưu…</source>
        <translation>Saving soon…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="392" />
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="393" />
        <source>Đã lưu lúc %1</source>
        <translation>Saved at %1</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="124" />
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="126" />
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="127" />
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="128" />
        <source>Vừa chiều ngang</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="129" />
        <source>Cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="130" />
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="131" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="137" />
        <source>/ %1 trang</source>
        <translation>/ %1 pages</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="137" />
        <source>Đang tạo PDF…</source>
        <translation>Creating PDF…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/printing.py" line="132" />
        <source>Đang in %1 trang…</source>
        <translation>Printing %1 pages…</translation>
    </message>
</context>
<context>
    <name>ProgressReportWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="138" />
        <source>%1 (có số liệu)</source>
        <translation>%1 (has figures)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="189" />
        <source>%1 chỉ tiêu, %2 nhiệm vụ; %3 trang.</source>
        <translation>%1 indicators, %2 tasks; %3 pages.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="205" />
        <source>Xuất báo cáo kết quả</source>
        <translation>Export the progress report</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="211" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="211" />
        <source>Bảng Excel (*.xlsx)</source>
        <translation>Excel tables (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="229" />
        <source>Đã ghi tệp “%1”.</source>
        <translation>Wrote “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="239" />
        <source>Báo cáo kết quả thực hiện kế hoạch</source>
        <translation>Progress report of the plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="240" />
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="241" />
        <source>&amp;Số:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="242" />
        <source>vd. 12</source>
        <translation>e.g. 12</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="243" />
        <source>&amp;Xem lại</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="244" />
        <source>Xuất &amp;PDF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="245" />
        <source>Xuất &amp;Excel…</source>
        <translation>Export &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="246" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProvinceTables</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_tables.py" line="62" />
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_tables.py" line="89" />
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_tables.py" line="92" />
        <source>Thực hiện / kế hoạch năm %1</source>
        <translation>Actual / target for %1</translation>
    </message>
</context>
<context>
    <name>PublishIndexDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="134" />
        <source>Từ: %1 (mã %2) → Đến: mọi đơn vị của tỉnh</source>
        <translation>From: %1 (code %2) → To: every unit of the province</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="137" />
        <source>Bộ chỉ số “%1”, phiên bản %2: %3 nhóm, %4 chỉ số</source>
        <translation>Index “%1”, version %2: %3 groups, %4 indicators</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="142" />
        <source>Hạn gửi tự đánh giá: %1</source>
        <translation>Self-assessments due: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="146" />
        <source>Dung lượng tệp gửi: %1</source>
        <translation>Bundle size: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="151" />
        <source>Lưu tệp công bố bộ chỉ số</source>
        <translation>Save the index publication file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="180" />
        <source>Đang lưu tệp công bố bộ chỉ số…</source>
        <translation>Saving the index publication file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="185" />
        <source>Đã lưu “%1” (%2).</source>
        <translation>Saved “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="200" />
        <source>Công bố bộ chỉ số cho các đơn vị</source>
        <translation>Publish the index to the units</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="202" />
        <source>Mã tỉnh gửi:</source>
        <translation>Sending province code:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="203" />
        <source>Hạn gửi tự đánh giá:</source>
        <translation>Self-assessments due:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="204" />
        <source>Ghi chú cho đơn vị:</source>
        <translation>Note to the units:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="205" />
        <source>Tóm tắt:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="206" />
        <source>Email các đơn vị:</source>
        <translation>Units' e-mail:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="210" />
        <source>có hạn</source>
        <translation>with a deadline</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="211" />
        <source>để trống: điền khi gửi thư</source>
        <translation>leave empty: fill in when sending</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="213" />
        <source>Tạo thư nháp email (.eml) kèm tệp, để gửi bằng Outlook/Thunderbird</source>
        <translation>Write an e-mail draft (.eml) with the bundle attached, to send with Outlook/Thunderbird</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="215" />
        <source>&amp;Lưu tệp công bố…</source>
        <translation>&amp;Save publication file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="216" />
        <source>Mở thư mục chứa tệp</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="217" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RankingWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="131" />
        <source>Hạng {rank} trong nhóm</source>
        <translation>Rank {rank} in the group</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="160" />
        <source>{delta} điểm; hạng {before} → {now}</source>
        <translation>{delta} points; rank {before} → {now}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="165" />
        <source>Xếp hạng chuyển đổi số — {name}</source>
        <translation>Digital-transformation ranking — {name}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="166" />
        <source>Xếp hạng</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="167" />
        <source>Bản đồ nhiệt theo nhóm</source>
        <translation>Heat map by group</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="171" />
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="172" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="173" />
        <source>Tổng điểm</source>
        <translation>Total points</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="174" />
        <source>Kết quả (0–1)</source>
        <translation>Result (0–1)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="176" />
        <source>So với năm {year}</source>
        <translation>Against {year}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="181" />
        <source>{count} đơn vị, điểm tối đa {max}; {basis}</source>
        <translation>{count} units, maximum {max} points; {basis}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="187" />
        <source>Thẩm định đơn vị đang chọn…</source>
        <translation>Check the selected unit…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="188" />
        <source>Xuất Quyết định công bố (PDF)…</source>
        <translation>Export the publishing decision (PDF)…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="189" />
        <source>Xuất bảng xếp hạng (Excel)…</source>
        <translation>Export the ranking (Excel)…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="202" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="202" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="204" />
        <source>Xuất kết quả xếp hạng</source>
        <translation>Export the ranking</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="213" />
        <source>Đã xuất “{path}”.</source>
        <translation>Exported “{path}”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="237" />
        <source>Hãy chọn một đơn vị trong bảng xếp hạng.</source>
        <translation>Select a unit in the ranking.</translation>
    </message>
</context>
<context>
    <name>ReviewCommentsDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="118" />
        <source>Ý kiến góp ý của tỉnh</source>
        <translation>Province review comments</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="120" />
        <source>Vị trí</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="120" />
        <source>Ý kiến</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="120" />
        <source>Người góp ý</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="120" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="123" />
        <source>%1 ý kiến. Nhấp đúp vào một ý kiến để đến mục hoặc dòng đó.</source>
        <translation>%1 comments. Double-click a comment to go to its section or row.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="126" />
        <source>Chưa nhận được ý kiến góp ý nào cho kế hoạch này.</source>
        <translation>No review comments have been received for this plan.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="127" />
        <source>Đến &amp;vị trí</source>
        <translation>&amp;Go to place</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="128" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="111" />
        <source>Thẩm định kết quả tự đánh giá — {unit}</source>
        <translation>Check of the self-assessment — {unit}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="116" />
        <source>{unit} ({code}), năm {period}</source>
        <translation>{unit} ({code}), year {period}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="122" />
        <source>Mở tệp minh chứng</source>
        <translation>Open the evidence file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="123" />
        <source>Lưu kết quả thẩm định</source>
        <translation>Save the check</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="126" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="127" />
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="128" />
        <source>Đơn vị báo cáo</source>
        <translation>Reported by the unit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="129" />
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="130" />
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="131" />
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="132" />
        <source>Giá trị thẩm định</source>
        <translation>Checked value</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="133" />
        <source>Lý do điều chỉnh</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="134" />
        <source>Chấp nhận</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="215" />
        <source>Chỉ số {code}: hãy ghi lý do điều chỉnh.</source>
        <translation>Indicator {code}: write the reason for the correction.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="248" />
        <source>Tự đánh giá: {own} — sau thẩm định: {checked} / {max}</source>
        <translation>Self-assessed: {own} — after the check: {checked} / {max}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="282" />
        <source>Chỉ số {code} không có tệp minh chứng.</source>
        <translation>Indicator {code} has no evidence file.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="297" />
        <source>Đã lưu kết quả thẩm định.</source>
        <translation>The check was saved.</translation>
    </message>
</context>
<context>
    <name>ReviewWriteDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="219" />
        <source>Đã thêm góp ý; bấm “Gửi góp ý…” để lưu tệp gửi huyện.</source>
        <translation>Comment added; press “Send comments…” to save the file for the district.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="222" />
        <source>Lưu tệp góp ý gửi huyện</source>
        <translation>Save the review comments for the district</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="242" />
        <source>Đang lưu tệp góp ý…</source>
        <translation>Saving the review comments…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="247" />
        <source>Đã lưu “%1” (%2, %3 ý kiến).</source>
        <translation>Saved “%1” (%2, %3 comments).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="268" />
        <source>Góp ý đã viết cho kế hoạch này: %1 (gửi tất cả trong một tệp).</source>
        <translation>Comments written on this plan: %1 (all are sent in one file).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="272" />
        <source>Góp ý kế hoạch của huyện</source>
        <translation>Review a district's plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="274" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Chọn kế hoạch, một mục hoặc một dòng phụ lục rồi viết góp ý.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Choose the plan, a section or an appendix row, then write a comment.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="277" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="278" />
        <source>Phụ lục</source>
        <translation>Appendices</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="279" />
        <source>&amp;Góp ý:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="279" />
        <source>&amp;Người góp ý:</source>
        <translation>&amp;Reviewer:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="279" />
        <source>&amp;Email của huyện:</source>
        <translation>District &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="285" />
        <source>vd. Sở Thông tin và Truyền thông</source>
        <translation>e.g. Department of Information and Communications</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="286" />
        <source>vd. vanphong@nhuxuan.thanhhoa.gov.vn</source>
        <translation>e.g. vanphong@nhuxuan.thanhhoa.gov.vn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="287" />
        <source>&amp;Thêm góp ý</source>
        <translation>&amp;Add comment</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="289" />
        <source>Vị trí</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="289" />
        <source>Ý kiến</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="289" />
        <source>Người góp ý</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="289" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="291" />
        <source>Tạo thư nháp email (.eml) kèm tệp</source>
        <translation>Write an e-mail draft (.eml) with the file attached</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="292" />
        <source>Gửi &amp;góp ý…</source>
        <translation>&amp;Send comments…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="293" />
        <source>Mở thư mục chứa tệp</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="294" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RollupNotice</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/rollup_notice.py" line="73" />
        <source>Dùng số tổng hợp từ các xã</source>
        <translation>Use the communes' roll-up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/rollup_notice.py" line="74" />
        <source>Giữ số của huyện</source>
        <translation>Keep the district's figure</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/rollup_notice.py" line="81" />
        <source>Chỉ tiêu “%1”, %2: huyện đã nhập %3, số tổng hợp từ các xã là %4. Đang dùng số của huyện.</source>
        <translation>Indicator “%1”, %2: the district entered %3, its communes roll up to %4. The district's figure is used.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/rollup_notice.py" line="90" />
        <source>(và %1 chỗ khác như vậy)</source>
        <translation>(and %1 more like this)</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="179" />
        <source>Sửa nội dung mục “%1”</source>
        <translation>Edit text of “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="192" />
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="201" />
        <source>Mục mới</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="231" />
        <source>Thụt mục “%1” vào</source>
        <translation>Indent “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="242" />
        <source>Đưa mục “%1” ra ngoài</source>
        <translation>Outdent “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="252" />
        <source>Thêm mục</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="252" />
        <source>Thêm mục ngay sau mục đang chọn</source>
        <translation>Add a section after the selected one</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="253" />
        <source>Thêm mục con</source>
        <translation>Add subsection</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="253" />
        <source>Thêm mục con vào cuối mục đang chọn</source>
        <translation>Add a subsection at the end of the selected section</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="254" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="254" />
        <source>Xóa mục đang chọn</source>
        <translation>Delete the selected section</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="255" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="255" />
        <source>Đưa mục lên trên</source>
        <translation>Move the section up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="256" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="256" />
        <source>Đưa mục xuống dưới</source>
        <translation>Move the section down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="257" />
        <source>Thụt vào</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="257" />
        <source>Thành mục con của mục phía trên</source>
        <translation>Make it a subsection of the section above</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="258" />
        <source>Lùi ra</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="258" />
        <source>Ra ngoài một cấp</source>
        <translation>Move out one level</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="266" />
        <source>&amp;Tên mục:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="267" />
        <source>&amp;Nội dung:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="270" />
        <source>Mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” hoặc “+ ” là gạch đầu dòng cấp 1, cấp 2. Văn bản dán vào được sửa bảng mã (TCVN3, VNI) và lỗi chữ “ƣ”.</source>
        <translation>One paragraph per line; lines starting with “- ” or “+ ” are first- and second-level bullets. Pasted text is repaired (TCVN3, VNI encodings and the “ƣ” error).</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_model.py" line="126" />
        <source>Mục kinh phí: in phần tổng hợp kinh phí trước nội dung</source>
        <translation>Budget section: the budget summary prints before its text</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_model.py" line="229" />
        <source>Thêm mục “%1”</source>
        <translation>Add section “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_model.py" line="241" />
        <source>Xóa mục “%1”</source>
        <translation>Delete section “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_model.py" line="262" />
        <source>Di chuyển mục “%1”</source>
        <translation>Move section “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_model.py" line="274" />
        <source>Sửa tên mục “%1”</source>
        <translation>Rename section “%1”</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="161" />
        <source>Tự đánh giá chuyển đổi số — {name}</source>
        <translation>Digital-transformation self-assessment — {name}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="163" />
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="164" />
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="165" />
        <source>Năm đánh giá:</source>
        <translation>Year assessed:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="166" />
        <source>Đính kèm tệp minh chứng…</source>
        <translation>Attach evidence file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="167" />
        <source>Lưu tệp tự đánh giá…</source>
        <translation>Save assessment file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="168" />
        <source>Xuất báo cáo tự đánh giá…</source>
        <translation>Export the self-assessment report…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="169" />
        <source>Lấy số liệu từ theo dõi chỉ tiêu</source>
        <translation>Take the figures from the KPI tracker</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="170" />
        <source>Gửi lên tỉnh…</source>
        <translation>Send to the province…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="174" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="175" />
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="176" />
        <source>Điểm tối đa</source>
        <translation>Max points</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="177" />
        <source>Giá trị / tử số</source>
        <translation>Value / numerator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="178" />
        <source>Mẫu số</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="179" />
        <source>Số văn bản</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="180" />
        <source>Ngày văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="181" />
        <source>Liên kết</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="182" />
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="183" />
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="184" />
        <source>Mất điểm</source>
        <translation>Points lost</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="201" />
        <source>Hạn gửi kết quả tự đánh giá về tỉnh: {date}</source>
        <translation>Self-assessment due at the province: {date}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="213" />
        <source>Nhập tử số và mẫu số; điểm = tử số / mẫu số × điểm tối đa.</source>
        <translation>Enter numerator and denominator; points = numerator / denominator × max points.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="216" />
        <source>từ {at} được {points} điểm</source>
        <translation>from {at}: {points} points</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="221" />
        <source>Theo ngưỡng: {steps}.</source>
        <translation>By thresholds: {steps}.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="223" />
        <source>Nhập “có” hoặc “không”.</source>
        <translation>Enter “có” (yes) or “không” (no).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="225" />
        <source>Nhập số lượng; đạt {target} được điểm tối đa.</source>
        <translation>Enter the count; {target} earns the maximum.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="228" />
        <source>Điểm do Sở Khoa học và Công nghệ thẩm định.</source>
        <translation>Points set by the Department of Science and Technology.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="308" />
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="561" />
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="308" />
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="561" />
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="352" />
        <source>“{text}” không phải là ngày (viết 15/3/2026).</source>
        <translation>“{text}” is not a date (write 15/3/2026).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="371" />
        <source>Chưa nhập giá trị</source>
        <translation>No value entered</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="385" />
        <source>Tổng điểm: {points} / {max} ({fraction})</source>
        <translation>Total: {points} / {max} ({fraction})</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="409" />
        <source>tệp đính kèm quá lớn (tối đa {limit} MB)</source>
        <translation>the attachment is too large (at most {limit} MB)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="425" />
        <source>Hãy chọn một chỉ số trước khi đính kèm tệp.</source>
        <translation>Select an indicator before attaching a file.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="427" />
        <source>Chọn tệp minh chứng</source>
        <translation>Choose an evidence file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="473" />
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="505" />
        <source>chưa nhập mã đơn vị</source>
        <translation>no unit code entered</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="483" />
        <source>Lưu tệp tự đánh giá</source>
        <translation>Save assessment file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="483" />
        <source>Tệp tự đánh giá (*.json)</source>
        <translation>Assessment files (*.json)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="492" />
        <source>Đã lưu “{path}”.</source>
        <translation>Saved “{path}”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="518" />
        <source>chưa nhập mã và tên đơn vị</source>
        <translation>no unit code and name entered</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="528" />
        <source>Xuất báo cáo tự đánh giá</source>
        <translation>Export the self-assessment report</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="530" />
        <source>Tệp PDF (*.pdf);;Tệp Excel (*.xlsx)</source>
        <translation>PDF files (*.pdf);;Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="539" />
        <source>Đã xuất “{path}”.</source>
        <translation>Exported “{path}”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="571" />
        <source>Đã lấy {count} giá trị từ theo dõi chỉ tiêu; hãy kiểm tra trước khi gửi.</source>
        <translation>Took {count} values from the KPI tracker; check them before sending.</translation>
    </message>
</context>
<context>
    <name>SendAssessmentDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="106" />
        <source>Từ: %1 (mã %2) → Đến: %3</source>
        <translation>From: %1 (code %2) → To: %3</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="110" />
        <source>Tự đánh giá năm %1 theo “%2”: %3 chỉ số có giá trị hoặc minh chứng</source>
        <translation>Self-assessment %1 against “%2”: %3 indicators with a value or evidence</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="114" />
        <source>Tệp minh chứng: %1 tệp, %2</source>
        <translation>Evidence files: %1 files, %2</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="118" />
        <source>Dung lượng tệp gửi: %1</source>
        <translation>Bundle size: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="123" />
        <source>Lưu tệp gửi lên tỉnh</source>
        <translation>Save the bundle for the province</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="152" />
        <source>Đang lưu tệp gửi lên tỉnh…</source>
        <translation>Saving the bundle for the province…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="157" />
        <source>Đã lưu “%1” (%2).</source>
        <translation>Saved “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="177" />
        <source>Gửi kết quả tự đánh giá lên tỉnh</source>
        <translation>Send the self-assessment to the province</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="178" />
        <source>Tóm tắt:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="179" />
        <source>&amp;Email của tỉnh:</source>
        <translation>Province &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="181" />
        <source>vd. cntt@thanhhoa.gov.vn</source>
        <translation>e.g. cntt@thanhhoa.gov.vn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="183" />
        <source>Tạo thư nháp email (.eml) kèm tệp, để gửi bằng Outlook/Thunderbird</source>
        <translation>Write an e-mail draft (.eml) with the bundle attached, to send with Outlook/Thunderbird</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="185" />
        <source>&amp;Lưu tệp gửi…</source>
        <translation>&amp;Save bundle…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="186" />
        <source>Mở thư mục chứa tệp</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="187" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SendBundleDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="156" />
        <source>Từ: %1 (mã %2) → Đến: %3</source>
        <translation>From: %1 (code %2) → To: %3</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="160" />
        <source>Kế hoạch “%1”, lần sửa %2</source>
        <translation>Plan “%1”, revision %2</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="163" />
        <source>Nội dung: %1 phần (%2 tệp đính kèm); số liệu thực hiện: %3</source>
        <translation>Contents: %1 parts (%2 attachments); actual values: %3</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="168" />
        <source>Dung lượng tệp gửi: %1</source>
        <translation>Bundle size: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="175" />
        <source>Chọn tệp đính kèm</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="175" />
        <source>Mọi tệp (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="180" />
        <source>Lưu tệp gửi lên tỉnh</source>
        <translation>Save the bundle for the province</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="223" />
        <source>Đang lưu tệp gửi lên tỉnh…</source>
        <translation>Saving the bundle for the province…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="228" />
        <source>Đã lưu “%1” (%2).</source>
        <translation>Saved “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="249" />
        <source>Gửi lên tỉnh</source>
        <translation>Send to the province</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="254" />
        <source>Kế hoạch:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="255" />
        <source>&amp;Loại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="256" />
        <source>Tệp đính kèm
(vd. bản quét có chữ ký):</source>
        <translation>Attachments
(e.g. the signed scan):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="257" />
        <source>Tóm tắt:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="258" />
        <source>&amp;Email của tỉnh:</source>
        <translation>Province &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="264" />
        <source>&amp;Thêm tệp…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="265" />
        <source>&amp;Bỏ tệp</source>
        <translation>&amp;Remove file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="266" />
        <source>vd. cntt@thanhhoa.gov.vn</source>
        <translation>e.g. cntt@thanhhoa.gov.vn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="268" />
        <source>Tạo thư nháp email (.eml) kèm tệp, để gửi bằng Outlook/Thunderbird</source>
        <translation>Write an e-mail draft (.eml) with the bundle attached, to send with Outlook/Thunderbird</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="270" />
        <source>&amp;Lưu tệp gửi…</source>
        <translation>&amp;Save bundle…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="271" />
        <source>Mở thư mục chứa tệp</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="272" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SendTemplateDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="146" />
        <source>Cơ sở dữ liệu chưa có kế hoạch nào để làm mẫu.</source>
        <translation>The database has no plan to use as a template.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="159" />
        <source>Giai đoạn %1-%2; đề cương %3 mục; %4 chỉ tiêu (%5 có chỉ tiêu kế hoạch).</source>
        <translation>Period %1-%2; outline of %3 sections; %4 indicators (%5 with targets).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="165" />
        <source>Một tệp cho mọi huyện của tỉnh; dung lượng %1.</source>
        <translation>One file for every district of the province; size %1.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="173" />
        <source>Lưu tệp mẫu kế hoạch gửi các huyện</source>
        <translation>Save the plan template for the districts</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="192" />
        <source>Đang lưu tệp mẫu kế hoạch…</source>
        <translation>Saving the plan template…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="197" />
        <source>Đã lưu “%1” (%2). Gửi tệp này cho các huyện.</source>
        <translation>Saved “%1” (%2). Send this file to the districts.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="212" />
        <source>Gửi mẫu kế hoạch cho các huyện</source>
        <translation>Send the plan template to the districts</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="214" />
        <source>&amp;Kế hoạch làm mẫu:</source>
        <translation>&amp;Template plan:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="215" />
        <source>Nội dung:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="216" />
        <source>Hạn gửi:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="217" />
        <source>&amp;Ghi chú:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="218" />
        <source>&amp;Email các huyện:</source>
        <translation>Districts' &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="225" />
        <source>Các huyện gửi kế hoạch trước ngày</source>
        <translation>Districts send their plans before</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="226" />
        <source>vd. Gửi bản có chữ ký kèm bản quét.</source>
        <translation>e.g. Attach the signed scan.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="227" />
        <source>Có thể để trống và điền khi gửi thư</source>
        <translation>May be left empty and filled in when sending</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="228" />
        <source>Tạo thư nháp email (.eml) kèm tệp</source>
        <translation>Write an e-mail draft (.eml) with the file attached</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="229" />
        <source>&amp;Lưu tệp mẫu…</source>
        <translation>&amp;Save template file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="230" />
        <source>Mở thư mục chứa tệp</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="231" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="120" />
        <source>Mật khẩu cần ít nhất %1 ký tự.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="124" />
        <source>Hai lần nhập mật khẩu chưa giống nhau.</source>
        <translation>The two entries do not match yet.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="146" />
        <source>Đặt mật khẩu cho khóa ký</source>
        <translation>Set the signing key's passphrase</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="149" />
        <source>Mật khẩu bảo vệ khóa ký khi máy tính bị người khác sử dụng. Khóa và dấu vân tay không đổi. Hãy ghi nhớ mật khẩu: không có nó thì máy này không ký được tệp gửi đi.</source>
        <translation>A passphrase protects the signing key when someone else uses this computer. The key and its fingerprint stay the same. Remember it: without it this computer cannot sign what it sends.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="154" />
        <source>Mật khẩu &amp;mới:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="155" />
        <source>&amp;Nhập lại:</source>
        <translation>&amp;Repeat:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.ui" line="6" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="10" />
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="12" />
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="14" />
        <source>Tệp nhật ký:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="18" />
        <source>Văn bản in ra luôn bằng tiếng Việt, dù giao diện dùng ngôn ngữ nào.</source>
        <translation>Printed documents are always in Vietnamese, whatever the interface language.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="149" />
        <source>Kế hoạch ứng dụng công nghệ thông tin</source>
        <translation>IT application plans</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="150" />
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="151" />
        <source>&amp;Các kế hoạch (%n)</source>
        <translation>
            <numerusform>&amp;Plans (%n)</numerusform>
            <numerusform>&amp;Plans (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="153" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="153" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="153" />
        <source>Giai đoạn</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="153" />
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="155" />
        <source>Tạo kế hoạch mới…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="156" />
        <source>Mở kế hoạch</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="157" />
        <source>Nhập tệp kế hoạch…</source>
        <translation>Import plan file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="158" />
        <source>Nhập bảng Excel…</source>
        <translation>Import Excel table…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="159" />
        <source>Xóa kế hoạch…</source>
        <translation>Delete plan…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../itplan_desktop/gui/tasks.py" line="69" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/tasks.py" line="70" />
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/tasks.py" line="87" />
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TaskProgressModel</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="271" />
        <source>Phụ lục %1: %2</source>
        <translation>Appendix %1: %2</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="308" />
        <source>Kế hoạch vốn
(%1)</source>
        <translation>Planned funds
(%1)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="310" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="310" />
        <source>Nhiệm vụ, dự án</source>
        <translation>Task, project</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="310" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="313" />
        <source>Giải ngân
%1</source>
        <translation>Disbursed
%1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="314" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TaskProgressView</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tasks_view.py" line="99" />
        <source>Cập nhật tiến độ nhiệm vụ</source>
        <translation>Update task progress</translation>
    </message>
</context>
<context>
    <name>TotalRowsDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="37" />
        <source>Các dòng tổng phía trên “Tổng cộng”</source>
        <translation>Total rows above “Tổng cộng”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="44" />
        <source>Tên dòng</source>
        <translation>Row label</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="44" />
        <source>Nguồn vốn</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="44" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="52" />
        <source>Thêm dòng</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="53" />
        <source>Mỗi nguồn vốn một dòng</source>
        <translation>One row per source</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="54" />
        <source>Mỗi năm một dòng</source>
        <translation>One row per year</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="55" />
        <source>Xóa dòng</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="56" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="57" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="72" />
        <source>Mỗi dòng cộng các số tiền thuộc nguồn vốn và năm đã chọn (để trống: mọi nguồn, mọi năm); in theo thứ tự này, ngay trên dòng “Tổng cộng”.</source>
        <translation>Each row adds up the amounts of the chosen source and year (empty: every source, every year); printed in this order, just above “Tổng cộng”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="89" />
        <source>(mọi nguồn)</source>
        <translation>(every source)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="97" />
        <source>(mọi năm)</source>
        <translation>(every year)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="126" />
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="153" />
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>UnlockKeyDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="90" />
        <source>Mở khóa ký</source>
        <translation>Unlock the signing key</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="93" />
        <source>Khóa dùng để ký các tệp gửi đi được bảo vệ bằng mật khẩu. Hãy nhập mật khẩu (chỉ hỏi một lần cho đến khi đóng chương trình).</source>
        <translation>The key that signs the files you send is protected by a passphrase. Enter it (asked once until the program is closed).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="97" />
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
</context>
</TS>