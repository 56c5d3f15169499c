#!/usr/bin/env python3
"""Writes a pseudo translation of every string lupdate extracts from the sources.

Each translation is its source wrapped in ⟦ ⟧ (plural forms too), so a window shown with the
compiled file marks every text that went through tr(): anything on screen without the markers
bypassed extraction (a wrapper lupdate cannot see, a literal). Run at build time from the same
source list as update_translations; the checked-in .ts files are not involved, so a string
nobody has translated yet still counts as extracted.
"""

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

OPEN, CLOSE = "\u27e6", "\u27e7"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True, help="lupdate's @list file")
    parser.add_argument("--output", required=True, help="the pseudo .ts to write")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "centralita_pseudo.ts"
        command = [args.lupdate, f"@{args.sources}", "-ts", str(fresh), "-no-obsolete", "-locations",
                   "none", "-silent", "-target-language", "en"]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0 or not fresh.exists():
            sys.exit(f"lupdate failed: {result.stderr.strip()}")
        tree = ET.parse(fresh)

    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", default="")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        wrapped = OPEN + source + CLOSE
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
            for form in forms:
                form.text = wrapped
        else:
            translation.text = wrapped
        count += 1
    if count == 0:
        sys.exit("lupdate extracted no strings")
    tree.write(args.output, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
