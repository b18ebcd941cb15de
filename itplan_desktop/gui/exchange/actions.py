"""What the "Trao đổi" menu does, and the bundles dropped on the main window: each action
opens one of the exchange screens and connects it to the window (refresh the plans, reopen
an open plan that an import replaced, open a plan from the inbox)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QMimeData, QObject
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow
    from ..shell.menus import Menus
    from .comments import ReviewCommentsDialog
    from .import_dialog import ImportBundlesDialog
    from .keys import KeysDialog
    from .province_consolidation import ConsolidationWindow
    from .province_inbox import InboxWindow
    from .province_review import ReviewWriteDialog
    from .province_template import SendTemplateDialog
    from .send import SendBundleDialog


def dropped_bundles(mime: QMimeData) -> list[Path]:
    """Bundle files among dropped URLs; a dropped folder gives the bundles inside it."""
    from .common import bundle_files  # the bundle layer loads when something is dropped

    if not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return bundle_files(paths)


class ExchangeActions(QObject):
    """Holds the open exchange windows (one of each), so tests and the menu reach them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.send_dialog: SendBundleDialog | None = None
        self.import_dialog: ImportBundlesDialog | None = None
        self.inbox: InboxWindow | None = None
        self.consolidation: ConsolidationWindow | None = None
        self.keys_dialog: KeysDialog | None = None
        self.comments_dialog: ReviewCommentsDialog | None = None
        self.review_dialog: ReviewWriteDialog | None = None
        self.template_dialog: SendTemplateDialog | None = None
        self.menu: QMenu | None = None

    def _key_ready(self) -> bool:
        """The signing key is open (asked once per session when it has a passphrase)."""
        from .key_passphrase import ensure_key_unlocked  # cryptography loads on first use

        return ensure_key_unlocked(self.window)

    # ------------------------------------------------------------ district
    def send_to_province(self) -> None:
        from .send import SendBundleDialog

        if self.window.workspace is None or self.window.db is None:
            return
        if not self._key_ready():
            return
        self.send_dialog = SendBundleDialog(self.window)
        self.send_dialog.open()

    def review_comments(self) -> None:
        from .comments import ReviewCommentsDialog

        if self.window.workspace is None:
            return
        if self.comments_dialog is None:
            self.comments_dialog = ReviewCommentsDialog(self.window)
        self.comments_dialog.reload()
        self.comments_dialog.show()
        self.comments_dialog.raise_()

    # ------------------------------------------------------------ both sides
    def import_bundles(
        self, paths: list[Path] | None = None, origin: QWidget | None = None
    ) -> None:
        """Open the import dialog (or add to the open one); ask for files when none given.
        `origin` (the inbox) is the window the import was asked from: the dialog sits over
        it and, once closed, gives it back the front (not the main window behind it)."""
        from .import_dialog import ImportBundlesDialog

        if self.window.db is None:
            return
        dialog = self.import_dialog
        if dialog is None or not dialog.isVisible() or dialog.outcomes:
            dialog = ImportBundlesDialog(self.window.db, origin or self.window)
            if origin is not None:
                dialog.finished.connect(lambda _result: self._to_front(origin))
            dialog.before_apply = self._save_open_plan
            dialog.imported.connect(self._imported)
            dialog.summary.comments_requested.connect(self.review_comments)
            self.import_dialog = dialog
            dialog.open()
        if paths:
            dialog.add_paths(paths)
        elif paths is None and not dialog.entries:
            dialog.choose_files()

    @staticmethod
    def _to_front(window: QWidget) -> None:
        if shiboken6.isValid(window) and window.isVisible():
            window.raise_()
            window.activateWindow()

    def import_dropped(self, mime: QMimeData) -> bool:
        """Route dropped bundle files or folders to the import; False when there are none."""
        paths = dropped_bundles(mime)
        if paths:
            self.import_bundles(paths)
        return bool(paths)

    def _save_open_plan(self) -> None:
        if self.window.workspace is not None:
            self.window.workspace.save_now()

    def _imported(self, outcomes: list[Any]) -> None:
        """Show what changed: the plan list, the inbox, and the open plan if it was replaced."""
        self.window.refresh_start_page()
        if self.inbox is not None:
            self.inbox.refresh()
        workspace = self.window.workspace
        if workspace is None:
            return
        uuid = workspace.editor.plan.uuid
        replaced = any(
            o.status.value == "applied" and o.preview is not None and o.preview.plan is not None
            and o.preview.plan.uuid == uuid
            for o in outcomes
        )  # fmt: skip
        if replaced:
            self.window.open_plan(uuid)
        if self.comments_dialog is not None and self.comments_dialog.isVisible():
            self.comments_dialog.reload()

    def keys(self) -> None:
        from .keys import KeysDialog

        if self.window.db is None:
            return
        workspace = self.window.workspace
        own = workspace.editor.plan.organisation_code if workspace is not None else None
        if not self._key_ready():
            return
        self.keys_dialog = KeysDialog(self.window.db, own, self.window)
        self.keys_dialog.open()

    # ------------------------------------------------------------ province
    def open_inbox(self) -> None:
        from .province_inbox import InboxWindow

        if self.window.db is None:
            return
        if self.inbox is None:
            self.inbox = InboxWindow(self.window.db, self.window)
            self.inbox.open_plan_requested.connect(self._open_plan)
            self.inbox.import_requested.connect(lambda: self.import_bundles(origin=self.inbox))
            self.inbox.consolidate_requested.connect(self.open_consolidation)
            self.inbox.review_requested.connect(self.write_review)
            self.inbox.template_requested.connect(self.send_template)
        else:
            self.inbox.refresh()
        self.inbox.show()
        self.inbox.raise_()

    def write_review(self, plan_uuid: str) -> None:
        """The province's comments on a district's plan, sent back as a bundle."""
        from .province_review import ReviewWriteDialog

        if self.window.db is None:
            return
        if not self._key_ready():
            return
        if self.review_dialog is not None:
            self.review_dialog.close()
        self.review_dialog = ReviewWriteDialog(self.window.db, plan_uuid, self.window)
        self.review_dialog.show()
        self.review_dialog.raise_()

    def send_template(self) -> None:
        from .province_template import SendTemplateDialog

        if self.window.db is None or not self._key_ready():
            return
        self.template_dialog = SendTemplateDialog(self.window.db, self.window)
        self.template_dialog.open()

    def _open_plan(self, plan_uuid: str) -> None:
        self.window.open_plan(plan_uuid)
        self.window.raise_()
        self.window.activateWindow()

    def open_consolidation(self, province_code: str | None = None, start: int = 0) -> None:
        from .province_consolidation import ConsolidationWindow

        if self.window.db is None:
            return
        if self.consolidation is None:
            self.consolidation = ConsolidationWindow(self.window.db, self.window)
        self.consolidation.set_period(province_code or None, start or None)
        self.consolidation.show()
        self.consolidation.raise_()


