"""The whole-page cache for anonymous visitors (portal/page_cache.py)."""

import pytest
from django.conf import settings
from django.core.cache import cache, caches
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


# --- Keys: only the parameters a view reads -------------------------------------------------


def test_parameter_order_does_not_make_a_new_entry(client, profile):
    client.get("/en/markets/?sector=e-health&country=fi")
    client.cookies.clear()
    response = client.get("/en/markets/?country=fi&sector=e-health")

    assert response["X-Page-Cache"] == "hit"


def test_unknown_parameters_are_rendered_afresh_and_never_stored(client, profile):
    pages = caches[settings.PAGE_CACHE_ALIAS]
    client.get("/en/markets/")
    client.cookies.clear()
    before = len(pages._cache)

    responses = [client.get(f"/en/markets/?junk={number}") for number in range(50)]

    assert {response.status_code for response in responses} == {200}
    assert {response.get("X-Page-Cache") for response in responses} == {None}
    assert len(pages._cache) == before


def test_tracking_parameters_are_served_the_page_without_them(client, profile):
    client.get("/en/markets/?sector=e-health")
    client.cookies.clear()
    response = client.get("/en/markets/?utm_source=newsletter&sector=e-health")
    client.cookies.clear()
    fresh = client.get("/en/markets/?utm_source=other")

    assert response["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in fresh  # a miss with a tracking parameter is not stored


def test_one_client_adds_a_limited_number_of_entries(client, profile, settings):
    settings.PAGE_CACHE_STORES_PER_CLIENT = 3
    codes = ["ee", "fi", "lv", "se"]
    first = [client.get(f"/en/markets/?country={code}") for code in codes]
    client.cookies.clear()
    other_client = client.get("/en/markets/?country=se", REMOTE_ADDR="203.0.113.5")

    assert [response.get("X-Page-Cache") for response in first] == ["miss"] * 3 + [None]
    assert other_client["X-Page-Cache"] == "miss"


def test_pages_live_apart_from_rate_limit_counters(client, profile):
    client.get("/en/markets/")

    assert len(caches[settings.PAGE_CACHE_ALIAS]._cache) >= 1
    assert not any("page-cache:page" in key for key in cache._cache)


@pytest.fixture
def redis_pages(settings):
    """Both caches in the shared Redis under a key prefix of this test only."""
    import uuid

    redis = pytest.importorskip("redis")
    client = redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("No Redis at 127.0.0.1:6379.")
    prefix = f"ballad-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": f"{prefix}-{alias}",
        }
        for alias in ("default", "pages")
    }
    yield lambda: len(list(client.scan_iter(f"{prefix}-*", count=1000)))
    for key in client.scan_iter(f"{prefix}-*", count=1000):
        client.delete(key)


def test_two_hundred_junk_queries_add_no_key_in_redis(client, profile, redis_pages):
    client.get("/en/")
    client.cookies.clear()
    before = redis_pages()

    for number in range(200):
        assert client.get(f"/en/?junk={number}").status_code == 200
        client.cookies.clear()

    assert redis_pages() == before
