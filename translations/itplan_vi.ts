<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name>AppendixEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="141" />
        <source>Chèn dòng</source>
        <translation>Chèn dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="146" />
        <source>Chèn nhóm</source>
        <translation>Chèn nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="151" />
        <source>Xóa dòng</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="156" />
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="161" />
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="166" />
        <source>Giảm lề</source>
        <translation>Giảm lề</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="171" />
        <source>Thụt lề</source>
        <translation>Thụt lề</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="176" />
        <source>Dòng ↔ nhóm</source>
        <translation>Dòng ↔ nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="181" />
        <source>Chép</source>
        <translation>Chép</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="186" />
        <source>Dán</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="188" />
        <source>Xóa nội dung ô</source>
        <translation>Xóa nội dung ô</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="190" />
        <source>Bố cục cột…</source>
        <translation>Bố cục cột…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="194" />
        <source>Thứ tự gốc</source>
        <translation>Thứ tự gốc</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="196" />
        <source>Tìm</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="223" />
        <source>Đơn vị tính (chỉ đổi cách hiển thị, không đổi số liệu)</source>
        <translation>Đơn vị tính (chỉ đổi cách hiển thị, không đổi số liệu)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="226" />
        <source> Đơn vị: </source>
        <translation> Đơn vị: </translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="229" />
        <source>Lọc (gõ không dấu được)…</source>
        <translation>Lọc (gõ không dấu được)…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="311" />
        <source>Chưa sửa ô: số «{t}» không rõ nghĩa.</source>
        <translation>Chưa sửa ô: số «{t}» không rõ nghĩa.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="321" />
        <source>{message} Ô giữ giá trị cũ.</source>
        <translation>{message} Ô giữ giá trị cũ.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="360" />
        <source>Số không rõ nghĩa</source>
        <translation>Số không rõ nghĩa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="362" />
        <source>«{t}» có thể hiểu theo hai cách. Bạn muốn nhập số nào?</source>
        <translation>«{t}» có thể hiểu theo hai cách. Bạn muốn nhập số nào?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="378" />
        <source>Cách viết số khi dán</source>
        <translation>Cách viết số khi dán</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="382" />
        <source>Các số {sample} có thể hiểu theo hai cách. Dấu phẩy trong dữ liệu dán là gì?</source>
        <translation>Các số {sample} có thể hiểu theo hai cách. Dấu phẩy trong dữ liệu dán là gì?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="386" />
        <source>Dấu thập phân (kiểu Việt Nam: 1,5)</source>
        <translation>Dấu thập phân (kiểu Việt Nam: 1,5)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="389" />
        <source>Phân cách hàng nghìn (kiểu Anh: 1,500)</source>
        <translation>Phân cách hàng nghìn (kiểu Anh: 1,500)</translation>
    </message>
</context>
<context>
    <name>AppendixTableModel</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix_model.py" line="141" />
        <source>Số ghi trên văn bản: {stated} — số tính được: {value} ({unit})</source>
        <translation>Số ghi trên văn bản: {stated} — số tính được: {value} ({unit})</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_model.py" line="193" />
        <source>Ô tính tự động, không sửa trực tiếp.</source>
        <translation>Ô tính tự động, không sửa trực tiếp.</translation>
    </message>
