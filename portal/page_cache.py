"""Whole public pages cached for anonymous visitors, invalidated when content changes.

Most visitors read the same public pages without signing in. A view opts in with
``@cache_public_page``; :class:`PageCacheMiddleware` then keeps its 200 response in
the shared cache and serves later anonymous requests for the same URL from there,
without touching the session, the database or the templates.

What is never stored or served from the cache:

- requests that carry any cookie other than the language cookie (a session, a
  CSRF token, messages): signed-in staff, draft previews and form pages always
  render afresh;
- responses that set a cookie, use a CSRF token, say ``private``/``no-store``,
  are not 200, or stream;
- URLs with an overlong query string (nobody fills the cache with junk keys).

Every change to content (a save, delete or many-to-many change of a model of a
content app, see ``PAGE_CACHE_APPS``) bumps one version number; entries of an
older version are ignored. A hit costs one cache round trip (entry and version
are fetched together). Without a shared cache (Redis) each process would keep
its own version, so the cache is off unless ``PAGE_CACHE_SECONDS`` is set, which
the settings do only when ``REDIS_URL`` is configured.

The cache key holds the scheme, host and full path, because pages contain
absolute ``hreflang`` links.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

VERSION_KEY = "page-cache:version"
MAX_QUERY_LENGTH = 256
# Headers added afresh on every response by the outer middleware, never replayed.
_NOT_REPLAYED = {"set-cookie", "content-security-policy", "content-security-policy-report-only"}


def cache_public_page(view):
    """Mark ``view``'s successful responses as the same for every anonymous visitor."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.cache_public_page = True
        return response

    return wrapper


def page_cache_invalidate() -> None:
    """Forget every cached page (content changed). Safe to call often."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet (or it expired): start one
        cache.set(VERSION_KEY, 1, timeout=None)


def invalidate_on_change(sender, **kwargs) -> None:
    """Signal receiver: content of a cached app changed."""
    if sender._meta.app_label in settings.PAGE_CACHE_APPS and sender._meta.label not in (
        settings.PAGE_CACHE_IGNORED_MODELS
    ):
        page_cache_invalidate()


def _cacheable_request(request) -> bool:
    if request.method not in {"GET", "HEAD"}:
        return False
    if any(name != settings.LANGUAGE_COOKIE_NAME for name in request.COOKIES):
        return False
    return len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH


def _key(request) -> str:
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return "page-cache:page:" + hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()


def _storable(request, response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        getattr(response, "cache_public_page", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


class PageCacheMiddleware:
    """Serve and store ``@cache_public_page`` responses for anonymous visitors.

    Sits after WhiteNoise and the language cookie middleware, before sessions.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        found = cache.get_many([key, VERSION_KEY])
        version = found.get(VERSION_KEY, 0)
        entry = found.get(key)
        if entry is not None and entry["version"] == version:
            response = HttpResponse(entry["content"], status=200)
            for name, value in entry["headers"]:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _storable(request, response):
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in _NOT_REPLAYED
            ]
            cache.set(
                key,
                {"version": version, "content": response.content, "headers": headers},
                timeout=seconds,
            )
            response["X-Page-Cache"] = "miss"
        return response
