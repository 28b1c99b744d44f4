"""One atomic rate limit for every limit of the portal, counted before the work.

``limit_consume(...)`` counts one attempt and says whether it is still within the
limit. It counts first (``add`` then ``incr``: Redis ``SET NX`` and ``INCR``, each
atomic), so N parallel attempts can never let more than the limit through: the
(limit + 1)-th increment sees a number above the limit whatever the timing.

The counters live in the default cache. Whole pages live in their own cache alias
(``pages``, see ``portal/page_cache.py``), so a flood of cached pages cannot evict a
counter; in production point ``DJANGO_PAGE_CACHE_URL`` at another Redis database or
instance (README, "Deployment").
"""

import hashlib
from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class Limit:
    """``limit`` attempts per ``window`` seconds for one ``scope`` (e.g. ``counseling:ip``)."""

    scope: str
    limit: int
    window: int


def _key(scope: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode("utf-8", "surrogateescape")).hexdigest()
    return f"ratelimit:{scope}:{digest[:32]}"


def _consume_one(limit: Limit, value: str) -> int:
    key = _key(limit.scope, value)
    if cache.add(key, 1, timeout=limit.window):
        return 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr: this attempt starts a new window
        if cache.add(key, 1, timeout=limit.window):
            return 1
        count = cache.incr(key)
    if count == 1:  # re-created by incr after expiring: give it a window again
        cache.touch(key, limit.window)
    return count


def limit_consume(*checks: tuple[Limit, str]) -> bool:
    """Count one attempt against each ``(limit, value)``; True when all are within their limit.

    Every check is counted, also when an earlier one is already over its limit, so an
    address cannot be probed from many IP addresses for free.
    """
    within = True
    for limit, value in checks:
        if _consume_one(limit, value) > limit.limit:
            within = False
    return within


def limit_reset(limit: Limit, value: str) -> None:
    """Forget the attempts counted for ``value`` (tests, support)."""
    cache.delete(_key(limit.scope, value))
