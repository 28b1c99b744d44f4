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


# --- This process's copy of the entries (PAGE_CACHE_LOCAL_SECONDS) ----------------------------


@pytest.fixture
def shared_reads(monkeypatch):
    """How many times the page cache asked the shared cache (Redis) for an entry."""
    from portal import page_cache

    pages = caches[settings.PAGE_CACHE_ALIAS]
    reads = []
    real_get_many = pages.get_many

    def counting_get_many(keys, *args, **kwargs):
        if any(key.startswith(page_cache.VERSION_KEY) for key in keys):
            reads.append(keys)
        return real_get_many(keys, *args, **kwargs)

    monkeypatch.setattr(pages, "get_many", counting_get_many)
    return reads


def test_a_hit_within_the_local_window_needs_no_round_trip(client, profile, shared_reads):
    from portal.page_cache import page_cache_invalidate

    page_cache_invalidate()  # a version in the shared cache, as after any content change
    first = client.get("/en/markets/fi/e-health/")
    client.cookies.clear()
    second = client.get("/en/markets/fi/e-health/")  # from the shared cache, now kept here
    reads_after_second = len(shared_reads)
    client.cookies.clear()
    third = client.get("/en/markets/fi/e-health/")

    assert (first["X-Page-Cache"], second["X-Page-Cache"], third["X-Page-Cache"]) == (
        "miss",
        "hit",
        "hit",
    )
    assert len(shared_reads) == reads_after_second  # the third asked nobody
    assert third.content == second.content == first.content
    assert third["ETag"] == second["ETag"]


def test_a_change_made_in_another_process_shows_after_the_local_window(client, profile, settings):
    import time

    from portal.page_cache import VERSION_KEY, page_cache_invalidate

    settings.PAGE_CACHE_LOCAL_SECONDS = 1
    page_cache_invalidate()
    client.get("/en/markets/fi/e-health/")
    client.cookies.clear()
    client.get("/en/markets/fi/e-health/")  # kept in this process
    # Another process saves a change: the row and the shared version change, not this copy.
    MarketProfile.objects.filter(pk=profile.pk).update(summary_en="Changed elsewhere.")
    caches[settings.PAGE_CACHE_ALIAS].incr(VERSION_KEY)
    client.cookies.clear()
    within = client.get("/en/markets/fi/e-health/")
    time.sleep(1.05)
    client.cookies.clear()
    after = client.get("/en/markets/fi/e-health/")

    assert within["X-Page-Cache"] == "hit"  # at most PAGE_CACHE_LOCAL_SECONDS late
    assert after["X-Page-Cache"] == "miss"
    assert "Changed elsewhere." in after.content.decode()


def test_nothing_is_served_from_the_local_copy_while_redis_does_not_answer(
    client, profile, settings, monkeypatch
):
    import time

    from portal.page_cache import page_cache_invalidate

    settings.PAGE_CACHE_LOCAL_SECONDS = 0.2
    page_cache_invalidate()
    client.get("/en/markets/fi/e-health/")
    client.cookies.clear()
    assert client.get("/en/markets/fi/e-health/")["X-Page-Cache"] == "hit"
    # Redis goes away (FailSoftRedisCache then answers every read with nothing) and an editor
    # changes the profile: the bump of the version cannot reach Redis.
    pages = caches[settings.PAGE_CACHE_ALIAS]
    monkeypatch.setattr(pages, "get_many", lambda keys, *args, **kwargs: {})
    monkeypatch.setattr(pages, "set", lambda *args, **kwargs: None)
    MarketProfile.objects.filter(pk=profile.pk).update(summary_en="Changed in the outage.")
    time.sleep(0.25)
    client.cookies.clear()
    response = client.get("/en/markets/fi/e-health/")

    assert response.get("X-Page-Cache") != "hit"
    assert "Changed in the outage." in response.content.decode()


def test_the_local_copy_is_bounded_in_entries_and_bytes(settings):
    from portal.page_cache import _LocalEntries

    settings.PAGE_CACHE_LOCAL_ENTRIES = 2
    settings.PAGE_CACHE_LOCAL_BYTES = 100
    local = _LocalEntries()
    for name in ("a", "b", "c"):
        local.put(name, {"version": 1, "gzip": b"x" * 10})
    local.get("b")  # used last: kept
    local.put("d", {"version": 1, "gzip": b"x" * 10})
    local.put("huge", {"version": 1, "gzip": b"x" * 101})
    local.put("e", {"version": 1, "gzip": b"x" * 95})

    assert [name for name in "abcd" if local.get(name)] == []  # 95 + 10 > 100: all evicted
    assert local.get("huge") is None  # larger than the whole budget: never kept
    assert local.get("e") is not None


def test_a_version_read_before_a_change_here_is_not_kept_after_it():
    from portal.page_cache import _LocalEntries

    local = _LocalEntries()
    generation = local.generation  # a request reads the version …
    local.forget_version()  # … while this process saves a change …
    local.saw_version(41, generation)  # … and would then keep the old version

    assert local.version(60) is None


def test_a_new_version_starts_from_the_clock_not_from_one(settings):
    """After Redis restarts, its first version must be none a process's copy still holds."""
    from portal.page_cache import VERSION_KEY, page_cache_invalidate

    pages = caches[settings.PAGE_CACHE_ALIAS]
    pages.delete(VERSION_KEY)
    page_cache_invalidate()

    assert pages.get(VERSION_KEY) > 1_700_000_000_000_000  # microseconds since 1970


def test_a_visitor_who_once_opened_a_form_still_gets_cached_pages(client, profile):
    """The CSRF cookie stays after a form page; cached pages have no form, so it changes nothing."""
    form_page = client.get("/en/counseling/new/")
    assert settings.CSRF_COOKIE_NAME in client.cookies
    client.get("/en/markets/")
    response = client.get("/en/markets/")

    assert "X-Page-Cache" not in form_page
    assert response["X-Page-Cache"] == "hit"
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert settings.CSRF_COOKIE_NAME not in response.cookies
