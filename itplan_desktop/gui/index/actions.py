"""The "Chỉ số CĐS" menu: self-assessment by a unit, ranking of the units and the index
editor (with publishing) for the province.

Each job opens its own window beside the main window (kept here so it stays alive); the
index goes down and the assessments come up in bundles, or as files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget
from shiboken6 import isValid

from ...messages import UserError
from ..errors import show_error

if TYPE_CHECKING:  # the index modules load when the menu is first used, not at start-up
    from ...domain.dti_index import DtIndex
    from ...services.dti_documents import Issuer
    from ..shell.menus import Menus
    from .index_editor import IndexEditorWindow
    from .ranking import RankingWindow
    from .self_assessment import SelfAssessmentWindow

ASSESSMENT_GLOB = "*.itplan-assessment.json"
_Window = TypeVar("_Window", bound=QWidget)


class IndexActions:
    """The jobs of the index menu, for the main window `window`."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.open_windows: list[QWidget] = []
        self.menu: QMenu | None = None

    def _show(self, widget: _Window) -> _Window:
        # a window of its own, owned by the main window: it closes (and is freed) with it
        widget.setWindowFlag(Qt.WindowType.Window, True)
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        widget.resize(min(1340, widget.screen().availableGeometry().width() - 40), 680)
        widget.show()
        widget.raise_()
        self.open_windows = [w for w in self.open_windows if isValid(w)] + [widget]
        return widget

    def choose_index(self, *, new: bool = False) -> DtIndex | None:
        """Pick an index kept here (received from the province, or edited here), a shipped
        one, or an index file; with `new`, also an empty index to start from."""
        from ...services import dti

        db = getattr(self.window, "db", None)
        kept = dti.list_stored_indices(db) if db is not None else []
        newest: dict[str, DtIndex] = {}
        for index in kept:  # newest version of each code
            newest.setdefault(index.code, index)
            if index.version > newest[index.code].version:
                newest[index.code] = index
        shipped = [i for i in dti.shipped_indices() if i.code not in newest]
        indices = [*newest.values(), *shipped]
        other = QCoreApplication.translate("IndexMenu", "Tệp bộ chỉ số khác…")
        empty = QCoreApplication.translate("IndexMenu", "Bộ chỉ số mới (trống)")
        names = [f"{i.name} ({i.year})" for i in indices] + [other] + ([empty] if new else [])
        name, ok = QInputDialog.getItem(
            self.window,
            QCoreApplication.translate("IndexMenu", "Chọn bộ chỉ số"),
            QCoreApplication.translate("IndexMenu", "Bộ chỉ số:"),
            names,
            0,
            False,
        )
        if not ok:
            return None
        if name == empty:
            from datetime import date

            from ...services.dti_index_edit import new_index

            return new_index(date.today().year + 1, self._issuing_body())
        if name != other:
            return indices[names.index(name)]
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("IndexMenu", "Mở tệp bộ chỉ số"),
            "",
            QCoreApplication.translate("IndexMenu", "Tệp bộ chỉ số (*.json)"),
        )
        if not path:
            return None
        try:
            return dti.find_index(path)
        except (UserError, OSError) as error:
            show_error(self.window, error)
            return None

    def edit_index(self, index: DtIndex | None = None) -> IndexEditorWindow | None:
        """The province's editor of its index (start from a kept, shipped or file index)."""
        from .index_editor import IndexEditorWindow

        index = index or self.choose_index(new=True)
        if index is None:
            return None
        window = IndexEditorWindow(index, parent=self.window, db=getattr(self.window, "db", None))
        return self._show(window)

    def self_assess(self, index: DtIndex | None = None) -> SelfAssessmentWindow | None:
        from .self_assessment import SelfAssessmentWindow

        index = index or self.choose_index()
        if index is None:
            return None
        db = getattr(self.window, "db", None)
        window = SelfAssessmentWindow(index, parent=self.window, db=db)
        return self._show(window)

    def open_assessment(self, path: Path | None = None) -> SelfAssessmentWindow | None:
        from ...services import dti
        from .self_assessment import SelfAssessmentWindow

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("IndexMenu", "Mở tệp tự đánh giá"),
                "",
                QCoreApplication.translate("IndexMenu", "Tệp tự đánh giá (*.json)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            assessment = dti.read_assessment(path)
        except (UserError, OSError) as error:
            show_error(self.window, error)
            return None
        index: DtIndex | None
        try:
            index = dti.find_index(assessment.index_code)
        except UserError:
            index = self.choose_index()
        if index is None:
            return None
        return self._show(
            SelfAssessmentWindow(
                index, assessment, parent=self.window, db=getattr(self.window, "db", None)
            )
        )

    def rank_folder(
        self, folder: Path | None = None, index: DtIndex | None = None
    ) -> RankingWindow | None:
        """Rank the units whose assessment files lie in `folder`; bad files are listed."""
        from ...services import dti
        from .ranking import RankingWindow

        index = index or self.choose_index()
        if index is None:
            return None
        if folder is None:
            name = QFileDialog.getExistingDirectory(
                self.window,
                QCoreApplication.translate("IndexMenu", "Thư mục chứa các tệp tự đánh giá"),
            )
            if not name:
                return None
            folder = Path(name)
        read, refused = dti.read_assessments(sorted(folder.glob(ASSESSMENT_GLOB)))
        db = getattr(self.window, "db", None)
        if db is not None:  # kept in the database: the province's check is kept too
            refused += dti.keep_assessments(db, read).refused
            period = max((a.period for a in read if a.index_code == index.code), default=index.year)
            mine = [
                a
                for a in dti.stored_assessments(db, index.code, period)
                if a.index_version == index.version
            ]
            others = 0
        else:
            mine = [a for a in read if a.index_code == index.code]
            others = len(read) - len(mine)
        lines = [f"{r.path.name}: {r.text}" for r in refused]
        if others:
            lines.append(
                QCoreApplication.translate(
                    "IndexMenu", "{count} tệp theo bộ chỉ số khác, không tính."
                ).replace("{count}", str(others))
            )
        if lines:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("IndexMenu", "Một số tệp không được tính"),
                "\n".join(lines),
            )
        if not mine:
            return None
        try:
            ranking = RankingWindow(index, mine, parent=self.window, issuer=self._issuer(), db=db)
        except UserError as error:
            show_error(self.window, error)
            return None
        return self._show(ranking)

    def _issuing_body(self) -> str:
        """ "Ủy ban nhân dân tỉnh Thanh Hóa": the database's province, issuing a new index."""
        from ...services import units

        db = getattr(self.window, "db", None)
        if db is None:
            return ""
        try:
            return units.find_unit(db, units.default_province(db)).official_name
        except UserError:
            return ""

    def _issuer(self) -> Issuer | None:
        from ...services.dti_documents import province_issuer

        db = getattr(self.window, "db", None)
        return province_issuer(db) if db is not None else None


