#!/usr/bin/env python3
"""Makes frontend/fonts/NotoSerifSC-Subset.otf, the certificate PDF's font for Chinese: Noto Serif
CJK SC (Debian's fonts-noto-cjk) cut down to the 6,763 hanzi of GB 2312 (the characters of
everyday Simplified Chinese, names included), CJK punctuation, full-width forms and every
character of the Chinese message files. The whole font is 26 MB; the cut one a few.
Usage: python3 scripts/subset-cjk-font.py [path of NotoSerifCJK-Regular.ttc]
Needs fonttools (pip install fonttools)."""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
OUT = os.path.join(HERE, "..", "frontend", "fonts", "NotoSerifSC-Subset.otf")


def gb2312():
    chars = set()
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def main():
    collection = TTCollection(SOURCE)
    index = next(
        i for i, font in enumerate(collection.fonts)
        if any("CJK SC" in str(n) for n in font["name"].names if n.nameID in (1, 4))
    )
    chars = gb2312()
    chars.update(chr(c) for c in range(0x3000, 0x3040))  # CJK punctuation
    chars.update(chr(c) for c in range(0xFF00, 0xFFF0))  # full-width forms
    folder = os.path.join(HERE, "..", "frontend", "locales", "zh-Hans")
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            chars.update(c for c in f.read() if ord(c) > 0x2E7F)
    options = subset.Options()
    options.font_number = index
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    font = subset.load_font(SOURCE, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(chars)))
    subsetter.subset(font)
    font.save(OUT)
    print(f"{OUT}: {os.path.getsize(OUT)} bytes, {len(chars)} characters asked for")


if __name__ == "__main__":
    main()
