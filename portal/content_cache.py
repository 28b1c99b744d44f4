"""The data layer and page fragments, cached per content version and language.

The whole-page cache (:mod:`portal.page_cache`) serves anonymous visitors; everybody else
(signed-in visitors, a request with a query the page cache does not keep, the first
visitor of a page) renders the page. What that rendering reads and draws is the same for
everybody as long as the content does not change, so it is kept here, under the version
number the page cache uses: any save, delete or many-to-many change of content bumps it,
and every entry of an older version is ignored from the next request on.

- :func:`cached` keeps the result of a pure function of the content (a selector, the
  related-content providers): ``cached("markets.profile", (country, sector), build)``.
  The value must pickle (model instances do, with their prefetched rows).
- ``{% contentcache "name" part … %}…{% endcontentcache %}`` (``portal_tags``) keeps a
  rendered fragment. Its key holds the fragment's name, its parts, the language, the
  scheme and host (pages hold absolute links) and the view's declared query parameters
  (:func:`portal.page_cache.cache_public_page`); a request with another parameter, a
  draft preview (``is_preview``) or a page that sets ``no_fragment_cache`` renders afresh.
- :func:`lazy` defers a context value, so a template whose fragment is cached never
  computes what only the fragment reads.

Every key also holds the day: a page that says "out of date" or "3 days ago" changes at
midnight without a content change. One lookup is one cache round trip (the entry and the
version are fetched together); the first fragment of a page fetches every fragment without
parts that its view rendered before (``portal_tags``), so a kept page costs one round trip,
and a detail page one more for "published or not". Like the page cache, this needs a cache shared by every
process (Redis): ``CONTENT_CACHE_SECONDS`` is 0 (off) without ``REDIS_URL``, in DEBUG and
in tests, which turn it on where they test it. While Redis does not answer
(:mod:`portal.cache`), reads miss and everything is computed afresh.
"""

import datetime
import functools
import hashlib
import time
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from portal.page_cache import VERSION_KEY

_MISSING = object()


def enabled() -> bool:
    return bool(settings.CONTENT_CACHE_SECONDS)


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


_day = (0.0, 0.0, datetime.date.min)  # [start, end) of the local day as timestamps, the date


def _today() -> datetime.date:
    """The local date, worked out once per day (``timezone.localdate`` costs as much as the
    rest of a key)."""
    global _day
    start, end, date = _day
    now = time.time()
    if not start <= now < end:
        local = timezone.localtime(datetime.datetime.fromtimestamp(now, datetime.UTC))
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        # Wall-clock arithmetic: the next midnight also on a day with a clock change.
        following = midnight + datetime.timedelta(days=1)
        _day = start, end, date = midnight.timestamp(), following.timestamp(), local.date()
    return date


def key(name: str, parts: Iterable[Any] = ()) -> str:
    """The cache key of ``name`` with ``parts`` in the active language on this day."""
    raw = "\x1f".join([name, get_language() or "", _today().isoformat(), *map(repr, parts)])
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    return f"content:{name}:{digest}"


def lookup(cache_key: str) -> tuple[int, Any]:
    """``(current version, value)``; the value is ``_MISSING`` when absent or of an older version."""
    found = _cache().get_many([cache_key, VERSION_KEY])
    version = found.get(VERSION_KEY, 0)
    entry = found.get(cache_key)
    if entry is not None and entry[0] == version:
        return version, entry[1]
    return version, _MISSING


def lookup_many(keys: Iterable[str]) -> tuple[int, dict[str, Any]]:
    """:func:`lookup` of several keys in one round trip."""
    keys = list(keys)
    found = _cache().get_many([*keys, VERSION_KEY])
    version = found.get(VERSION_KEY, 0)
    values = {}
    for cache_key in keys:
        entry = found.get(cache_key)
        values[cache_key] = entry[1] if entry is not None and entry[0] == version else _MISSING
    return version, values


def store(cache_key: str, version: int, value: Any) -> None:
    _cache().set(cache_key, (version, value), timeout=settings.CONTENT_CACHE_SECONDS)


def cached[T](name: str, parts: Iterable[Any], build: Callable[[], T]) -> T:
    """``build()``, computed once per content version, language and day for these ``parts``.

    ``None`` is not kept: a made-up slug must not fill the cache."""
    if not enabled():
        return build()
    cache_key = key(name, tuple(parts))
    version, value = lookup(cache_key)
    if value is _MISSING:
        value = build()
        if value is not None:  # nothing found (a 404 for a made-up slug) is not kept
            store(cache_key, version, value)
    return value


def is_missing(value: Any) -> bool:
    return value is _MISSING


def lazy[T](build: Callable[[], T]) -> T:
    """A context value computed on first use (and then kept), or never."""
    return SimpleLazyObject(build)


def memoized(name: str):
    """Decorate a selector that is a pure function of the content and its arguments::

        @content_cache.memoized("portal.contact_taxonomy")
        def contact_taxonomy() -> Taxonomy: ...

    Its arguments (their ``repr``) are part of the key; it must return rows, not a
    QuerySet (a QuerySet would be fetched again from the database on every use).
    """

    def decorator(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            parts = (*args, *sorted(kwargs.items()))
            return cached(name, parts, lambda: function(*args, **kwargs))

        wrapper.uncached = function
        return wrapper

    return decorator


def lazy_context(build: Callable[[], dict], keys: Iterable[str]) -> dict:
    """A template context whose values ``build()`` computes together on first use of any."""
    data = SimpleLazyObject(build)
    return {name: SimpleLazyObject(lambda name=name: data[name]) for name in keys}
