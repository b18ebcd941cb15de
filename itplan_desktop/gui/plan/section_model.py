"""Qt item model over the plan's section tree (QTreeView adapter).

Rows show the number as it will print ("I.", "1.", "a)", "-", "+") from the position in the
tree and `plan.outline_styles`. Edits are undo commands: the public methods push them, the
`_raw_*` methods do the change with the model's begin/end signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ...domain.section import Section, SectionKind
from ...services.plan_editing import SECTIONS
from ...vn.outline import outline_label
from ..undo import UndoContext
from .commands import CallbackCommand

MIME = "application/x-itplan-section"
Index = QModelIndex | QPersistentModelIndex
Parent = Section | None


class SectionModel(QAbstractItemModel):
    def __init__(self, context: UndoContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._parents: dict[int, Parent] = {}
        self._reindex()

    @property
    def roots(self) -> list[Section]:
        return self.context.editor.plan.sections

    def child_sections(self, parent: Parent) -> list[Section]:
        return self.roots if parent is None else parent.children

    def parent_of(self, section: Section) -> Parent:
        return self._parents[id(section)]

    def _reindex(self) -> None:
        self._parents = {}

        def walk(parent: Parent) -> None:
            for child in self.child_sections(parent):
                self._parents[id(child)] = parent
                walk(child)

        walk(None)

    # ------------------------------------------------------------ model interface
    def index(
        self,
        row: int,
        column: int,
        parent: Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        siblings = self.child_sections(self.section(parent))
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        section = self.section(index)
        if section is None:
            return QModelIndex()
        return self.index_of(self._parents.get(id(section)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self.child_sections(self.section(parent)))

    def columnCount(self, _parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def section(self, index: Index) -> Parent:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, section: Parent) -> QModelIndex:
        if section is None:
            return QModelIndex()
        parent = self._parents.get(id(section))
        return self.createIndex(self.child_sections(parent).index(section), 0, section)

    def depth(self, section: Section) -> int:
        depth, parent = 1, self._parents.get(id(section))
        while parent is not None:
            depth, parent = depth + 1, self._parents.get(id(parent))
        return depth

    def label(self, section: Section) -> str:
        """The number as it will print."""
        if section.label:
            return section.label
        styles = (*self.context.editor.plan.outline_styles, "dash", "plus")
        depth = self.depth(section)
        style = styles[min(depth, len(styles)) - 1]
        siblings = self.child_sections(self._parents.get(id(section)))
        return outline_label(style, siblings.index(section) + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        section = self.section(index)
        if section is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.label(section)} {section.heading}"
        if role == Qt.ItemDataRole.EditRole:
            return section.heading
        if role == Qt.ItemDataRole.FontRole and self.depth(section) <= 2:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and section.kind is SectionKind.BUDGET:
            return self.tr("Mục kinh phí: in phần tổng hợp kinh phí trước nội dung")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        section = self.section(index)
        if section is None or role != Qt.ItemDataRole.EditRole or value == section.heading:
            return False
        self.rename(section, str(value))
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # ------------------------------------------------------------ drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        sections = [s for i in indexes if (s := self.section(i)) is not None]
        if sections:
            mime.setData(MIME, QByteArray(sections[0].uuid.encode()))
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, _column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        uuid = bytes(data.data(MIME).data()).decode()
        section = self.find(uuid)
        target = self.section(parent)
        if section is None or not self.can_move_to(section, target):
            return False
        siblings = self.child_sections(target)
        row = len(siblings) if row < 0 else row
        if self._parents.get(id(section)) is target and siblings.index(section) < row:
            row -= 1
        self.move(section, target, row)
        return False  # we moved it ourselves; the view must not remove the source row

    def can_move_to(self, section: Section, target: Parent) -> bool:
        """Not into itself or one of its descendants."""
        while target is not None:
            if target is section:
                return False
            target = self._parents.get(id(target))
        return True

    def find(self, uuid: str) -> Section | None:
        stack = list(self.roots)
        while stack:
            section = stack.pop()
            if section.uuid == uuid:
                return section
            stack.extend(section.children)
        return None

    # ------------------------------------------------------------ raw changes
    def _raw_insert(self, parent: Parent, row: int, section: Section) -> None:
        self.beginInsertRows(self.index_of(parent), row, row)
        self.child_sections(parent).insert(row, section)
        self._reindex()
        self.endInsertRows()
        self._relabel(parent)

    def _raw_remove(self, section: Section) -> tuple[Parent, int]:
        parent = self._parents[id(section)]
        row = self.child_sections(parent).index(section)
        self.beginRemoveRows(self.index_of(parent), row, row)
        del self.child_sections(parent)[row]
        self._reindex()
        self.endRemoveRows()
        self._relabel(parent)
        return parent, row

    def _relabel(self, parent: Parent) -> None:
        """Numbers of the siblings after an insert/remove changed: repaint them and below."""
        count = self.rowCount(self.index_of(parent))
        if count:
            self.dataChanged.emit(
                self.index(0, 0, self.index_of(parent)),
                self.index(count - 1, 0, self.index_of(parent)),
            )
        self.context.editor.touch(SECTIONS)

    # ------------------------------------------------------------ undoable edits
    def add(self, parent: Parent, row: int, heading: str) -> Section:
        section = Section(heading)
        self.context.push(
            CallbackCommand(
                self.tr("Thêm mục “%1”").replace("%1", heading),
                lambda: self._raw_insert(parent, row, section),
                lambda: self._raw_remove(section),
            )
        )
        return section

    def delete(self, section: Section) -> None:
        parent = self._parents[id(section)]
        row = self.child_sections(parent).index(section)
        self.context.push(
            CallbackCommand(
                self.tr("Xóa mục “%1”").replace("%1", section.heading),
                lambda: self._raw_remove(section),
                lambda: self._raw_insert(parent, row, section),
            )
        )

    def move(self, section: Section, target: Parent, row: int, text: str | None = None) -> None:
        """Move `section` to be child `row` of `target` (row counted without the section)."""
        source = self._parents[id(section)]
        source_row = self.child_sections(source).index(section)
        if source is target and source_row == row:
            return

        def do() -> None:
            self._raw_remove(section)
            self._raw_insert(target, row, section)

        def undo() -> None:
            self._raw_remove(section)
            self._raw_insert(source, source_row, section)

        label = text or self.tr("Di chuyển mục “%1”")
        self.context.push(CallbackCommand(label.replace("%1", section.heading), do, undo))

    def rename(self, section: Section, heading: str) -> None:
        from .commands import SetFieldCommand

        command = SetFieldCommand(
            self.context.editor,
            section,
            "heading",
            heading,
            SECTIONS,
            self.tr("Sửa tên mục “%1”").replace("%1", heading),
        )
        self.context.push(command)
        index = self.index_of(section)
        self.dataChanged.emit(index, index)
