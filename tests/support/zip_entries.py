#!/usr/bin/env python3
"""Prints a zip archive's entries as JSON, read with Python's zipfile (an independent reader that
checks every entry's CRC-32 as it reads it): name, method, sizes, CRC and the SHA-256 of the
data. With a second argument, prints that entry's data instead. Used by the .xlsx writer's
tests."""
import hashlib
import json
import sys
import zipfile


def main():
    with zipfile.ZipFile(sys.argv[1]) as archive:
        if len(sys.argv) > 2:
            sys.stdout.buffer.write(archive.read(sys.argv[2]))
            return
        entries = []
        for info in archive.infolist():
            data = archive.read(info)  # raises BadZipFile when the CRC is wrong
            entries.append({"name": info.filename, "method": info.compress_type, "size": info.file_size,
                            "compressed": info.compress_size, "crc": info.CRC,
                            "sha256": hashlib.sha256(data).hexdigest()})
        json.dump({"bad": archive.testzip(), "entries": entries}, sys.stdout)


if __name__ == "__main__":
    main()
