"""Draw the application icon: a page with a folded corner, a flag-red band and the letters "KH".

"KH" is short for *kế hoạch* (plan). The letters are drawn as strokes, not with a font, so the
icon does not depend on what fonts the machine has. The mark is drawn once at 1024 px and
scaled down for every size the Windows .ico carries.

    python build/make_icon.py     # writes itplan_desktop/resources/icons/itplan.ico and itplan.png
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "itplan_desktop" / "resources" / "icons"
CANVAS = 1024
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
PNG_SIZE = 256

FLAG_RED = (218, 37, 29, 255)  # the red of the Vietnamese flag (#DA251D)
STAR_YELLOW = (255, 205, 0, 255)
INK = (28, 45, 74, 255)  # dark blue-grey for the letters
PAPER = (255, 255, 255, 255)
FOLD = (214, 220, 230, 255)
EDGE = (120, 132, 150, 255)


def _page(draw: ImageDraw.ImageDraw) -> None:
    """A portrait sheet with its top-right corner folded over."""
    left, top, right, bottom, fold = 160, 64, 864, 960, 190
    outline = [
        (left, top),
        (right - fold, top),
        (right, top + fold),
        (right, bottom),
        (left, bottom),
    ]
    draw.polygon(outline, fill=PAPER, outline=EDGE, width=20)
    draw.polygon(
        [(right - fold, top), (right - fold, top + fold), (right, top + fold)],
        fill=FOLD,
        outline=EDGE,
        width=20,
    )


def _band(draw: ImageDraw.ImageDraw) -> None:
    """The red band across the page with the yellow five-pointed star of the flag."""
    draw.rectangle([170, 300, 854, 470], fill=FLAG_RED)  # inside the outline
    _star(draw, centre=(512, 385), outer=62)


def _star(draw: ImageDraw.ImageDraw, centre: tuple[int, int], outer: int) -> None:
    import math

    inner = outer * 0.382
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)))
    draw.polygon(points, fill=STAR_YELLOW)


def _letters(draw: ImageDraw.ImageDraw) -> None:
    """Block letters K and H below the band, each 240 px wide, centred on the page."""
    top, bottom, stroke, width = 570, 850, 66, 240
    middle = (top + bottom) // 2
    # K: a stem and two arms meeting just right of the stem
    kx = 252
    draw.rectangle([kx, top, kx + stroke, bottom], fill=INK)
    draw.polygon(
        [
            (kx + stroke, middle + 30),
            (kx + stroke, middle - 60),
            (kx + width - 80, top),
            (kx + width, top),
        ],
        fill=INK,
    )
    draw.polygon(
        [
            (kx + stroke + 40, middle - 30),
            (kx + width, bottom),
            (kx + width - 82, bottom),
            (kx + stroke - 6, middle + 40),
        ],
        fill=INK,
    )
    # H: two stems and a bar
    hx = 532
    draw.rectangle([hx, top, hx + stroke, bottom], fill=INK)
    draw.rectangle([hx + width - stroke, top, hx + width, bottom], fill=INK)
    draw.rectangle([hx, middle - stroke // 2, hx + width, middle + stroke // 2], fill=INK)


def draw_icon() -> Image.Image:
    image = Image.new("RGBA", (CANVAS, CANVAS), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    _page(draw)
    _band(draw)
    _letters(draw)
    return image


def main() -> None:
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    master = draw_icon()
    master.resize((PNG_SIZE, PNG_SIZE), Image.Resampling.LANCZOS).save(ICON_DIR / "itplan.png")
    icon_256 = master.resize((256, 256), Image.Resampling.LANCZOS)
    icon_256.save(ICON_DIR / "itplan.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(f"wrote {ICON_DIR / 'itplan.ico'} and {ICON_DIR / 'itplan.png'}")


if __name__ == "__main__":
    main()
