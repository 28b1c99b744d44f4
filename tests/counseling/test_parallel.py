"""40 submissions at once on PostgreSQL: 40 requests, 40 distinct references."""

import threading

import pytest
from django.db import connection, connections

from counseling.models import CounselingRequest
from tests.counseling.factories import submit_request

pytestmark = pytest.mark.django_db(transaction=True)


def test_parallel_submissions_get_distinct_references(taxonomy):
    if connection.vendor != "postgresql":
        pytest.skip("Row locks need PostgreSQL; SQLite serialises writers anyway.")
    errors = []
    barrier = threading.Barrier(40)

    def submit(number):
        try:
            barrier.wait()
            submit_request(email=f"parallel{number}@example.com")
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit, args=(number,)) for number in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    references = list(CounselingRequest.objects.values_list("reference", flat=True))
    assert len(references) == 40
    assert len(set(references)) == 40
