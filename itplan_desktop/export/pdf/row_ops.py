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
        self._singles: dict[tuple[str, int, str], str] = {}

    def whole_row(self, index: int) -> str | None:
        """`BT … ET` for row `index` with its top-left corner at the origin, or None when the
        row needs the general path."""
        layout = self.layout
        row = layout.rows[index]
        metrics = layout.faces.bold if row.bold else layout.faces.regular
        encoder = self._encoder(metrics.font_name)
        if encoder.single_subset:
            name = encoder.first_name
        else:
            name = encoder.simple("".join(row.texts))
            if name is None:
                return None
        edges, aligns = layout.edges, layout.aligns
        first_line = self._baseline + self._leading  # each line is shown with ' (T* then Tj)
        ops = [f"BT {name} {self._size:g} Tf {self._leading:.2f} TL"]
        for col, cell in enumerate(layout.lines[index]):
            if not cell:
                continue
            align = aligns[col]
            if row.span > 1 and col == 0:
                ops.append(self._centred(metrics, encoder, edges[0], edges[row.span], cell))
            elif align == ALIGN_LEFT:
                text = "\n".join(cell).translate(encoder.table).replace("\n", ")'(")
                ops.append(f"1 0 0 1 {edges[col] + CELL_PAD_X:.2f} {first_line:.2f} Tm({text})'")
            elif len(cell) == 1:
                ops.append(self._single(metrics, encoder, col, align, cell[0]))
            else:
                ops.append(self._centred(metrics, encoder, edges[col], edges[col + 1], cell))
        ops.append("ET")
        return "\n".join(ops)

    def _single(
        self, metrics: FaceMetrics, encoder: FaceEncoder, col: int, align: str, text: str
    ) -> str:
        key = (metrics.font_name, col, text)
        found = self._singles.get(key)
        if found is None:
            edges = self.layout.edges
            width = metrics.cached_width(text, self._size)
            if align == ALIGN_RIGHT:
                x = edges[col + 1] - CELL_PAD_X - width
            else:
                x = (edges[col] + edges[col + 1] - width) / 2
            encoded = text.translate(encoder.table)
            found = self._singles[key] = f"1 0 0 1 {x:.2f} {self._baseline:.2f} Tm({encoded})Tj"
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