</context>
<context>
    <name>AppendixTableView</name>
    <message>
        <location filename="../itplan_desktop/gui/table_preview.py" line="111" />
        <source>Bảng chỉ xem: ô tô màu là ô tự tính (tổng nhóm, tổng cộng).</source>
        <translation>Bảng chỉ xem: ô tô màu là ô tự tính (tổng nhóm, tổng cộng).</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../itplan_desktop/gui/body_edit.py" line="62" />
        <source>Chuyển bảng mã?</source>
        <translation>Chuyển bảng mã?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/body_edit.py" line="64" />
        <source>Văn bản vừa dán có thể được gõ bằng bảng mã cũ (%1, độ tin cậy %2%). Chuyển sang Unicode?</source>
        <translation>Văn bản vừa dán có thể được gõ bằng bảng mã cũ (%1, độ tin cậy %2%). Chuyển sang Unicode?</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="85" />
        <source>Sửa câu tổng kinh phí</source>
        <translation>Sửa câu tổng kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="91" />
        <location filename="../itplan_desktop/gui/budget_editor.py" line="209" />
        <source>Sửa số tiền bằng chữ</source>
        <translation>Sửa số tiền bằng chữ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="128" />
        <source>%1 %2 (chênh lệch so với kế hoạch: %3)</source>
        <translation>%1 %2 (chênh lệch so với kế hoạch: %3)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="204" />
        <source>Sửa tổng kinh phí</source>
        <translation>Sửa tổng kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="216" />
        <source>Sửa dòng kinh phí</source>
        <translation>Sửa dòng kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="224" />
        <source>Sửa số kinh phí “%1”</source>
        <translation>Sửa số kinh phí “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="231" />
        <source>Thêm dòng kinh phí</source>
        <translation>Thêm dòng kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="239" />
        <source>Xóa dòng kinh phí</source>
        <translation>Xóa dòng kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="262" />
        <source>Câu &amp;dẫn:</source>
        <translation>Câu &amp;dẫn:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="263" />
        <source>&amp;Tổng kinh phí (%1):</source>
        <translation>&amp;Tổng kinh phí (%1):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="264" />
        <source>Bằng chữ (tự động):</source>
        <translation>Bằng chữ (tự động):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="265" />
        <source>Bằng &amp;chữ ghi trong kế hoạch:</source>
        <translation>Bằng &amp;chữ ghi trong kế hoạch:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="266" />
        <source>Các phụ lục cộng được:</source>
        <translation>Các phụ lục cộng được:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="270" />
        <source>Dùng chữ tự động</source>
        <translation>Dùng chữ tự động</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="271" />
        <source>Chia theo nguồn vốn:</source>
        <translation>Chia theo nguồn vốn:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="274" />
        <source>Nguồn vốn</source>
        <translation>Nguồn vốn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="275" />
        <source>Ghi trong kế hoạch</source>
        <translation>Ghi trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="276" />
        <source>Phụ lục cộng được</source>
        <translation>Phụ lục cộng được</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="277" />
        <source>Chênh lệch</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="280" />
        <source>Thêm dòng</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="281" />
        <source>Xóa dòng</source>
        <translation>Xóa dòng</translation>
    </message>
