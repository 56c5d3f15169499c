#!/usr/bin/env python3
"""Fails on British spellings in the English a user reads (the interface is US English).

Looks at the client's source strings (the <source> of every catalogue entry, which is the
English interface), the English plural forms (centralita_en.ts), and the English the server
writes: string literals with a space in server/ and contract/, SQL statements aside (wire
values such as 'cancelled' are identifiers, not text).
"""

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

BRITISH = re.compile(
    r"\b("
    r"colour\w*|\w*cancell(ed|ing)|organis\w*|licenc\w*|behaviour\w*|favourit\w*|centre[sd]?|"
    r"catalogue[sd]?|authoris\w*|recognis\w*|customis\w*|normalis\w*|initialis\w*|"
    r"labell(ed|ing)|travell(ed|ing)|modell(ed|ing)|dialogue[s]?|grey|honour\w*|"
    r"analys(e|ed|ing)|realis(e|ed|ing)|apologis\w*|minimis\w*|maximis\w*|prioritis\w*|"
    r"summaris\w*|finalis\w*|synchronis\w*|utilis\w*|optimis\w*|personalis\w*|categoris\w*|"
    r"visualis\w*|programme[s]?|metre[s]?|cheque[s]?|whilst|amongst"
    r")\b",
    re.IGNORECASE,
)
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
SQL = re.compile(r"^\s*\(?\s*(SELECT|UPDATE|INSERT|DELETE|CREATE|ALTER|WITH|DROP)\b", re.IGNORECASE)
SERVER_DIRS = ["server", "contract"]
# Stored by databases seeded before the US spelling; server/text reads it as its successor.
FORMER_STORED_TEXT = {"Business phone: 6 lines, colour screen, gigabit, PoE"}


def catalogue_texts(root):
    for ts_file in sorted((root / "translations").glob("centralita_*.ts")):
        english = ts_file.stem.endswith("_en")
        for message in ET.parse(ts_file).getroot().iter("message"):
            yield ts_file.name, message.findtext("source", default="")
            if english:
                for form in message.iter("numerusform"):
                    yield ts_file.name, form.text or ""


def server_texts(root):
    for folder in SERVER_DIRS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in (".cpp", ".h") or not path.is_file():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for number, line in enumerate(text.splitlines(), 1):
                for literal in LITERAL.findall(line):
                    if " " in literal and not SQL.match(literal) and literal not in FORMER_STORED_TEXT:
                        yield f"{path.relative_to(root)}:{number}", literal


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path, help="the project's source folder")
    args = parser.parse_args()

    found = []
    for where, text in list(catalogue_texts(args.root)) + list(server_texts(args.root)):
        for match in BRITISH.finditer(text):
            found.append(f"{where}: \"{match.group(0)}\" in \"{text.strip()[:90]}\"")
    found = sorted(set(found))
    if found:
        print(f"FAIL {len(found)} British spelling(s) in user-visible English:")
        print("\n".join("  " + line for line in found))
        return 1
    print("ok   user-visible English is spelled the US way")
    return 0


if __name__ == "__main__":
    sys.exit(main())
