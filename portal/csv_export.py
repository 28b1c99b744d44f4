"""CSV exports that a spreadsheet program opens as data, never as formulas: the one way to export.

Every text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
gets a leading apostrophe (OWASP's advice against CSV injection), whatever the column:
e-mail addresses such as ``=1+1@example.com`` are valid and would otherwise run.
"""

import csv

from django.http import HttpResponse

from portal.http import mark_private

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """``value`` as a cell that cannot be a formula (numbers and dates pass unchanged)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeWriter:
    """``csv.writer`` whose rows are neutralised cell by cell."""

    def __init__(self, stream):
        self._writer = csv.writer(stream)

    def writerow(self, row) -> None:
        self._writer.writerow([csv_cell(value) for value in row])

    def writerows(self, rows) -> None:
        for row in rows:
            self.writerow(row)


def csv_response(filename: str) -> tuple[HttpResponse, SafeWriter]:
    """A private CSV attachment and the writer to fill it with."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    mark_private(response)
    return response, SafeWriter(response)
