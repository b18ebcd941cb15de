<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Lưu tất cả</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Có</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Có với tất &amp;cả</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Không</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Không với tất c&amp;ả</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Hủy bỏ</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Thử lại</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Bỏ qua</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Bỏ</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Áp dụng</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Đặt lại</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Khôi phục mặc định</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>&amp;OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Đóng không lưu</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Xem chi tiết...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Giới thiệu Qt</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>Go Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>&amp;Tiếp</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
      <source>Commit</source>
      <translation>Xác nhận</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Xong</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Trợ giúp</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>Tìm trong:</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Kiểu tệp:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Kiểu tệp:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Mở</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Chọn</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Lưu thành</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Chọn thư mục</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Mọi tệp (*)</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Thư mục:</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Tiến</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Tiến tới</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Thư mục cha</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Lên thư mục cha</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Tạo thư mục mới</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Dạng danh sách</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Xem dạng danh sách</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Dạng chi tiết</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Xem dạng chi tiết</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Thanh bên</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Các nơi và thư mục hay dùng</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Hiện </translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Thư mục mới</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>Đổi &amp;tên</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Hiện tệp ẩ&amp;n</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Cỡ</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Kiểu</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Ngày sửa</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Nơi mở gần đây</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Bạn có chắc muốn xóa “%1”?</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>“%1” đang được bảo vệ chống ghi.
Vẫn xóa?</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 đã có.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Không rõ</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Cỡ</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Kiểu</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Ngày sửa</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>%1 TB</source>
      <translation>%1 TB</translation>
    </message>
    <message>
      <source>%1 GB</source>
      <translation>%1 GB</translation>
    </message>
    <message>
      <source>%1 MB</source>
      <translation>%1 MB</translation>
    </message>
    <message>
      <source>%1 KB</source>
      <translation>%1 KB</translation>
    </message>
    <message>
      <source>%1 bytes</source>
      <translation>%1 byte</translation>
    </message>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Không dùng được tên “%1”.&lt;/b&gt;&lt;p&gt;Hãy chọn tên khác, ngắn hơn hoặc không có dấu câu.</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Tên tệp không hợp lệ</translation>
    </message>
  </context>
  <context>
    <name>QMimeType</name>
    <message>
      <source>JSON document</source>
      <translation>Tài liệu JSON</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>Tài liệu PDF</translation>
    </message>
    <message>
      <source>Excel 2007 spreadsheet</source>
      <translation>Bảng tính Excel</translation>
    </message>
    <message>
      <source>spreadsheet</source>
      <translation>Bảng tính</translation>
    </message>
    <message>
      <source>ZIP archive</source>
      <translation>Tệp nén ZIP</translation>
    </message>
    <message>
      <source>email message</source>
      <translation>Thư điện tử</translation>
    </message>
    <message>
      <source>plain text document</source>
      <translation>Văn bản thuần</translation>
    </message>
    <message>
      <source>folder</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>Không rõ</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Drive</source>
      <translation>Ổ đĩa</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;In</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Tệp trên máy</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>Ghi tệp PDF</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>Mọi trang</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>Trang lẻ</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>Trang chẵn</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>In ra tệp ...</translation>
    </message>
    <message>
      <source>File %1 is not writable.
Please choose a different file name.</source>
      <translation>Không ghi được tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to overwrite it?</source>
      <translation>%1 đã có.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
      <source>%1 is a directory.