</context>
<context>
    <name>ColumnLayoutDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="65" />
        <source>Bố cục cột của phụ lục</source>
        <translation>Bố cục cột của phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="77" />
        <source>Tiêu đề (các tầng cách nhau bởi « &gt; »)</source>
        <translation>Tiêu đề (các tầng cách nhau bởi « &gt; »)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="78" />
        <source>Kiểu</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="79" />
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="80" />
        <source>Độ rộng</source>
        <translation>Độ rộng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="91" />
        <source>Thêm cột chữ</source>
        <translation>Thêm cột chữ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="92" />
        <source>Thêm cột tiền</source>
        <translation>Thêm cột tiền</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="93" />
        <source>Xóa cột</source>
        <translation>Xóa cột</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="94" />
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="95" />
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="107" />
        <source>Thêm cột năm</source>
        <translation>Thêm cột năm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="109" />
        <source>Năm:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="113" />
        <source>Tách các năm theo nguồn vốn:</source>
        <translation>Tách các năm theo nguồn vốn:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="120" />
        <source>Tách</source>
        <translation>Tách</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="193" />
        <source>Cột mới</source>
        <translation>Cột mới</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="196" />
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="73" />
        <source>Nội dung ban đầu</source>
        <translation>Nội dung ban đầu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="74" />
        <source>Bắt đầu từ đề cương mẫu hoặc sao chép một kế hoạch đã có.</source>
        <translation>Bắt đầu từ đề cương mẫu hoặc sao chép một kế hoạch đã có.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="77" />
        <source>Đề cương mẫu (đánh giá, mục tiêu, nhiệm vụ, giải pháp, lộ trình, kinh phí, tổ chức thực hiện)</source>
        <translation>Đề cương mẫu (đánh giá, mục tiêu, nhiệm vụ, giải pháp, lộ trình, kinh phí, tổ chức thực hiện)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="81" />
        <source>Sao chép kế hoạch trước, dời các năm cho khớp</source>
        <translation>Sao chép kế hoạch trước, dời các năm cho khớp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="88" />
        <source>Không tạo phụ lục</source>
        <translation>Không tạo phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="103" />
        <source>Phụ lục đầu tiên:</source>
        <translation>Phụ lục đầu tiên:</translation>
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
        <location filename="../itplan_desktop/gui/errors.py" line="47" />
        <source>Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho bộ phận hỗ trợ.</source>
        <translation>Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho bộ phận hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="26" />
        <source>Nhập bảng Excel “%1”</source>
        <translation>Nhập bảng Excel “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="53" />
        <source>Trang tính “%1”: %2 dòng nội dung, %3 dòng nhóm, %4 cột; đơn vị %5.</source>
        <translation>Trang tính “%1”: %2 dòng nội dung, %3 dòng nhóm, %4 cột; đơn vị %5.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="63" />
        <source>%1 ô không đọc được sẽ để trống.</source>
        <translation>%1 ô không đọc được sẽ để trống.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="77" />
        <location filename="../itplan_desktop/gui/excel_import.py" line="114" />
        <source>Nhập bảng Excel</source>
        <translation>Nhập bảng Excel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="78" />
        <source>Hãy mở (hoặc tạo) kế hoạch trước, rồi nhập bảng Excel làm phụ lục của nó.</source>
        <translation>Hãy mở (hoặc tạo) kế hoạch trước, rồi nhập bảng Excel làm phụ lục của nó.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="103" />
        <source>Đã thêm phụ lục từ “%1”.</source>
        <translation>Đã thêm phụ lục từ “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="108" />
        <source>Đang đọc bảng Excel…</source>
        <translation>Đang đọc bảng Excel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="116" />
        <source>Thêm bảng này vào kế hoạch thành một phụ lục mới?</source>
        <translation>Thêm bảng này vào kế hoạch thành một phụ lục mới?</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="72" />
        <source>Tệp kế hoạch (*.itplan.json *.json);;Bảng Excel (*.xlsx)</source>
        <translation>Tệp kế hoạch (*.itplan.json *.json);;Bảng Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="73" />
        <source>Mở tệp kế hoạch</source>
        <translation>Mở tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="78" />
        <source>Nhập bảng Excel</source>
        <translation>Nhập bảng Excel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="78" />
        <location filename="../itplan_desktop/gui/file_actions.py" line="149" />
        <source>Bảng Excel (*.xlsx)</source>
        <translation>Bảng Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="100" />
        <source>Đã nhập kế hoạch “%1”.</source>
        <translation>Đã nhập kế hoạch “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="103" />
        <source>Đang nhập tệp kế hoạch…</source>
        <translation>Đang nhập tệp kế hoạch…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="118" />
        <source>Chưa có chức năng</source>
        <translation>Chưa có chức năng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="125" />
        <source>Xuất PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="125" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="140" />
        <source>Đang tạo tệp PDF…</source>
        <translation>Đang tạo tệp PDF…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="149" />
        <source>Xuất Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="159" />
        <source>Đang xuất Excel…</source>
        <translation>Đang xuất Excel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="168" />
        <source>Xuất tệp kế hoạch</source>
        <translation>Xuất tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="170" />
        <source>Tệp kế hoạch (*.itplan.json)</source>
        <translation>Tệp kế hoạch (*.itplan.json)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="184" />
        <source>Đã ghi tệp “%1”.</source>
        <translation>Đã ghi tệp “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="224" />
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="226" />
        <source>itplan-desktop: soạn, kiểm tra, in và theo dõi kế hoạch ứng dụng công nghệ thông tin. Chạy hoàn toàn không cần mạng.</source>
        <translation>itplan-desktop: soạn, kiểm tra, in và theo dõi kế hoạch ứng dụng công nghệ thông tin. Chạy hoàn toàn không cần mạng.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="63" />
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="65" />
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="67" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="68" />
        <source>Phụ lục</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="74" />
        <source>Không phát hiện lỗi nào.</source>
        <translation>Không phát hiện lỗi nào.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="77" />
        <source>%1 lỗi, %2 cảnh báo — nhấp đúp để đến chỗ cần sửa.</source>
        <translation>%1 lỗi, %2 cảnh báo — nhấp đúp để đến chỗ cần sửa.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="95" />
        <source>Nội dung kiểm tra</source>
        <translation>Nội dung kiểm tra</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="95" />
        <source>Ở đâu</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="95" />
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>HeaderEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="117" />
        <source>&lt;b&gt;Khi in:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Khi in:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="139" />
        <source>Sửa “%1”</source>
        <translation>Sửa “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="153" />
        <source>Ví dụ: 15/9/2015</source>
        <translation>Ví dụ: 15/9/2015</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="187" />
        <source>Giai đoạn (nhiều năm)</source>
        <translation>Giai đoạn (nhiều năm)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="188" />
        <source>Hằng năm (một năm)</source>
        <translation>Hằng năm (một năm)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="189" />
        <source>ngày/tháng/năm, ví dụ 15/9/2015</source>
        <translation>ngày/tháng/năm, ví dụ 15/9/2015</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="190" />
        <source>- Sở Thông tin và Truyền thông;</source>
        <translation>- Sở Thông tin và Truyền thông;</translation>
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
    <name>IndicatorsView</name>
    <message>
        <location filename="../itplan_desktop/gui/indicators_view.py" line="32" />
        <source>Nhóm</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/indicators_view.py" line="32" />
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/indicators_view.py" line="32" />
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/indicators_view.py" line="32" />
        <source>Hiện trạng</source>
        <translation>Hiện trạng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/indicators_view.py" line="61" />
        <source>Các chỉ tiêu của kế hoạch (chỉ xem; nhập số liệu thực hiện sẽ có ở chức năng theo dõi chỉ tiêu).</source>
        <translation>Các chỉ tiêu của kế hoạch (chỉ xem; nhập số liệu thực hiện sẽ có ở chức năng theo dõi chỉ tiêu).</translation>
    </message>
