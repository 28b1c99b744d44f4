"""40 parallel submissions from one IP with the default limits: exactly the limit accepted."""

import threading

import pytest
from django.conf import settings as django_settings
from django.db import connection, connections
from django.test import Client

from counseling.models import CounselingRequest
from tests.content import load_demo
from tests.counseling.factories import form_data

pytestmark = pytest.mark.django_db(transaction=True)


def test_forty_parallel_submissions_from_one_ip_pass_exactly_the_limit(taxonomy, redis_cache):
    if connection.vendor != "postgresql":
        pytest.skip("Parallel writers need PostgreSQL; SQLite serialises them anyway.")
    load_demo("markets")
    limit = django_settings.COUNSELING_RATE_LIMIT_PER_IP
    responses = []
    errors = []
    barrier = threading.Barrier(40)
    lock = threading.Lock()

    def submit(number):
        client = Client(REMOTE_ADDR="198.51.100.40", HTTP_ACCEPT_LANGUAGE="fi")
        try:
            barrier.wait()
            response = client.post(
                "/fi/counseling/new/", form_data(email=f"parallel{number}@example.com")
            )
            with lock:
                responses.append(response)
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
    codes = sorted(response.status_code for response in responses)
    assert codes == [302] * limit + [429] * (40 - limit)
    refused = next(response for response in responses if response.status_code == 429)
    assert "liian monta pyyntöä" in refused.content.decode()
    assert CounselingRequest.objects.count() == limit
