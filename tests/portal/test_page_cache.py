"""The whole-page cache for anonymous visitors (portal/page_cache.py)."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from markets import services as market_services
from markets.models import MarketProfile
from tests.factories import PASSWORD, StaffFactory, UserFactory
from tests.markets.factories import MarketProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def profile(taxonomy):
    return MarketProfileFactory(
        country=taxonomy["countries"]["fi"],
        sector=taxonomy["sectors"]["e-health"],
        summary_en="Finnish e-health in one sentence.",
    )


def _get(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


def test_second_anonymous_visit_is_served_without_the_database(client, profile):
    first, first_queries = _get(client, "/en/markets/fi/e-health/")
    client.cookies.clear()
    second, second_queries = _get(client, "/en/markets/fi/e-health/")

    assert first["X-Page-Cache"] == "miss" and first_queries > 0
    assert second["X-Page-Cache"] == "hit"
    assert second_queries == 0
    assert second.content == first.content
    assert b"Finnish e-health in one sentence." in second.content


def test_cached_page_still_gets_security_headers_and_remembers_the_language(client, profile):
    client.get("/fi/markets/")
    client.cookies.clear()
    response = client.get("/fi/markets/")

    assert response["X-Page-Cache"] == "hit"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fi"
    assert '<html lang="fi"' in response.content.decode()


def test_each_language_and_query_has_its_own_entry(client, profile):
    english = client.get("/en/markets/?sector=e-health")
    swedish = client.get("/sv/markets/?sector=e-health")
    client.cookies.clear()
    other_query = client.get("/en/markets/?sector=e-learning")

    assert english["X-Page-Cache"] == swedish["X-Page-Cache"] == "miss"
    assert other_query["X-Page-Cache"] == "miss"
    assert "Finnish e-health in one sentence." not in other_query.content.decode()


def test_editing_content_shows_at_once(client, profile):
    client.get("/en/markets/fi/e-health/")
    profile.summary_en = "A revised summary."
    profile.save()
    client.cookies.clear()
    response = client.get("/en/markets/fi/e-health/")

    assert response["X-Page-Cache"] == "miss"
    assert "A revised summary." in response.content.decode()


def test_bulk_mark_reviewed_invalidates_the_cache(client, profile):
    client.get("/en/markets/fi/e-health/")
    market_services.profile_mark_reviewed(profiles=MarketProfile.objects.all())
    client.cookies.clear()

    assert client.get("/en/markets/fi/e-health/")["X-Page-Cache"] == "miss"


def test_signing_in_does_not_invalidate_the_cache(client, profile):
    client.get("/en/markets/")
    user = UserFactory()
    user.name = "Renamed"
    user.save()  # user rows (e.g. last_login) are not content
    client.cookies.clear()

    assert client.get("/en/markets/")["X-Page-Cache"] == "hit"


def test_signed_in_visitors_never_see_or_fill_the_cache(client, profile):
    client.get("/en/markets/")  # stored for anonymous visitors
    staff = StaffFactory(name="Staff Person")
    assert client.login(email=staff.email, password=PASSWORD)

    signed_in = client.get("/en/markets/")
    client.logout()
    client.cookies.clear()
    anonymous = client.get("/en/markets/")

    assert "X-Page-Cache" not in signed_in
    assert "Sign out" in signed_in.content.decode()
    assert anonymous["X-Page-Cache"] == "hit"
    assert "Sign out" not in anonymous.content.decode()


def test_any_other_cookie_bypasses_the_cache(client, profile):
    client.get("/en/markets/")
    client.cookies["messages"] = "something"

    assert "X-Page-Cache" not in client.get("/en/markets/")


def test_errors_and_drafts_are_never_stored(client, profile, taxonomy):
    MarketProfileFactory(
        country=taxonomy["countries"]["se"], sector=taxonomy["sectors"]["e-health"], status="draft"
    )
    for _ in range(2):
        client.cookies.clear()
        missing = client.get("/en/markets/xx/e-health/")
        draft = client.get("/en/markets/se/e-health/")
        bad_compare = client.get("/en/markets/compare/?m=nonsense")
        assert missing.status_code == draft.status_code == 404
        assert bad_compare.status_code == 400
        for response in (missing, draft, bad_compare):
            assert "X-Page-Cache" not in response


def test_overlong_query_strings_are_not_stored(client, profile):
    url = "/en/markets/?sector=e-health&junk=" + "x" * 400
    client.get(url)
    client.cookies.clear()

    assert "X-Page-Cache" not in client.get(url)


def test_views_without_the_decorator_are_not_cached(client, db):
    client.get("/en/accounts/login/")
    client.cookies.clear()

    assert "X-Page-Cache" not in client.get("/en/accounts/login/")


def test_cache_is_off_by_default_in_tests_and_development(client, profile, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/en/markets/")
    client.cookies.clear()

    assert "X-Page-Cache" not in client.get("/en/markets/")
