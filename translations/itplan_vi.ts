<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name>AppendixCommands</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="34" />
        <source>Sửa ô</source>
        <translation>Sửa ô</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="36" />
        <source>Dán {n} ô</source>
        <translation>Dán {n} ô</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="77" />
        <source>Ghi số liệu trên văn bản</source>
        <translation>Ghi số liệu trên văn bản</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="92" />
        <source>Chèn nhóm</source>
        <translation>Chèn nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="94" />
        <source>Chèn dòng</source>
        <translation>Chèn dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="97" />
        <source>Chèn {n} dòng</source>
        <translation>Chèn {n} dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="114" />
        <source>Xóa dòng</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="116" />
        <source>Xóa {n} dòng</source>
        <translation>Xóa {n} dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="135" />
        <source>Chuyển dòng lên</source>
        <translation>Chuyển dòng lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="137" />
        <source>Chuyển dòng xuống</source>
        <translation>Chuyển dòng xuống</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="169" />
        <source>tự động</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="174" />
        <source>Đổi số chữ số thập phân: {decimals}</source>
        <translation>Đổi số chữ số thập phân: {decimals}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="191" />
        <source>Đổi đơn vị tính: {unit}</source>
        <translation>Đổi đơn vị tính: {unit}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="215" />
        <source>Sửa bố cục cột</source>
        <translation>Sửa bố cục cột</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/commands.py" line="231" />
        <source>Sửa các dòng tổng</source>
        <translation>Sửa các dòng tổng</translation>
    </message>
</context>
<context>
    <name>AppendixEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="40" />
        <source>Chèn dòng</source>
        <translation>Chèn dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="41" />
        <source>Chèn nhóm</source>
        <translation>Chèn nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="42" />
        <source>Xóa dòng</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="43" />
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="44" />
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="45" />
        <source>Giảm lề</source>
        <translation>Giảm lề</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="46" />
        <source>Thụt lề</source>
        <translation>Thụt lề</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="47" />
        <source>Dòng ↔ nhóm</source>
        <translation>Dòng ↔ nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="48" />
        <source>Chép</source>
        <translation>Chép</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="49" />
        <source>Dán</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="50" />
        <source>Xóa nội dung ô</source>
        <translation>Xóa nội dung ô</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="51" />
        <source>Bố cục cột…</source>
        <translation>Bố cục cột…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="52" />
        <source>Dòng tổng…</source>
        <translation>Dòng tổng…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="53" />
        <source>Thứ tự gốc</source>
        <translation>Thứ tự gốc</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="54" />
        <source>Tìm</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="66" />
        <source>Đơn vị tính (chỉ đổi cách hiển thị, không đổi số liệu)</source>
        <translation>Đơn vị tính (chỉ đổi cách hiển thị, không đổi số liệu)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="70" />
        <source> Đơn vị: </source>
        <translation> Đơn vị: </translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="71" />
        <source> Số lẻ: </source>
        <translation> Số lẻ: </translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="72" />
        <source>tự động</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="74" />
        <source>Số chữ số thập phân khi hiển thị và in (tự động: tỷ đồng 3 chữ số, đơn vị khác đủ số chữ số của giá trị); không đổi số liệu</source>
        <translation>Số chữ số thập phân khi hiển thị và in (tự động: tỷ đồng 3 chữ số, đơn vị khác đủ số chữ số của giá trị); không đổi số liệu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/toolbar.py" line="81" />
        <source>Lọc (gõ không dấu được)…</source>
        <translation>Lọc (gõ không dấu được)…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="287" />
        <source>Chưa sửa ô: số «{t}» không rõ nghĩa.</source>
        <translation>Chưa sửa ô: số «{t}» không rõ nghĩa.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="292" />
        <source>{message} Ô giữ giá trị cũ.</source>
        <translation>{message} Ô giữ giá trị cũ.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="336" />
        <source>Số không rõ nghĩa</source>
        <translation>Số không rõ nghĩa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="338" />
        <source>«{t}» có thể hiểu theo hai cách. Bạn muốn nhập số nào?</source>
        <translation>«{t}» có thể hiểu theo hai cách. Bạn muốn nhập số nào?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="354" />
        <source>Cách viết số khi dán</source>
        <translation>Cách viết số khi dán</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="358" />
        <source>Các số {sample} có thể hiểu theo hai cách. Dấu phẩy trong dữ liệu dán là gì?</source>
        <translation>Các số {sample} có thể hiểu theo hai cách. Dấu phẩy trong dữ liệu dán là gì?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="362" />
        <source>Dấu thập phân (kiểu Việt Nam: 1,5)</source>
        <translation>Dấu thập phân (kiểu Việt Nam: 1,5)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/editor.py" line="365" />
        <source>Phân cách hàng nghìn (kiểu Anh: 1,500)</source>
        <translation>Phân cách hàng nghìn (kiểu Anh: 1,500)</translation>
    </message>
</context>
<context>
    <name>AppendixList</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="247" />
        <source>Phụ lục</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list_commands.py" line="22" />
        <source>Thêm phụ lục “%1”</source>
        <translation>Thêm phụ lục “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list_commands.py" line="45" />
        <source>Xóa phụ lục “%1”</source>
        <translation>Xóa phụ lục “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list_commands.py" line="69" />
        <source>Đổi tên phụ lục: %1</source>
        <translation>Đổi tên phụ lục: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list_commands.py" line="91" />
        <source>Chuyển phụ lục lên</source>
        <translation>Chuyển phụ lục lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list_commands.py" line="93" />
        <source>Chuyển phụ lục xuống</source>
        <translation>Chuyển phụ lục xuống</translation>
    </message>
</context>
<context>
    <name>AppendixListActions</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="124" />
        <source>Thêm phụ lục…</source>
        <translation>Thêm phụ lục…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="125" />
        <source>Đổi tên phụ lục…</source>
        <translation>Đổi tên phụ lục…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="126" />
        <source>Xóa phụ lục…</source>
        <translation>Xóa phụ lục…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="127" />
        <source>Chuyển phụ lục lên</source>
        <translation>Chuyển phụ lục lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="128" />
        <source>Chuyển phụ lục xuống</source>
        <translation>Chuyển phụ lục xuống</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="131" />
        <source>+ Phụ lục</source>
        <translation>+ Phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="132" />
        <source>Đổi tên</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="133" />
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="205" />
        <source>Đổi tên phụ lục</source>
        <translation>Đổi tên phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="206" />
        <source>Tên phụ lục:</source>
        <translation>Tên phụ lục:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="225" />
        <source>Xóa phụ lục</source>
        <translation>Xóa phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="226" />
        <source>Xóa phụ lục “%1” (%2 dòng)? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Xóa phụ lục “%1” (%2 dòng)? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>AppendixPaste</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="61" />
        <source>Đã chép {n} ô.</source>
        <translation>Đã chép {n} ô.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="141" />
        <source>Bộ nhớ tạm không có dữ liệu để dán.</source>
        <translation>Bộ nhớ tạm không có dữ liệu để dán.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="151" />
        <source>Đã hủy dán.</source>
        <translation>Đã hủy dán.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="167" />
        <source>Đang đọc {n} ô từ bộ nhớ tạm…</source>
        <translation>Đang đọc {n} ô từ bộ nhớ tạm…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="183" />
        <source>Đã dán {n} ô.</source>
        <translation>Đã dán {n} ô.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="186" />
        <source>{n} ô không dán được (giữ giá trị cũ):</source>
        <translation>{n} ô không dán được (giữ giá trị cũ):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="193" />
        <source>• Dòng {row}, cột «{column}»: {message}</source>
        <translation>• Dòng {row}, cột «{column}»: {message}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="199" />
        <source>• … và {n} ô khác.</source>
        <translation>• … và {n} ô khác.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="205" />
        <source>{n} ô tính tự động hoặc cột TT được bỏ qua.</source>
        <translation>{n} ô tính tự động hoặc cột TT được bỏ qua.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="211" />
        <source>{n} cột thừa bên phải bị bỏ qua.</source>
        <translation>{n} cột thừa bên phải bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/paste.py" line="233" />
        <source>Xóa nội dung {n} ô</source>
        <translation>Xóa nội dung {n} ô</translation>
    </message>
</context>
<context>
    <name>AppendixRows</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="93" />
        <source>Chọn dòng cần xóa (dòng Tổng cộng không xóa được).</source>
        <translation>Chọn dòng cần xóa (dòng Tổng cộng không xóa được).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="109" />
        <source>Bảng đang sắp xếp để xem: hãy bỏ sắp xếp rồi mới chuyển dòng.</source>
        <translation>Bảng đang sắp xếp để xem: hãy bỏ sắp xếp rồi mới chuyển dòng.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="119" />
        <source>Chỉ chuyển được các dòng liền nhau.</source>
        <translation>Chỉ chuyển được các dòng liền nhau.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="146" />
        <source>Dòng đã ở mức thụt lề giới hạn.</source>
        <translation>Dòng đã ở mức thụt lề giới hạn.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="150" />
        <source>Thụt lề dòng</source>
        <translation>Thụt lề dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="152" />
        <source>Giảm thụt lề dòng</source>
        <translation>Giảm thụt lề dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/rows.py" line="169" />
        <source>Chuyển dòng ↔ nhóm</source>
        <translation>Chuyển dòng ↔ nhóm</translation>
    </message>
