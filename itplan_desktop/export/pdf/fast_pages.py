"""Appendix page objects written without ReportLab's generic object formatting.

A 5.000-row appendix has over a thousand pages. ReportLab formats every page through nested
`PDFDictionary`/`PDFArray` objects, builds a resource dictionary per page and compresses the
content with zlib's default level 6; together that was about a third of the render time.
`compact_last_page` turns the page the canvas just finished into a `CompactPage`:

- the content stream is encoded as latin-1 bytes (so the raw subset codes `text_stream`
  writes stay one byte each) and compressed at `PAGE_COMPRESSION_LEVEL` — on a second core,
  in batches, while the next pages are drawn (zlib releases the GIL);
- pages with the same resources share one indirect resource dictionary;
- the page dictionary is a single bytes template.

Fonts, subsetting, the header form and everything else are still ReportLab's.
"""

from __future__ import annotations

import os
import zlib
from collections import deque
from concurrent.futures import ThreadPoolExecutor

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from . import reportlab_private as private

PAGE_COMPRESSION_LEVEL = 2
"""zlib level of page content streams. On the 5.000-row benchmark appendix (latin-1 page
streams, 3,3 MB raw), level 6 (ReportLab's default) takes about twice as long as level 2 for a
file about 6 % smaller; levels 1-3 are within a few percent of each other (docs/pdf.md)."""


BATCH = 16
"""Pages handed to the background thread per task."""


def _compress(content: bytes) -> bytes:
    return zlib.compress(content, PAGE_COMPRESSION_LEVEL)


def _compress_from_left(queue: deque[CompressedStream], count: int) -> None:
    """The worker's task: compress up to `count` streams, oldest first. Streams are claimed
    with `deque.popleft` (atomic), so the main thread can take the others from the right."""
    for _ in range(count):
        try:
            stream = queue.popleft()
        except IndexError:
            return
        stream.compressed = _compress(stream.content)


class CompressedStream(pdfdoc.PDFObject):
    """A page content stream: latin-1 bytes, Flate-compressed before the document is written
    (`PageCompactor.close`) or, failing that, when written."""

    __RefOnly__ = 1

    def __init__(self, content: bytes) -> None:
        self.content = content
        self.compressed: bytes | None = None

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        data = self.compressed if self.compressed is not None else _compress(self.content)
        data = document.encrypt.encode(data)
        head = b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(data)
        return head + data + b"\nendstream\n"


class CompactPage(pdfdoc.PDFPage):
    """A page whose dictionary is written from one template (`simple`), or, when the page
    uses something the template does not cover, by ReportLab as usual."""

    simple = False

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        if not self.simple:
            return super().format(document)
        contents = document.Reference(self.Contents).format(document)
        return b"%s%s >>" % (self.head.format(document), contents)


class PageHead:
    """The start of the dictionary of every simple page of one size and resources, up to the
    reference to its content stream; formatted once, when the first such page is written
    (which is when the parent and the resources get their object numbers, as before)."""

    def __init__(self, media_box: bytes, resources: pdfdoc.PDFResourceDictionary) -> None:
        self.media_box = media_box
        self.resources = resources
        self._formatted: bytes | None = None

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        if self._formatted is None:
            ref = document.Reference
            self._formatted = b"<< /Type /Page /Parent %s /MediaBox %s /Resources %s /Contents " % (
                ref(document.Pages).format(document),
                self.media_box,
                ref(self.resources).format(document),
            )
        return self._formatted


def _page_stream(page: pdfdoc.PDFPage) -> bytes:
    text = page.stream
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:  # not ours (ours is ASCII or latin-1): as ReportLab would
        return text.encode("utf-8")


def _resources(page: pdfdoc.PDFPage) -> pdfdoc.PDFResourceDictionary:
    """The resource dictionary ReportLab would give the page (`PDFPage.check_format`)."""
    resources = pdfdoc.PDFResourceDictionary()
    resources.basicFonts()
    if page.hasImages:
        resources.allProcs()
    else:
        resources.basicProcs()
    if page.XObjects:
        resources.XObject = page.XObjects
    if page.ExtGState:
        resources.ExtGState = page.ExtGState
    resources.setShading(private.shading_used(page))
    resources.setColorSpace(private.colours_used(page))
    return resources


def _is_plain(page: pdfdoc.PDFPage) -> bool:
    """Nothing on the page beyond content, fonts and forms (what appendix pages hold)."""
    extras = (page.Annots, page.Dur, page.CropBox, page.ArtBox, page.BleedBox, page.TrimBox)
    trans = page.Trans.dict if page.Trans is not None else None
    return (
        not any(extras)
        and not trans
        and not page.ExtGState
        and not private.shading_used(page)
        and not private.colours_used(page)
    )


def _media_box(width: float, height: float, rotate: int) -> bytes:
    """The page's /MediaBox entry as ReportLab writes it (with /Rotate when turned)."""
    if rotate in (90, 270):
        width, height = height, width
    box = b"[0 0 %s %s]" % (fp_str(width).encode(), fp_str(height).encode())
    if rotate:
        box += b" /Rotate %d" % rotate
    return box


class PageCompactor:
    """Converts the pages of one canvas as they are finished; shares resource dictionaries."""

    def __init__(self, canvas: Canvas) -> None:
        self._doc = private.document(canvas)
        self._shared: dict[tuple[object, ...], pdfdoc.PDFResourceDictionary] = {}
        self._heads: dict[tuple[float, float, int, int], PageHead] = {}  # by size, resources
        self._queue: deque[CompressedStream] = deque()
        self._queued = 0
        self._pool: ThreadPoolExecutor | None = None
        if (os.cpu_count() or 1) > 1:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="itplan-pdf-zlib")

    def close(self) -> None:
        """Finish the compression on both cores: the worker goes on from the oldest page
        while this thread takes the newest. (While pages are drawn the worker gets little
        done: after each page's zlib call it must win the GIL back from the busy main
        thread, which costs a switch interval; two threads that both spend their time in zlib
        hand the GIL over at once.)"""
        queue = self._queue
        if self._pool is not None and self._queued:
            self._pool.submit(_compress_from_left, queue, self._queued)
        self._queued = 0
        while True:
            try:
                stream = queue.pop()
            except IndexError:
                break
            stream.compressed = _compress(stream.content)
        if self._pool is not None:
            self._pool.shutdown(wait=True)  # at most the page it is compressing is left
            self._pool = None

    def compact_last_page(self) -> None:
        """Turn the page `showPage` just added into a `CompactPage`."""
        page = self._doc.Pages.pages[-1]
        if type(page) is not pdfdoc.PDFPage or page.stream is None:
            return
        page.__class__ = CompactPage
        page.Contents = stream = CompressedStream(_page_stream(page))
        page.stream = None
        self._queue.append(stream)
        self._queued += 1
        if self._queued >= BATCH and self._pool is not None:
            self._pool.submit(_compress_from_left, self._queue, self._queued)
            self._queued = 0
        if not _is_plain(page):
            return  # ReportLab writes the dictionary (with our stream)
        forms = tuple(page.XObjects.dict.items()) if page.XObjects else ()
        key = (bool(page.hasImages), tuple((name, ref.name) for name, ref in forms))
        shared = self._shared.get(key)
        if shared is None:
            shared = self._shared[key] = _resources(page)
        page.Resources = shared
        size = (page.pagewidth, page.pageheight, page.Rotate, id(shared))
        head = self._heads.get(size)
        if head is None:
            head = self._heads[size] = PageHead(_media_box(*size[:3]), shared)
        page.head = head
        page.simple = True
