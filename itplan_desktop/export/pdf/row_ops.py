"""PDF operators of table rows, built once per row in the row's own coordinates.

A whole row becomes one string (`BT … ET`) positioned by `q 1 0 0 1 x y cm … Q`, so placing it
on a page costs one format. Left-aligned cells show all their lines with one `'` operator each
after a single `translate` of the cell's text; right-aligned numbers and centred labels, which
recur, are cached per column. Rows split across pages, and rows whose characters spill into a
second font subset, take the general path through `TextBatch`.
"""

from __future__ import annotations

from collections.abc import Callable

from .measures import CELL_PAD_X, CELL_PAD_Y, TEXT_ASCENT
from .table_cells import ALIGN_CENTRE, ALIGN_LEFT, ALIGN_RIGHT
from .table_layout import Piece, TableLayout
from .text_metrics import FaceMetrics
from .text_stream import FaceEncoder, TextBatch


class RowOps:
    """Builds and caches the operators of the rows of one laid-out table."""

    def __init__(self, layout: TableLayout, encoder: Callable[[str], FaceEncoder]) -> None:
        self.layout = layout
        self._encoder = encoder
        faces = layout.faces
        self._size = faces.size
        self._leading = faces.leading
        self._baseline = -(CELL_PAD_Y + faces.size * TEXT_ASCENT)
        first_line = self._baseline + self._leading  # each line is shown with ' (T* then Tj)
        edges = layout.edges
        # The start of every left-aligned cell's text, formatted once per column.
        self._left = [
            f"1 0 0 1 {edges[col] + CELL_PAD_X:.2f} {first_line:.2f} Tm("
            if align == ALIGN_LEFT
            else None
            for col, align in enumerate(layout.aligns)
        ]
        # Per font: per column, the operators of a one-line number or label, by its text.
        self._singles: dict[str, list[dict[str, str]]] = {}
        self._plain = self._plain_rows()

    def _plain_rows(self) -> dict[int, str]:
        """`whole_row` of every plain row (regular face, no merged cells), built column by
        column: each text column's cells are encoded in one call (`FaceEncoder.encode_cells`)
        and each distinct number formatted once. Empty when the face's characters spill into
        a second subset or a column cannot be encoded at once; those rows take `whole_row`'s
        own path, which gives the same operators."""
        layout = self.layout
        encoder = self._encoder(layout.faces.regular.font_name)
        plain = [i for i, row in enumerate(layout.rows) if not row.bold and row.span == 1]
        if not plain or not encoder.single_subset:
            return {}
        cells = [layout.lines[i] for i in plain]
        columns = []
        for col, column in enumerate(zip(*cells, strict=True)):
            ops = self._column_ops(encoder, col, column)
            if ops is None:
                return {}
            columns.append(ops)
        head = f"BT {encoder.first_name} {self._size:g} Tf {self._leading:.2f} TL"
        rows = ["\n".join([head, *filter(None, ops), "ET"]) for ops in zip(*columns, strict=True)]
        return dict(zip(plain, rows, strict=True))

    def _column_ops(
        self, encoder: FaceEncoder, col: int, cells: tuple[list[str], ...]
    ) -> list[str] | None:
        """The operators of one column's cells in plain rows ("" for an empty cell)."""
        start = self._left[col]
        if start is not None:
            encoded = encoder.encode_cells(cells)
            if encoded is None:
                return None
            return [
                f"{start}{data})'" if cell else ""
                for cell, data in zip(cells, encoded, strict=True)
            ]
        metrics = self.layout.faces.regular
        singles = self._singles_of(metrics.font_name)[col]
        for cell in cells:
            if len(cell) > 1:  # never in a plain row's number column, but keep to the rules
                return None
            if cell and cell[0] not in singles:
                self._single(metrics, encoder, col, cell[0], singles)
        return [singles[cell[0]] if cell else "" for cell in cells]

    def _singles_of(self, font_name: str) -> list[dict[str, str]]:
        singles = self._singles.get(font_name)
        if singles is None:
            singles = self._singles[font_name] = [{} for _ in self.layout.aligns]
        return singles

    def whole_row(self, index: int) -> str | None:
        """`BT … ET` for row `index` with its top-left corner at the origin, or None when the
        row needs the general path."""
        found = self._plain.get(index)
        if found is not None:
            return found
        layout = self.layout
        row = layout.rows[index]
        metrics = layout.faces.bold if row.bold else layout.faces.regular
        encoder = self._encoder(metrics.font_name)
        if encoder.single_subset:
            name = encoder.first_name
        else:
            simple = encoder.simple("".join(row.texts))
            if simple is None:
                return None
            name = simple
        encode_lines = encoder.encode_lines
        singles = self._singles_of(metrics.font_name)
        left = self._left
        ops = [f"BT {name} {self._size:g} Tf {self._leading:.2f} TL"]
        append = ops.append
        span = row.span
        for col, cell in enumerate(layout.lines[index]):
            if not cell:
                continue
            if span > 1 and col == 0:
                edges = layout.edges
                append(self._centred(metrics, encoder, edges[0], edges[span], cell))
            elif left[col] is not None:
                append(f"{left[col]}{encode_lines(cell)})'")
            elif len(cell) == 1:
                found = singles[col].get(cell[0])
                if found is None:
                    found = self._single(metrics, encoder, col, cell[0], singles[col])
                append(found)
            else:
                edges = layout.edges
                append(self._centred(metrics, encoder, edges[col], edges[col + 1], cell))
        append("ET")
        return "\n".join(ops)

    def _single(
        self, metrics: FaceMetrics, encoder: FaceEncoder, col: int, text: str, cache: dict
    ) -> str:
        edges = self.layout.edges
        width = metrics.cached_width(text, self._size)
        if self.layout.aligns[col] == ALIGN_RIGHT:
            x = edges[col + 1] - CELL_PAD_X - width
        else:
            x = (edges[col] + edges[col + 1] - width) / 2
        encoded = text.translate(encoder.table)
        found = cache[text] = f"1 0 0 1 {x:.2f} {self._baseline:.2f} Tm({encoded})Tj"
        return found

    def _centred(
        self, metrics: FaceMetrics, encoder: FaceEncoder, x0: float, x1: float, lines: list[str]
    ) -> str:
        ops = []
        y = self._baseline
        for line in lines:
            x = (x0 + x1 - metrics.cached_width(line, self._size)) / 2
            ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm({line.translate(encoder.table)})Tj")
            y -= self._leading
        return "\n".join(ops)

    def piece(self, batch: TextBatch, piece: Piece, left: float, top: float) -> None:
        """The general path: lines `piece.first`-`piece.last` of a row, in page coordinates."""
        layout = self.layout
        row = layout.rows[piece.row]
        size = self._size
        metrics = layout.faces.bold if row.bold else layout.faces.regular
        encoder = self._encoder(metrics.font_name)
        edges = layout.edges
        baseline = top + self._baseline
        for col, cell in enumerate(layout.lines[piece.row]):
            lines = cell[piece.first : piece.last]
            if not lines:
                continue
            align = layout.aligns[col]
            x0, x1 = left + edges[col], left + edges[col + 1]
            if row.span > 1 and col == 0:
                x0, x1, align = left + edges[0], left + edges[row.span], ALIGN_CENTRE
            y = baseline
            for line in lines:
                width = metrics.cached_width(line, size)
                if align == ALIGN_LEFT:
                    x = x0 + CELL_PAD_X
                elif align == ALIGN_RIGHT:
                    x = x1 - CELL_PAD_X - width
                else:
                    x = (x0 + x1 - width) / 2
                batch.line(encoder, size, x, y, line)
                y -= self._leading
