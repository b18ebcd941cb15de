<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AppendixEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="141" />
        <source>Chèn dòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="146" />
        <source>Chèn nhóm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="151" />
        <source>Xóa dòng</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="156" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="161" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="166" />
        <source>Giảm lề</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="171" />
        <source>Thụt lề</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="176" />
        <source>Dòng ↔ nhóm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="181" />
        <source>Chép</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="186" />
        <source>Dán</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="188" />
        <source>Xóa nội dung ô</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="190" />
        <source>Bố cục cột…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="194" />
        <source>Thứ tự gốc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="196" />
        <source>Tìm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="223" />
        <source>Đơn vị tính (chỉ đổi cách hiển thị, không đổi số liệu)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="226" />
        <source> Đơn vị: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="229" />
        <source>Lọc (gõ không dấu được)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="311" />
        <source>Chưa sửa ô: số «{t}» không rõ nghĩa.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="321" />
        <source>{message} Ô giữ giá trị cũ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="360" />
        <source>Số không rõ nghĩa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="362" />
        <source>«{t}» có thể hiểu theo hai cách. Bạn muốn nhập số nào?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="378" />
        <source>Cách viết số khi dán</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="382" />
        <source>Các số {sample} có thể hiểu theo hai cách. Dấu phẩy trong dữ liệu dán là gì?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="386" />
        <source>Dấu thập phân (kiểu Việt Nam: 1,5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_editor.py" line="389" />
        <source>Phân cách hàng nghìn (kiểu Anh: 1,500)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppendixTableModel</name>
    <message>
        <location filename="../itplan_desktop/gui/appendix_model.py" line="141" />
        <source>Số ghi trên văn bản: {stated} — số tính được: {value} ({unit})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/appendix_model.py" line="193" />
        <source>Ô tính tự động, không sửa trực tiếp.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppendixTableView</name>
    <message>
        <location filename="../itplan_desktop/gui/table_preview.py" line="111" />
        <source>Bảng chỉ xem: ô tô màu là ô tự tính (tổng nhóm, tổng cộng).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../itplan_desktop/gui/body_edit.py" line="62" />
        <source>Chuyển bảng mã?</source>
        <translation>Convert encoding?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/body_edit.py" line="64" />
        <source>Văn bản vừa dán có thể được gõ bằng bảng mã cũ (%1, độ tin cậy %2%). Chuyển sang Unicode?</source>
        <translation>The pasted text may have been typed in a legacy encoding (%1, confidence %2%). Convert it to Unicode?</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="85" />
        <source>Sửa câu tổng kinh phí</source>
        <translation>Edit budget total sentence</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="91" />
        <location filename="../itplan_desktop/gui/budget_editor.py" line="209" />
        <source>Sửa số tiền bằng chữ</source>
        <translation>Edit amount in words</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="128" />
        <source>%1 %2 (chênh lệch so với kế hoạch: %3)</source>
        <translation>%1 %2 (difference from the plan: %3)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="204" />
        <source>Sửa tổng kinh phí</source>
        <translation>Edit budget total</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="216" />
        <source>Sửa dòng kinh phí</source>
        <translation>Edit budget line</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="224" />
        <source>Sửa số kinh phí “%1”</source>
        <translation>Edit amount “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="231" />
        <source>Thêm dòng kinh phí</source>
        <translation>Add budget line</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="239" />
        <source>Xóa dòng kinh phí</source>
        <translation>Delete budget line</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="262" />
        <source>Câu &amp;dẫn:</source>
        <translation>&amp;Lead sentence:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="263" />
        <source>&amp;Tổng kinh phí (%1):</source>
        <translation>&amp;Total budget (%1):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="264" />
        <source>Bằng chữ (tự động):</source>
        <translation>In words (automatic):</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="265" />
        <source>Bằng &amp;chữ ghi trong kế hoạch:</source>
        <translation>In &amp;words as written in the plan:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="266" />
        <source>Các phụ lục cộng được:</source>
        <translation>Appendices add up to:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="270" />
        <source>Dùng chữ tự động</source>
        <translation>Use automatic words</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="271" />
        <source>Chia theo nguồn vốn:</source>
        <translation>Split by funding source:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="274" />
        <source>Nguồn vốn</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="275" />
        <source>Ghi trong kế hoạch</source>
        <translation>Stated in the plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="276" />
        <source>Phụ lục cộng được</source>
        <translation>Appendices add up to</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="277" />
        <source>Chênh lệch</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="280" />
        <source>Thêm dòng</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/budget_editor.py" line="281" />
        <source>Xóa dòng</source>
        <translation>Delete line</translation>
    </message>
</context>
<context>
    <name>ColumnLayoutDialog</name>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="65" />
        <source>Bố cục cột của phụ lục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="77" />
        <source>Tiêu đề (các tầng cách nhau bởi « &gt; »)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="78" />
        <source>Kiểu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="79" />
        <source>Vai trò</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="80" />
        <source>Độ rộng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="91" />
        <source>Thêm cột chữ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="92" />
        <source>Thêm cột tiền</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="93" />
        <source>Xóa cột</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="94" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="95" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="107" />
        <source>Thêm cột năm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="109" />
        <source>Năm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="113" />
        <source>Tách các năm theo nguồn vốn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="120" />
        <source>Tách</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="193" />
        <source>Cột mới</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../itplan_desktop/gui/column_layout_dialog.py" line="196" />
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="73" />
        <source>Nội dung ban đầu</source>
        <translation>Initial content</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="74" />
        <source>Bắt đầu từ đề cương mẫu hoặc sao chép một kế hoạch đã có.</source>
        <translation>Start from the template outline or copy an existing plan.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="77" />
        <source>Đề cương mẫu (đánh giá, mục tiêu, nhiệm vụ, giải pháp, lộ trình, kinh phí, tổ chức thực hiện)</source>
        <translation>Template outline (evaluation, objectives, tasks, solutions, roadmap, budget, implementation)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="81" />
        <source>Sao chép kế hoạch trước, dời các năm cho khớp</source>
        <translation>Copy a previous plan, shifting its years</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="88" />
        <source>Không tạo phụ lục</source>
        <translation>No appendix</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="103" />
        <source>Phụ lục đầu tiên:</source>
        <translation>First appendix:</translation>
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
        <location filename="../itplan_desktop/gui/errors.py" line="47" />
        <source>Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho bộ phận hỗ trợ.</source>
        <translation>If the error happens again, send the log file to support.</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="26" />
        <source>Nhập bảng Excel “%1”</source>
        <translation>Import Excel table “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="53" />
        <source>Trang tính “%1”: %2 dòng nội dung, %3 dòng nhóm, %4 cột; đơn vị %5.</source>
        <translation>Sheet “%1”: %2 item rows, %3 group rows, %4 columns; unit %5.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="63" />
        <source>%1 ô không đọc được sẽ để trống.</source>
        <translation>%1 unreadable cells will be left empty.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="77" />
        <location filename="../itplan_desktop/gui/excel_import.py" line="114" />
        <source>Nhập bảng Excel</source>
        <translation>Import Excel table</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="78" />
        <source>Hãy mở (hoặc tạo) kế hoạch trước, rồi nhập bảng Excel làm phụ lục của nó.</source>
        <translation>Open (or create) a plan first, then import the Excel table as one of its appendices.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="103" />
        <source>Đã thêm phụ lục từ “%1”.</source>
        <translation>Added an appendix from “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="108" />
        <source>Đang đọc bảng Excel…</source>
        <translation>Reading the Excel table…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/excel_import.py" line="116" />
        <source>Thêm bảng này vào kế hoạch thành một phụ lục mới?</source>
        <translation>Add this table to the plan as a new appendix?</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="72" />
        <source>Tệp kế hoạch (*.itplan.json *.json);;Bảng Excel (*.xlsx)</source>
        <translation>Plan files (*.itplan.json *.json);;Excel tables (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="73" />
        <source>Mở tệp kế hoạch</source>
        <translation>Open plan file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="78" />
        <source>Nhập bảng Excel</source>
        <translation>Import Excel table</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="78" />
        <location filename="../itplan_desktop/gui/file_actions.py" line="149" />
        <source>Bảng Excel (*.xlsx)</source>
        <translation>Excel tables (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="100" />
        <source>Đã nhập kế hoạch “%1”.</source>
        <translation>Imported plan “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="103" />
        <source>Đang nhập tệp kế hoạch…</source>
        <translation>Importing the plan file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="118" />
        <source>Chưa có chức năng</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="125" />
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="125" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="140" />
        <source>Đang tạo tệp PDF…</source>
        <translation>Creating the PDF…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="149" />
        <source>Xuất Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="159" />
        <source>Đang xuất Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="168" />
        <source>Xuất tệp kế hoạch</source>
        <translation>Export plan file</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="170" />
        <source>Tệp kế hoạch (*.itplan.json)</source>
        <translation>Plan files (*.itplan.json)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="184" />
        <source>Đã ghi tệp “%1”.</source>
        <translation>Wrote “%1”.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="224" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/file_actions.py" line="226" />
        <source>itplan-desktop: soạn, kiểm tra, in và theo dõi kế hoạch ứng dụng công nghệ thông tin. Chạy hoàn toàn không cần mạng.</source>
        <translation>itplan-desktop: write, check, print and track IT application plans. Works entirely offline.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="63" />
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="65" />
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="67" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="68" />
        <source>Phụ lục</source>
        <translation>Appendices</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="74" />
        <source>Không phát hiện lỗi nào.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="77" />
        <source>%1 lỗi, %2 cảnh báo — nhấp đúp để đến chỗ cần sửa.</source>
        <translation>%1 errors, %2 warnings — double-click to go to the place to fix.</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="95" />
        <source>Nội dung kiểm tra</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="95" />
        <source>Ở đâu</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/findings_panel.py" line="95" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>HeaderEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="117" />
        <source>&lt;b&gt;Khi in:&lt;/b&gt;</source>
        <translation>&lt;b&gt;As printed:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="139" />
        <source>Sửa “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="153" />
        <source>Ví dụ: 15/9/2015</source>
        <translation>Example: 15/9/2015</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="187" />
        <source>Giai đoạn (nhiều năm)</source>
        <translation>Period (several years)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="188" />
        <source>Hằng năm (một năm)</source>
        <translation>Annual (one year)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/header_editor.py" line="189" />
        <source>ngày/tháng/năm, ví dụ 15/9/2015</source>
        <translation>day/month/year, e.g. 15/9/2015</translation>
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
    <name>IndicatorsView</name>
    <message>
        <location filename="../itplan_desktop/gui/indicators_view.py" line="32" />
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/indicators_view.py" line="32" />
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/indicators_view.py" line="32" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/indicators_view.py" line="32" />
        <source>Hiện trạng</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/indicators_view.py" line="61" />
        <source>Các chỉ tiêu của kế hoạch (chỉ xem; nhập số liệu thực hiện sẽ có ở chức năng theo dõi chỉ tiêu).</source>
        <translation>The plan's indicators (read-only; actual values are entered in the KPI tracker).</translation>
    </message>
</context>
<context>
    <name>LegalBasesEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/legal_bases_editor.py" line="62" />
        <source>Sửa căn cứ</source>
        <translation>Edit legal bases</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/legal_bases_editor.py" line="73" />
        <source>&amp;Căn cứ ban hành kế hoạch, mỗi dòng một căn cứ (ví dụ: “Căn cứ Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;”):</source>
        <translation>&amp;Legal bases of the plan, one per line (e.g. “Căn cứ Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;”):</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="55" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="58" />
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="69" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="70" />
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="71" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="72" />
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="74" />
        <source>Tạo kế hoạch &amp;mới…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="75" />
        <source>&amp;Mở/nhập tệp kế hoạch…</source>
        <translation>&amp;Open/import plan file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="76" />
        <source>Nhập bảng &amp;Excel…</source>
        <translation>Import &amp;Excel table…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="77" />
        <source>Đóng kế hoạch (về trang đầu)</source>
        <translation>Close plan (back to start)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="78" />
        <source>&amp;Xem trước khi in…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="79" />
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="80" />
        <source>Xuất &amp;PDF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="81" />
        <source>Xuất E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="82" />
        <source>Xuất tệp &amp;kế hoạch…</source>
        <translation>Export plan &amp;file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="83" />
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="84" />
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="85" />
        <source>Bảng &amp;kiểm tra</source>
        <translation>&amp;Findings panel</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="86" />
        <source>Lỗi &amp;tiếp theo</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="87" />
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="88" />
        <source>Căn cứ</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="89" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="90" />
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="91" />
        <source>Phụ lục</source>
        <translation>Appendices</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="92" />
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="93" />
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="94" />
        <source>Mở thư mục &amp;nhật ký</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="95" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/menus.py" line="99" />
        <source>Đi &amp;tới</source>
        <translation>&amp;Go to</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="30" />
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="31" />
        <source>Căn cứ</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="32" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="33" />
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="34" />
        <source>Phụ lục</source>
        <translation>Appendices</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="35" />
        <source>Chỉ tiêu (%1)</source>
        <translation>Indicators (%1)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="36" />
        <source>Kiểm tra (%1)</source>
        <translation>Check (%1)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/navigator.py" line="46" />
        <source>Phụ lục %1: %2</source>
        <translation>Appendix %1: %2</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="124" />
        <source>Tạo kế hoạch mới</source>
        <translation>New plan</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="33" />
        <source>Đơn vị và thời gian</source>
        <translation>Organisation and period</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="34" />
        <source>Kế hoạch của đơn vị nào, cho giai đoạn nào hoặc năm nào?</source>
        <translation>Which organisation is the plan for, and which period or year?</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="39" />
        <source>Giai đoạn (thường 5 năm)</source>
        <translation>Period (usually 5 years)</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="40" />
        <source>Một năm</source>
        <translation>One year</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="53" />
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="54" />
        <source>Loại kế hoạch:</source>
        <translation>Plan type:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="56" />
        <source>Từ &amp;năm:</source>
        <translation>&amp;From year:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/new_plan_wizard.py" line="57" />
        <source>Đến nă&amp;m:</source>
        <translation>&amp;To year:</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="171" />
        <source>Phụ lục %1</source>
        <translation>Appendix %1</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="245" />
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="270" />
        <source>Tổng kinh phí theo phụ lục: %1 %2 · %3 lỗi, %4 cảnh báo</source>
        <translation>Budget from appendices: %1 %2 · %3 errors, %4 warnings</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="279" />
        <source>Chưa lưu được!</source>
        <translation>Not saved!</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="281" />
        <source>Đang chờ lưu…</source>
        <translation>Saving soon…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="283" />
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/plan_workspace.py" line="284" />
        <source>Đã lưu lúc %1</source>
        <translation>Saved at %1</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="92" />
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="94" />
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="95" />
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="96" />
        <source>Vừa chiều ngang</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="97" />
        <source>Cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="98" />
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="99" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="105" />
        <source>/ %1 trang</source>
        <translation>/ %1 pages</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/preview.py" line="105" />
        <source>Đang tạo PDF…</source>
        <translation>Creating PDF…</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="179" />
        <source>Sửa nội dung mục “%1”</source>
        <translation>Edit text of “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="188" />
        <location filename="../itplan_desktop/gui/section_editor.py" line="197" />
        <source>Mục mới</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="227" />
        <source>Thụt mục “%1” vào</source>
        <translation>Indent “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="238" />
        <source>Đưa mục “%1” ra ngoài</source>
        <translation>Outdent “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="248" />
        <source>Thêm mục</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="248" />
        <source>Thêm mục ngay sau mục đang chọn</source>
        <translation>Add a section after the selected one</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="249" />
        <source>Thêm mục con</source>
        <translation>Add subsection</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="249" />
        <source>Thêm mục con vào cuối mục đang chọn</source>
        <translation>Add a subsection at the end of the selected section</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="250" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="250" />
        <source>Xóa mục đang chọn</source>
        <translation>Delete the selected section</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="251" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="251" />
        <source>Đưa mục lên trên</source>
        <translation>Move the section up</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="252" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="252" />
        <source>Đưa mục xuống dưới</source>
        <translation>Move the section down</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="253" />
        <source>Thụt vào</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="253" />
        <source>Thành mục con của mục phía trên</source>
        <translation>Make it a subsection of the section above</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="254" />
        <source>Lùi ra</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="254" />
        <source>Ra ngoài một cấp</source>
        <translation>Move out one level</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="262" />
        <source>&amp;Tên mục:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="263" />
        <source>&amp;Nội dung:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_editor.py" line="266" />
        <source>Mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” hoặc “+ ” là gạch đầu dòng cấp 1, cấp 2. Văn bản dán vào được sửa bảng mã (TCVN3, VNI) và lỗi chữ “ƣ”.</source>
        <translation>One paragraph per line; lines starting with “- ” or “+ ” are first- and second-level bullets. Pasted text is repaired (TCVN3, VNI encodings and the “ƣ” error).</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <location filename="../itplan_desktop/gui/section_model.py" line="112" />
        <source>Mục kinh phí: in phần tổng hợp kinh phí trước nội dung</source>
        <translation>Budget section: the budget summary prints before its text</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_model.py" line="215" />
        <source>Thêm mục “%1”</source>
        <translation>Add section “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_model.py" line="227" />
        <source>Xóa mục “%1”</source>
        <translation>Delete section “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_model.py" line="248" />
        <source>Di chuyển mục “%1”</source>
        <translation>Move section “%1”</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/section_model.py" line="260" />
        <source>Sửa tên mục “%1”</source>
        <translation>Rename section “%1”</translation>
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
        <location filename="../itplan_desktop/gui/start_page.py" line="127" />
        <source>Kế hoạch ứng dụng công nghệ thông tin</source>
        <translation>IT application plans</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="128" />
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../itplan_desktop/gui/start_page.py" line="129" />
        <source>&amp;Các kế hoạch (%n)</source>
        <translation>
            <numerusform>&amp;Plans (%n)</numerusform>
            <numerusform>&amp;Plans (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="131" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="131" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="131" />
        <source>Giai đoạn</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="131" />
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="133" />
        <source>Tạo kế hoạch mới…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="134" />
        <source>Mở kế hoạch</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="135" />
        <source>Nhập tệp kế hoạch…</source>
        <translation>Import plan file…</translation>
    </message>
    <message>
        <location filename="../itplan_desktop/gui/start_page.py" line="136" />
        <source>Nhập bảng Excel…</source>
        <translation>Import Excel table…</translation>
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
</TS>