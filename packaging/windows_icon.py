"""Write a Windows icon (.ico) that holds the project's PNG icon, with no imaging library.

Windows (Vista and later) reads PNG-compressed images inside .ico files, so the icon is the PNG
itself behind a 22-byte header. Used by the PyInstaller spec for the .exe's icon and by
packaging/windows/build.sh for the installer's, so Pillow is never needed to build for Windows
(and so never ends up in the bundle).

    python packaging/windows_icon.py resources/icons/fieldguide.png OUT.ico
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_to_ico(png: Path, ico: Path) -> Path:
    data = png.read_bytes()
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError(f"{png} is not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    if not (0 < width <= 256 and 0 < height <= 256):
        raise ValueError(f"{png} is {width}x{height}: an icon image is at most 256x256")
    header = struct.pack("<HHH", 0, 1, 1)  # reserved, type 1 (icon), one image
    # Width and height 256 are written as 0; 32 bits per pixel; the PNG starts after the entry.
    entry = struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), 6 + 16)
    ico.parent.mkdir(parents=True, exist_ok=True)
    ico.write_bytes(header + entry + data)
    return ico


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: windows_icon.py PNG ICO")
    png_to_ico(Path(sys.argv[1]), Path(sys.argv[2]))
