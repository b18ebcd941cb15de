"""Every text a user can see in a widget tree — labels, buttons, actions, placeholders,
tool tips, combo items, tab titles, header labels of item views, window titles — and the
check that none of them is in the other language (a translated source left untranslated,
or an English translation left in the Vietnamese interface)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

GLOSSARY = Path(__file__).resolve().parents[2] / "translations" / "en_glossary.json"


def _clean(text: str) -> str:
    return text.replace("&", "").strip()


def widget_texts(root) -> list[tuple[str, str]]:
    """(where, text) of every visible text under `root` (itself included)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QPlainTextEdit,
        QTabWidget,
        QTreeWidget,
        QWidget,
    )

    found: list[tuple[str, str]] = []

    def add(widget, kind: str, text: str | None) -> None:
        if text:
            found.append((f"{type(widget).__name__}({widget.objectName()}).{kind}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        add(widget, "windowTitle", widget.windowTitle() if widget.isWindow() else "")
        add(widget, "toolTip", widget.toolTip())
        for action in widget.actions():
            add(widget, "action", action.text())
            add(widget, "action.toolTip", action.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(widget, "text", widget.text())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, "item", widget.itemText(i))
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, "tab", widget.tabText(i))
        elif isinstance(widget, QMenu):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTreeWidget):
            items = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while items:
                item = items.pop()
                for column in range(item.columnCount()):
                    add(widget, "item", item.text(column))
                items.extend(item.child(i) for i in range(item.childCount()))
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                add(widget, "item", widget.item(i).text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            from PySide6.QtCore import QModelIndex

            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: no header to read
                columns = 0
            for section in range(min(columns, 60)):
                add(widget, "header", model.headerData(section, Qt.Orientation.Horizontal))
    return [(where, str(text)) for where, text in found]


@cache
def _glossary() -> dict[str, str]:
    entries = json.loads(GLOSSARY.read_text(encoding="utf-8"))
    return {_clean(vi): _clean(en) for vi, en in entries.items() if _clean(vi) != _clean(en)}


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """Messages with %1 … of the other language, as patterns of the whole text; only those
    with at least 12 fixed letters, so that "%1 %2" matches nothing."""
    glossary = _glossary()
    texts = glossary if language == "en" else glossary.values()
    patterns = []
    for text in texts:
        parts = re.split(r"%\d", text)
        if len(parts) > 1 and sum(len(p.strip()) for p in parts) >= 12:
            patterns.append(re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL))
    return tuple(patterns)


def foreign_texts(root, language: str, ignore: set[str] = frozenset()) -> list[tuple[str, str]]:
    """Texts under `root` that belong to the other language: in "en", a Vietnamese source
    that has an English translation; in "vi", an English translation of ours. `ignore`:
    texts of the document itself (an appendix's column titles), Vietnamese in any UI."""
    glossary = _glossary()
    foreign = set(glossary) if language == "en" else set(glossary.values())
    own = set(glossary.values()) if language == "en" else set(glossary)
    found = []
    for where, text in widget_texts(root):
        clean = _clean(text)
        if clean in own or text in ignore or clean in ignore:
            continue
        if clean in foreign or any(p.fullmatch(clean) for p in _patterns(language)):
            found.append((where, text))
    return found
