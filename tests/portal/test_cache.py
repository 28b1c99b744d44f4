"""Redis down: the portal keeps serving (portal/cache.py), rate limits count in PostgreSQL."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

from counseling.models import CounselingRequest
from portal import cache as fail_soft
from tests.content import load_demo
from tests.counseling.factories import form_data
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

DEAD_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1: every call is refused


@pytest.fixture
def redis_down(settings):
    """The production cache configuration, with a Redis that refuses every connection."""
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache.FailSoftRedisCache",
            "LOCATION": DEAD_REDIS,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
        "pages": {
            "BACKEND": "portal.cache.FailSoftRedisCache",
            "LOCATION": DEAD_REDIS,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
        "fallback": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "ballad_cache_fallback",
        },
    }
    settings.PAGE_CACHE_SECONDS = 600
    settings.CONTENT_CACHE_SECONDS = 3600  # the data-layer and fragment caches, as in production
    call_command("createcachetable", verbosity=0)
    return settings


@pytest.fixture
def demo(taxonomy):
    load_demo("markets")
    return taxonomy


def test_public_pages_render_uncached_while_redis_is_down(client, demo, redis_down):
    client.force_login(UserFactory())  # signed in: the page cache steps aside, fragments do not
    for path in ["/en/", "/fi/markets/", "/sv/markets/fi/e-health/", "/en/", "/fi/markets/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "/accounts/logout/" in response.content.decode(), path
    client.logout()
    for path in ["/en/", "/fi/markets/", "/sv/markets/fi/e-health/", "/en/", "/fi/markets/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.get("X-Page-Cache") != "hit", path  # rendered afresh every time
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok"}


def test_counseling_submissions_are_stored_and_limited_in_the_database_while_redis_is_down(
    client, demo, redis_down, settings
):
    settings.COUNSELING_RATE_LIMIT_PER_EMAIL = 2
    url = reverse("counseling:new")

    first = client.post(url, form_data())
    second = client.post(url, form_data())
    third = client.post(url, form_data())

    assert first.status_code == second.status_code == 302
    assert third.status_code == 429
    assert "Too many requests" in third.content.decode()
    assert CounselingRequest.objects.filter(email="mikko@kuntoon.example.com").count() == 2


def test_sign_in_works_and_stays_rate_limited_while_redis_is_down(client, redis_down):
    user = UserFactory()
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/en/").context["user"] == user  # the session is in the database

    client.post("/en/accounts/logout/")
    for _ in range(5):
        client.post("/en/accounts/login/", {"login": user.email, "password": "wrong"})
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session


def test_fail_soft_cache_misses_and_drops_writes_but_keeps_rate_limit_keys(redis_down):
    assert cache.get("page-cache:version") is None
    cache.set("fragment:home", "html")
    assert cache.get("fragment:home", "missing") == "missing"
    with pytest.raises(ValueError):
        cache.incr("page-cache:version")

    assert cache.add("counseling:submit:ip:abc", 1, timeout=60)
    cache.incr("counseling:submit:ip:abc")
    assert cache.get_many(["counseling:submit:ip:abc", "page-cache:version"]) == {
        "counseling:submit:ip:abc": 2
    }


def test_redis_answering_again_bumps_the_page_cache_version(redis_down, monkeypatch):
    bumps = []
    monkeypatch.setattr("portal.page_cache.page_cache_invalidate", lambda: bumps.append(1))
    backend = fail_soft.FailSoftRedisCache(DEAD_REDIS, {"OPTIONS": {"socket_connect_timeout": 0.5}})
    assert backend.get("page-cache:version") is None  # refused: an outage starts
    assert bumps == []

    backend._down_until = 0.0
    monkeypatch.setattr(
        fail_soft.RedisCache, "get", lambda self, key, default=None, version=None: 7
    )
    assert backend.get("page-cache:version") == 7
    assert backend.get("page-cache:version") == 7
    assert bumps == [1]
