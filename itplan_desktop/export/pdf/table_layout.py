"""Geometry of an appendix table: column widths, wrapped cell lines, row heights, the header
grid and the pages. Pure computation; `appendix_table` draws the result.

Widths start from the columns' relative width hints and are raised where a column's numbers,
the longest word of its header or of its cells would not fit; the other columns give up the
difference, and the font shrinks before a word is split.
Rows are never cut across pages unless one row is taller than a whole page.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter

from ...domain.appendix import Appendix
from ...domain.appendix_engine import AppendixComputation
from ...domain.appendix_layout import HeaderGrid, header_grid
from .fonts import FontFamily
from .measures import CELL_PAD_X, CELL_PAD_Y, SIZES, leading
from .table_cells import ALIGN_LEFT, RowCells, column_alignments, table_rows
from .text_metrics import FaceMetrics, face_metrics


@dataclass(frozen=True, slots=True)
class Faces:
    """The regular and bold metrics of the table font at one size."""

    regular: FaceMetrics
    bold: FaceMetrics
    size: float

    @property
    def leading(self) -> float:
        return leading(self.size)


def minimum_widths(
    rows: list[RowCells],
    aligns: list[str],
    grid: HeaderGrid,
    faces: Faces,
    *,
    whole_words: bool = True,
) -> list[float]:
    """The narrowest each column may be: its widest number (right-aligned or centred cells are
    not wrapped) or the longest word of its own header cell, plus padding; with `whole_words`,
    a text column also holds the longest word of its cells, so a document number
    ("2586/QĐ-UBND") or a unit ("Sở NN&PTNT") is never split."""
    needed = [0.0] * len(aligns)
    for cell in grid.cells:
        if cell.colspan == 1:
            word = faces.bold.longest_word(cell.text, faces.size)
            needed[cell.col] = max(needed[cell.col], word)
    plain = [row.texts for row in rows if not row.bold and row.span == 1]
    special = [row for row in rows if row.bold or row.span > 1]
    for col, align in enumerate(aligns):
        if align == ALIGN_LEFT:
            if whole_words:
                needed[col] = max(needed[col], _longest_text_word(plain, special, col, faces))
            continue
        texts = set(map(itemgetter(col), plain))  # each distinct number measured once
        widest = max(map(faces.regular.width, texts, repeat(faces.size)), default=0.0)
        for row in special:
            text = row.texts[col]
            if text and not (row.span > 1 and col < row.span):
                metrics = faces.bold if row.bold else faces.regular
                widest = max(widest, metrics.width(text, faces.size))
        needed[col] = max(needed[col], widest)
    return [width + 2 * CELL_PAD_X for width in needed]


def _longest_text_word(
    plain: list[list[str]], special: list[RowCells], col: int, faces: Faces
) -> float:
    """The widest word of a text column's cells (a spanning cell is not the column's own)."""
    size = faces.size
    texts = set(map(itemgetter(col), plain))
    widest = max(map(faces.regular.longest_word, texts, repeat(size)), default=0.0)
    for row in special:
        if row.span > 1 and col < row.span:
            continue
        metrics = faces.bold if row.bold else faces.regular
        widest = max(widest, metrics.longest_word(row.texts[col], size))
    return widest


def column_widths(hints: list[float], minimums: list[float], available: float) -> list[float]:
    """Share `available` by the hints, but never below a column's minimum.

    Columns that would fall below their minimum get it; the others share what is left in
    proportion to their hints. When even the minimums do not fit, they are scaled down.
    """
    hints = [max(h, 0.01) for h in hints]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(hints)) if i not in fixed]
        rest = available - sum(fixed.values())
        share = sum(hints[i] for i in free)
        widths = {i: rest * hints[i] / share for i in free} if share else {}
        short = [i for i in free if widths[i] < minimums[i]]
        if not short or rest <= 0:
            break
        for i in short:
            fixed[i] = minimums[i]
    result = [fixed.get(i, widths.get(i, 0.0)) for i in range(len(hints))]
    total = sum(result)
    if total > available:  # even the minimums do not fit: shrink everything alike
        result = [w * available / total for w in result]
    return result


def wrap_rows(
    rows: list[RowCells], widths: list[float], aligns: list[str], faces: Faces
) -> list[list[list[str]]]:
    """The lines of every cell. Left-aligned text wraps (column by column); numbers and labels
    (right-aligned or centred) were given room by `minimum_widths` and stay on one line; bold
    rows wrap with bold widths, and a spanning cell over its merged width."""
    if not rows:  # a text-only table without rows: the header alone
        return []
    size = faces.size
    columns = []
    by_column = zip(*[row.texts for row in rows], strict=True)
    for texts, width, align in zip(by_column, widths, aligns, strict=True):
        if align == ALIGN_LEFT:
            columns.append(faces.regular.wrap_column(texts, width - 2 * CELL_PAD_X, size))
        else:
            columns.append([[text] if text else [] for text in texts])
    wrapped = [list(cells) for cells in zip(*columns, strict=True)]
    for index, row in enumerate(rows):
        if row.bold or row.span > 1:
            wrapped[index] = _wrap_special(row, widths, aligns, faces)
    return wrapped


def _wrap_special(
    row: RowCells, widths: list[float], aligns: list[str], faces: Faces
) -> list[list[str]]:
    metrics = faces.bold if row.bold else faces.regular
    cells: list[list[str]] = []
    for col, text in enumerate(row.texts):
        if not text:
            cells.append([])
        elif row.span > 1 and col == 0:
            cells.append(metrics.wrap(text, sum(widths[: row.span]) - 2 * CELL_PAD_X, faces.size))
        elif aligns[col] == ALIGN_LEFT:
            cells.append(metrics.wrap(text, widths[col] - 2 * CELL_PAD_X, faces.size))
        else:
            cells.append([text])
    return cells


@dataclass(frozen=True, slots=True)
class HeaderLayout:
    """Heights of the header rows and the lines of each header cell (in `grid.cells` order)."""

    row_heights: tuple[float, ...]
    cell_lines: tuple[tuple[str, ...], ...]

    @property
    def height(self) -> float:
        return sum(self.row_heights)


def header_layout(grid: HeaderGrid, widths: list[float], faces: Faces) -> HeaderLayout:
    """Wrap the header cells (bold) and size the header rows so every cell fits."""
    step = faces.leading
    heights = [0.0] * grid.depth
    lines = []
    for cell in grid.cells:
        width = sum(widths[cell.col : cell.col + cell.colspan]) - 2 * CELL_PAD_X
        lines.append(tuple(faces.bold.wrap(cell.text, width, faces.size)))
    for cell, cell_lines in zip(grid.cells, lines, strict=True):
        if cell.rowspan == 1:
            need = len(cell_lines) * step + 2 * CELL_PAD_Y
            heights[cell.row] = max(heights[cell.row], need)
    for cell, cell_lines in zip(grid.cells, lines, strict=True):
        if cell.rowspan > 1:
            rows = range(cell.row, cell.row + cell.rowspan)
            need = len(cell_lines) * step + 2 * CELL_PAD_Y
            have = sum(heights[r] for r in rows)
            if need > have:
                heights[rows[-1]] += need - have
    minimum = step + 2 * CELL_PAD_Y
    return HeaderLayout(tuple(max(h, minimum) for h in heights), tuple(lines))


@dataclass(frozen=True, slots=True)
class Piece:
    """Lines `first` to `last` (exclusive) of row `row` on one page; `height` in points."""

    row: int
    first: int
    last: int
    height: float


def paginate(
    line_counts: list[int],
    step: float,
    first: float,
    others: float,
    keep_with_next: frozenset[int] = frozenset(),
) -> list[list[Piece]]:
    """Place rows on pages whose table bodies are `first` (first page) and `others` points
    high. A row moves whole to the next page; only a row taller than a page is split, at a
    line boundary, and its parts fill the pages it needs. Rows in `keep_with_next` (group
    headings) never end a page: they move on with the row after them."""
    pad = 2 * CELL_PAD_Y
    pages: list[list[Piece]] = [[]]
    room = first
    for row, count in enumerate(line_counts):
        count = max(count, 1)
        height = count * step + pad
        if height > room and pages[-1] and height <= others:  # moves whole to a fresh page
            carried = _trailing_headings(pages[-1], keep_with_next, others - height)
            pages.append(carried)
            room = others - sum(piece.height for piece in carried)
        if height <= room:
            pages[-1].append(Piece(row, 0, count, height))
            room -= height
            continue
        start = 0
        while start < count:  # taller than the room left: split at line boundaries
            fit = max(int((room - pad) // step), 0)
            if fit == 0:
                pages.append([])
                room = others
                fit = max(int((room - pad) // step), 1)
            end = min(count, start + fit)
            piece = Piece(row, start, end, (end - start) * step + pad)
            pages[-1].append(piece)
            room -= piece.height
            start = end
    _keep_last_with_previous(pages, others)
    return pages


def _trailing_headings(page: list[Piece], keep: frozenset[int], room: float) -> list[Piece]:
    """The whole headings at the end of `page` that go to the next page with the row after
    them (taken off `page`), as long as `room` holds them and `page` keeps a row."""
    carried: list[Piece] = []
    while len(page) > 1 and page[-1].row in keep and page[-1].first == 0:
        if page[-1].height > room:
            break
        room -= page[-1].height
        carried.insert(0, page.pop())
    return carried


def _keep_last_with_previous(pages: list[list[Piece]], others: float) -> None:
    """The total row never stands alone at the top of a page: the row before it follows."""
    if len(pages) < 2 or len(pages[-1]) != 1 or len(pages[-2]) < 2:
        return
    moved = pages[-2][-1]
    if moved.first == 0 and moved.height + pages[-1][0].height <= others:
        pages[-2].pop()
        pages[-1].insert(0, moved)


@dataclass(slots=True)
class TableLayout:
    """Everything measured before drawing: widths, wrapped lines, header, pages."""

    faces: Faces
    edges: list[float]  # x of every column boundary, from the left margin
    grid: HeaderGrid
    header: HeaderLayout
    rows: list[RowCells]
    lines: list[list[list[str]]]
    aligns: list[str]
    pages: list[list[Piece]]


def _faces(family: FontFamily, size: float) -> Faces:
    return Faces(face_metrics(family.regular), face_metrics(family.bold), size)


def _font_and_minimums(
    rows: list[RowCells], aligns: list[str], grid: HeaderGrid, family: FontFamily, width: float
) -> tuple[Faces, list[float]]:
    """The largest table size, from 12 pt down to docs/format.md's floor of 11 pt, at which every
    column keeps its words whole; when none does, the largest down to 9 pt at which the numbers
    and headers fit, and a word too wide for its column is broken (at "/" or "-" where it can
    be). Widths grow linearly with the size, so the texts are measured once, at 1 pt."""
    top = int(SIZES.table)
    unit = _faces(family, 1.0)
    pad = 2 * CELL_PAD_X
    for whole_words, floor in ((True, SIZES.table_floor), (False, SIZES.table_min)):
        needs = [
            width - pad
            for width in minimum_widths(rows, aligns, grid, unit, whole_words=whole_words)
        ]
        sizes = [float(size) for size in range(top, int(floor) - 1, -1)]
        for size in sizes:
            minimums = [need * size + pad for need in needs]
            if sum(minimums) <= width:
                return _faces(family, size), minimums
    return _faces(family, sizes[-1]), minimums


def layout_table(
    appendix: Appendix, family: FontFamily, width: float, first: float, others: float
) -> TableLayout:
    """Measure the table for a text width and the body heights left on the first and later
    pages (before the header). The font shrinks from 12 pt when the columns do not fit."""
    computation = AppendixComputation(appendix)
    rows = table_rows(appendix, computation)
    aligns = column_alignments(appendix)
    grid = header_grid(appendix)
    hints = [column.width for column in appendix.columns]
    faces, minimums = _font_and_minimums(rows, aligns, grid, family, width)
    widths = column_widths(hints, minimums, width)
    edges = [0.0]
    for w in widths:
        edges.append(edges[-1] + w)
    header = header_layout(grid, widths, faces)
    lines = wrap_rows(rows, widths, aligns, faces)
    counts = [max(map(len, cells), default=1) for cells in lines]
    headings = frozenset(i for i, row in enumerate(rows) if row.kind == "group")
    pages = paginate(counts, faces.leading, first - header.height, others - header.height, headings)
    return TableLayout(faces, edges, grid, header, rows, lines, aligns, pages)