Please choose a different file name.</source>
      <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>Trang “Từ” không được lớn hơn trang “Đến”.</translation>
    </message>
    <message>
      <source>Left to Right, Top to Bottom</source>
      <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
      <source>Left to Right, Bottom to Top</source>
      <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
      <source>Right to Left, Bottom to Top</source>
      <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
      <source>Right to Left, Top to Bottom</source>
      <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
      <source>Bottom to Top, Left to Right</source>
      <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
      <source>Bottom to Top, Right to Left</source>
      <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
      <source>Top to Bottom, Left to Right</source>
      <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
      <source>Top to Bottom, Right to Left</source>
      <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Form</source>
      <translation>Tùy chọn</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Số bản</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>Số bản:</translation>
    </message>
    <message>
      <source>Collate</source>
      <translation>Sắp theo bộ</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>In ngược thứ tự</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Tùy chọn</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>Chế độ màu</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>Màu</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>Thang xám</translation>
    </message>
    <message>
      <source>Duplex Printing</source>
      <translation>In hai mặt</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>In hai mặt</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Không</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Tắt</translation>
    </message>
    <message>
      <source>Long side</source>
      <translation>Cạnh dài</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>Đóng gáy cạnh dài</translation>
    </message>
    <message>
      <source>Short side</source>
      <translation>Cạnh ngắn</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>Đóng gáy cạnh ngắn</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Phạm vi in</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>In tất cả</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>Các trang từ</translation>
    </message>
    <message>
      <source>to</source>
      <translation>đến</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Các trang</translation>
    </message>
    <message>
      <source>Page &amp;Set:</source>
      <translation>&amp;Nhóm trang:</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Phần đang chọn</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>Trang hiện tại</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>Thiết lập bản in</translation>
    </message>
    <message>
      <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
      <translation>Ghi các trang hoặc khoảng trang, cách nhau bằng dấu phẩy; một khoảng là hai số nối bằng gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
  </context>
  <context>
    <name>QPrintWidget</name>
    <message>
      <source>Form</source>
      <translation>Máy in</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Máy in</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Tên:</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>&amp;Thuộc tính</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Vị trí:</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Xem trước</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Loại:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>&amp;Tệp kết quả:</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesDialog</name>
    <message>
      <source>Printer Properties</source>
      <translation>Thuộc tính máy in</translation>
    </message>
    <message>
      <source>Job Options</source>
      <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
      <source>Page Setup Conflicts</source>
      <translation>Thiết lập trang mâu thuẫn</translation>
    </message>
    <message>
      <source>There are conflicts in page size selection. Do you want to continue?</source>
      <translation>Khổ giấy đã chọn có mâu thuẫn. Vẫn tiếp tục?</translation>
    </message>
    <message>
      <source>Advanced Option Conflicts</source>
      <translation>Tùy chọn nâng cao mâu thuẫn</translation>
    </message>
    <message>
      <source>There are conflicts in some advanced options. Do you want to continue?</source>
      <translation>Một số tùy chọn nâng cao mâu thuẫn nhau. Vẫn tiếp tục?</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesWidget</name>
    <message>
      <source>Form</source>
      <translation>Thuộc tính</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Trang</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Nâng cao</translation>
    </message>
    <message>
      <source>There are conflicts in some options. Please fix them.</source>
      <translation>Một số tùy chọn mâu thuẫn nhau. Hãy sửa lại.</translation>
    </message>
  </context>
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>Form</source>
      <translation>Trang</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Giấy</translation>
    </message>
    <message>
      <source>Page size:</source>
      <translation>Khổ giấy:</translation>
    </message>
    <message>
      <source>Width:</source>
      <translation>Rộng:</translation>
    </message>
    <message>
      <source>Height:</source>
      <translation>Cao:</translation>
    </message>
    <message>
      <source>Paper source:</source>
      <translation>Khay giấy:</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>Hướng giấy</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Dọc</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Ngang</translation>
    </message>
    <message>
      <source>Reverse landscape</source>
      <translation>Ngang ngược</translation>
    </message>
    <message>
      <source>Reverse portrait</source>
      <translation>Dọc ngược</translation>
    </message>
    <message>
      <source>Margins</source>
      <translation>Lề</translation>
    </message>
    <message>
      <source>top margin</source>
      <translation>lề trên</translation>
    </message>
    <message>
      <source>left margin</source>
      <translation>lề trái</translation>
    </message>
    <message>
      <source>right margin</source>
      <translation>lề phải</translation>
    </message>
    <message>
      <source>bottom margin</source>
      <translation>lề dưới</translation>
    </message>
    <message>
      <source>Page Layout</source>
      <translation>Bố cục trang</translation>
    </message>
    <message>
      <source>Page order:</source>
      <translation>Thứ tự trang:</translation>
    </message>
    <message>
      <source>Page &amp;order:</source>
      <translation>&amp;Thứ tự trang:</translation>
    </message>
    <message>
      <source>Pages per sheet:</source>
      <translation>Số trang mỗi tờ:</translation>
    </message>
    <message>
      <source>Pages &amp;per sheet:</source>
      <translation>Số trang &amp;mỗi tờ:</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Tùy chỉnh</translation>
    </message>
    <message>
      <source>Millimeters (mm)</source>
      <translation>Milimét (mm)</translation>
    </message>
    <message>
      <source>Inches (in)</source>
      <translation>Inch (in)</translation>
    </message>
    <message>
      <source>Points (pt)</source>
      <translation>Point (pt)</translation>
    </message>
    <message>
      <source>Pica (P̸)</source>
      <translation>Pica (P̸)</translation>
    </message>
    <message>
      <source>Didot (DD)</source>
      <translation>Didot (DD)</translation>
    </message>
    <message>
      <source>Cicero (CC)</source>
      <translation>Cicero (CC)</translation>
    </message>
  </context>
  <context>
    <name>QCupsJobWidget</name>
    <message>
      <source>Job</source>
      <translation>Lệnh in</translation>
    </message>
    <message>
      <source>Job Control</source>
      <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
      <source>Scheduled &amp;printing:</source>
      <translation>&amp;Hẹn giờ in:</translation>
    </message>
    <message>
      <source>Print Immediately</source>
      <translation>In ngay</translation>
    </message>
    <message>
      <source>Hold Indefinitely</source>
      <translation>Giữ lại, chưa in</translation>
    </message>
    <message>
      <source>Day (06:00 to 17:59)</source>
      <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
      <source>Night (18:00 to 05:59)</source>
      <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
      <source>Second Shift (16:00 to 23:59)</source>
      <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
      <source>Third Shift (00:00 to 07:59)</source>
      <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
      <source>Weekend (Saturday to Sunday)</source>
      <translation>Cuối tuần (thứ Bảy, Chủ nhật)</translation>
    </message>
    <message>
      <source>Specific Time</source>
      <translation>Giờ cụ thể</translation>
    </message>
    <message>
      <source>&amp;Billing information:</source>
      <translation>Thông tin &amp;thanh toán:</translation>
    </message>
    <message>
      <source>Job &amp;priority:</source>
      <translation>Mức &amp;ưu tiên:</translation>
    </message>
    <message>
      <source>Banner Pages</source>
      <translation>Trang bìa lệnh in</translation>
    </message>
    <message>
      <source>&amp;Start:</source>
      <translation>Đầ&amp;u:</translation>
    </message>
    <message>
      <source>&amp;End:</source>
      <translation>&amp;Cuối:</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Không</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Tiêu chuẩn</translation>
    </message>
    <message>
      <source>Unclassified</source>
      <translation>Không mật</translation>
    </message>
    <message>
      <source>Classified</source>
      <translation>Hạn chế</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Mật</translation>
    </message>
    <message>
      <source>Secret</source>
      <translation>Tối mật</translation>
    </message>
    <message>
      <source>Top Secret</source>
      <translation>Tuyệt mật</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Cuộn sang trái</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Cuộn sang phải</translation>
    </message>
  </context>
  <context>
    <name>QPrintPreviewDialog</name>
    <message>
      <source>Print Preview</source>
      <translation>Xem trước khi in</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <source>Page Setup</source>
      <translation>Thiết lập trang</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Cắt</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Chép</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Cắt</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Chép</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
  </context>
  <context>
    <name>QUndoStack</name>
    <message>
      <source>Undo %1</source>
      <translation>Hoàn tác %1</translation>
    </message>
    <message>
      <source>Redo %1</source>
      <translation>Làm lại %1</translation>
    </message>
  </context>
  <context>
    <name>QUndoModel</name>
    <message>
      <source>&lt;empty&gt;</source>
      <translation>&lt;trống&gt;</translation>
    </message>
  </context>
</TS>