</context>
<context>
    <name>AppendixTableModel</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/model.py" line="175" />
        <source>Số ghi trên văn bản: {stated} — số tính được: {value} ({unit})</source>
        <translation>Số ghi trên văn bản: {stated} — số tính được: {value} ({unit})</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/model.py" line="195" />
        <source>Các cột chi tiết cộng được {parts}, khác {whole} ({unit})</source>
        <translation>Các cột chi tiết cộng được {parts}, khác {whole} ({unit})</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/model.py" line="258" />
        <source>Ô tính tự động, không sửa trực tiếp.</source>
        <translation>Ô tính tự động, không sửa trực tiếp.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/model.py" line="263" />
        <source>Chi tiết của cột “{column}”: không cộng vào tổng của dòng.</source>
        <translation>Chi tiết của cột “{column}”: không cộng vào tổng của dòng.</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/body_edit.py" line="62" />
        <source>Chuyển bảng mã?</source>
        <translation>Chuyển bảng mã?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/body_edit.py" line="64" />
        <source>Văn bản vừa dán có thể được gõ bằng bảng mã cũ (%1, độ tin cậy %2%). Chuyển sang Unicode?</source>
        <translation>Văn bản vừa dán có thể được gõ bằng bảng mã cũ (%1, độ tin cậy %2%). Chuyển sang Unicode?</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="100" />
        <source>Sửa câu tổng kinh phí</source>
        <translation>Sửa câu tổng kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="106" />
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="262" />
        <source>Sửa số tiền bằng chữ</source>
        <translation>Sửa số tiền bằng chữ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="147" />
        <source>%1 %2 (chênh lệch so với kế hoạch: %3)</source>
        <translation>%1 %2 (chênh lệch so với kế hoạch: %3)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="222" />
        <source>Dòng này được đối chiếu với số của nguồn vốn này trong các phụ lục</source>
        <translation>Dòng này được đối chiếu với số của nguồn vốn này trong các phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="232" />
        <source>Đổi nguồn vốn “%1”: %2</source>
        <translation>Đổi nguồn vốn “%1”: %2</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="257" />
        <source>Sửa tổng kinh phí</source>
        <translation>Sửa tổng kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="286" />
        <source>Sửa dòng kinh phí</source>
        <translation>Sửa dòng kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="277" />
        <source>Sửa số kinh phí “%1”</source>
        <translation>Sửa số kinh phí “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="307" />
        <source>Thêm dòng kinh phí: %1</source>
        <translation>Thêm dòng kinh phí: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="316" />
        <source>Xóa dòng kinh phí</source>
        <translation>Xóa dòng kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="339" />
        <source>Câu &amp;dẫn:</source>
        <translation>Câu &amp;dẫn:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="340" />
        <source>&amp;Tổng kinh phí (%1):</source>
        <translation>&amp;Tổng kinh phí (%1):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="341" />
        <source>Bằng chữ (tự động):</source>
        <translation>Bằng chữ (tự động):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="342" />
        <source>Bằng &amp;chữ ghi trong kế hoạch:</source>
        <translation>Bằng &amp;chữ ghi trong kế hoạch:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="343" />
        <source>Các phụ lục cộng được:</source>
        <translation>Các phụ lục cộng được:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="347" />
        <source>Dùng chữ tự động</source>
        <translation>Dùng chữ tự động</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="348" />
        <source>Chia theo nguồn vốn:</source>
        <translation>Chia theo nguồn vốn:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="351" />
        <source>Nguồn vốn</source>
        <translation>Nguồn vốn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="352" />
        <source>Đối chiếu với</source>
        <translation>Đối chiếu với</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="353" />
        <source>Ghi trong kế hoạch</source>
        <translation>Ghi trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="354" />
        <source>Phụ lục cộng được</source>
        <translation>Phụ lục cộng được</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="355" />
        <source>Chênh lệch</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="358" />
        <source>Thêm dòng</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/budget_editor.py" line="360" />
        <source>Xóa dòng</source>
        <translation>Xóa dòng</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="49" />
        <source>Chọn chỉ tiêu từ danh mục</source>
        <translation>Chọn chỉ tiêu từ danh mục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="52" />
        <source>Tìm theo tên, nhóm hoặc mã chỉ tiêu (gõ không dấu cũng được)</source>
        <translation>Tìm theo tên, nhóm hoặc mã chỉ tiêu (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="60" />
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="61" />
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="62" />
        <source>Mục tiêu năm %1</source>
        <translation>Mục tiêu năm %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="89" />
        <source>Thêm vào kế hoạch</source>
        <translation>Thêm vào kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="94" />
        <source>Đánh dấu các chỉ tiêu cần đưa vào kế hoạch; bấm đúp vào cột mục tiêu để sửa (có thể sửa lại sau trong “Sửa chỉ tiêu…”).</source>
        <translation>Đánh dấu các chỉ tiêu cần đưa vào kế hoạch; bấm đúp vào cột mục tiêu để sửa (có thể sửa lại sau trong “Sửa chỉ tiêu…”).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="131" />
        <source>đã có trong kế hoạch</source>
        <translation>đã có trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/catalogue_dialog.py" line="184" />
        <source>Đã chọn %1 chỉ tiêu.</source>
        <translation>Đã chọn %1 chỉ tiêu.</translation>
    </message>
</context>
<context>
    <name>ColumnLayoutDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="82" />
        <source>Bố cục cột của phụ lục</source>
        <translation>Bố cục cột của phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="94" />
        <source>Tiêu đề (các tầng cách nhau bởi « &gt; »)</source>
        <translation>Tiêu đề (các tầng cách nhau bởi « &gt; »)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="95" />
        <source>Kiểu</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="96" />
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="97" />
        <source>Là chi tiết của cột</source>
        <translation>Là chi tiết của cột</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="98" />
        <source>Cách chia</source>
        <translation>Cách chia</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="99" />
        <source>Độ rộng</source>
        <translation>Độ rộng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="110" />
        <source>Thêm cột chữ</source>
        <translation>Thêm cột chữ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="111" />
        <source>Thêm cột tiền</source>
        <translation>Thêm cột tiền</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="112" />
        <source>Xóa cột</source>
        <translation>Xóa cột</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="113" />
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="114" />
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="126" />
        <source>Thêm cột năm</source>
        <translation>Thêm cột năm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="128" />
        <source>Năm:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="132" />
        <source>Tách các năm theo nguồn vốn:</source>
        <translation>Tách các năm theo nguồn vốn:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="139" />
        <source>Tách</source>
        <translation>Tách</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="180" />
        <source>nguồn, giai đoạn …</source>
        <translation>nguồn, giai đoạn …</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="239" />
        <source>Cột mới</source>
        <translation>Cột mới</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/column_layout_dialog.py" line="242" />
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
</context>
<context>
    <name>CommuneListDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="62" />
        <source>Danh sách xã, thị trấn của %1</source>
        <translation>Danh sách xã, thị trấn của %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="64" />
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="64" />
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="64" />
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="79" />
        <source>Thêm xã mới</source>
        <translation>Thêm xã mới</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="80" />
        <source>Lưu thay đổi</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="81" />
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="82" />
        <source>Thêm danh sách có sẵn</source>
        <translation>Thêm danh sách có sẵn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="97" />
        <source>Mã:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="98" />
        <source>Loại:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="99" />
        <source>Tên:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="107" />
        <source>Mã là mã đơn vị hành chính (tối đa 20 ký tự). Chỉ đổi mã hoặc xóa được xã chưa có số liệu.</source>
        <translation>Mã là mã đơn vị hành chính (tối đa 20 ký tự). Chỉ đổi mã hoặc xóa được xã chưa có số liệu.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="140" />
        <source>Đã có số liệu: không đổi mã, không xóa được.</source>
        <translation>Đã có số liệu: không đổi mã, không xóa được.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="146" />
        <source>%1 xã, thị trấn</source>
        <translation>%1 xã, thị trấn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/commune_dialog.py" line="220" />
        <source>Đã thêm %1 xã, thị trấn.</source>
        <translation>Đã thêm %1 xã, thị trấn.</translation>
    </message>
</context>
<context>
    <name>ConsolidationWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="215" />
        <source>Nhập kỳ dạng 2016 hoặc 2016-H1.</source>
        <translation>Nhập kỳ dạng 2016 hoặc 2016-H1.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="220" />
        <source>%1 chỉ tiêu × %2 huyện; mỗi ô: thực hiện / kế hoạch.</source>
        <translation>%1 chỉ tiêu × %2 huyện; mỗi ô: thực hiện / kế hoạch.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="245" />
        <source>Xuất bảng tổng hợp</source>
        <translation>Xuất bảng tổng hợp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="259" />
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="288" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="263" />
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="288" />
        <source>Bảng Excel (*.xlsx)</source>
        <translation>Bảng Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="274" />
        <source>Đang xuất bảng tổng hợp…</source>
        <translation>Đang xuất bảng tổng hợp…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="278" />
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="302" />
        <source>Đã ghi tệp “%1”.</source>
        <translation>Đã ghi tệp “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="298" />
        <source>Đang xuất bảng so sánh chỉ tiêu…</source>
        <translation>Đang xuất bảng so sánh chỉ tiêu…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="317" />
        <source>Tổng hợp kế hoạch các đơn vị</source>
        <translation>Tổng hợp kế hoạch các đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="168" />
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="322" />
        <source>Mọi nguồn vốn</source>
        <translation>Mọi nguồn vốn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="323" />
        <source>Phân bổ kinh phí theo đơn vị</source>
        <translation>Phân bổ kinh phí theo đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="324" />
        <source>So sánh chỉ tiêu giữa các đơn vị</source>
        <translation>So sánh chỉ tiêu giữa các đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="318" />
        <source>Tỉnh:</source>
        <translation>Tỉnh:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="196" />
        <source>Đang tổng hợp kế hoạch của các đơn vị…</source>
        <translation>Đang tổng hợp kế hoạch của các đơn vị…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="230" />
        <source>%1 chỉ tiêu × %2 đơn vị; mỗi ô: thực hiện / kế hoạch và đánh giá; dòng nhóm: số đơn vị đạt hoặc đúng tiến độ.</source>
        <translation>%1 chỉ tiêu × %2 đơn vị; mỗi ô: thực hiện / kế hoạch và đánh giá; dòng nhóm: số đơn vị đạt hoặc đúng tiến độ.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="318" />
        <source>Từ năm:</source>
        <translation>Từ năm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="318" />
        <source>đến:</source>
        <translation>đến:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="318" />
        <source>Nguồn vốn:</source>
        <translation>Nguồn vốn:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="321" />
        <source>&amp;Tổng hợp</source>
        <translation>&amp;Tổng hợp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="325" />
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="329" />
        <source>Xuất &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="326" />
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="330" />
        <source>Xuất E&amp;xcel…</source>
        <translation>Xuất E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="327" />
        <source>Kỳ:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="328" />
        <source>&amp;Xem</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_consolidation.py" line="332" />
        <source>Chọn giai đoạn và nguồn vốn rồi bấm “Tổng hợp”.</source>
        <translation>Chọn giai đoạn và nguồn vốn rồi bấm “Tổng hợp”.</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="169" />
        <source>Nội dung ban đầu</source>
        <translation>Nội dung ban đầu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="170" />
        <source>Bắt đầu từ đề cương mẫu hoặc sao chép một kế hoạch đã có.</source>
        <translation>Bắt đầu từ đề cương mẫu hoặc sao chép một kế hoạch đã có.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="172" />
        <source>Theo mẫu kế hoạch (đề cương, phụ lục, chỉ tiêu và căn cứ đang có hiệu lực)</source>
        <translation>Theo mẫu kế hoạch (đề cương, phụ lục, chỉ tiêu và căn cứ đang có hiệu lực)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="176" />
        <source>Sao chép kế hoạch trước, dời các năm cho khớp</source>
        <translation>Sao chép kế hoạch trước, dời các năm cho khớp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="182" />
        <source>Theo mẫu kế hoạch của tỉnh (đề cương, chỉ tiêu và giai đoạn theo mẫu)</source>
        <translation>Theo mẫu kế hoạch của tỉnh (đề cương, chỉ tiêu và giai đoạn theo mẫu)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="192" />
        <source>%1-%2 — %3 (hạn %4)</source>
        <translation>%1-%2 — %3 (hạn %4)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="204" />
        <source>Không tạo phụ lục</source>
        <translation>Không tạo phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="219" />
        <source>&amp;Mẫu:</source>
        <translation>&amp;Mẫu:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="220" />
        <source>Thêm phụ lục:</source>
        <translation>Thêm phụ lục:</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <location filename="../itplan_desktop/gui/errors.py" line="23" />
        <source>Không có quyền ghi hoặc đọc tệp. Hãy chọn thư mục khác hoặc đóng tệp đang mở.</source>
        <translation>Không có quyền ghi hoặc đọc tệp. Hãy chọn thư mục khác hoặc đóng tệp đang mở.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/errors.py" line="28" />
        <source>Không đọc hoặc ghi được tệp. Hãy kiểm tra đĩa và đường dẫn.</source>
        <translation>Không đọc hoặc ghi được tệp. Hãy kiểm tra đĩa và đường dẫn.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/errors.py" line="31" />
        <source>Đã xảy ra lỗi không mong muốn. Công việc đã lưu không bị mất.</source>
        <translation>Đã xảy ra lỗi không mong muốn. Công việc đã lưu không bị mất.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/errors.py" line="44" />
        <source>Có lỗi</source>
        <translation>Có lỗi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/errors.py" line="48" />
        <source>Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho bộ phận hỗ trợ.</source>
        <translation>Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho bộ phận hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="27" />
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="359" />
        <source>Nhập bảng Excel “%1”</source>
        <translation>Nhập bảng Excel “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="54" />
        <source>Trang tính “%1”: %2 dòng nội dung, %3 dòng nhóm, %4 cột; đơn vị %5.</source>
        <translation>Trang tính “%1”: %2 dòng nội dung, %3 dòng nhóm, %4 cột; đơn vị %5.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="64" />
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="274" />
        <source>%1 ô không đọc được sẽ để trống.</source>
        <translation>%1 ô không đọc được sẽ để trống.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="78" />
        <source>Nhập bảng Excel</source>
        <translation>Nhập bảng Excel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="79" />
        <source>Hãy mở (hoặc tạo) kế hoạch trước, rồi nhập bảng Excel làm phụ lục của nó.</source>
        <translation>Hãy mở (hoặc tạo) kế hoạch trước, rồi nhập bảng Excel làm phụ lục của nó.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="108" />
        <source>Đã thêm phụ lục từ “%1”.</source>
        <translation>Đã thêm phụ lục từ “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import.py" line="113" />
        <source>Đang đọc bảng Excel…</source>
        <translation>Đang đọc bảng Excel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="45" />
        <source>TT (số thứ tự)</source>
        <translation>TT (số thứ tự)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="46" />
        <source>Tên, nội dung</source>
        <translation>Tên, nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="47" />
        <source>Mục tiêu</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="48" />
        <source>Đơn vị chủ trì</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="49" />
        <source>Đơn vị phối hợp</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="50" />
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="51" />
        <source>Quy mô</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="52" />
        <source>Phạm vi</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="53" />
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="54" />
        <source>Nguồn vốn (chữ)</source>
        <translation>Nguồn vốn (chữ)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="55" />
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="56" />
        <source>Chữ khác</source>
        <translation>Chữ khác</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="57" />
        <source>Số CBCC</source>
        <translation>Số CBCC</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="58" />
        <source>Số lượng</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="59" />
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="60" />
        <source>Đã phân bổ</source>
        <translation>Đã phân bổ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="61" />
        <source>Còn thiếu (tính)</source>
        <translation>Còn thiếu (tính)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="62" />
        <source>Tổng (tính)</source>
        <translation>Tổng (tính)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="180" />
        <source>(bỏ qua cột này)</source>
        <translation>(bỏ qua cột này)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="186" />
        <source>Năm %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="206" />
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="261" />
        <source>Tiêu đề ở dòng %1–%2; %3 dòng nội dung, %4 dòng nhóm, %5 cột được nhập; đơn vị %6.</source>
        <translation>Tiêu đề ở dòng %1–%2; %3 dòng nội dung, %4 dòng nhóm, %5 cột được nhập; đơn vị %6.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="364" />
        <source>&amp;Trang tính:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="365" />
        <source>Đơn &amp;vị:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="366" />
        <source>Cách &amp;ghi số:</source>
        <translation>Cách &amp;ghi số:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="367" />
        <source>Tên &amp;phụ lục:</source>
        <translation>Tên &amp;phụ lục:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="374" />
        <source>Tự nhận ra</source>
        <translation>Tự nhận ra</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="376" />
        <source>1.234,5 (Việt Nam)</source>
        <translation>1.234,5 (Việt Nam)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="379" />
        <source>1,234.5 (Anh – Mỹ)</source>
        <translation>1,234.5 (Anh – Mỹ)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="384" />
        <source>Chọn vai trò của từng cột ở dòng đầu; cột “bỏ qua” không được nhập. Bảng được đọc lại sau mỗi lựa chọn.</source>
        <translation>Chọn vai trò của từng cột ở dòng đầu; cột “bỏ qua” không được nhập. Bảng được đọc lại sau mỗi lựa chọn.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="390" />
        <source>Như phần mềm nhận ra</source>
        <translation>Như phần mềm nhận ra</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/excel_import_dialog.py" line="391" />
        <source>&amp;Nhập thành phụ lục</source>
        <translation>&amp;Nhập thành phụ lục</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="46" />
        <source>Tệp trao đổi (*.itplan-bundle)</source>
        <translation>Tệp trao đổi (*.itplan-bundle)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="59" />
        <source>Thư nháp: “%1” — mở bằng Outlook hoặc Thunderbird rồi bấm Gửi.</source>
        <translation>Thư nháp: “%1” — mở bằng Outlook hoặc Thunderbird rồi bấm Gửi.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="69" />
        <source>%1 byte</source>
        <translation>%1 byte</translation>
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
        <translation>Hợp lệ (khóa đã đăng ký)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="97" />
        <source>Người gửi chưa đăng ký khóa</source>
        <translation>Người gửi chưa đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="98" />
        <source>Không có chữ ký</source>
        <translation>Không có chữ ký</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="99" />
        <location filename="../itplan_desktop/gui/exchange/common.py" line="122" />
        <source>Bị từ chối</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="106" />
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="110" />
        <source>%1 cảnh báo</source>
        <translation>%1 cảnh báo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="116" />
        <source>Đã nhập</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="117" />
        <source>Không thay đổi</source>
        <translation>Không thay đổi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="118" />
        <source>Đã nhập trước đây</source>
        <translation>Đã nhập trước đây</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="119" />
        <source>Giữ bản của tôi</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="120" />
        <source>Xung đột, chưa nhập</source>
        <translation>Xung đột, chưa nhập</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="121" />
        <source>Chưa xác nhận, chưa nhập</source>
        <translation>Chưa xác nhận, chưa nhập</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/common.py" line="123" />
        <source>Đã hủy</source>
        <translation>Đã hủy</translation>
    </message>
</context>
<context>
    <name>ExchangeChanges</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="29" />
        <source>Đã thêm</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="30" />
        <source>Đã xóa</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="31" />
        <source>Đã sửa</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="38" />
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="184" />
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="312" />
        <source>Tên kế hoạch</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="39" />
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="40" />
        <source>Ký hiệu</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="41" />
        <source>Địa danh</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="42" />
        <source>Ngày ban hành</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="43" />
        <source>Cơ quan ban hành</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="44" />
        <source>Tên ngắn cơ quan</source>
        <translation>Tên ngắn cơ quan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="45" />
        <source>Cơ quan chủ quản</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="46" />
        <source>Người ký</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="47" />
        <source>Nơi nhận</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="48" />
        <source>Căn cứ</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="49" />
        <source>Lời mở đầu</source>
        <translation>Lời mở đầu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="50" />
        <source>Lời kết</source>
        <translation>Lời kết</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="51" />
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="52" />
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="53" />
        <source>Năm bắt đầu</source>
        <translation>Năm bắt đầu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="54" />
        <source>Năm kết thúc</source>
        <translation>Năm kết thúc</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="65" />
        <source>có</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="67" />
        <source>không</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="123" />
        <source>Vị trí dòng</source>
        <translation>Vị trí dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="124" />
        <source>Loại dòng</source>
        <translation>Loại dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="125" />
        <source>Cấp</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="136" />
        <source>Thông tin chung (%1 trường)</source>
        <translation>Thông tin chung (%1 trường)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="144" />
        <source>Nội dung: %1 mục</source>
        <translation>Nội dung: %1 mục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="152" />
        <source>Tiêu đề</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="153" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="159" />
        <source>Phụ lục: %1 bảng</source>
        <translation>Phụ lục: %1 bảng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="167" />
        <source>Chỉ tiêu: %1</source>
        <translation>Chỉ tiêu: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="175" />
        <source>Số liệu thực hiện: %1</source>
        <translation>Số liệu thực hiện: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="183" />
        <source>Kế hoạch mới</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="188" />
        <source>Giai đoạn</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="196" />
        <source>Số mục nội dung</source>
        <translation>Số mục nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="202" />
        <source>%1 dòng</source>
        <translation>%1 dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="208" />
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="213" />
        <source>Số liệu thực hiện</source>
        <translation>Số liệu thực hiện</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="231" />
        <source>Giống hệt bản đang có: không thay đổi.</source>
        <translation>Giống hệt bản đang có: không thay đổi.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="233" />
        <source>Thay đổi</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="239" />
        <source>Bộ chỉ số</source>
        <translation>Bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="240" />
        <source>Phiên bản</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="241" />
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="251" />
        <source>Số chỉ số</source>
        <translation>Số chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="249" />
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="250" />
        <source>Năm đánh giá</source>
        <translation>Năm đánh giá</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="253" />
        <source>Tệp minh chứng</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="270" />
        <source>Tệp này đã được nhập trước đây: không có gì thay đổi.</source>
        <translation>Tệp này đã được nhập trước đây: không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="283" />
        <source>Kế hoạch giống hệt bản đang có: không thay đổi.</source>
        <translation>Kế hoạch giống hệt bản đang có: không thay đổi.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="291" />
        <source>Lần sửa %1 → %2</source>
        <translation>Lần sửa %1 → %2</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="299" />
        <source>Ý kiến góp ý: %1</source>
        <translation>Ý kiến góp ý: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="242" />
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="314" />
        <source>Hạn nộp</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="245" />
        <location filename="../itplan_desktop/gui/exchange/changes.py" line="317" />
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="235" />
        <source>Trao đổ&amp;i</source>
        <translation>Trao đổ&amp;i</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="237" />
        <source>&amp;Gửi lên tỉnh…</source>
        <translation>&amp;Gửi lên tỉnh…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="238" />
        <source>&amp;Nhập tệp trao đổi…</source>
        <translation>&amp;Nhập tệp trao đổi…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="239" />
        <source>Ý kiến &amp;góp ý của tỉnh…</source>
        <translation>Ý kiến &amp;góp ý của tỉnh…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="240" />
        <source>&amp;Hộp thư của tỉnh…</source>
        <translation>&amp;Hộp thư của tỉnh…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="241" />
        <source>&amp;Tổng hợp các huyện…</source>
        <translation>&amp;Tổng hợp các huyện…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="242" />
        <source>Gửi &amp;mẫu kế hoạch…</source>
        <translation>Gửi &amp;mẫu kế hoạch…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/actions.py" line="243" />
        <source>&amp;Khóa trao đổi…</source>
        <translation>&amp;Khóa trao đổi…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="84" />
        <source>Tệp kế hoạch (*.itplan.json *.json);;Bảng Excel (*.xlsx)</source>
        <translation>Tệp kế hoạch (*.itplan.json *.json);;Bảng Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="85" />
        <source>Mở tệp kế hoạch</source>
        <translation>Mở tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="90" />
        <source>Nhập bảng Excel</source>
        <translation>Nhập bảng Excel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="90" />
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="212" />
        <source>Bảng Excel (*.xlsx)</source>
        <translation>Bảng Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="119" />
        <source>Kế hoạch “%1” đã có, không thay đổi gì.</source>
        <translation>Kế hoạch “%1” đã có, không thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="121" />
        <source>Đã nhập kế hoạch “%1”.</source>
        <translation>Đã nhập kế hoạch “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="136" />
        <source>Đang nhập tệp kế hoạch…</source>
        <translation>Đang nhập tệp kế hoạch…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="140" />
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="150" />
        <source>Nhập tệp kế hoạch</source>
        <translation>Nhập tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="142" />
        <source>&amp;Thay bản đang lưu</source>
        <translation>&amp;Thay bản đang lưu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="143" />
        <source>&amp;Giữ bản đang lưu</source>
        <translation>&amp;Giữ bản đang lưu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="169" />
        <source>Chưa có chức năng</source>
        <translation>Chưa có chức năng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="179" />
        <source>Xuất PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="179" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="203" />
        <source>Đang tạo tệp PDF…</source>
        <translation>Đang tạo tệp PDF…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="212" />
        <source>Xuất Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="222" />
        <source>Đang xuất Excel…</source>
        <translation>Đang xuất Excel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="231" />
        <source>Xuất tệp kế hoạch</source>
        <translation>Xuất tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="233" />
        <source>Tệp kế hoạch (*.itplan.json)</source>
        <translation>Tệp kế hoạch (*.itplan.json)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="248" />
        <source>Đã ghi tệp “%1”.</source>
        <translation>Đã ghi tệp “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="274" />
        <source>Đã gửi %1 trang tới máy in.</source>
        <translation>Đã gửi %1 trang tới máy in.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="300" />
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="303" />
        <source>itplan-desktop: soạn, kiểm tra, in và theo dõi kế hoạch ứng dụng công nghệ thông tin. Chạy hoàn toàn không cần mạng.</source>
        <translation>itplan-desktop: soạn, kiểm tra, in và theo dõi kế hoạch ứng dụng công nghệ thông tin. Chạy hoàn toàn không cần mạng.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="307" />
        <source>Phiên bản %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="309" />
        <source>Giấy phép MIT; các thành phần đi kèm theo giấy phép riêng của chúng.</source>
        <translation>Giấy phép MIT; các thành phần đi kèm theo giấy phép riêng của chúng.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/file_actions.py" line="311" />
        <source>Giấy phép bên thứ ba…</source>
        <translation>Giấy phép bên thứ ba…</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="63" />
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="65" />
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="67" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="68" />
        <source>Phụ lục</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="74" />
        <source>Không phát hiện lỗi nào.</source>
        <translation>Không phát hiện lỗi nào.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="77" />
        <source>%1 lỗi, %2 cảnh báo — nhấp đúp để đến chỗ cần sửa.</source>
        <translation>%1 lỗi, %2 cảnh báo — nhấp đúp để đến chỗ cần sửa.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="95" />
        <source>Nội dung kiểm tra</source>
        <translation>Nội dung kiểm tra</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="95" />
        <source>Ở đâu</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/findings_panel.py" line="95" />
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>FormerHistoryView</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/former_history.py" line="83" />
        <source> (một phần)</source>
        <translation> (một phần)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/former_history.py" line="98" />
        <source>Cộng số liệu của %1 đơn vị cũ</source>
        <translation>Cộng số liệu của %1 đơn vị cũ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/former_history.py" line="110" />
        <source>Số liệu trước ngày 01/07/2025 của các đơn vị cũ đã hợp nhất vào đơn vị này (đơn vị cũ, đến 01/07/2025): %1. Dòng chỉ tiêu ghi số cộng của các đơn vị cũ khi chỉ tiêu cộng được; đơn vị cũ chỉ nhập một phần vào đơn vị này không tính vào số cộng. Số liệu chỉ để xem: chúng thuộc các kế hoạch cấp huyện.</source>
        <translation>Số liệu trước ngày 01/07/2025 của các đơn vị cũ đã hợp nhất vào đơn vị này (đơn vị cũ, đến 01/07/2025): %1. Dòng chỉ tiêu ghi số cộng của các đơn vị cũ khi chỉ tiêu cộng được; đơn vị cũ chỉ nhập một phần vào đơn vị này không tính vào số cộng. Số liệu chỉ để xem: chúng thuộc các kế hoạch cấp huyện.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/former_history.py" line="117" />
        <source>Chỉ tiêu / đơn vị cũ</source>
        <translation>Chỉ tiêu / đơn vị cũ</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/guide.py" line="67" />
        <source>Hướng dẫn sử dụng</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>HeaderEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="119" />
        <source>&lt;b&gt;Khi in:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Khi in:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="141" />
        <source>Sửa “%1”</source>
        <translation>Sửa “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="155" />
        <source>%1 Văn bản vẫn in ngày đã lưu trước đó cho đến khi sửa.</source>
        <translation>%1 Văn bản vẫn in ngày đã lưu trước đó cho đến khi sửa.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="164" />
        <source>Ví dụ: 15/9/2015; bản dự thảo để trống ngày: …/9/2015</source>
        <translation>Ví dụ: 15/9/2015; bản dự thảo để trống ngày: …/9/2015</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="202" />
        <source>- Sở Khoa học và Công nghệ;</source>
        <translation>- Sở Khoa học và Công nghệ;</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="199" />
        <source>Giai đoạn (nhiều năm)</source>
        <translation>Giai đoạn (nhiều năm)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="200" />
        <source>Hằng năm (một năm)</source>
        <translation>Hằng năm (một năm)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/header_editor.py" line="201" />
        <source>ngày/tháng/năm, ví dụ 15/9/2015</source>
        <translation>ngày/tháng/năm, ví dụ 15/9/2015</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../ui/header_form.ui" line="7" />
        <source>Cơ quan ban hành</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="9" />
        <source>Cơ quan cấp trên:</source>
        <translation>Cơ quan cấp trên:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="11" />
        <source>Cơ quan ban hành:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="13" />
        <source>Tên dùng trong câu:</source>
        <translation>Tên dùng trong câu:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="15" />
        <source>Địa danh:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="18" />
        <source>Văn bản</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="20" />
        <source>Loại văn bản:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="22" />
        <source>Số:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="24" />
        <source>Ký hiệu:</source>
        <translation>Ký hiệu:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="26" />
        <source>Ngày ban hành:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="28" />
        <source>Trích yếu:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="30" />
        <source>Loại kế hoạch:</source>
        <translation>Loại kế hoạch:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="32" />
        <source>Từ năm:</source>
        <translation>Từ năm:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="34" />
        <source>Đến năm:</source>
        <translation>Đến năm:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="36" />
        <source>Dòng thẩm quyền:</source>
        <translation>Dòng thẩm quyền:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="39" />
        <source>Người ký</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="41" />
        <source>Quyền hạn ký:</source>
        <translation>Quyền hạn ký:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="43" />
        <source>Ký thay cho:</source>
        <translation>Ký thay cho:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="45" />
        <source>Chức vụ người ký:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="47" />
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <location filename="../ui/header_form.ui" line="50" />
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Nơi nhận (mỗi dòng một nơi)</translation>
    </message>
</context>
<context>
    <name>ImportBundlesDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="167" />
        <source>Chọn tệp trao đổi</source>
        <translation>Chọn tệp trao đổi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="167" />
        <source>Tệp trao đổi (*.itplan-bundle)</source>
        <translation>Tệp trao đổi (*.itplan-bundle)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="175" />
        <source>Chọn thư mục chứa tệp</source>
        <translation>Chọn thư mục chứa tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="206" />
        <source>Đang kiểm tra các tệp…</source>
        <translation>Đang kiểm tra các tệp…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="229" />
        <source>Bị từ chối: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="251" />
        <source>xung đột</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="252" />
        <source>không thay đổi</source>
        <translation>không thay đổi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="271" />
        <source>Chọn hoặc kéo thả các tệp trao đổi (.itplan-bundle).</source>
        <translation>Chọn hoặc kéo thả các tệp trao đổi (.itplan-bundle).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="275" />
        <source>Bị từ chối — tệp không được nhập:</source>
        <translation>Bị từ chối — tệp không được nhập:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="294" />
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="397" />
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="295" />
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="397" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="297" />
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="397" />
        <source>Người gửi</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="300" />
        <source>Lập lúc</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="301" />
        <source>Dấu vân tay khóa</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="302" />
        <source>Chữ ký</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="307" />
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="310" />
        <source>Tệp đính kèm</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="337" />
        <source>%1 tệp: %2 sẵn sàng nhập, %3 cần xác nhận, %4 bị từ chối</source>
        <translation>%1 tệp: %2 sẵn sàng nhập, %3 cần xác nhận, %4 bị từ chối</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="374" />
        <source>Đang nhập các tệp…</source>
        <translation>Đang nhập các tệp…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="393" />
        <source>Nhập tệp trao đổi</source>
        <translation>Nhập tệp trao đổi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="394" />
        <source>Thêm &amp;tệp…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="395" />
        <source>Thêm thư &amp;mục…</source>
        <translation>Thêm thư &amp;mục…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="397" />
        <source>Kết quả kiểm tra</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="400" />
        <source>Thay đổi</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="400" />
        <source>Hiện có</source>
        <translation>Hiện có</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="400" />
        <source>Trong tệp</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="403" />
        <source>Tôi đã xác minh người gửi và đồng ý nhập tệp chưa được xác thực này</source>
        <translation>Tôi đã xác minh người gửi và đồng ý nhập tệp chưa được xác thực này</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="406" />
        <source>Kế hoạch này đã được sửa ở máy này sau lần nhập trước. Chọn bản sẽ được giữ:</source>
        <translation>Kế hoạch này đã được sửa ở máy này sau lần nhập trước. Chọn bản sẽ được giữ:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="408" />
        <source>&amp;Giữ bản của tôi</source>
        <translation>&amp;Giữ bản của tôi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="409" />
        <source>&amp;Lấy bản trong tệp</source>
        <translation>&amp;Lấy bản trong tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="410" />
        <source>&amp;Nhập</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="411" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/import_dialog.py" line="412" />
        <source>Chưa có gì được ghi cho đến khi bấm “Nhập”.</source>
        <translation>Chưa có gì được ghi cho đến khi bấm “Nhập”.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="77" />
        <source>Người gửi chưa được xác nhận: tệp không được nhập.</source>
        <translation>Người gửi chưa được xác nhận: tệp không được nhập.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="80" />
        <source>Đã hủy trước khi nhập tệp này: không có gì được ghi.</source>
        <translation>Đã hủy trước khi nhập tệp này: không có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="106" />
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="106" />
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="106" />
        <source>Chi tiết</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="108" />
        <source>&lt;b&gt;Kết quả nhập:&lt;/b&gt; %1 tệp đã nhập, %2 không thay đổi, %3 không được nhập.</source>
        <translation>&lt;b&gt;Kết quả nhập:&lt;/b&gt; %1 tệp đã nhập, %2 không thay đổi, %3 không được nhập.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="113" />
        <source>Xem ý kiến góp ý của tỉnh</source>
        <translation>Xem ý kiến góp ý của tỉnh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/summary.py" line="114" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="275" />
        <source>&lt;b&gt;%1/%2 huyện đã gửi&lt;/b&gt;; %3 huyện chưa gửi (tô đỏ).</source>
        <translation>&lt;b&gt;%1/%2 huyện đã gửi&lt;/b&gt;; %3 huyện chưa gửi (tô đỏ).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="285" />
        <source>Hộp thư của tỉnh</source>
        <translation>Hộp thư của tỉnh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="286" />
        <source>Tỉnh:</source>
        <translation>Tỉnh:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="287" />
        <source>Giai đoạn bắt đầu năm:</source>
        <translation>Giai đoạn bắt đầu năm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="288" />
        <source>Mọi giai đoạn</source>
        <translation>Mọi giai đoạn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="294" />
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="212" />
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="295" />
        <source>Huyện</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="212" />
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="295" />
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="277" />
        <source>&lt;b&gt;%1/%2 đơn vị đã gửi&lt;/b&gt;; %3 đơn vị chưa gửi (tô đỏ).</source>
        <translation>&lt;b&gt;%1/%2 đơn vị đã gửi&lt;/b&gt;; %3 đơn vị chưa gửi (tô đỏ).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="289" />
        <source>Sở, ban, ngành và xã, phường</source>
        <translation>Sở, ban, ngành và xã, phường</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="290" />
        <source>Huyện (trước 01/07/2025)</source>
        <translation>Huyện (trước 01/07/2025)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="291" />
        <source>Tìm đơn vị (gõ không dấu được)</source>
        <translation>Tìm đơn vị (gõ không dấu được)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="296" />
        <source>Đã gửi</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="297" />
        <source>Nhận lúc</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="298" />
        <source>Lập lúc</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="299" />
        <source>Lần sửa</source>
        <translation>Lần sửa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="300" />
        <source>Chữ ký</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="301" />
        <source>Kiểm tra</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="302" />
        <source>Số tệp</source>
        <translation>Số tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="305" />
        <source>&amp;Nhập tệp…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="306" />
        <source>&amp;Mở kế hoạch</source>
        <translation>&amp;Mở kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="307" />
        <source>&amp;Tổng hợp…</source>
        <translation>&amp;Tổng hợp…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="308" />
        <source>&amp;Làm mới</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="309" />
        <source>&amp;Góp ý…</source>
        <translation>&amp;Góp ý…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_inbox.py" line="310" />
        <source>Gửi mẫu &amp;kế hoạch…</source>
        <translation>Gửi mẫu &amp;kế hoạch…</translation>
    </message>
</context>
<context>
    <name>IndexEditorWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="209" />
        <source>Soạn bộ chỉ số chuyển đổi số — {name}</source>
        <translation>Soạn bộ chỉ số chuyển đổi số — {name}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="211" />
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="211" />
        <source>Nhóm, chỉ số</source>
        <translation>Nhóm, chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="211" />
        <source>Điểm tối đa</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="213" />
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="364" />
        <source>Thêm nhóm</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="214" />
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="371" />
        <source>Thêm chỉ số</source>
        <translation>Thêm chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="215" />
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="216" />
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="217" />
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="218" />
        <source>Mở tệp bộ chỉ số…</source>
        <translation>Mở tệp bộ chỉ số…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="219" />
        <source>Xuất tệp bộ chỉ số…</source>
        <translation>Xuất tệp bộ chỉ số…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="220" />
        <source>Lưu vào cơ sở dữ liệu</source>
        <translation>Lưu vào cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="221" />
        <source>Công bố cho các đơn vị…</source>
        <translation>Công bố cho các đơn vị…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="225" />
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="226" />
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="238" />
        <source>Hoàn tác: {text} (Ctrl+Z)</source>
        <translation>Hoàn tác: {text} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="241" />
        <source>Làm lại: {text} (Ctrl+Y)</source>
        <translation>Làm lại: {text} (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="246" />
        <source>{groups} nhóm, {count} chỉ số
Tổng điểm tối đa: {points}</source>
        <translation>{groups} nhóm, {count} chỉ số
Tổng điểm tối đa: {points}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="385" />
        <source>Xóa nhóm</source>
        <translation>Xóa nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="392" />
        <source>Xóa chỉ số</source>
        <translation>Xóa chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="404" />
        <source>Di chuyển</source>
        <translation>Di chuyển</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="414" />
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="419" />
        <source>Mở tệp bộ chỉ số</source>
        <translation>Mở tệp bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="415" />
        <source>Đã mở “{path}”.</source>
        <translation>Đã mở “{path}”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="419" />
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="437" />
        <source>Tệp bộ chỉ số (*.json)</source>
        <translation>Tệp bộ chỉ số (*.json)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="432" />
        <source>Đã ghi “{path}”.</source>
        <translation>Đã ghi “{path}”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="437" />
        <source>Xuất tệp bộ chỉ số</source>
        <translation>Xuất tệp bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="460" />
        <source>Đã lưu bộ chỉ số “{name}” (phiên bản {version}).</source>
        <translation>Đã lưu bộ chỉ số “{name}” (phiên bản {version}).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="475" />
        <source>Bộ chỉ số chưa lưu</source>
        <translation>Bộ chỉ số chưa lưu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_editor.py" line="477" />
        <source>Bộ chỉ số “{name}” có thay đổi chưa lưu vào cơ sở dữ liệu. Lưu trước khi đóng?</source>
        <translation>Bộ chỉ số “{name}” có thay đổi chưa lưu vào cơ sở dữ liệu. Lưu trước khi đóng?</translation>
    </message>
</context>
<context>
    <name>IndexForm</name>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="41" />
        <source>Tỷ lệ (tử số / mẫu số)</source>
        <translation>Tỷ lệ (tử số / mẫu số)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="42" />
        <source>Theo ngưỡng</source>
        <translation>Theo ngưỡng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="43" />
        <source>Có / không</source>
        <translation>Có / không</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="44" />
        <source>Đếm so với mục tiêu</source>
        <translation>Đếm so với mục tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="45" />
        <source>Do Sở thẩm định cho điểm</source>
        <translation>Do Sở thẩm định cho điểm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="51" />
        <source>Số, ngày văn bản</source>
        <translation>Số, ngày văn bản</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="52" />
        <source>Tệp đính kèm</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="53" />
        <source>Liên kết</source>
        <translation>Liên kết</translation>
    </message>
</context>
<context>
    <name>IndexGroupForm</name>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="224" />
        <source>Sửa mã nhóm</source>
        <translation>Sửa mã nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="225" />
        <source>Sửa tên nhóm</source>
        <translation>Sửa tên nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="237" />
        <source>Mã nhóm:</source>
        <translation>Mã nhóm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="238" />
        <source>Tên nhóm (chỉ số chính):</source>
        <translation>Tên nhóm (chỉ số chính):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="239" />
        <source>Điểm của nhóm:</source>
        <translation>Điểm của nhóm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="253" />
        <source>{points} (tổng điểm tối đa của {count} chỉ số)</source>
        <translation>{points} (tổng điểm tối đa của {count} chỉ số)</translation>
    </message>
</context>
<context>
    <name>IndexHeaderForm</name>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="140" />
        <source>Sửa mã bộ chỉ số</source>
        <translation>Sửa mã bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="141" />
        <source>Sửa tên bộ chỉ số</source>
        <translation>Sửa tên bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="142" />
        <source>Sửa năm</source>
        <translation>Sửa năm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="144" />
        <source>Sửa phiên bản</source>
        <translation>Sửa phiên bản</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="147" />
        <source>Sửa cơ quan ban hành</source>
        <translation>Sửa cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="149" />
        <source>Sửa căn cứ</source>
        <translation>Sửa căn cứ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="159" />
        <source>Đổi cách xếp hạng khi bằng điểm</source>
        <translation>Đổi cách xếp hạng khi bằng điểm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="188" />
        <source>Tên bộ chỉ số:</source>
        <translation>Tên bộ chỉ số:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="189" />
        <source>Năm:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="190" />
        <source>Phiên bản:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="191" />
        <source>Mã:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="192" />
        <source>Cơ quan ban hành:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="193" />
        <source>Căn cứ:</source>
        <translation>Căn cứ:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="197" />
        <source>Bằng điểm:</source>
        <translation>Bằng điểm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="198" />
        <source>Cùng hạng (1, 2, 2, 4)</source>
        <translation>Cùng hạng (1, 2, 2, 4)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="199" />
        <source>Xét lần lượt điểm từng nhóm</source>
        <translation>Xét lần lượt điểm từng nhóm</translation>
    </message>
</context>
<context>
    <name>IndexIndicatorForm</name>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="273" />
        <source>Sửa mã chỉ số</source>
        <translation>Sửa mã chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="275" />
        <source>Sửa tên chỉ số</source>
        <translation>Sửa tên chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="277" />
        <source>Sửa điểm tối đa</source>
        <translation>Sửa điểm tối đa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="280" />
        <source>Sửa mục tiêu</source>
        <translation>Sửa mục tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="283" />
        <source>Sửa nguồn số liệu</source>
        <translation>Sửa nguồn số liệu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="286" />
        <source>Sửa cơ quan xác minh</source>
        <translation>Sửa cơ quan xác minh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="289" />
        <source>Sửa mã chỉ tiêu KPI</source>
        <translation>Sửa mã chỉ tiêu KPI</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="354" />
        <source>Mã chỉ số:</source>
        <translation>Mã chỉ số:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="355" />
        <source>Tên chỉ số:</source>
        <translation>Tên chỉ số:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="356" />
        <source>Điểm tối đa:</source>
        <translation>Điểm tối đa:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="357" />
        <source>Cách tính điểm:</source>
        <translation>Cách tính điểm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="358" />
        <source>Mục tiêu (đạt điểm tối đa):</source>
        <translation>Mục tiêu (đạt điểm tối đa):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="359" />
        <source>Các ngưỡng:</source>
        <translation>Các ngưỡng:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="360" />
        <source>Minh chứng yêu cầu:</source>
        <translation>Minh chứng yêu cầu:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="361" />
        <source>Nguồn số liệu:</source>
        <translation>Nguồn số liệu:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="362" />
        <source>Cơ quan xác minh:</source>
        <translation>Cơ quan xác minh:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="363" />
        <source>Nhóm:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="367" />
        <source>Mã chỉ tiêu trong danh mục KPI:</source>
        <translation>Mã chỉ tiêu trong danh mục KPI:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="372" />
        <source>Không vượt điểm tối đa khi tử số lớn hơn mẫu số</source>
        <translation>Không vượt điểm tối đa khi tử số lớn hơn mẫu số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="373" />
        <source>Chưa xác nhận được từ văn bản gốc (tạm)</source>
        <translation>Chưa xác nhận được từ văn bản gốc (tạm)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="374" />
        <source>Từ giá trị</source>
        <translation>Từ giá trị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="374" />
        <source>Được điểm</source>
        <translation>Được điểm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="427" />
        <source>Điểm = tử số / mẫu số × điểm tối đa.</source>
        <translation>Điểm = tử số / mẫu số × điểm tối đa.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="429" />
        <source>Được điểm của ngưỡng cao nhất đạt được; dưới ngưỡng đầu: 0 điểm. Ngưỡng tăng dần, điểm không quá điểm tối đa; thêm ngưỡng ở dòng trống cuối.</source>
        <translation>Được điểm của ngưỡng cao nhất đạt được; dưới ngưỡng đầu: 0 điểm. Ngưỡng tăng dần, điểm không quá điểm tối đa; thêm ngưỡng ở dòng trống cuối.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="432" />
        <source>Có: điểm tối đa; không: 0 điểm.</source>
        <translation>Có: điểm tối đa; không: 0 điểm.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="433" />
        <source>Điểm = số lượng / mục tiêu × điểm tối đa, không quá tối đa.</source>
        <translation>Điểm = số lượng / mục tiêu × điểm tối đa, không quá tối đa.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="435" />
        <source>Sở Khoa học và Công nghệ thẩm định và cho điểm (0…tối đa).</source>
        <translation>Sở Khoa học và Công nghệ thẩm định và cho điểm (0…tối đa).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="444" />
        <source>Đổi nhóm</source>
        <translation>Đổi nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="452" />
        <source>Đổi cách tính điểm</source>
        <translation>Đổi cách tính điểm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="458" />
        <source>Đổi giới hạn điểm</source>
        <translation>Đổi giới hạn điểm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="466" />
        <source>Đổi đánh dấu tạm</source>
        <translation>Đổi đánh dấu tạm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="475" />
        <source>Đổi minh chứng yêu cầu</source>
        <translation>Đổi minh chứng yêu cầu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/index_form.py" line="490" />
        <source>Sửa các ngưỡng</source>
        <translation>Sửa các ngưỡng</translation>
    </message>
</context>
<context>
    <name>IndexMenu</name>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="63" />
        <source>Tệp bộ chỉ số khác…</source>
        <translation>Tệp bộ chỉ số khác…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="64" />
        <source>Bộ chỉ số mới (trống)</source>
        <translation>Bộ chỉ số mới (trống)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="68" />
        <source>Chọn bộ chỉ số</source>
        <translation>Chọn bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="69" />
        <source>Bộ chỉ số:</source>
        <translation>Bộ chỉ số:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="86" />
        <source>Mở tệp bộ chỉ số</source>
        <translation>Mở tệp bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="88" />
        <source>Tệp bộ chỉ số (*.json)</source>
        <translation>Tệp bộ chỉ số (*.json)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="125" />
        <source>Mở tệp tự đánh giá</source>
        <translation>Mở tệp tự đánh giá</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="127" />
        <source>Tệp tự đánh giá (*.json)</source>
        <translation>Tệp tự đánh giá (*.json)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="162" />
        <source>Thư mục chứa các tệp tự đánh giá</source>
        <translation>Thư mục chứa các tệp tự đánh giá</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="184" />
        <source>{count} tệp theo bộ chỉ số khác, không tính.</source>
        <translation>{count} tệp theo bộ chỉ số khác, không tính.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="191" />
        <source>Một số tệp không được tính</source>
        <translation>Một số tệp không được tính</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="242" />
        <source>Chỉ số &amp;CĐS</source>
        <translation>Chỉ số &amp;CĐS</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="244" />
        <source>&amp;Tự đánh giá chuyển đổi số…</source>
        <translation>&amp;Tự đánh giá chuyển đổi số…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="245" />
        <source>&amp;Mở tệp tự đánh giá…</source>
        <translation>&amp;Mở tệp tự đánh giá…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="246" />
        <source>&amp;Xếp hạng các đơn vị…</source>
        <translation>&amp;Xếp hạng các đơn vị…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/actions.py" line="247" />
        <source>&amp;Soạn và công bố bộ chỉ số…</source>
        <translation>&amp;Soạn và công bố bộ chỉ số…</translation>
    </message>
</context>
<context>
    <name>IndicatorEditorDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="127" />
        <source>Sửa chỉ tiêu của kế hoạch</source>
        <translation>Sửa chỉ tiêu của kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="136" />
        <source>Thêm…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="137" />
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="138" />
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="139" />
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="157" />
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="158" />
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="243" />
        <source>Thêm chỉ tiêu “%1”</source>
        <translation>Thêm chỉ tiêu “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="255" />
        <source>Xóa chỉ tiêu “%1”</source>
        <translation>Xóa chỉ tiêu “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="263" />
        <source>Xóa chỉ tiêu</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="264" />
        <source>Chỉ tiêu “%1” đã có %2 số liệu. Xóa chỉ tiêu cùng các số liệu này?</source>
        <translation>Chỉ tiêu “%1” đã có %2 số liệu. Xóa chỉ tiêu cùng các số liệu này?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="277" />
        <source>Chuyển chỉ tiêu lên</source>
        <translation>Chuyển chỉ tiêu lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="277" />
        <source>Chuyển chỉ tiêu xuống</source>
        <translation>Chuyển chỉ tiêu xuống</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="107" />
        <source>Ví dụ: Tổng số cán bộ, công chức</source>
        <translation>Ví dụ: Tổng số cán bộ, công chức</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="112" />
        <source>(chưa có)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="114" />
        <source>Câu mục tiêu trong kế hoạch</source>
        <translation>Câu mục tiêu trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="117" />
        <source>Mục tiêu</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="135" />
        <source>Tên chỉ tiêu:</source>
        <translation>Tên chỉ tiêu:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="136" />
        <source>Nhóm:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="137" />
        <source>Loại:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="140" />
        <source>Chiều đánh giá:</source>
        <translation>Chiều đánh giá:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="142" />
        <source>Đơn vị tính:</source>
        <translation>Đơn vị tính:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="143" />
        <source>Tên mẫu số:</source>
        <translation>Tên mẫu số:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="146" />
        <source>năm</source>
        <translation>năm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="149" />
        <source>Giá trị cơ sở:</source>
        <translation>Giá trị cơ sở:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="150" />
        <source>Câu mục tiêu:</source>
        <translation>Câu mục tiêu:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="154" />
        <source>Mục tiêu theo năm (để trống năm không đặt mục tiêu):</source>
        <translation>Mục tiêu theo năm (để trống năm không đặt mục tiêu):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="162" />
        <source>Sửa tên chỉ tiêu</source>
        <translation>Sửa tên chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="171" />
        <source>Sửa đơn vị tính</source>
        <translation>Sửa đơn vị tính</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="176" />
        <source>Đổi chiều đánh giá</source>
        <translation>Đổi chiều đánh giá</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="181" />
        <source>Sửa tên mẫu số</source>
        <translation>Sửa tên mẫu số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="186" />
        <source>Sửa câu mục tiêu</source>
        <translation>Sửa câu mục tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="210" />
        <source>Chỉ tiêu đã có số liệu: không đổi được loại.</source>
        <translation>Chỉ tiêu đã có số liệu: không đổi được loại.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="243" />
        <source>Sửa nhóm chỉ tiêu</source>
        <translation>Sửa nhóm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="259" />
        <source>Đổi loại chỉ tiêu</source>
        <translation>Đổi loại chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="278" />
        <source>Sửa giá trị cơ sở</source>
        <translation>Sửa giá trị cơ sở</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="294" />
        <source>Sửa mục tiêu năm %1</source>
        <translation>Sửa mục tiêu năm %1</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="129" />
        <source>Xuất khóa công khai</source>
        <translation>Xuất khóa công khai</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="130" />
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="136" />
        <source>Tệp khóa (*.itplan-key)</source>
        <translation>Tệp khóa (*.itplan-key)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="136" />
        <source>Chọn tệp khóa của đơn vị</source>
        <translation>Chọn tệp khóa của đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="142" />
        <source>Dấu vân tay của khóa: %1

Hãy gọi điện cho %2 và đọc đối chiếu từng nhóm ký tự. Đăng ký khóa này?</source>
        <translation>Dấu vân tay của khóa: %1

Hãy gọi điện cho %2 và đọc đối chiếu từng nhóm ký tự. Đăng ký khóa này?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="146" />
        <source>Đăng ký khóa</source>
        <translation>Đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="152" />
        <source>%1 đã có khóa đăng ký với dấu vân tay %2.

Khóa mới có dấu vân tay %3.

Chỉ thay khi đơn vị xác nhận qua điện thoại là đã đổi khóa. Thay khóa?</source>
        <translation>%1 đã có khóa đăng ký với dấu vân tay %2.

Khóa mới có dấu vân tay %3.

Chỉ thay khi đơn vị xác nhận qua điện thoại là đã đổi khóa. Thay khóa?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="157" />
        <source>Thay khóa đã đăng ký</source>
        <translation>Thay khóa đã đăng ký</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="176" />
        <source>Đã ghi khóa công khai vào “%1” (dấu vân tay %2). Gửi tệp này cho tỉnh.</source>
        <translation>Đã ghi khóa công khai vào “%1” (dấu vân tay %2). Gửi tệp này cho tỉnh.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="200" />
        <source>Đã đăng ký khóa %1 cho đơn vị %2.</source>
        <translation>Đã đăng ký khóa %1 cho đơn vị %2.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="217" />
        <source>Đã đặt mật khẩu cho khóa ký; dấu vân tay không đổi (%1).</source>
        <translation>Đã đặt mật khẩu cho khóa ký; dấu vân tay không đổi (%1).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="233" />
        <source>Đã bỏ mật khẩu của khóa ký.</source>
        <translation>Đã bỏ mật khẩu của khóa ký.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="238" />
        <source>Bỏ mật khẩu</source>
        <translation>Bỏ mật khẩu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="240" />
        <source>Bỏ mật khẩu của khóa ký? Khi đó ai dùng được tài khoản máy tính này cũng ký được tệp gửi đi nhân danh đơn vị.</source>
        <translation>Bỏ mật khẩu của khóa ký? Khi đó ai dùng được tài khoản máy tính này cũng ký được tệp gửi đi nhân danh đơn vị.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="251" />
        <source>Khóa ký được bảo vệ bằng mật khẩu.</source>
        <translation>Khóa ký được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="254" />
        <source>Khóa ký chưa có mật khẩu: chỉ quyền truy cập tệp của tài khoản máy tính bảo vệ nó.</source>
        <translation>Khóa ký chưa có mật khẩu: chỉ quyền truy cập tệp của tài khoản máy tính bảo vệ nó.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="258" />
        <source>Đổi &amp;mật khẩu…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="258" />
        <source>Đặt &amp;mật khẩu…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="273" />
        <source>Khóa trao đổi</source>
        <translation>Khóa trao đổi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="274" />
        <source>Khóa của máy này</source>
        <translation>Khóa của máy này</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="275" />
        <source>Mật khẩu của khóa</source>
        <translation>Mật khẩu của khóa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="276" />
        <source>&amp;Bỏ mật khẩu</source>
        <translation>&amp;Bỏ mật khẩu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="278" />
        <source>Đăng ký khóa của đơn vị (phía tỉnh)</source>
        <translation>Đăng ký khóa của đơn vị (phía tỉnh)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="286" />
        <source>Đơn vị gửi:</source>
        <translation>Đơn vị gửi:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="281" />
        <source>Dấu vân tay trên dùng để đọc đối chiếu qua điện thoại khi trao đổi khóa lần đầu. Mọi tệp gửi đi từ máy này đều được ký bằng khóa này.</source>
        <translation>Dấu vân tay trên dùng để đọc đối chiếu qua điện thoại khi trao đổi khóa lần đầu. Mọi tệp gửi đi từ máy này đều được ký bằng khóa này.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="285" />
        <source>Đơn vị:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="287" />
        <source>&amp;Xuất khóa công khai…</source>
        <translation>&amp;Xuất khóa công khai…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="288" />
        <source>Chọn tệp khóa và đăng &amp;ký…</source>
        <translation>Chọn tệp khóa và đăng &amp;ký…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/keys.py" line="289" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="88" />
        <source>Vẽ dạng cột</source>
        <translation>Vẽ dạng cột</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="89" />
        <source>Sao chép ảnh biểu đồ</source>
        <translation>Sao chép ảnh biểu đồ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="90" />
        <source>In biểu đồ…</source>
        <translation>In biểu đồ…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="156" />
        <source>Chọn một chỉ tiêu để xem biểu đồ.</source>
        <translation>Chọn một chỉ tiêu để xem biểu đồ.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="276" />
        <source>Đã đạt</source>
        <translation>Đã đạt</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="277" />
        <source>Đúng tiến độ</source>
        <translation>Đúng tiến độ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="278" />
        <source>Chậm tiến độ</source>
        <translation>Chậm tiến độ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="279" />
        <source>Lộ trình mục tiêu</source>
        <translation>Lộ trình mục tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/chart.py" line="280" />
        <source>Mục tiêu cuối kỳ</source>
        <translation>Mục tiêu cuối kỳ</translation>
    </message>
</context>
<context>
    <name>KpiGridModel</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="174" />
        <source>%1
Mục tiêu: %2</source>
        <translation>%1
Mục tiêu: %2</translation>
    </message>
</context>
<context>
    <name>KpiIndicatorActions</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="62" />
        <source>Chọn từ danh mục…</source>
        <translation>Chọn từ danh mục…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="63" />
        <source>Thêm chỉ tiêu…</source>
        <translation>Thêm chỉ tiêu…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="64" />
        <source>Sửa chỉ tiêu…</source>
        <translation>Sửa chỉ tiêu…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="65" />
        <source>Danh sách xã…</source>
        <translation>Danh sách xã…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="66" />
        <source>Báo cáo kết quả…</source>
        <translation>Báo cáo kết quả…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="68" />
        <source>Báo cáo kết quả thực hiện kế hoạch 6 tháng / năm: xem trước, xuất PDF, Excel</source>
        <translation>Báo cáo kết quả thực hiện kế hoạch 6 tháng / năm: xem trước, xuất PDF, Excel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="71" />
        <source>Thêm chỉ tiêu từ danh mục chỉ tiêu thường dùng trong kế hoạch</source>
        <translation>Thêm chỉ tiêu từ danh mục chỉ tiêu thường dùng trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="73" />
        <source>Thêm một chỉ tiêu riêng của kế hoạch</source>
        <translation>Thêm một chỉ tiêu riêng của kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="75" />
        <source>Sửa tên, loại, giá trị cơ sở, mục tiêu từng năm; xóa hoặc sắp xếp chỉ tiêu</source>
        <translation>Sửa tên, loại, giá trị cơ sở, mục tiêu từng năm; xóa hoặc sắp xếp chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="77" />
        <source>Thêm, sửa, xóa xã, thị trấn của huyện</source>
        <translation>Thêm, sửa, xóa xã, thị trấn của huyện</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="127" />
        <source>Thêm %1 chỉ tiêu</source>
        <translation>Thêm %1 chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker_actions.py" line="139" />
        <source>Thêm chỉ tiêu “%1”</source>
        <translation>Thêm chỉ tiêu “%1”</translation>
    </message>
</context>
<context>
    <name>KpiIndicatorForm</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="47" />
        <source>Tỷ lệ % (tính từ tử số/mẫu số)</source>
        <translation>Tỷ lệ % (tính từ tử số/mẫu số)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="50" />
        <source>Tỷ lệ % (nhập trực tiếp)</source>
        <translation>Tỷ lệ % (nhập trực tiếp)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="53" />
        <source>Số lượng</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="54" />
        <source>Tỷ số dạng “x/y” (14/14)</source>
        <translation>Tỷ số dạng “x/y” (14/14)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="57" />
        <source>Có/Không</source>
        <translation>Có/Không</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="63" />
        <source>Càng cao càng tốt</source>
        <translation>Càng cao càng tốt</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_form.py" line="66" />
        <source>Càng thấp càng tốt</source>
        <translation>Càng thấp càng tốt</translation>
    </message>
</context>
<context>
    <name>KpiTracker</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="134" />
        <source>Theo kỳ báo cáo (huyện)</source>
        <translation>Theo kỳ báo cáo (huyện)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="135" />
        <source>Theo xã, thị trấn</source>
        <translation>Theo xã, thị trấn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="138" />
        <source>Thêm danh sách xã, thị trấn có sẵn</source>
        <translation>Thêm danh sách xã, thị trấn có sẵn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="136" />
        <source>Xem:</source>
        <translation>Xem:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="137" />
        <source>Kỳ:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="141" />
        <source>Màu: xanh đậm = đạt, xanh nhạt = đúng tiến độ, đỏ = chậm tiến độ; chữ nghiêng = tổng hợp từ các xã (chỉ xem)</source>
        <translation>Màu: xanh đậm = đạt, xanh nhạt = đúng tiến độ, đỏ = chậm tiến độ; chữ nghiêng = tổng hợp từ các xã (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="145" />
        <source>Ghi chú của số liệu</source>
        <translation>Ghi chú của số liệu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="146" />
        <source>Nguồn số liệu (văn bản, báo cáo …)</source>
        <translation>Nguồn số liệu (văn bản, báo cáo …)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="147" />
        <source>Lưu ghi chú</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="150" />
        <source>Cột là số thứ tự chỉ tiêu (di chuột lên tiêu đề để xem tên); bấm vào một ô để mở số liệu của xã.</source>
        <translation>Cột là số thứ tự chỉ tiêu (di chuột lên tiêu đề để xem tên); bấm vào một ô để mở số liệu của xã.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="156" />
        <source>Nhập số liệu</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="157" />
        <source>Bản đồ nhiệt theo xã</source>
        <translation>Bản đồ nhiệt theo xã</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="158" />
        <source>Tiến độ nhiệm vụ</source>
        <translation>Tiến độ nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="159" />
        <source>Số liệu đơn vị cũ (trước 01/07/2025)</source>
        <translation>Số liệu đơn vị cũ (trước 01/07/2025)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="285" />
        <source>Nhập số liệu chỉ tiêu</source>
        <translation>Nhập số liệu chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="301" />
        <source>Dùng số tổng hợp từ các xã</source>
        <translation>Dùng số tổng hợp từ các xã</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="331" />
        <source>Ghi chú số liệu chỉ tiêu</source>
        <translation>Ghi chú số liệu chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tracker.py" line="355" />
        <source>Dán số liệu chỉ tiêu</source>
        <translation>Dán số liệu chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>LegalBasesEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/legal_bases_editor.py" line="62" />
        <source>Sửa căn cứ</source>
        <translation>Sửa căn cứ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/legal_bases_editor.py" line="73" />
        <source>&amp;Căn cứ ban hành kế hoạch, mỗi dòng một căn cứ (ví dụ: “Căn cứ Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;”):</source>
        <translation>&amp;Căn cứ ban hành kế hoạch, mỗi dòng một căn cứ (ví dụ: “Căn cứ Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;”):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/main_window.py" line="282" />
        <source>Không nhập được “%1”: chỉ nhận tệp kế hoạch (.itplan.json), bảng Excel (.xlsx) và tệp trao đổi (.itplan-bundle).</source>
        <translation>Không nhập được “%1”: chỉ nhận tệp kế hoạch (.itplan.json), bảng Excel (.xlsx) và tệp trao đổi (.itplan-bundle).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/main_window.py" line="285" />
        <source>Không nhập được tệp</source>
        <translation>Không nhập được tệp</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="63" />
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="66" />
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="81" />
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="82" />
        <source>&amp;Sửa</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="83" />
        <source>&amp;Xem</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="84" />
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="86" />
        <source>Tạo kế hoạch &amp;mới…</source>
        <translation>Tạo kế hoạch &amp;mới…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="87" />
        <source>&amp;Mở/nhập tệp kế hoạch…</source>
        <translation>&amp;Mở/nhập tệp kế hoạch…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="88" />
        <source>Nhập bảng &amp;Excel…</source>
        <translation>Nhập bảng &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="89" />
        <source>Đóng kế hoạch (về trang đầu)</source>
        <translation>Đóng kế hoạch (về trang đầu)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="90" />
        <source>&amp;Xem trước khi in…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="91" />
        <source>&amp;In…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="92" />
        <source>Xuất &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="93" />
        <source>Xuất E&amp;xcel…</source>
        <translation>Xuất E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="94" />
        <source>Xuất tệp &amp;kế hoạch…</source>
        <translation>Xuất tệp &amp;kế hoạch…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="95" />
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="96" />
        <source>&amp;Thoát</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="97" />
        <source>Bảng &amp;kiểm tra</source>
        <translation>Bảng &amp;kiểm tra</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="98" />
        <source>Lỗi &amp;tiếp theo</source>
        <translation>Lỗi &amp;tiếp theo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="99" />
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="100" />
        <source>Căn cứ</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="101" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="102" />
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="103" />
        <source>Phụ lục</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="104" />
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="105" />
        <source>Kiểm tra</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="106" />
        <source>Mở thư mục &amp;nhật ký</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="107" />
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="108" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/menus.py" line="112" />
        <source>Đi &amp;tới</source>
        <translation>Đi &amp;tới</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="30" />
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="31" />
        <source>Căn cứ</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="32" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="33" />
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="34" />
        <source>Phụ lục</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="35" />
        <source>Chỉ tiêu (%1)</source>
        <translation>Chỉ tiêu (%1)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="36" />
        <source>Kiểm tra (%1)</source>
        <translation>Kiểm tra (%1)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/navigator.py" line="46" />
        <source>Phụ lục %1: %2</source>
        <translation>Phụ lục %1: %2</translation>
    </message>
</context>
<context>
    <name>NewAppendixDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="48" />
        <source>Thêm phụ lục</source>
        <translation>Thêm phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="58" />
        <source>Tên phụ lục (in dưới dòng “Phụ lục …”)</source>
        <translation>Tên phụ lục (in dưới dòng “Phụ lục …”)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="62" />
        <source>&amp;Mẫu bảng:</source>
        <translation>&amp;Mẫu bảng:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/appendix_list.py" line="64" />
        <source>&amp;Tên phụ lục:</source>
        <translation>&amp;Tên phụ lục:</translation>
    </message>
</context>
<context>
    <name>NewIndicatorDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="63" />
        <source>Thêm chỉ tiêu</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/indicator_editor.py" line="72" />
        <source>Thêm vào kế hoạch</source>
        <translation>Thêm vào kế hoạch</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="261" />
        <source>Tạo kế hoạch mới</source>
        <translation>Tạo kế hoạch mới</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/notices_dialog.py" line="17" />
        <source>Giấy phép phần mềm bên thứ ba</source>
        <translation>Giấy phép phần mềm bên thứ ba</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/pdf_options_dialog.py" line="24" />
        <source>Xuất PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/pdf_options_dialog.py" line="28" />
        <source>Phông chữ: %1 của hệ thống, được nhúng vào tệp.</source>
        <translation>Phông chữ: %1 của hệ thống, được nhúng vào tệp.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/pdf_options_dialog.py" line="31" />
        <source>Phông chữ: %1, tương thích số đo với Times New Roman (máy không có Times New Roman), được nhúng vào tệp.</source>
        <translation>Phông chữ: %1, tương thích số đo với Times New Roman (máy không có Times New Roman), được nhúng vào tệp.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/pdf_options_dialog.py" line="36" />
        <source>Bản lưu trữ PDF/A-1b (TCVN 14159-1:2024)</source>
        <translation>Bản lưu trữ PDF/A-1b (TCVN 14159-1:2024)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/pdf_options_dialog.py" line="37" />
        <source>Thêm siêu dữ liệu XMP và hồ sơ màu sRGB để lưu trữ lâu dài.</source>
        <translation>Thêm siêu dữ liệu XMP và hồ sơ màu sRGB để lưu trữ lâu dài.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="49" />
        <source>Đơn vị và thời gian</source>
        <translation>Đơn vị và thời gian</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="50" />
        <source>Kế hoạch của đơn vị nào, cho giai đoạn nào hoặc năm nào?</source>
        <translation>Kế hoạch của đơn vị nào, cho giai đoạn nào hoặc năm nào?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="61" />
        <source>Tìm đơn vị (gõ không dấu được: nhu xuan)</source>
        <translation>Tìm đơn vị (gõ không dấu được: nhu xuan)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="65" />
        <source>Đây là đơn vị của tôi (chọn sẵn lần sau)</source>
        <translation>Đây là đơn vị của tôi (chọn sẵn lần sau)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="68" />
        <source>Giai đoạn (thường 5 năm)</source>
        <translation>Giai đoạn (thường 5 năm)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="69" />
        <source>Một năm</source>
        <translation>Một năm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="96" />
        <source>&amp;Tỉnh, thành phố:</source>
        <translation>&amp;Tỉnh, thành phố:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="97" />
        <source>Tì&amp;m:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="98" />
        <source>Đơn &amp;vị:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="111" />
        <source>Năm %1 nằm ngoài khoảng %2–%3.</source>
        <translation>Năm %1 nằm ngoài khoảng %2–%3.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="118" />
        <source>Năm kết thúc (%1) phải từ năm bắt đầu (%2) trở đi.</source>
        <translation>Năm kết thúc (%1) phải từ năm bắt đầu (%2) trở đi.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="144" />
        <source>%1 (đơn vị cũ, đến %2)</source>
        <translation>%1 (đơn vị cũ, đến %2)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="92" />
        <source>Loại kế hoạch:</source>
        <translation>Loại kế hoạch:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="94" />
        <source>Từ &amp;năm:</source>
        <translation>Từ &amp;năm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/new_plan_wizard.py" line="95" />
        <source>Đến nă&amp;m:</source>
        <translation>Đến nă&amp;m:</translation>
    </message>
</context>
<context>
    <name>PlanDeletion</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/plan_deletion.py" line="29" />
        <source>Xóa kế hoạch</source>
        <translation>Xóa kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/plan_deletion.py" line="30" />
        <source>Xóa hẳn kế hoạch “%1” (%2) cùng các phụ lục, chỉ tiêu và số liệu của nó?

Một bản sao lưu của cơ sở dữ liệu được giữ lại trước khi xóa.</source>
        <translation>Xóa hẳn kế hoạch “%1” (%2) cùng các phụ lục, chỉ tiêu và số liệu của nó?

Một bản sao lưu của cơ sở dữ liệu được giữ lại trước khi xóa.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/plan_deletion.py" line="52" />
        <source>Đã xóa kế hoạch “%1”. Bản sao lưu: %2</source>
        <translation>Đã xóa kế hoạch “%1”. Bản sao lưu: %2</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="235" />
        <source>Phụ lục %1</source>
        <translation>Phụ lục %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="325" />
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="348" />
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="358" />
        <source>Kế hoạch đã thay đổi</source>
        <translation>Kế hoạch đã thay đổi</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="360" />
        <source>Tải lại bản trên đĩa</source>
        <translation>Tải lại bản trên đĩa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="361" />
        <source>Giữ bản đang sửa (ghi đè)</source>
        <translation>Giữ bản đang sửa (ghi đè)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="379" />
        <source>Tổng kinh phí theo phụ lục: %1 %2 · %3 lỗi, %4 cảnh báo</source>
        <translation>Tổng kinh phí theo phụ lục: %1 %2 · %3 lỗi, %4 cảnh báo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="388" />
        <source>Chưa lưu được!</source>
        <translation>Chưa lưu được!</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="390" />
        <source>Đang chờ lưu…</source>
        <translation>Đang chờ lưu…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="392" />
        <source>Đã lưu</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/plan_workspace.py" line="393" />
        <source>Đã lưu lúc %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="124" />
        <source>Xem trước khi in</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="126" />
        <source>Phóng to</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="127" />
        <source>Thu nhỏ</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="128" />
        <source>Vừa chiều ngang</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="129" />
        <source>Cả trang</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="130" />
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="131" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="137" />
        <source>/ %1 trang</source>
        <translation>/ %1 trang</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/preview.py" line="137" />
        <source>Đang tạo PDF…</source>
        <translation>Đang tạo PDF…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/printing.py" line="132" />
        <source>Đang in %1 trang…</source>
        <translation>Đang in %1 trang…</translation>
    </message>
</context>
<context>
    <name>ProgressReportWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="138" />
        <source>%1 (có số liệu)</source>
        <translation>%1 (có số liệu)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="189" />
        <source>%1 chỉ tiêu, %2 nhiệm vụ; %3 trang.</source>
        <translation>%1 chỉ tiêu, %2 nhiệm vụ; %3 trang.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="205" />
        <source>Xuất báo cáo kết quả</source>
        <translation>Xuất báo cáo kết quả</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="211" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="211" />
        <source>Bảng Excel (*.xlsx)</source>
        <translation>Bảng Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="229" />
        <source>Đã ghi tệp “%1”.</source>
        <translation>Đã ghi tệp “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="239" />
        <source>Báo cáo kết quả thực hiện kế hoạch</source>
        <translation>Báo cáo kết quả thực hiện kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="240" />
        <source>&amp;Kỳ báo cáo:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="241" />
        <source>&amp;Số:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="242" />
        <source>vd. 12</source>
        <translation>vd. 12</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="243" />
        <source>&amp;Xem lại</source>
        <translation>&amp;Xem lại</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="244" />
        <source>Xuất &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="245" />
        <source>Xuất &amp;Excel…</source>
        <translation>Xuất &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/report_window.py" line="246" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ProvinceTables</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_tables.py" line="62" />
        <source>Tổng cộng</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_tables.py" line="89" />
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_tables.py" line="92" />
        <source>Thực hiện / kế hoạch năm %1</source>
        <translation>Thực hiện / kế hoạch năm %1</translation>
    </message>
</context>
<context>
    <name>PublishIndexDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="134" />
        <source>Từ: %1 (mã %2) → Đến: mọi đơn vị của tỉnh</source>
        <translation>Từ: %1 (mã %2) → Đến: mọi đơn vị của tỉnh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="137" />
        <source>Bộ chỉ số “%1”, phiên bản %2: %3 nhóm, %4 chỉ số</source>
        <translation>Bộ chỉ số “%1”, phiên bản %2: %3 nhóm, %4 chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="142" />
        <source>Hạn gửi tự đánh giá: %1</source>
        <translation>Hạn gửi tự đánh giá: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="146" />
        <source>Dung lượng tệp gửi: %1</source>
        <translation>Dung lượng tệp gửi: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="151" />
        <source>Lưu tệp công bố bộ chỉ số</source>
        <translation>Lưu tệp công bố bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="180" />
        <source>Đang lưu tệp công bố bộ chỉ số…</source>
        <translation>Đang lưu tệp công bố bộ chỉ số…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="185" />
        <source>Đã lưu “%1” (%2).</source>
        <translation>Đã lưu “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="200" />
        <source>Công bố bộ chỉ số cho các đơn vị</source>
        <translation>Công bố bộ chỉ số cho các đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="202" />
        <source>Mã tỉnh gửi:</source>
        <translation>Mã tỉnh gửi:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="203" />
        <source>Hạn gửi tự đánh giá:</source>
        <translation>Hạn gửi tự đánh giá:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="204" />
        <source>Ghi chú cho đơn vị:</source>
        <translation>Ghi chú cho đơn vị:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="205" />
        <source>Tóm tắt:</source>
        <translation>Tóm tắt:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="206" />
        <source>Email các đơn vị:</source>
        <translation>Email các đơn vị:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="210" />
        <source>có hạn</source>
        <translation>có hạn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="211" />
        <source>để trống: điền khi gửi thư</source>
        <translation>để trống: điền khi gửi thư</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="213" />
        <source>Tạo thư nháp email (.eml) kèm tệp, để gửi bằng Outlook/Thunderbird</source>
        <translation>Tạo thư nháp email (.eml) kèm tệp, để gửi bằng Outlook/Thunderbird</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="215" />
        <source>&amp;Lưu tệp công bố…</source>
        <translation>&amp;Lưu tệp công bố…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="216" />
        <source>Mở thư mục chứa tệp</source>
        <translation>Mở thư mục chứa tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/publish_index.py" line="217" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RankingWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="131" />
        <source>Hạng {rank} trong nhóm</source>
        <translation>Hạng {rank} trong nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="160" />
        <source>{delta} điểm; hạng {before} → {now}</source>
        <translation>{delta} điểm; hạng {before} → {now}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="165" />
        <source>Xếp hạng chuyển đổi số — {name}</source>
        <translation>Xếp hạng chuyển đổi số — {name}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="166" />
        <source>Xếp hạng</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="167" />
        <source>Bản đồ nhiệt theo nhóm</source>
        <translation>Bản đồ nhiệt theo nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="171" />
        <source>Hạng</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="172" />
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="173" />
        <source>Tổng điểm</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="174" />
        <source>Kết quả (0–1)</source>
        <translation>Kết quả (0–1)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="176" />
        <source>So với năm {year}</source>
        <translation>So với năm {year}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="181" />
        <source>{count} đơn vị, điểm tối đa {max}; {basis}</source>
        <translation>{count} đơn vị, điểm tối đa {max}; {basis}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="187" />
        <source>Thẩm định đơn vị đang chọn…</source>
        <translation>Thẩm định đơn vị đang chọn…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="188" />
        <source>Xuất Quyết định công bố (PDF)…</source>
        <translation>Xuất Quyết định công bố (PDF)…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="189" />
        <source>Xuất bảng xếp hạng (Excel)…</source>
        <translation>Xuất bảng xếp hạng (Excel)…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="202" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="202" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="204" />
        <source>Xuất kết quả xếp hạng</source>
        <translation>Xuất kết quả xếp hạng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="213" />
        <source>Đã xuất “{path}”.</source>
        <translation>Đã xuất “{path}”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/ranking.py" line="237" />
        <source>Hãy chọn một đơn vị trong bảng xếp hạng.</source>
        <translation>Hãy chọn một đơn vị trong bảng xếp hạng.</translation>
    </message>
</context>
<context>
    <name>ReviewCommentsDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="118" />
        <source>Ý kiến góp ý của tỉnh</source>
        <translation>Ý kiến góp ý của tỉnh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="120" />
        <source>Vị trí</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="120" />
        <source>Ý kiến</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="120" />
        <source>Người góp ý</source>
        <translation>Người góp ý</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="120" />
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="123" />
        <source>%1 ý kiến. Nhấp đúp vào một ý kiến để đến mục hoặc dòng đó.</source>
        <translation>%1 ý kiến. Nhấp đúp vào một ý kiến để đến mục hoặc dòng đó.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="126" />
        <source>Chưa nhận được ý kiến góp ý nào cho kế hoạch này.</source>
        <translation>Chưa nhận được ý kiến góp ý nào cho kế hoạch này.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="127" />
        <source>Đến &amp;vị trí</source>
        <translation>Đến &amp;vị trí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/comments.py" line="128" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="111" />
        <source>Thẩm định kết quả tự đánh giá — {unit}</source>
        <translation>Thẩm định kết quả tự đánh giá — {unit}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="116" />
        <source>{unit} ({code}), năm {period}</source>
        <translation>{unit} ({code}), năm {period}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="122" />
        <source>Mở tệp minh chứng</source>
        <translation>Mở tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="123" />
        <source>Lưu kết quả thẩm định</source>
        <translation>Lưu kết quả thẩm định</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="126" />
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="127" />
        <source>Chỉ số</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="128" />
        <source>Đơn vị báo cáo</source>
        <translation>Đơn vị báo cáo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="129" />
        <source>Minh chứng</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="130" />
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="131" />
        <source>Điểm</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="132" />
        <source>Giá trị thẩm định</source>
        <translation>Giá trị thẩm định</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="133" />
        <source>Lý do điều chỉnh</source>
        <translation>Lý do điều chỉnh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="134" />
        <source>Chấp nhận</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="215" />
        <source>Chỉ số {code}: hãy ghi lý do điều chỉnh.</source>
        <translation>Chỉ số {code}: hãy ghi lý do điều chỉnh.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="248" />
        <source>Tự đánh giá: {own} — sau thẩm định: {checked} / {max}</source>
        <translation>Tự đánh giá: {own} — sau thẩm định: {checked} / {max}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="282" />
        <source>Chỉ số {code} không có tệp minh chứng.</source>
        <translation>Chỉ số {code} không có tệp minh chứng.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/review.py" line="297" />
        <source>Đã lưu kết quả thẩm định.</source>
        <translation>Đã lưu kết quả thẩm định.</translation>
    </message>
</context>
<context>
    <name>ReviewWriteDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="219" />
        <source>Đã thêm góp ý; bấm “Gửi góp ý…” để lưu tệp gửi huyện.</source>
        <translation>Đã thêm góp ý; bấm “Gửi góp ý…” để lưu tệp gửi huyện.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="222" />
        <source>Lưu tệp góp ý gửi huyện</source>
        <translation>Lưu tệp góp ý gửi huyện</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="242" />
        <source>Đang lưu tệp góp ý…</source>
        <translation>Đang lưu tệp góp ý…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="247" />
        <source>Đã lưu “%1” (%2, %3 ý kiến).</source>
        <translation>Đã lưu “%1” (%2, %3 ý kiến).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="268" />
        <source>Góp ý đã viết cho kế hoạch này: %1 (gửi tất cả trong một tệp).</source>
        <translation>Góp ý đã viết cho kế hoạch này: %1 (gửi tất cả trong một tệp).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="272" />
        <source>Góp ý kế hoạch của huyện</source>
        <translation>Góp ý kế hoạch của huyện</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="274" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Chọn kế hoạch, một mục hoặc một dòng phụ lục rồi viết góp ý.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Chọn kế hoạch, một mục hoặc một dòng phụ lục rồi viết góp ý.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="277" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="278" />
        <source>Phụ lục</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="279" />
        <source>&amp;Góp ý:</source>
        <translation>&amp;Góp ý:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="279" />
        <source>&amp;Người góp ý:</source>
        <translation>&amp;Người góp ý:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="279" />
        <source>&amp;Email của huyện:</source>
        <translation>&amp;Email của huyện:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="285" />
        <source>vd. Sở Thông tin và Truyền thông</source>
        <translation>vd. Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="286" />
        <source>vd. vanphong@nhuxuan.thanhhoa.gov.vn</source>
        <translation>vd. vanphong@nhuxuan.thanhhoa.gov.vn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="287" />
        <source>&amp;Thêm góp ý</source>
        <translation>&amp;Thêm góp ý</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="289" />
        <source>Vị trí</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="289" />
        <source>Ý kiến</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="289" />
        <source>Người góp ý</source>
        <translation>Người góp ý</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="289" />
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="291" />
        <source>Tạo thư nháp email (.eml) kèm tệp</source>
        <translation>Tạo thư nháp email (.eml) kèm tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="292" />
        <source>Gửi &amp;góp ý…</source>
        <translation>Gửi &amp;góp ý…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="293" />
        <source>Mở thư mục chứa tệp</source>
        <translation>Mở thư mục chứa tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_review.py" line="294" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RollupNotice</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/rollup_notice.py" line="73" />
        <source>Dùng số tổng hợp từ các xã</source>
        <translation>Dùng số tổng hợp từ các xã</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/rollup_notice.py" line="74" />
        <source>Giữ số của huyện</source>
        <translation>Giữ số của huyện</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/rollup_notice.py" line="81" />
        <source>Chỉ tiêu “%1”, %2: huyện đã nhập %3, số tổng hợp từ các xã là %4. Đang dùng số của huyện.</source>
        <translation>Chỉ tiêu “%1”, %2: huyện đã nhập %3, số tổng hợp từ các xã là %4. Đang dùng số của huyện.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/rollup_notice.py" line="90" />
        <source>(và %1 chỗ khác như vậy)</source>
        <translation>(và %1 chỗ khác như vậy)</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="179" />
        <source>Sửa nội dung mục “%1”</source>
        <translation>Sửa nội dung mục “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="192" />
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="201" />
        <source>Mục mới</source>
        <translation>Mục mới</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="231" />
        <source>Thụt mục “%1” vào</source>
        <translation>Thụt mục “%1” vào</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="242" />
        <source>Đưa mục “%1” ra ngoài</source>
        <translation>Đưa mục “%1” ra ngoài</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="252" />
        <source>Thêm mục</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="252" />
        <source>Thêm mục ngay sau mục đang chọn</source>
        <translation>Thêm mục ngay sau mục đang chọn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="253" />
        <source>Thêm mục con</source>
        <translation>Thêm mục con</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="253" />
        <source>Thêm mục con vào cuối mục đang chọn</source>
        <translation>Thêm mục con vào cuối mục đang chọn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="254" />
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="254" />
        <source>Xóa mục đang chọn</source>
        <translation>Xóa mục đang chọn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="255" />
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="255" />
        <source>Đưa mục lên trên</source>
        <translation>Đưa mục lên trên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="256" />
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="256" />
        <source>Đưa mục xuống dưới</source>
        <translation>Đưa mục xuống dưới</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="257" />
        <source>Thụt vào</source>
        <translation>Thụt vào</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="257" />
        <source>Thành mục con của mục phía trên</source>
        <translation>Thành mục con của mục phía trên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="258" />
        <source>Lùi ra</source>
        <translation>Lùi ra</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="258" />
        <source>Ra ngoài một cấp</source>
        <translation>Ra ngoài một cấp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="266" />
        <source>&amp;Tên mục:</source>
        <translation>&amp;Tên mục:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="267" />
        <source>&amp;Nội dung:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_editor.py" line="270" />
        <source>Mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” hoặc “+ ” là gạch đầu dòng cấp 1, cấp 2. Văn bản dán vào được sửa bảng mã (TCVN3, VNI) và lỗi chữ “ƣ”.</source>
        <translation>Mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” hoặc “+ ” là gạch đầu dòng cấp 1, cấp 2. Văn bản dán vào được sửa bảng mã (TCVN3, VNI) và lỗi chữ “ƣ”.</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_model.py" line="126" />
        <source>Mục kinh phí: in phần tổng hợp kinh phí trước nội dung</source>
        <translation>Mục kinh phí: in phần tổng hợp kinh phí trước nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_model.py" line="229" />
        <source>Thêm mục “%1”</source>
        <translation>Thêm mục “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_model.py" line="241" />
        <source>Xóa mục “%1”</source>
        <translation>Xóa mục “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_model.py" line="262" />
        <source>Di chuyển mục “%1”</source>
        <translation>Di chuyển mục “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan/section_model.py" line="274" />
        <source>Sửa tên mục “%1”</source>
        <translation>Sửa tên mục “%1”</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="161" />
        <source>Tự đánh giá chuyển đổi số — {name}</source>
        <translation>Tự đánh giá chuyển đổi số — {name}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="163" />
        <source>Mã đơn vị:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="164" />
        <source>Tên đơn vị:</source>
        <translation>Tên đơn vị:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="165" />
        <source>Năm đánh giá:</source>
        <translation>Năm đánh giá:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="166" />
        <source>Đính kèm tệp minh chứng…</source>
        <translation>Đính kèm tệp minh chứng…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="167" />
        <source>Lưu tệp tự đánh giá…</source>
        <translation>Lưu tệp tự đánh giá…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="168" />
        <source>Xuất báo cáo tự đánh giá…</source>
        <translation>Xuất báo cáo tự đánh giá…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="169" />
        <source>Lấy số liệu từ theo dõi chỉ tiêu</source>
        <translation>Lấy số liệu từ theo dõi chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="170" />
        <source>Gửi lên tỉnh…</source>
        <translation>Gửi lên tỉnh…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="174" />
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="175" />
        <source>Chỉ số</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="176" />
        <source>Điểm tối đa</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="177" />
        <source>Giá trị / tử số</source>
        <translation>Giá trị / tử số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="178" />
        <source>Mẫu số</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="179" />
        <source>Số văn bản</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="180" />
        <source>Ngày văn bản</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="181" />
        <source>Liên kết</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="182" />
        <source>Tệp đính kèm</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="183" />
        <source>Điểm</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="184" />
        <source>Mất điểm</source>
        <translation>Mất điểm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="201" />
        <source>Hạn gửi kết quả tự đánh giá về tỉnh: {date}</source>
        <translation>Hạn gửi kết quả tự đánh giá về tỉnh: {date}</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="213" />
        <source>Nhập tử số và mẫu số; điểm = tử số / mẫu số × điểm tối đa.</source>
        <translation>Nhập tử số và mẫu số; điểm = tử số / mẫu số × điểm tối đa.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="216" />
        <source>từ {at} được {points} điểm</source>
        <translation>từ {at} được {points} điểm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="221" />
        <source>Theo ngưỡng: {steps}.</source>
        <translation>Theo ngưỡng: {steps}.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="223" />
        <source>Nhập “có” hoặc “không”.</source>
        <translation>Nhập “có” hoặc “không”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="225" />
        <source>Nhập số lượng; đạt {target} được điểm tối đa.</source>
        <translation>Nhập số lượng; đạt {target} được điểm tối đa.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="228" />
        <source>Điểm do Sở Khoa học và Công nghệ thẩm định.</source>
        <translation>Điểm do Sở Khoa học và Công nghệ thẩm định.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="308" />
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="561" />
        <source>có</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="308" />
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="561" />
        <source>không</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="352" />
        <source>“{text}” không phải là ngày (viết 15/3/2026).</source>
        <translation>“{text}” không phải là ngày (viết 15/3/2026).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="371" />
        <source>Chưa nhập giá trị</source>
        <translation>Chưa nhập giá trị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="385" />
        <source>Tổng điểm: {points} / {max} ({fraction})</source>
        <translation>Tổng điểm: {points} / {max} ({fraction})</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="409" />
        <source>tệp đính kèm quá lớn (tối đa {limit} MB)</source>
        <translation>tệp đính kèm quá lớn (tối đa {limit} MB)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="425" />
        <source>Hãy chọn một chỉ số trước khi đính kèm tệp.</source>
        <translation>Hãy chọn một chỉ số trước khi đính kèm tệp.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="427" />
        <source>Chọn tệp minh chứng</source>
        <translation>Chọn tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="473" />
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="505" />
        <source>chưa nhập mã đơn vị</source>
        <translation>chưa nhập mã đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="483" />
        <source>Lưu tệp tự đánh giá</source>
        <translation>Lưu tệp tự đánh giá</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="483" />
        <source>Tệp tự đánh giá (*.json)</source>
        <translation>Tệp tự đánh giá (*.json)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="492" />
        <source>Đã lưu “{path}”.</source>
        <translation>Đã lưu “{path}”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="518" />
        <source>chưa nhập mã và tên đơn vị</source>
        <translation>chưa nhập mã và tên đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="528" />
        <source>Xuất báo cáo tự đánh giá</source>
        <translation>Xuất báo cáo tự đánh giá</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="530" />
        <source>Tệp PDF (*.pdf);;Tệp Excel (*.xlsx)</source>
        <translation>Tệp PDF (*.pdf);;Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="539" />
        <source>Đã xuất “{path}”.</source>
        <translation>Đã xuất “{path}”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/self_assessment.py" line="571" />
        <source>Đã lấy {count} giá trị từ theo dõi chỉ tiêu; hãy kiểm tra trước khi gửi.</source>
        <translation>Đã lấy {count} giá trị từ theo dõi chỉ tiêu; hãy kiểm tra trước khi gửi.</translation>
    </message>
</context>
<context>
    <name>SendAssessmentDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="106" />
        <source>Từ: %1 (mã %2) → Đến: %3</source>
        <translation>Từ: %1 (mã %2) → Đến: %3</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="110" />
        <source>Tự đánh giá năm %1 theo “%2”: %3 chỉ số có giá trị hoặc minh chứng</source>
        <translation>Tự đánh giá năm %1 theo “%2”: %3 chỉ số có giá trị hoặc minh chứng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="114" />
        <source>Tệp minh chứng: %1 tệp, %2</source>
        <translation>Tệp minh chứng: %1 tệp, %2</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="118" />
        <source>Dung lượng tệp gửi: %1</source>
        <translation>Dung lượng tệp gửi: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="123" />
        <source>Lưu tệp gửi lên tỉnh</source>
        <translation>Lưu tệp gửi lên tỉnh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="152" />
        <source>Đang lưu tệp gửi lên tỉnh…</source>
        <translation>Đang lưu tệp gửi lên tỉnh…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="157" />
        <source>Đã lưu “%1” (%2).</source>
        <translation>Đã lưu “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="177" />
        <source>Gửi kết quả tự đánh giá lên tỉnh</source>
        <translation>Gửi kết quả tự đánh giá lên tỉnh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="178" />
        <source>Tóm tắt:</source>
        <translation>Tóm tắt:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="179" />
        <source>&amp;Email của tỉnh:</source>
        <translation>&amp;Email của tỉnh:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="181" />
        <source>vd. cntt@thanhhoa.gov.vn</source>
        <translation>vd. cntt@thanhhoa.gov.vn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="183" />
        <source>Tạo thư nháp email (.eml) kèm tệp, để gửi bằng Outlook/Thunderbird</source>
        <translation>Tạo thư nháp email (.eml) kèm tệp, để gửi bằng Outlook/Thunderbird</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="185" />
        <source>&amp;Lưu tệp gửi…</source>
        <translation>&amp;Lưu tệp gửi…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="186" />
        <source>Mở thư mục chứa tệp</source>
        <translation>Mở thư mục chứa tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/index/send_assessment.py" line="187" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SendBundleDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="156" />
        <source>Từ: %1 (mã %2) → Đến: %3</source>
        <translation>Từ: %1 (mã %2) → Đến: %3</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="160" />
        <source>Kế hoạch “%1”, lần sửa %2</source>
        <translation>Kế hoạch “%1”, lần sửa %2</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="163" />
        <source>Nội dung: %1 phần (%2 tệp đính kèm); số liệu thực hiện: %3</source>
        <translation>Nội dung: %1 phần (%2 tệp đính kèm); số liệu thực hiện: %3</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="168" />
        <source>Dung lượng tệp gửi: %1</source>
        <translation>Dung lượng tệp gửi: %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="175" />
        <source>Chọn tệp đính kèm</source>
        <translation>Chọn tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="175" />
        <source>Mọi tệp (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="180" />
        <source>Lưu tệp gửi lên tỉnh</source>
        <translation>Lưu tệp gửi lên tỉnh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="223" />
        <source>Đang lưu tệp gửi lên tỉnh…</source>
        <translation>Đang lưu tệp gửi lên tỉnh…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="228" />
        <source>Đã lưu “%1” (%2).</source>
        <translation>Đã lưu “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="249" />
        <source>Gửi lên tỉnh</source>
        <translation>Gửi lên tỉnh</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="254" />
        <source>Kế hoạch:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="255" />
        <source>&amp;Loại:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="256" />
        <source>Tệp đính kèm
(vd. bản quét có chữ ký):</source>
        <translation>Tệp đính kèm
(vd. bản quét có chữ ký):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="257" />
        <source>Tóm tắt:</source>
        <translation>Tóm tắt:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="258" />
        <source>&amp;Email của tỉnh:</source>
        <translation>&amp;Email của tỉnh:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="264" />
        <source>&amp;Thêm tệp…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="265" />
        <source>&amp;Bỏ tệp</source>
        <translation>&amp;Bỏ tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="266" />
        <source>vd. cntt@thanhhoa.gov.vn</source>
        <translation>vd. cntt@thanhhoa.gov.vn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="268" />
        <source>Tạo thư nháp email (.eml) kèm tệp, để gửi bằng Outlook/Thunderbird</source>
        <translation>Tạo thư nháp email (.eml) kèm tệp, để gửi bằng Outlook/Thunderbird</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="270" />
        <source>&amp;Lưu tệp gửi…</source>
        <translation>&amp;Lưu tệp gửi…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="271" />
        <source>Mở thư mục chứa tệp</source>
        <translation>Mở thư mục chứa tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/send.py" line="272" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SendTemplateDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="146" />
        <source>Cơ sở dữ liệu chưa có kế hoạch nào để làm mẫu.</source>
        <translation>Cơ sở dữ liệu chưa có kế hoạch nào để làm mẫu.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="159" />
        <source>Giai đoạn %1-%2; đề cương %3 mục; %4 chỉ tiêu (%5 có chỉ tiêu kế hoạch).</source>
        <translation>Giai đoạn %1-%2; đề cương %3 mục; %4 chỉ tiêu (%5 có chỉ tiêu kế hoạch).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="165" />
        <source>Một tệp cho mọi huyện của tỉnh; dung lượng %1.</source>
        <translation>Một tệp cho mọi huyện của tỉnh; dung lượng %1.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="173" />
        <source>Lưu tệp mẫu kế hoạch gửi các huyện</source>
        <translation>Lưu tệp mẫu kế hoạch gửi các huyện</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="192" />
        <source>Đang lưu tệp mẫu kế hoạch…</source>
        <translation>Đang lưu tệp mẫu kế hoạch…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="197" />
        <source>Đã lưu “%1” (%2). Gửi tệp này cho các huyện.</source>
        <translation>Đã lưu “%1” (%2). Gửi tệp này cho các huyện.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="212" />
        <source>Gửi mẫu kế hoạch cho các huyện</source>
        <translation>Gửi mẫu kế hoạch cho các huyện</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="214" />
        <source>&amp;Kế hoạch làm mẫu:</source>
        <translation>&amp;Kế hoạch làm mẫu:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="215" />
        <source>Nội dung:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="216" />
        <source>Hạn gửi:</source>
        <translation>Hạn gửi:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="217" />
        <source>&amp;Ghi chú:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="218" />
        <source>&amp;Email các huyện:</source>
        <translation>&amp;Email các huyện:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="225" />
        <source>Các huyện gửi kế hoạch trước ngày</source>
        <translation>Các huyện gửi kế hoạch trước ngày</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="226" />
        <source>vd. Gửi bản có chữ ký kèm bản quét.</source>
        <translation>vd. Gửi bản có chữ ký kèm bản quét.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="227" />
        <source>Có thể để trống và điền khi gửi thư</source>
        <translation>Có thể để trống và điền khi gửi thư</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="228" />
        <source>Tạo thư nháp email (.eml) kèm tệp</source>
        <translation>Tạo thư nháp email (.eml) kèm tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="229" />
        <source>&amp;Lưu tệp mẫu…</source>
        <translation>&amp;Lưu tệp mẫu…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="230" />
        <source>Mở thư mục chứa tệp</source>
        <translation>Mở thư mục chứa tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/province_template.py" line="231" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="120" />
        <source>Mật khẩu cần ít nhất %1 ký tự.</source>
        <translation>Mật khẩu cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="124" />
        <source>Hai lần nhập mật khẩu chưa giống nhau.</source>
        <translation>Hai lần nhập mật khẩu chưa giống nhau.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="146" />
        <source>Đặt mật khẩu cho khóa ký</source>
        <translation>Đặt mật khẩu cho khóa ký</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="149" />
        <source>Mật khẩu bảo vệ khóa ký khi máy tính bị người khác sử dụng. Khóa và dấu vân tay không đổi. Hãy ghi nhớ mật khẩu: không có nó thì máy này không ký được tệp gửi đi.</source>
        <translation>Mật khẩu bảo vệ khóa ký khi máy tính bị người khác sử dụng. Khóa và dấu vân tay không đổi. Hãy ghi nhớ mật khẩu: không có nó thì máy này không ký được tệp gửi đi.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="154" />
        <source>Mật khẩu &amp;mới:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="155" />
        <source>&amp;Nhập lại:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.ui" line="6" />
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="10" />
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="12" />
        <source>Cơ sở dữ liệu:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="14" />
        <source>Tệp nhật ký:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="18" />
        <source>Văn bản in ra luôn bằng tiếng Việt, dù giao diện dùng ngôn ngữ nào.</source>
        <translation>Văn bản in ra luôn bằng tiếng Việt, dù giao diện dùng ngôn ngữ nào.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="149" />
        <source>Kế hoạch ứng dụng công nghệ thông tin</source>
        <translation>Kế hoạch ứng dụng công nghệ thông tin</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="150" />
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="151" />
        <source>&amp;Các kế hoạch (%n)</source>
        <translation>
            <numerusform>&amp;Các kế hoạch (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="153" />
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="153" />
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="153" />
        <source>Giai đoạn</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="153" />
        <source>Số, ký hiệu</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="155" />
        <source>Tạo kế hoạch mới…</source>
        <translation>Tạo kế hoạch mới…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="156" />
        <source>Mở kế hoạch</source>
        <translation>Mở kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="157" />
        <source>Nhập tệp kế hoạch…</source>
        <translation>Nhập tệp kế hoạch…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="158" />
        <source>Nhập bảng Excel…</source>
        <translation>Nhập bảng Excel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/shell/start_page.py" line="159" />
        <source>Xóa kế hoạch…</source>
        <translation>Xóa kế hoạch…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../itplan_desktop/gui/tasks.py" line="69" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/tasks.py" line="70" />
        <source>Đang xử lý</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/tasks.py" line="87" />
        <source>Đang hủy…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>TaskProgressModel</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="271" />
        <source>Phụ lục %1: %2</source>
        <translation>Phụ lục %1: %2</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="308" />
        <source>Kế hoạch vốn
(%1)</source>
        <translation>Kế hoạch vốn
(%1)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="310" />
        <source>TT</source>
        <translation>TT</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="310" />
        <source>Nhiệm vụ, dự án</source>
        <translation>Nhiệm vụ, dự án</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="310" />
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="313" />
        <source>Giải ngân
%1</source>
        <translation>Giải ngân
%1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/kpi/models.py" line="314" />
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>TaskProgressView</name>
    <message>
        <location filename="../itplan_desktop/gui/kpi/tasks_view.py" line="99" />
        <source>Cập nhật tiến độ nhiệm vụ</source>
        <translation>Cập nhật tiến độ nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>TotalRowsDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="37" />
        <source>Các dòng tổng phía trên “Tổng cộng”</source>
        <translation>Các dòng tổng phía trên “Tổng cộng”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="44" />
        <source>Tên dòng</source>
        <translation>Tên dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="44" />
        <source>Nguồn vốn</source>
        <translation>Nguồn vốn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="44" />
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="52" />
        <source>Thêm dòng</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="53" />
        <source>Mỗi nguồn vốn một dòng</source>
        <translation>Mỗi nguồn vốn một dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="54" />
        <source>Mỗi năm một dòng</source>
        <translation>Mỗi năm một dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="55" />
        <source>Xóa dòng</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="56" />
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="57" />
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="72" />
        <source>Mỗi dòng cộng các số tiền thuộc nguồn vốn và năm đã chọn (để trống: mọi nguồn, mọi năm); in theo thứ tự này, ngay trên dòng “Tổng cộng”.</source>
        <translation>Mỗi dòng cộng các số tiền thuộc nguồn vốn và năm đã chọn (để trống: mọi nguồn, mọi năm); in theo thứ tự này, ngay trên dòng “Tổng cộng”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="89" />
        <source>(mọi nguồn)</source>
        <translation>(mọi nguồn)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="97" />
        <source>(mọi năm)</source>
        <translation>(mọi năm)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="126" />
        <location filename="../itplan_desktop/gui/appendix/total_rows_dialog.py" line="153" />
        <source>Tổng</source>
        <translation>Tổng</translation>
    </message>
</context>
<context>
    <name>UnlockKeyDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="90" />
        <source>Mở khóa ký</source>
        <translation>Mở khóa ký</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="93" />
        <source>Khóa dùng để ký các tệp gửi đi được bảo vệ bằng mật khẩu. Hãy nhập mật khẩu (chỉ hỏi một lần cho đến khi đóng chương trình).</source>
        <translation>Khóa dùng để ký các tệp gửi đi được bảo vệ bằng mật khẩu. Hãy nhập mật khẩu (chỉ hỏi một lần cho đến khi đóng chương trình).</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/exchange/key_passphrase.py" line="97" />
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
</TS>