def add_index_menu(menus: Menus) -> None:
    """The "Chỉ số CĐS" menu, placed before Help."""
    window = menus.window
    actions = IndexActions(window)
    window.index_actions = actions  # type: ignore[attr-defined]
    menu = QMenu(window)
    menu.setObjectName("indexMenu")
    window.menuBar().insertMenu(menus.help.menuAction(), menu)
    actions.menu = menu
    menus.add(menu, "index_self_assess", lambda: actions.self_assess())
    menus.add(menu, "index_open_assessment", lambda: actions.open_assessment())
    menu.addSeparator()
    menus.add(menu, "index_rank", lambda: actions.rank_folder())
    menus.add(menu, "index_edit", lambda: actions.edit_index())


def retranslate_index_menu(menus: Menus) -> None:
    actions = getattr(menus.window, "index_actions", None)
    if actions is None or actions.menu is None:
        return
    actions.menu.setTitle(QCoreApplication.translate("IndexMenu", "Chỉ số &CĐS"))
    texts = {
        "index_self_assess": QCoreApplication.translate("IndexMenu", "&Tự đánh giá chuyển đổi số…"),
        "index_open_assessment": QCoreApplication.translate("IndexMenu", "&Mở tệp tự đánh giá…"),
        "index_rank": QCoreApplication.translate("IndexMenu", "&Xếp hạng các đơn vị…"),
        "index_edit": QCoreApplication.translate("IndexMenu", "&Soạn và công bố bộ chỉ số…"),
    }
    for key, text in texts.items():
        menus.actions[key].setText(text)
