"""Helpers shared by the suite."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url: str, *, status: int = 200) -> int:
    """The number of SQL queries one GET of ``url`` runs (the response must have ``status``)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return len(captured)


def assert_flat_queries(client, url: str, grow, *, status: int = 200) -> int:
    """Assert ``url`` runs the same number of queries before and after ``grow()`` adds content.

    Use it with two data sizes, e.g. 8 and 80 market profiles. Returns the count.
    """
    client.get(url)  # warm per-process caches (content types, translations)
    small = count_queries(client, url, status=status)
    grow()
    large = count_queries(client, url, status=status)
    assert small == large, f"{url}: {small} queries with less content, {large} with more"
    return large
