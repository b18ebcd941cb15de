"""Messages of the exchange bundle (ids "bundle.…"), Vietnamese first, English second."""

from __future__ import annotations

from ..messages import has_message, register_messages

MESSAGES: dict[str, tuple[str, str]] = {
    # refusals of the reader
    "bundle.not_zip": (
        "Tệp “{name}” không phải là gói dữ liệu kế hoạch (không phải tệp nén zip).",
        "“{name}” is not a plan bundle (not a zip file).",
    ),
    "bundle.not_a_bundle": (
        "Tệp “{name}” không phải là tệp trao đổi kế hoạch (.itplan-bundle) — có thể là tệp "
        "Excel, Word hoặc tệp nén khác bị đổi tên. Hãy chọn đúng tệp nhận từ đơn vị.",
        "“{name}” is not a plan exchange file (.itplan-bundle) — perhaps an Excel, Word or "
        "other zip file renamed. Choose the file received from the unit.",
    ),
    "bundle.not_bundle_file": (
        "Tệp “{name}” không phải là tệp trao đổi kế hoạch (tệp trao đổi có đuôi "
        ".itplan-bundle); bỏ qua.",
        "“{name}” is not a plan exchange file (exchange files end in .itplan-bundle); skipped.",
    ),
    "bundle.truncated": (
        "Tệp “{name}” bị cắt cụt hoặc hỏng khi tải về; hãy đề nghị gửi lại.",
        "“{name}” is truncated or damaged; ask for it to be sent again.",
    ),
    "bundle.not_bundle": (
        "Tệp không phải là gói dữ liệu của itplan-desktop.",
        "The file is not an itplan-desktop bundle.",
    ),
    "bundle.manifest_missing": (
        "Gói dữ liệu thiếu tệp mô tả (manifest.json).",
        "The bundle has no manifest (manifest.json).",
    ),
    "bundle.manifest_invalid": (
        "Tệp mô tả của gói dữ liệu không hợp lệ ({detail}).",
        "The bundle's manifest is invalid ({detail}).",
    ),
    "bundle.newer_version": (
        "Gói dữ liệu được tạo bởi phiên bản mới hơn (định dạng {found}, phiên bản này đọc được "
        "đến {supported}). Hãy cập nhật phần mềm.",
        "The bundle was made by a newer version (format {found}; this version reads up to "
        "{supported}). Please update the application.",
    ),
    "bundle.bad_name": (
        "Gói dữ liệu chứa tên tệp không an toàn “{entry}”; không nhập.",
        "The bundle holds an unsafe file name “{entry}”; not imported.",
    ),
    "bundle.symlink": (
        "Gói dữ liệu chứa liên kết tượng trưng “{entry}”; không nhập.",
        "The bundle holds a symbolic link “{entry}”; not imported.",
    ),
    "bundle.duplicate_entry": (
        "Gói dữ liệu chứa hai tệp cùng tên “{entry}”; không nhập.",
        "The bundle holds two files named “{entry}”; not imported.",
    ),
    "bundle.too_many_parts": (
        "Gói dữ liệu chứa {count} tệp, quá số tối đa {limit}; không nhập.",
        "The bundle holds {count} files, more than the limit of {limit}; not imported.",
    ),
    "bundle.too_large": (
        "Tệp “{entry}” trong gói dữ liệu quá lớn (vượt {limit} byte); không nhập.",
        "“{entry}” in the bundle is too large (over {limit} bytes); not imported.",
    ),
    "bundle.file_too_large": (
        "Tệp gói dữ liệu quá lớn ({size} byte; tối đa {limit} byte).",
        "The bundle file is too large ({size} bytes; at most {limit} bytes).",
    ),
    "bundle.unlisted_entry": (
        "Gói dữ liệu chứa tệp “{entry}” không có trong tệp mô tả; không nhập.",
        "The bundle holds “{entry}”, which its manifest does not list; not imported.",
    ),
    "bundle.missing_part": (
        "Gói dữ liệu thiếu tệp “{entry}” mà tệp mô tả liệt kê.",
        "The bundle lacks “{entry}”, which its manifest lists.",
    ),
    "bundle.hash_mismatch": (
        "Nội dung tệp “{entry}” không khớp với mã kiểm tra; gói dữ liệu đã bị sửa đổi "
        "hoặc hỏng. Không nhập.",
        "The content of “{entry}” does not match its checksum; the bundle was altered or "
        "damaged. Not imported.",
    ),
    "bundle.size_mismatch": (
        "Kích thước tệp “{entry}” không khớp với tệp mô tả; không nhập.",
        "The size of “{entry}” does not match the manifest; not imported.",
    ),
    "bundle.signature_invalid": (
        "Chữ ký số của gói dữ liệu không hợp lệ: gói đã bị sửa đổi sau khi ký. Không nhập.",
        "The bundle's signature is invalid: it was altered after signing. Not imported.",
    ),
    "bundle.part_not_allowed": (
        "Gói dữ liệu loại “{kind}” không được chứa “{entry}”. Không nhập.",
        "A bundle of kind “{kind}” may not hold “{entry}”. Not imported.",
    ),
    "bundle.invalid_part": (
        "Tệp “{entry}” trong gói dữ liệu không hợp lệ: {detail}",
        "“{entry}” in the bundle is invalid: {detail}",
    ),
    "bundle.invalid_plan": (
        "Kế hoạch trong gói dữ liệu không hợp lệ: {detail}",
        "The plan in the bundle is invalid: {detail}",
    ),
    "bundle.plan_mismatch": (
        "Kế hoạch trong gói dữ liệu không khớp với tệp mô tả (mã hoặc phiên bản).",
        "The plan in the bundle does not match its manifest (id or revision).",
    ),
    # keys
    "bundle.key_invalid": (
        "Tệp “{path}” không phải là tệp khóa công khai hợp lệ.",
        "“{path}” is not a valid public key file.",
    ),
    "bundle.key_registered": (
        "Đã đăng ký khóa của đơn vị {code} ({name}), dấu vân tay {fingerprint}.",
        "Registered the key of {code} ({name}), fingerprint {fingerprint}.",
    ),
    "bundle.key_exported": (
        "Đã xuất khóa công khai ra “{path}”. Dấu vân tay: {fingerprint}",
        "Exported the public key to “{path}”. Fingerprint: {fingerprint}",
    ),
    "bundle.key_own": (
        "Dấu vân tay khóa của máy này: {fingerprint}",
        "This installation's key fingerprint: {fingerprint}",
    ),
    "bundle.unknown_org": (
        "Không có đơn vị mã “{code}” trong cơ sở dữ liệu.",
        "There is no organisation with code “{code}” in the database.",
    ),
    # signature statuses
    "bundle.sig.registered": (
        "Chữ ký hợp lệ của đơn vị đã đăng ký (vân tay {fingerprint}).",
        "Valid signature of a registered sender (fingerprint {fingerprint}).",
    ),
    "bundle.sig.unknown": (
        "Chữ ký hợp lệ nhưng khóa chưa được đăng ký cho đơn vị {code} (vân tay {fingerprint}); "
        "cần xác nhận.",
        "Valid signature, but the key is not registered for {code} (fingerprint "
        "{fingerprint}); needs confirmation.",
    ),
    "bundle.sig.unsigned": (
        "Gói dữ liệu không có chữ ký số; cần xác nhận.",
        "The bundle is not signed; needs confirmation.",
    ),
    # authorisation (who may send what)
    "bundle.key_mismatch": (
        "CẢNH BÁO: gói dữ liệu tự nhận là của đơn vị {code} ({name}) nhưng được ký bằng một khóa "
        "KHÁC với khóa đã đăng ký cho đơn vị này (đã đăng ký: {registered}; trong gói: {got}). "
        "Có thể là giả mạo; không nhập. Nếu đơn vị thật sự đổi khóa, hãy đăng ký lại khóa mới "
        "sau khi xác minh dấu vân tay qua điện thoại.",
        "WARNING: the bundle claims to come from {code} ({name}) but is signed with a key "
        "OTHER than the one registered for it (registered: {registered}; in the bundle: "
        "{got}). It may be forged; not imported. If the unit really changed its key, register "
        "the new one after checking its fingerprint by telephone.",
    ),
    "bundle.unsigned_registered": (
        "CẢNH BÁO: gói dữ liệu tự nhận là của đơn vị {code} nhưng không có chữ ký, trong khi "
        "đơn vị này đã đăng ký khóa (vân tay {registered}). Có thể là giả mạo; không nhập.",
        "WARNING: the bundle claims to come from {code} but is not signed, while that unit "
        "has a registered key (fingerprint {registered}). It may be forged; not imported.",
    ),
    "bundle.not_own_plan": (
        "Gói dữ liệu của đơn vị {sender} mang kế hoạch hoặc số liệu của đơn vị {owner}; mỗi "
        "đơn vị chỉ được gửi kế hoạch của chính mình. Không nhập.",
        "The bundle from {sender} carries a plan or actuals of {owner}; a unit may send only "
        "its own plan. Not imported.",
    ),
    "bundle.kind_not_allowed": (
        "Đơn vị {sender} không được gửi loại gói dữ liệu “{kind}” (mẫu kế hoạch và ý kiến "
        "góp ý chỉ do cấp trên gửi xuống; kế hoạch chỉ do đơn vị của nó gửi lên). Không nhập.",
        "{sender} may not send a bundle of kind “{kind}” (templates and review comments come "
        "only from the unit above; a plan only from its own unit). Not imported.",
    ),
    "bundle.comment_other_plan": (
        "Gói ý kiến góp ý của {sender} chứa ý kiến về một kế hoạch khác; không nhập.",
        "The review comments from {sender} hold a comment on another plan; not imported.",
    ),
    "bundle.key_locked": (
        "Khóa riêng “{path}” được bảo vệ bằng mật khẩu: hãy nhập mật khẩu khi được hỏi (hoặc, "
        "khi chạy bằng kịch bản, đặt nó vào biến môi trường {env}).",
        "The private key “{path}” is protected by a passphrase: enter it when asked (or, in a "
        "script, set it in the environment variable {env}).",
    ),
    "bundle.key_wrong_passphrase": (
        "Mật khẩu không đúng; khóa vẫn bị khóa.",
        "Wrong passphrase; the key stays locked.",
    ),
    "bundle.key_short_passphrase": (
        "Mật khẩu cần ít nhất {count} ký tự.",
        "The passphrase needs at least {count} characters.",
    ),
    "bundle.key_passphrases_differ": (
        "Hai lần nhập mật khẩu không giống nhau.",
        "The two passphrases differ.",
    ),
    "bundle.key_protected": (
        "Đã bảo vệ khóa riêng bằng mật khẩu (vân tay không đổi: {fingerprint}). Hãy ghi nhớ "
        "mật khẩu: không có nó thì máy này không ký được gói gửi đi.",
        "The private key is now protected by a passphrase (fingerprint unchanged: "
        "{fingerprint}). Remember it: without it this computer cannot sign what it sends.",
    ),
    "bundle.key_unprotected": (
        "Đã bỏ mật khẩu của khóa riêng; khóa chỉ còn được bảo vệ bởi quyền truy cập tệp của "
        "tài khoản.",
        "The private key's passphrase is removed; only the account's file permissions protect "
        "it now.",
    ),
    "bundle.key_passphrase_prompt": ("Mật khẩu của khóa riêng: ", "Private key passphrase: "),
    "bundle.key_new_passphrase_prompt": ("Mật khẩu mới: ", "New passphrase: "),
    "bundle.key_repeat_passphrase_prompt": ("Nhập lại mật khẩu mới: ", "Repeat it: "),
    "bundle.key_bad_passphrase": (
        "Mật khẩu của khóa riêng “{path}” (biến {env}) không đúng.",
        "The passphrase of the private key “{path}” (variable {env}) is wrong.",
    ),
    "bundle.key_replace_needed": (
        "Đơn vị {code} đã có khóa đăng ký (vân tay {old}); khóa mới có vân tay {new}. Chỉ thay "
        "khi đã xác minh với đơn vị qua điện thoại: dùng --replace.",
        "{code} already has a registered key (fingerprint {old}); the new key's fingerprint is "
        "{new}. Replace it only after checking with the unit by telephone: use --replace.",
    ),
    "bundle.key_replaced": (
        "Đã thay khóa của đơn vị {code} ({name}): vân tay cũ {old}, vân tay mới {new}.",
        "Replaced the key of {code} ({name}): old fingerprint {old}, new fingerprint {new}.",
    ),
    # import outcomes
    "bundle.needs_confirmation": (
        "Gói dữ liệu “{name}” chưa xác thực được người gửi; chưa nhập (dùng --yes để xác nhận).",
        "The sender of “{name}” is not verified; not imported (use --yes to confirm).",
    ),
    "bundle.stale": (
        "Gói dữ liệu cũ hơn dữ liệu đang có: cơ sở dữ liệu đã có phiên bản {have} của kế "
        "hoạch này, mới hơn phiên bản {got} trong gói dữ liệu; không nhập.",
        "The bundle is older than what you have: the database holds revision {have} of this "
        "plan, newer than revision {got} in the bundle; not imported.",
    ),
    "bundle.same_revision": (
        "Gói dữ liệu mang phiên bản {revision} của kế hoạch với nội dung khác bản {revision} đã "
        "nhập: không mới hơn dữ liệu đang có; không nhập. Hãy đề nghị đơn vị gửi bản mới nhất.",
        "The bundle carries revision {revision} of the plan with other content than the "
        "revision {revision} already imported: not newer than what you have; not imported. "
        "Ask the unit for its latest version.",
    ),
    "bundle.db_busy": (
        "Chưa nhập “{name}”: cơ sở dữ liệu đang bận (một chương trình khác đang ghi: {detail}). "
        "Hãy thử lại.",
        "“{name}” not imported: the database is busy (another program is writing: {detail}). "
        "Try again.",
    ),
    "bundle.conflict": (
        "Kế hoạch “{title}” đã được sửa trên máy này kể từ lần nhập trước; cần chọn giữ bản "
        "trên máy hay nhận bản trong gói dữ liệu.",
        "Plan “{title}” was edited here since it was last imported; choose to keep the local "
        "version or take the bundle's.",
    ),
    "bundle.already_imported": (
        "Gói dữ liệu “{name}” đã được nhập trước đây; không thay đổi gì.",
        "Bundle “{name}” was imported before; nothing changed.",
    ),
    "bundle.no_changes": (
        "Gói dữ liệu “{name}”: nội dung giống dữ liệu đang có; không thay đổi gì.",
        "Bundle “{name}”: same content as stored; nothing changed.",
    ),
    "bundle.applied": (
        "Đã nhập gói dữ liệu “{name}” của {sender}: {summary}.",
        "Imported bundle “{name}” from {sender}: {summary}.",
    ),
    "bundle.kept_local": (
        "Gói dữ liệu “{name}”: giữ bản trên máy, không nhập kế hoạch.",
        "Bundle “{name}”: kept the local version; the plan was not imported.",
    ),
    "bundle.cancelled": (
        "Đã hủy; các gói còn lại chưa được nhập.",
        "Cancelled; the remaining bundles were not imported.",
    ),
    "bundle.exported": (
        "Đã lưu gói dữ liệu “{path}” ({size} byte).",
        "Saved the bundle “{path}” ({size} bytes).",
    ),
    "bundle.eml_written": (
        "Đã tạo thư nháp “{path}”; mở bằng Outlook hoặc Thunderbird để gửi.",
        "Wrote the e-mail draft “{path}”; open it in Outlook or Thunderbird to send.",
    ),
    "bundle.consolidated": (
        "Đã tổng hợp {count} huyện vào “{path}”.",
        "Consolidated {count} districts into “{path}”.",
    ),
    "bundle.no_plan_part": (
        "Loại gói dữ liệu “{kind}” cần một kế hoạch.",
        "A bundle of kind “{kind}” needs a plan.",
    ),
    # change summary words of the preview
    "bundle.change.new_plan": ("kế hoạch mới “{title}”", "new plan “{title}”"),
    "bundle.change.revision": (
        "phiên bản {old} → {new} của “{title}” ({count} thay đổi)",
        "revision {old} → {new} of “{title}” ({count} changes)",
    ),
    "bundle.change.actuals": (
        "{new} số liệu mới, {changed} số liệu thay đổi",
        "{new} new and {changed} changed actual values",
    ),
    "bundle.change.comments": ("{count} ý kiến góp ý", "{count} review comments"),
    "bundle.change.template": (
        "mẫu kế hoạch “{title}”, hạn {deadline}",
        "plan template “{title}”, due {deadline}",
    ),
    # e-mail draft
    "bundle.eml.subject": (
        "[itplan] {kind_label} — {sender} — {title}",
        "[itplan] {kind_label} — {sender} — {title}",
    ),
    "bundle.eml.body": (
        "Kính gửi: {receiver}\n\n{sender} gửi kèm theo thư này gói dữ liệu “{file}” "
        "({kind_label}: {title}, phiên bản {revision}).\n\nDấu vân tay khóa của người gửi: "
        "{fingerprint}\n\nTrân trọng.\n",
        "Dear {receiver},\n\n{sender} sends the attached bundle “{file}” ({kind_label}: "
        "{title}, revision {revision}).\n\nSender key fingerprint: {fingerprint}\n\nRegards.\n",
    ),
    "bundle.eml.all_districts": ("các đơn vị cấp huyện", "the districts"),
    "bundle.eml.deadline": (
        "Đề nghị các đơn vị gửi kế hoạch về tỉnh trước {deadline}.",
        "Please send your plan to the province before {deadline}.",
    ),
    "bundle.kind.plan_submission": ("Kế hoạch gửi lên tỉnh", "Plan submission"),
    "bundle.kind.progress_report": ("Báo cáo tiến độ", "Progress report"),
    "bundle.kind.province_template": ("Mẫu kế hoạch của tỉnh", "Province plan template"),
    "bundle.kind.review_comments": ("Ý kiến góp ý của tỉnh", "Province review comments"),
    "bundle.kind.dti_index": ("Bộ chỉ số chuyển đổi số của tỉnh", "Province transformation index"),
    "bundle.kind.dti_assessment": (
        "Tự đánh giá chuyển đổi số gửi lên tỉnh",
        "Transformation self-assessment",
    ),
    # inbox
    "bundle.inbox.missing": ("Chưa gửi", "Not sent"),
}

if not has_message("bundle.not_zip"):
    register_messages(MESSAGES)
