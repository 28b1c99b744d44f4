"""Whole public pages cached for anonymous visitors, invalidated when content changes.

Most visitors read the same public pages without signing in. A view opts in with
``@cache_public_page``; :class:`PageCacheMiddleware` then keeps its 200 response in
the shared cache and serves later anonymous requests for the same URL from there,
without touching the session, the database or the templates.

What is never stored or served from the cache:

- requests that carry any cookie other than the language cookie and the CSRF cookie
  (a session, messages): signed-in staff and draft previews always render afresh. A
  visitor keeps the CSRF cookie once they opened any form; a page kept here has none
  (a page that uses the token is never stored), so it is the same with or without it;
- responses that set a cookie, use a CSRF token, say ``private``/``no-store``,
  are not 200, or stream;
- URLs with an overlong query string, or with a query parameter the view does not
  declare (see below);
- more than ``PAGE_CACHE_STORES_PER_CLIENT`` new entries from one client address in
  ``PAGE_CACHE_SECONDS`` (counted with ``portal.ratelimit``): nobody fills the cache.

A view names the query parameters it reads: ``@cache_public_page("country", "sector")``.
The key holds only those, in a normal order (repeated values kept in their order), so
``?sector=e-health&country=fi`` and ``?country=fi&sector=e-health`` share an entry. A
request with any other parameter is rendered afresh and never stored, so junk
parameters add no entries; only the tracking parameters of ``IGNORED_PARAMETERS``
(``utm_source`` …) are dropped, a cached page being served for them as without them.
A view that forgets to declare a parameter it reads is never served a wrong page, only
a miss. Entries live in the ``pages`` cache alias, apart from the rate-limit counters.

Every change to content (a save, delete or many-to-many change of a model of a
content app, see ``PAGE_CACHE_APPS``) bumps one version number; entries of an
older version are ignored. A hit costs one cache round trip (entry and version
are fetched together). Without a shared cache (Redis) each process would keep
its own version, so the cache is off unless ``PAGE_CACHE_SECONDS`` is set, which
the settings do only when ``REDIS_URL`` is configured.

The cache key holds the scheme, host and path, because pages contain absolute
``hreflang`` links.

HTTP caching for browsers and edges (nginx ``proxy_cache``, a CDN): a page stored here
answers with ``Cache-Control: public, max-age=PAGE_HTTP_MAX_AGE,
stale-while-revalidate=PAGE_HTTP_STALE_SECONDS`` and a strong ``ETag`` (the content
version and a hash of the bytes); a request whose ``If-None-Match`` names the cached
entry's ETag gets ``304 Not Modified`` from the entry, without rendering. So a content
change reaches every visitor within ``PAGE_HTTP_MAX_AGE`` seconds (plus, at an edge, at
most one more stale answer while it revalidates). ``Vary`` stays what Django sets
(``Cookie``: a visitor with a session gets another page; the language is in the path).
Pages for signed-in visitors and pages with a form (a CSRF token) get
``Cache-Control: private, no-store`` unless the view set its own.

An entry keeps the page gzip-compressed (a fifth of its size: less to fetch from Redis and
to send): a client that accepts gzip gets those bytes as they are, with
``Content-Encoding: gzip`` and the ETag ``"…-gzip"`` (another representation, another
tag); any other client gets them decompressed. Cached pages say ``Vary: Accept-Encoding``.

Each process also keeps the entries it served last (``PAGE_CACHE_LOCAL_ENTRIES`` of them,
at most ``PAGE_CACHE_LOCAL_BYTES``) with the version it read last from the shared cache.
For ``PAGE_CACHE_LOCAL_SECONDS`` after that read a hit is answered from there, without the
round trip to Redis; then the version is read again. So a content change saved in another
process reaches anonymous visitors within that second (browsers may keep a page
``PAGE_HTTP_MAX_AGE`` seconds anyway); a change saved in this process forgets the version at
once; signed-in visitors and editors are never served from either. A version is only kept
when Redis answered: while it does not, nothing is served from the process's copy.
"""

import gzip
import hashlib
import re
import threading
import time
from collections import OrderedDict
from functools import wraps
from urllib.parse import urlencode

from allauth.account.adapter import get_adapter as get_account_adapter
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers

from portal.http import resolve_path
from portal.ratelimit import Limit, limit_consume