</context>
<context>
    <name>LegalBasesEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/legal_bases_editor.py" line="62" />
        <source>Sửa căn cứ</source>
        <translation>Sửa căn cứ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/legal_bases_editor.py" line="73" />
        <source>&amp;Căn cứ ban hành kế hoạch, mỗi dòng một căn cứ (ví dụ: “Căn cứ Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;”):</source>
        <translation>&amp;Căn cứ ban hành kế hoạch, mỗi dòng một căn cứ (ví dụ: “Căn cứ Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;”):</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="55" />
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="58" />
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="69" />
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="70" />
        <source>&amp;Sửa</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="71" />
        <source>&amp;Xem</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="72" />
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="74" />
        <source>Tạo kế hoạch &amp;mới…</source>
        <translation>Tạo kế hoạch &amp;mới…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="75" />
        <source>&amp;Mở/nhập tệp kế hoạch…</source>
        <translation>&amp;Mở/nhập tệp kế hoạch…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="76" />
        <source>Nhập bảng &amp;Excel…</source>
        <translation>Nhập bảng &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="77" />
        <source>Đóng kế hoạch (về trang đầu)</source>
        <translation>Đóng kế hoạch (về trang đầu)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="78" />
        <source>&amp;Xem trước khi in…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="79" />
        <source>&amp;In…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="80" />
        <source>Xuất &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="81" />
        <source>Xuất E&amp;xcel…</source>
        <translation>Xuất E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="82" />
        <source>Xuất tệp &amp;kế hoạch…</source>
        <translation>Xuất tệp &amp;kế hoạch…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="83" />
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="84" />
        <source>&amp;Thoát</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="85" />
        <source>Bảng &amp;kiểm tra</source>
        <translation>Bảng &amp;kiểm tra</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="86" />
        <source>Lỗi &amp;tiếp theo</source>
        <translation>Lỗi &amp;tiếp theo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="87" />
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="88" />
        <source>Căn cứ</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="89" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="90" />
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="91" />
        <source>Phụ lục</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="92" />
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="93" />
        <source>Kiểm tra</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="94" />
        <source>Mở thư mục &amp;nhật ký</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="95" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="99" />
        <source>Đi &amp;tới</source>
        <translation>Đi &amp;tới</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="30" />
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="31" />
        <source>Căn cứ</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="32" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="33" />
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="34" />
        <source>Phụ lục</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="35" />
        <source>Chỉ tiêu (%1)</source>
        <translation>Chỉ tiêu (%1)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="36" />
        <source>Kiểm tra (%1)</source>
        <translation>Kiểm tra (%1)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="46" />
        <source>Phụ lục %1: %2</source>
        <translation>Phụ lục %1: %2</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="124" />
        <source>Tạo kế hoạch mới</source>
        <translation>Tạo kế hoạch mới</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="33" />
        <source>Đơn vị và thời gian</source>
        <translation>Đơn vị và thời gian</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="34" />
        <source>Kế hoạch của đơn vị nào, cho giai đoạn nào hoặc năm nào?</source>
        <translation>Kế hoạch của đơn vị nào, cho giai đoạn nào hoặc năm nào?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="39" />
        <source>Giai đoạn (thường 5 năm)</source>
        <translation>Giai đoạn (thường 5 năm)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="40" />
        <source>Một năm</source>
        <translation>Một năm</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="53" />
        <source>Đơn &amp;vị:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="54" />
        <source>Loại kế hoạch:</source>
        <translation>Loại kế hoạch:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="56" />
        <source>Từ &amp;năm:</source>
        <translation>Từ &amp;năm:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="57" />
        <source>Đến nă&amp;m:</source>
        <translation>Đến nă&amp;m:</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="171" />
        <source>Phụ lục %1</source>
        <translation>Phụ lục %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="245" />
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="270" />
        <source>Tổng kinh phí theo phụ lục: %1 %2 · %3 lỗi, %4 cảnh báo</source>
        <translation>Tổng kinh phí theo phụ lục: %1 %2 · %3 lỗi, %4 cảnh báo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="279" />
        <source>Chưa lưu được!</source>
        <translation>Chưa lưu được!</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="281" />
        <source>Đang chờ lưu…</source>
        <translation>Đang chờ lưu…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="283" />
        <source>Đã lưu</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="284" />
        <source>Đã lưu lúc %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="92" />
        <source>Xem trước khi in</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="94" />
        <source>Phóng to</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="95" />
        <source>Thu nhỏ</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="96" />
        <source>Vừa chiều ngang</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="97" />
        <source>Cả trang</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="98" />
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="99" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="105" />
        <source>/ %1 trang</source>
        <translation>/ %1 trang</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="105" />
        <source>Đang tạo PDF…</source>
        <translation>Đang tạo PDF…</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="179" />
        <source>Sửa nội dung mục “%1”</source>
        <translation>Sửa nội dung mục “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="188" />
        <location filename="../itplan_desktop/gui/section_editor.py" line="197" />
        <source>Mục mới</source>
        <translation>Mục mới</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="227" />
        <source>Thụt mục “%1” vào</source>
        <translation>Thụt mục “%1” vào</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="238" />
        <source>Đưa mục “%1” ra ngoài</source>
        <translation>Đưa mục “%1” ra ngoài</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="248" />
        <source>Thêm mục</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="248" />
        <source>Thêm mục ngay sau mục đang chọn</source>
        <translation>Thêm mục ngay sau mục đang chọn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="249" />
        <source>Thêm mục con</source>
        <translation>Thêm mục con</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="249" />
        <source>Thêm mục con vào cuối mục đang chọn</source>
        <translation>Thêm mục con vào cuối mục đang chọn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="250" />
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="250" />
        <source>Xóa mục đang chọn</source>
        <translation>Xóa mục đang chọn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="251" />
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="251" />
        <source>Đưa mục lên trên</source>
        <translation>Đưa mục lên trên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="252" />
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="252" />
        <source>Đưa mục xuống dưới</source>
        <translation>Đưa mục xuống dưới</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="253" />
        <source>Thụt vào</source>
        <translation>Thụt vào</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="253" />
        <source>Thành mục con của mục phía trên</source>
        <translation>Thành mục con của mục phía trên</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="254" />
        <source>Lùi ra</source>
        <translation>Lùi ra</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="254" />
        <source>Ra ngoài một cấp</source>
        <translation>Ra ngoài một cấp</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="262" />
        <source>&amp;Tên mục:</source>
        <translation>&amp;Tên mục:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="263" />
        <source>&amp;Nội dung:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="266" />
        <source>Mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” hoặc “+ ” là gạch đầu dòng cấp 1, cấp 2. Văn bản dán vào được sửa bảng mã (TCVN3, VNI) và lỗi chữ “ƣ”.</source>
        <translation>Mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” hoặc “+ ” là gạch đầu dòng cấp 1, cấp 2. Văn bản dán vào được sửa bảng mã (TCVN3, VNI) và lỗi chữ “ƣ”.</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <location filename="../itplan_desktop/gui/section_model.py" line="112" />
        <source>Mục kinh phí: in phần tổng hợp kinh phí trước nội dung</source>
        <translation>Mục kinh phí: in phần tổng hợp kinh phí trước nội dung</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_model.py" line="215" />
        <source>Thêm mục “%1”</source>
        <translation>Thêm mục “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_model.py" line="227" />
        <source>Xóa mục “%1”</source>
        <translation>Xóa mục “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_model.py" line="248" />
        <source>Di chuyển mục “%1”</source>
        <translation>Di chuyển mục “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_model.py" line="260" />
        <source>Sửa tên mục “%1”</source>
        <translation>Sửa tên mục “%1”</translation>
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
        <location filename="../itplan_desktop/gui/start_page.py" line="127" />
        <source>Kế hoạch ứng dụng công nghệ thông tin</source>
        <translation>Kế hoạch ứng dụng công nghệ thông tin</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="128" />
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../itplan_desktop/gui/start_page.py" line="129" />
        <source>&amp;Các kế hoạch (%n)</source>
        <translation>
            <numerusform>&amp;Các kế hoạch (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="131" />
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="131" />
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="131" />
        <source>Giai đoạn</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="131" />
        <source>Số, ký hiệu</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="133" />
        <source>Tạo kế hoạch mới…</source>
        <translation>Tạo kế hoạch mới…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="134" />
        <source>Mở kế hoạch</source>
        <translation>Mở kế hoạch</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="135" />
        <source>Nhập tệp kế hoạch…</source>
        <translation>Nhập tệp kế hoạch…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="136" />
        <source>Nhập bảng Excel…</source>
        <translation>Nhập bảng Excel…</translation>
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
</TS>