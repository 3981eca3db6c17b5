"""Draws the storyboard pictures of the laptop-shop example with Pillow; run ``python templates/_draw_pictures.py``.

The PNGs in ``templates/examples/pictures/`` are committed (Pillow versions may encode
the same drawing to other bytes, and the example must stay byte for byte the same);
run this only to change a drawing, then ``python templates/_build.py``. The drawings are
dedicated to the public domain (CC0 1.0), see ``templates/examples/pictures/LICENSE.md``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "examples" / "pictures"
W, H = 480, 320
SKY, INK, BLUE, ORANGE, GREEN, RED, SAND, GREY = ("#DCEBF5", "#1F2933", "#0072B2", "#E69F00", "#009E73",
                                                   "#D55E00", "#F3E3C3", "#9AA5B1")


def _canvas(ground: str = SAND) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (W, H), SKY)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 230, W, H), fill=ground)
    return image, draw


def broken_laptop() -> Image.Image:
    """Awareness: the old laptop on a desk, its screen cracked and an error on it."""
    image, draw = _canvas()
    draw.rectangle((40, 222, 440, 236), fill="#8C6D46")  # desk
    draw.rounded_rectangle((120, 70, 360, 210), 10, fill=INK)  # lid
    draw.rectangle((134, 84, 346, 196), fill="#3E4C59")  # screen
    draw.line((150, 96, 230, 150, 200, 190), fill="#CBD2D9", width=3)  # crack
    draw.line((230, 150, 300, 120, 330, 170), fill="#CBD2D9", width=3)
    draw.ellipse((250, 112, 310, 172), fill=RED)  # error sign
    draw.line((265, 127, 295, 157), fill="white", width=7)
    draw.line((295, 127, 265, 157), fill="white", width=7)
    draw.polygon((100, 210, 380, 210, 410, 224, 70, 224), fill=GREY)  # base
    draw.ellipse((380, 150, 420, 190), fill=ORANGE)  # coffee cup
    draw.rectangle((386, 170, 414, 222), fill=ORANGE)
    return image


def phone_search() -> Image.Image:
    """Consideration: searching and comparing laptops on a phone."""
    image, draw = _canvas()
    draw.rounded_rectangle((170, 30, 310, 300), 18, fill=INK)  # phone
    draw.rectangle((180, 50, 300, 280), fill="white")
    draw.rounded_rectangle((188, 58, 292, 78), 8, outline=BLUE, width=3)  # search field
    draw.ellipse((272, 62, 284, 74), outline=BLUE, width=2)
    for i, colour in enumerate((GREEN, ORANGE, BLUE)):  # three results with a picture and stars
        top = 92 + i * 62
        draw.rectangle((188, top, 230, top + 46), fill=colour)
        draw.rectangle((238, top + 4, 292, top + 12), fill=GREY)
        draw.rectangle((238, top + 18, 278, top + 24), fill="#CBD2D9")
        for s in range(5):
            draw.ellipse((238 + s * 10, top + 32, 246 + s * 10, top + 40), fill=ORANGE if s < 4 - i else GREY)
    draw.ellipse((96, 120, 150, 174), fill="#F5C99B")  # a hand-drawn face thinking
    draw.ellipse((110, 138, 116, 144), fill=INK)
    draw.ellipse((130, 138, 136, 144), fill=INK)
    draw.line((114, 160, 132, 158), fill=INK, width=3)
    draw.rectangle((100, 174, 146, 232), fill=GREEN)
    return image


def shop_counter() -> Image.Image:
    """Purchase: paying at the counter of a shop they recognise."""
    image, draw = _canvas("#E4E7EB")
    draw.rectangle((40, 40, 440, 90), fill=BLUE)  # shop sign
    draw.rectangle((60, 54, 200, 76), fill="white")
    for x in range(60, 440, 60):  # shelves with boxes
        draw.rectangle((x, 110, x + 44, 150), fill=ORANGE if x % 120 else GREEN)
    draw.rectangle((40, 154, 440, 160), fill="#8C6D46")
    draw.rectangle((150, 190, 440, 300), fill="#52606D")  # counter
    draw.rectangle((300, 160, 360, 192), fill=INK)  # card terminal
    draw.rectangle((308, 166, 352, 178), fill=GREEN)
    draw.ellipse((70, 150, 120, 200), fill="#C68642")  # customer
    draw.rectangle((66, 200, 124, 300), fill=RED)
    draw.rounded_rectangle((112, 228, 156, 270), 4, fill=SAND, outline=INK, width=2)  # bag
    return image


def parcel_at_door() -> Image.Image:
    """Retention: the laptop arrives in a parcel at the front door."""
    image, draw = _canvas("#B5C99A")
    draw.rectangle((280, 40, 400, 236), fill="#8C6D46")  # door
    draw.ellipse((376, 136, 388, 148), fill=ORANGE)
    draw.rectangle((260, 236, 420, 246), fill=GREY)  # step
    draw.polygon((120, 190, 220, 190, 240, 170, 140, 170), fill="#D9B382")  # parcel top
    draw.rectangle((120, 190, 220, 260), fill="#C49A6C")
    draw.polygon((220, 190, 240, 170, 240, 240, 220, 260), fill="#A67C52")
    draw.rectangle((162, 190, 178, 260), fill=SAND)  # tape
    draw.rectangle((130, 200, 156, 216), fill="white")  # label
    draw.line((60, 60, 90, 30), fill=ORANGE, width=6)  # sun rays
    draw.ellipse((20, 20, 80, 80), fill=ORANGE)
    return image


DRAWINGS = {
    "laptop-broken.png": broken_laptop,
    "laptop-search.png": phone_search,
    "laptop-shop-counter.png": shop_counter,
    "laptop-parcel.png": parcel_at_door,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, draw in DRAWINGS.items():
        draw().quantize(32).save(OUT / name, "PNG", optimize=True)
        print(f"wrote {OUT / name} ({(OUT / name).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