VERSION_KEY = "page-cache:version"
MAX_QUERY_LENGTH = 256
# Added by newsletters and social sites; no view reads them.
IGNORED_PARAMETERS = frozenset(
    {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid"}
)
# Headers added afresh on every response by the outer middleware, never replayed.
_NOT_REPLAYED = {
    "set-cookie",
    "content-security-policy",
    "content-security-policy-report-only",
    "content-length",  # set for the bytes sent: compressed or not
}


def cache_public_page(*parameters):
    """Mark a view's successful responses as the same for every anonymous visitor.

    ``@cache_public_page("country", "sector")`` names the query parameters the view reads;
    ``@cache_public_page()`` (or bare ``@cache_public_page``) a view that reads none.
    """
    if len(parameters) == 1 and callable(parameters[0]):
        return cache_public_page()(parameters[0])

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            response.cache_public_page = True
            return response

        wrapper.page_cache_parameters = frozenset(parameters)
        return wrapper

    return decorator


def _pages():
    return caches[settings.PAGE_CACHE_ALIAS]


class _LocalEntries:
    """This process's copy of the entries it served last, and the version it read last."""

    def __init__(self):
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, dict] = OrderedDict()
        self._bytes = 0
        self._version: int | None = None
        self._read_at = 0.0
        # Bumped by every forget(): a version read before a change here is not kept after it.
        self.generation = 0

    def version(self, seconds: float) -> int | None:
        """The version read from the shared cache less than ``seconds`` ago, if any."""
        version = self._version
        if version is not None and time.monotonic() - self._read_at < seconds:
            return version
        return None

    def saw_version(self, version: int, generation: int) -> None:
        with self._lock:
            if generation == self.generation:
                self._version, self._read_at = version, time.monotonic()

    def forget_version(self) -> None:
        with self._lock:
            self._version = None
            self.generation += 1

    def get(self, key: str) -> dict | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key: str, entry: dict) -> None:
        size = len(entry["gzip"])
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old["gzip"])
            if size > settings.PAGE_CACHE_LOCAL_BYTES:
                return
            self._entries[key] = entry
            self._bytes += size
            while (
                len(self._entries) > settings.PAGE_CACHE_LOCAL_ENTRIES
                or self._bytes > settings.PAGE_CACHE_LOCAL_BYTES
            ):
                _key, evicted = self._entries.popitem(last=False)
                self._bytes -= len(evicted["gzip"])

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0
            self._version = None
            self.generation += 1


local_entries = _LocalEntries()


def page_cache_invalidate() -> None:
    """Forget every cached page (content changed). Safe to call often."""
    local_entries.forget_version()
    pages = _pages()
    try:
        pages.incr(VERSION_KEY)
    except ValueError:  # no version yet (or it expired, or Redis restarted): start one
        pages.set(VERSION_KEY, _new_version(), timeout=None)


def _new_version() -> int:
    """A first version, from the clock (microseconds), not 1: after Redis restarts it must be
    none that an entry still kept in a process (``local_entries``) was stored under."""
    return time.time_ns() // 1000


def invalidate_on_change(sender, using=None, **kwargs) -> None:
    """Signal receiver: content of a cached app changed.

    The version is bumped at once and, inside a transaction, again when it commits: a
    request that read the old rows while the change was not committed yet may have stored
    them under the first new version.
    """
    if sender._meta.app_label in settings.PAGE_CACHE_APPS and sender._meta.label not in (
        settings.PAGE_CACHE_IGNORED_MODELS
    ):
        page_cache_invalidate()
        connection = transaction.get_connection(using)
        if connection.in_atomic_block and not any(
            entry[1] is page_cache_invalidate for entry in connection.run_on_commit
        ):
            transaction.on_commit(page_cache_invalidate, using=using)


def _cacheable_request(request) -> bool:
    if request.method not in {"GET", "HEAD"}:
        return False
    ignored = (settings.LANGUAGE_COOKIE_NAME, settings.CSRF_COOKIE_NAME)
    if any(name not in ignored for name in request.COOKIES):
        return False
    return len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH


def declared_parameters(request) -> frozenset | None:
    """The query parameters the view of this request's URL reads (``@cache_public_page``),
    or None for a view not cached. Shared by this middleware, before URL resolution, and
    the fragment cache (``{% contentcache %}``), after it."""
    match = getattr(request, "resolver_match", None) or resolve_path(request.path_info)
    return getattr(match.func, "page_cache_parameters", None) if match is not None else None


def _key(request, parameters: frozenset) -> str:
    query = urlencode(
        [(name, value) for name in sorted(parameters) for value in request.GET.getlist(name)]
    )
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return "page-cache:page:" + hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()


def store_allowed(request) -> bool:
    """One client adds at most ``PAGE_CACHE_STORES_PER_CLIENT`` entries per cache lifetime."""
    seconds = settings.PAGE_CACHE_SECONDS or settings.CONTENT_CACHE_SECONDS
    limit = Limit("page-cache:store", settings.PAGE_CACHE_STORES_PER_CLIENT, seconds)
    return limit_consume((limit, get_account_adapter(request).get_client_ip(request)))