def add_exchange_menu(menus: Menus) -> None:
    """The "Trao đổi" menu, placed before Help; its actions are in `menus.actions`."""
    window = menus.window
    actions = window.exchange
    menu = QMenu(window)
    menu.setObjectName("exchangeMenu")
    window.menuBar().insertMenu(menus.help.menuAction(), menu)
    actions.menu = menu
    menus.add(menu, "exchange_send", actions.send_to_province, "Ctrl+Shift+G", plan=True)
    menus.add(menu, "exchange_import", lambda: actions.import_bundles(), "Ctrl+Shift+I")
    menus.add(menu, "exchange_comments", actions.review_comments, "Ctrl+Shift+Y", plan=True)
    menu.addSeparator()
    menus.add(menu, "exchange_inbox", actions.open_inbox, "Ctrl+Shift+H")
    menus.add(menu, "exchange_consolidate", lambda: actions.open_consolidation(), "Ctrl+Shift+T")
    menus.add(menu, "exchange_template", actions.send_template)
    menu.addSeparator()
    menus.add(menu, "exchange_keys", actions.keys)


def retranslate_exchange_menu(menus: Menus) -> None:
    menu = menus.window.exchange.menu
    if menu is None:
        return
    menu.setTitle(QCoreApplication.translate("ExchangeMenu", "Trao đổ&i"))
    texts = {
        "exchange_send": QCoreApplication.translate("ExchangeMenu", "&Gửi lên tỉnh…"),
        "exchange_import": QCoreApplication.translate("ExchangeMenu", "&Nhập tệp trao đổi…"),
        "exchange_comments": QCoreApplication.translate("ExchangeMenu", "Ý kiến &góp ý của tỉnh…"),
        "exchange_inbox": QCoreApplication.translate("ExchangeMenu", "&Hộp thư của tỉnh…"),
        "exchange_consolidate": QCoreApplication.translate("ExchangeMenu", "&Tổng hợp các huyện…"),
        "exchange_template": QCoreApplication.translate("ExchangeMenu", "Gửi &mẫu kế hoạch…"),
        "exchange_keys": QCoreApplication.translate("ExchangeMenu", "&Khóa trao đổi…"),
    }
    for key, text in texts.items():
        menus.actions[key].setText(text)
