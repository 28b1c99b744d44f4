"""The shared cache (Redis) that keeps the portal serving while Redis does not answer.

Every instance keeps its state in Redis or PostgreSQL, never in its own memory, so any
instance can serve any request: sessions are in the database (Django's default
``db`` engine), rate limits and the page cache with its version in Redis.

When Redis refuses or times out, :class:`FailSoftRedisCache` does not raise:

- **rate limits** (keys starting with one of ``CACHE_FALLBACK_KEY_PREFIXES``: allauth's
  sign-in limits, the counseling submission limits) are counted in the ``fallback``
  cache, a ``DatabaseCache`` table in PostgreSQL, so they still hold — shared by every
  instance — during the outage;
- **everything else** (the page cache, fragment caches) is skipped: reads miss, writes
  are dropped, pages are rendered afresh;
- after a failure Redis is left alone for ``CACHE_RETRY_SECONDS`` (each thread's cache
  connection decides for itself; this changes only how fast it notices recovery, never
  what it answers);
- when Redis answers again, the page-cache version is bumped once, so no page cached
  before the outage is served after content changed during it.
"""

import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)


class _ReusingRedisCacheClient(RedisCacheClient):
    """Django's client makes a new ``redis.Redis`` per call (a few dozen microseconds each,
    five calls a page); this one keeps one per connection pool (clients are thread-safe)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ReusingRedisCacheClient
        self._down_until = 0.0
        self._was_down = False

    # --- the outage state ---------------------------------------------------
    def _available(self) -> bool:
        return time.monotonic() >= self._down_until

    def _failed(self, error: Exception) -> None:
        if not self._was_down:
            logger.warning("Redis does not answer (%s): serving without it", type(error).__name__)
        self._was_down = True
        self._down_until = time.monotonic() + getattr(settings, "CACHE_RETRY_SECONDS", 2)

    def _recovered(self) -> None:
        if self._was_down:
            self._was_down = False
            logger.warning("Redis answers again")
            from portal.page_cache import page_cache_invalidate

            page_cache_invalidate()

    @staticmethod
    def _rate_limit(key: str) -> bool:
        return str(key).startswith(tuple(getattr(settings, "CACHE_FALLBACK_KEY_PREFIXES", ())))

    def _call(self, key, method: str, *args, skipped, **kwargs):
        """``method`` on Redis; on the fallback (rate limits) or ``skipped`` when it is down."""
        if self._available():
            try:
                result = getattr(super(), method)(*args, **kwargs)
            except UNAVAILABLE as error:
                self._failed(error)
            else:
                self._recovered()
                return result
        if key is not None and self._rate_limit(key):
            return getattr(caches["fallback"], method)(*args, **kwargs)
        if isinstance(skipped, type) and issubclass(skipped, Exception):
            raise skipped(key)
        return skipped

    # --- the cache API --------------------------------------------------------
    def get(self, key, default=None, version=None):
        return self._call(key, "get", key, default, version=version, skipped=default)

    def get_many(self, keys, version=None):
        keys = list(keys)
        if self._available():
            try:
                result = super().get_many(keys, version=version)
            except UNAVAILABLE as error:
                self._failed(error)
            else:
                self._recovered()
                return result
        limited = [key for key in keys if self._rate_limit(key)]
        return caches["fallback"].get_many(limited, version=version) if limited else {}

    def has_key(self, key, version=None):
        return self._call(key, "has_key", key, version=version, skipped=False)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(key, "set", key, value, timeout, version=version, skipped=None)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(key, "add", key, value, timeout, version=version, skipped=True)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(key, "touch", key, timeout, version=version, skipped=False)

    def delete(self, key, version=None):
        return self._call(key, "delete", key, version=version, skipped=False)

    def incr(self, key, delta=1, version=None):
        # A skipped key behaves as a missing one (ValueError), as callers already expect.
        return self._call(key, "incr", key, delta, version=version, skipped=ValueError)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        for key, value in data.items():
            self.set(key, value, timeout, version=version)
        return []

    def delete_many(self, keys, version=None):
        for key in keys:
            self.delete(key, version=version)

    def clear(self):
        return self._call(None, "clear", skipped=None)