def _etag(version: int, content: bytes) -> str:
    return f'"{version}-{hashlib.sha256(content).hexdigest()[:24]}"'


def _public_headers(response, etag: str) -> None:
    response["Cache-Control"] = (
        f"public, max-age={settings.PAGE_HTTP_MAX_AGE}, "
        f"stale-while-revalidate={settings.PAGE_HTTP_STALE_SECONDS}"
    )
    response["ETag"] = etag


_GZIP_REFUSED = re.compile(r"gzip\s*;\s*q\s*=\s*0(?:\.0*)?\s*(?:,|$)")


def _accepts_gzip(request) -> bool:
    accepted = request.META.get("HTTP_ACCEPT_ENCODING", "").lower()
    return "gzip" in accepted and not _GZIP_REFUSED.search(accepted)


def _gzip_etag(etag: str) -> str:
    return etag[:-1] + '-gzip"'


def _not_modified(request, etag: str) -> bool:
    """``If-None-Match`` names ``etag`` (weak comparison, as RFC 9110 asks; nginx's gzip
    turns a strong ETag into a weak one)."""
    given = request.META.get("HTTP_IF_NONE_MATCH", "")
    if not given or len(given) > 2048:
        return False
    tags = {tag.strip().removeprefix("W/") for tag in given.split(",")}
    return etag in tags or _gzip_etag(etag) in tags or "*" in tags


def _not_modified_response(entry_headers, etag: str):
    response = HttpResponseNotModified()
    for name, value in entry_headers:
        if name.lower() in {"cache-control", "etag", "vary", "content-language"}:
            response[name] = value
    response["ETag"] = etag
    response["X-Page-Cache"] = "hit"
    return response


def mark_private_if_personal(request, response):
    """Signed-in visitors' pages and form pages: never kept by a browser or an edge."""
    if response.has_header("Cache-Control"):
        return response
    user = getattr(request, "user", None)
    if (
        request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # the page has a form (a CSRF token)
        or any(name != settings.LANGUAGE_COOKIE_NAME for name in response.cookies)
        or (user is not None and user.is_authenticated)
    ):
        response["Cache-Control"] = "private, no-store"
    return response


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
            return mark_private_if_personal(request, self.get_response(request))
        parameters = declared_parameters(request)
        if parameters is None:
            return mark_private_if_personal(request, self.get_response(request))
        unknown = set(request.GET) - parameters
        if unknown - IGNORED_PARAMETERS:  # junk: rendered afresh, never stored
            return mark_private_if_personal(request, self.get_response(request))
        pages = _pages()
        key = _key(request, parameters)
        local_seconds = settings.PAGE_CACHE_LOCAL_SECONDS
        version = local_entries.version(local_seconds) if local_seconds else None
        entry = local_entries.get(key) if version is not None else None
        if entry is None or entry["version"] != version:
            generation = local_entries.generation
            found = pages.get_many([key, VERSION_KEY])
            version = found.get(VERSION_KEY, 0)
            entry = found.get(key)
            if VERSION_KEY not in found:
                # No version yet (a new or restarted Redis) or no answer: one is started (a
                # no-op while Redis is down), and nothing is kept here until a read finds it.
                started = _new_version()
                if pages.add(VERSION_KEY, started, timeout=None):
                    version = started
            elif local_seconds:
                local_entries.saw_version(version, generation)
                if entry is not None and entry["version"] == version and "gzip" in entry:
                    local_entries.put(key, entry)
        if entry is not None and entry["version"] == version and "gzip" in entry:
            etag = entry["etag"]
            compressed = _accepts_gzip(request)
            shown_etag = _gzip_etag(etag) if compressed else etag
            if _not_modified(request, etag):
                return _not_modified_response(entry["headers"], shown_etag)
            if compressed:
                response = HttpResponse(entry["gzip"], status=200)
            else:
                response = HttpResponse(gzip.decompress(entry["gzip"]), status=200)
            for name, value in entry["headers"]:
                response[name] = value
            if compressed:
                response["Content-Encoding"] = "gzip"
                response["ETag"] = shown_etag
            response["Content-Length"] = str(len(response.content))
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if not unknown and _storable(request, response) and store_allowed(request):
            etag = _etag(version, response.content)
            _public_headers(response, etag)
            patch_vary_headers(response, ("Accept-Encoding",))
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in _NOT_REPLAYED
            ]
            pages.set(
                key,
                {
                    "version": version,
                    "gzip": gzip.compress(response.content, compresslevel=6, mtime=0),
                    "headers": headers,
                    "etag": etag,
                },
                timeout=seconds,
            )
            response["X-Page-Cache"] = "miss"
            if _not_modified(request, etag):
                return _not_modified_response(headers, etag)
        return mark_private_if_personal(request, response)
