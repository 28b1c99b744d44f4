"""CSV exports neutralise formulas in every text cell (portal/csv_export.py)."""

import csv
import io

import pytest

from portal.csv_export import csv_cell, csv_response


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1@example.com", "'=1+1@example.com"),
        ("-2+3@example.com", "'-2+3@example.com"),
        ("+358 40", "'+358 40"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("plain@example.com", "plain@example.com"),
        ("", ""),
        (42, 42),
    ],
)
def test_csv_cell_neutralises_formula_starts(value, expected):
    assert csv_cell(value) == expected


def test_every_column_of_a_response_is_neutralised():
    response, writer = csv_response("x.csv")
    writer.writerow(["=HYPERLINK(1)", "ok", "-1"])

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [["'=HYPERLINK(1)", "ok", "'-1"]]
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Disposition"] == 'attachment; filename="x.csv"'
