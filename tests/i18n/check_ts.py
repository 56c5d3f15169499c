#!/usr/bin/env python3
"""Fails when a .ts file is stale or unfinished.

Stale: lupdate, run over the current sources into a temporary copy, finds a source string the
checked-in file lacks (or the file keeps one the sources no longer have).
Unfinished: an entry marked type="unfinished" (or vanished/obsolete), or an empty translation.
English is the source language: centralita_en.ts holds plural forms only (lupdate -pluralonly),
and those must be finished like any other.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-silent"]
SHOWN = 15  # examples listed per problem


def messages(path):
    """(context, source, comment) -> <message> element."""
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            key = (name, message.findtext("source", default=""), message.findtext("comment", default=""))
            entries[key] = message
    return entries


def unfinished(message):
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return not forms or any(not (form.text or "").strip() for form in forms)
    return not (translation.text or "").strip()


def describe(key):
    context, source, comment = key
    text = f"{context}: \"{source}\""
    return text + (f" ({comment})" if comment else "")


def check(ts_file, lupdate, sources_list, plural_only):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts_file.name
        shutil.copyfile(ts_file, fresh)
        command = [lupdate, f"@{sources_list}", "-ts", str(fresh)] + LUPDATE_OPTIONS
        if plural_only:
            command.append("-pluralonly")
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            return [f"lupdate failed: {result.stderr.strip()}"]
        current = messages(fresh)
    checked_in = messages(ts_file)

    missing = sorted(set(current) - set(checked_in))
    extra = sorted(set(checked_in) - set(current))
    if missing:
        problems.append(f"{len(missing)} source string(s) missing (run the update_translations target):")
        problems += [f"    {describe(key)}" for key in missing[:SHOWN]]
    if extra:
        problems.append(f"{len(extra)} string(s) no longer in the sources (run update_translations):")
        problems += [f"    {describe(key)}" for key in extra[:SHOWN]]
    todo = sorted(key for key, message in checked_in.items() if unfinished(message))
    if todo:
        problems.append(f"{len(todo)} unfinished or empty translation(s):")
        problems += [f"    {describe(key)}" for key in todo[:SHOWN]]
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources-list", required=True, help="file listing the sources, one a line")
    parser.add_argument("--source-language", default="en")
    parser.add_argument("ts_files", nargs="+", type=Path)
    args = parser.parse_args()

    failed = False
    for ts_file in args.ts_files:
        plural_only = ts_file.stem.endswith("_" + args.source_language)
        problems = check(ts_file, args.lupdate, args.sources_list, plural_only)
        count = len(messages(ts_file))
        if problems:
            failed = True
            print(f"FAIL {ts_file.name} ({count} entries)")
            print("\n".join("  " + line for line in problems))
        else:
            print(f"ok   {ts_file.name} ({count} entries)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
