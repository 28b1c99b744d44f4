"""With the database unreachable: a translated 503 with Retry-After, and cached pages still served."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

from tests.counseling.factories import form_data

pytestmark = pytest.mark.django_db


def _database_down():
    """Every new cursor fails as when PostgreSQL refuses connections."""
    return mock.patch.object(
        BaseDatabaseWrapper,
        "ensure_connection",
        side_effect=OperationalError("connection refused"),
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Your data is safe"),
        ("et", "Teie andmed on turvaliselt alles"),
        ("fi", "Tietosi ovat tallessa"),
        ("lv", "Jūsu dati ir drošībā"),
        ("sv", "Dina uppgifter är i säkerhet"),
    ],
)
def test_pages_answer_a_translated_503_with_retry_after(db, language, text):
    client = Client(raise_request_exception=False)
    with _database_down():
        response = client.get(f"/{language}/")
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert text in html
    assert "no-store" in response["Cache-Control"]


def test_a_form_post_answers_503_and_the_error_page_needs_no_database(taxonomy):
    """Any query of the error page would fail too and turn the answer into a bare 500."""
    client = Client(raise_request_exception=False)
    with _database_down():
        response = client.post("/en/counseling/new/", form_data())
    assert response.status_code == 503
    assert "try again in a few minutes" in response.content.decode()


def test_other_errors_stay_a_500(db):
    client = Client(raise_request_exception=False)
    with mock.patch("portal.views.render", side_effect=ValueError):
        response = client.get("/en/")
    assert response.status_code == 500
    assert "Retry-After" not in response


def test_cached_anonymous_pages_are_still_served(taxonomy, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client = Client(raise_request_exception=False)
    assert client.get("/en/markets/").status_code == 200
    client.cookies.clear()
    with _database_down():
        response = client.get("/en/markets/")
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
