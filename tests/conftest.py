"""Project-wide pytest set-up: the suite runs against DATABASE_URL (PostgreSQL in CI) or SQLite."""

import pytest
from django.conf import settings
from django.core.cache import cache, caches

from tests.content import load_demo, load_reference


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and cached fragments live in the cache: each test starts clean (and so
    does the page cache's copy in this process)."""
    from portal.page_cache import local_entries

    for alias in settings.CACHES:
        caches[alias].clear()
    local_entries.clear()
    yield
    for alias in settings.CACHES:
        caches[alias].clear()
    local_entries.clear()


@pytest.fixture
def redis_cache(settings):
    """The default cache in the shared Redis (127.0.0.1:6379) under a key prefix of its own.

    Afterwards only this test's keys are deleted: ``cache.clear()`` would empty the whole
    Redis database under tests running in parallel.
    """
    import uuid

    redis = pytest.importorskip("redis")
    client = redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("No Redis at 127.0.0.1:6379.")
    prefix = f"ballad-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": prefix,
        },
    }
    yield cache
    for key in client.scan_iter(f"{prefix}:*", count=1000):
        client.delete(key)


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path_factory):
    """Uploaded and generated files (publications) go to a temporary folder, never the repo."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def _english_by_default(settings):
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def taxonomy(db):
    """The reference data of the portal, as in production: countries, sectors, barriers,
    languages, Living Lab vocabulary, the four partner organisations and the pages."""
    load_reference("portal")
    from portal.models import Barrier, Country, Sector

    return {
        "countries": {c.code: c for c in Country.objects.all()},
        "sectors": {s.slug: s for s in Sector.objects.all()},
        "barriers": {b.slug: b for b in Barrier.objects.all()},
    }


@pytest.fixture
def network(taxonomy):
    """The reference data and the network's demo: contacts, Living Labs, publications."""
    load_demo("portal")
    return taxonomy


@pytest.fixture
def immediate_tasks(settings):
    """Run background tasks at once, in the request (Django's ImmediateBackend)."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
