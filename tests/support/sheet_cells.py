#!/usr/bin/env python3
"""Prints an .xlsx workbook's first sheet as JSON, read with openpyxl (an independent reader):
its title, frozen panes, autofilter, column widths and every cell's openpyxl type, value and
number format. Used by the export tests; Debian's python3-openpyxl."""
import datetime
import json
import sys

import openpyxl


def value(cell):
    v = cell.value
    if isinstance(v, datetime.datetime):
        return v.isoformat()
    if isinstance(v, datetime.time):
        return v.isoformat()
    if isinstance(v, datetime.timedelta):
        return int(v.total_seconds())
    return v


def main():
    workbook = openpyxl.load_workbook(sys.argv[1])
    sheet = workbook.worksheets[0]
    widths = {k: d.width for k, d in sheet.column_dimensions.items() if d.width}
    rows = [[{"t": c.data_type, "py": type(c.value).__name__, "v": value(c), "f": c.number_format}
             for c in row] for row in sheet.iter_rows()]
    json.dump({"sheet": sheet.title, "title": workbook.properties.title, "freeze": sheet.freeze_panes,
               "filter": sheet.auto_filter.ref, "widths": widths, "rows": rows}, sys.stdout,
              ensure_ascii=False)


if __name__ == "__main__":
    main()
