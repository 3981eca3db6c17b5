"""Render resources/icons/jmap.svg to the PNG sizes, the Windows .ico and the macOS .icns."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    svg = ICONS / "jmap.svg"
    for size in SIZES:
        out = ICONS / f"jmap-{size}.png"
        # rsvg-convert (Debian: librsvg2-bin) draws small sizes crisply from the vector source
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(svg), "-o", str(out)], check=True)
    big = Image.open(ICONS / "jmap-512.png").convert("RGBA")
    big.save(ICONS / "jmap.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    big.save(ICONS / "jmap.icns")
    print(f"rendered {len(SIZES)} PNG sizes, jmap.ico and jmap.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
