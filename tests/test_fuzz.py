"""Fuzz every public URL pattern and every form with a corpus of bad input.

No answer may be a 5xx, and a rejected request (4xx) writes no row. URL instances come from
the resolver (every pattern, its parameters filled with the corpus) and from the demo
content (one real page per pattern, its query filled with the corpus); forms are found in
the pages themselves (every ``<form method="post">``, every field filled with the corpus).
The admin changelists take the corpus in search, ordering, paging and filters.
"""

import re
from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

import pytest
from django.apps import apps
from django.contrib import admin
from django.db import connection
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve

from tests.factories import SuperuserFactory, UserFactory

pytestmark = pytest.mark.django_db

CORPUS = {
    "empty": "",
    "huge": "x" * 20_000,
    "nul": "a\x00b",
    "crlf": "line\r\nSet-Cookie: evil=1",
    "rtl": "\u202eevil\u202c שלום مرحبا",
    "emoji": "👩🏽‍💻🚀 ✓",
    "script": "<script>alert(1)</script>",
    "sql": "' OR '1'='1'; DROP TABLE portal_user; --",
    "format": "%s%n{0}{{7*7}}../../etc/passwd",
}
# Already percent-encoded: bytes that are not UTF-8.
INVALID_UTF8 = "%ff%fe%C3%28"
NASTY = ("huge", "nul", "crlf", "script", "sql")
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
OVERSIZED = b"a=" + b"x" * (3 * 1024 * 1024)  # above DATA_UPLOAD_MAX_MEMORY_SIZE


# --- The URL instances ---------------------------------------------------------------------


def _routes(patterns=None, prefix=""):
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


_PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def _fill(route: str, value: str) -> str:
    """``route`` with every parameter replaced by ``value`` (already URL-encoded)."""
    path = _PARAMETER.sub(value, route).replace("^", "").replace("$", "")
    return "/" + path


def _public_routes() -> list[tuple[str, URLPattern]]:
    return [(route, pattern) for route, pattern in _routes() if not route.startswith("admin/")]


class _Forms(HTMLParser):
    """The POST forms of a page: action and field names."""

    def __init__(self):
        super().__init__()
        self.forms: list[tuple[str, set[str]]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            if (attrs.get("method") or "").lower() == "post":
                self.forms.append((attrs.get("action") or "", set()))
            else:
                self.forms.append(None)
        elif tag in {"input", "select", "textarea", "button"} and self.forms and self.forms[-1]:
            self.forms[-1][1].update(filter(None, [attrs.get("name")]))


def _row_counts() -> tuple:
    """Rows of every table of the project, in one query.

    On PostgreSQL the rows this transaction inserted minus those it deleted, per table
    (``pg_stat_xact_user_tables``): the same differences as counting, without scanning
    every table twice per request (that took most of this test's time).
    """
    tables = sorted(
        model._meta.db_table
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    )
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT relname, n_tup_ins - n_tup_del FROM pg_stat_xact_user_tables "
                "WHERE relname = ANY(%s) ORDER BY relname",
                [tables],
            )
            return tuple(cursor.fetchall())
        quote_name = connection.ops.quote_name
        # Table names from the models, quoted: no outside input reaches this SQL.
        sql = "SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {quote_name(t)})" for t in tables)  # noqa: S608
        cursor.execute(sql)
        return tuple(cursor.fetchone())


class Fuzzer:
    def __init__(self):
        self.failures: list[str] = []
        self.requests = 0

    def send(self, client: Client, method: str, url: str, **kwargs):
        before = _row_counts()
        response = getattr(client, method)(url, **kwargs)
        self.requests += 1
        label = f"{method.upper()} {url[:120]} {kwargs.get('content_type', '')}"
        if response.status_code >= 500:
            self.failures.append(f"{response.status_code} {label}")
        elif response.status_code >= 400 and _row_counts() != before:
            self.failures.append(f"row written on a {response.status_code}: {label}")
        elif method == "get" and _row_counts() != before:
            self.failures.append(f"row written by a GET: {label}")
        return response


@pytest.fixture
def world(taxonomy):
    """The demo content of every app, a signed-in SME with a request, and a tracking link."""
    from tests.content import load_demo
    from tests.counseling.factories import submit_request

    load_demo("portal", "markets", "pilots")
    user = UserFactory(email="sme@example.com")
    request = submit_request(email="sme@example.com", owner=user)
    return {"user": user, "request": request}


def _pages(client: Client) -> list[str]:
    """One real URL per pattern: the sitemap's pages and the routes without parameters."""
    urls = {}
    sitemap = client.get("/sitemap.xml").content.decode()
    for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap):
        path = urlsplit(loc).path
        if path.startswith("/en/"):
            urls.setdefault(resolve(path).route, path)
    for route, _pattern in _public_routes():
        if not _PARAMETER.search(route):
            urls.setdefault(route, _fill(route, ""))
    return sorted(set(urls.values()))


def _fuzz_url_patterns(fuzzer: Fuzzer, world) -> None:
    sme = Client(raise_request_exception=False)
    sme.force_login(world["user"])
    anonymous = Client(raise_request_exception=False)
    routes = [route for route, _pattern in _public_routes() if _PARAMETER.search(route)]
    assert len(routes) >= 8

    values = [quote(value, safe="") for value in CORPUS.values()] + [INVALID_UTF8]
    for route in routes:
        for value in values:
            fuzzer.send(sme, "get", _fill(route, value))
        for name in NASTY:
            fuzzer.send(anonymous, "get", _fill(route, quote(CORPUS[name], safe="")))
            fuzzer.send(anonymous, "post", _fill(route, quote(CORPUS[name], safe="")))


def _fuzz_queries(fuzzer: Fuzzer) -> None:
    """Each page once with every corpus value in some parameter, once with each nasty value."""
    client = Client(raise_request_exception=False)
    pages = _pages(client)
    assert len(pages) >= 20
    names = ["country", "sector", "m", "origin", "target", "status", "q", "page", "next"]
    values = [quote(value, safe="") for value in CORPUS.values()]
    mixed = "&".join(
        f"{name}={values[number % len(values)]}" for number, name in enumerate(names * 2)
    )
    for page in pages:
        fuzzer.send(client, "get", f"{page}?{mixed}&country=fi&country=ee&m=fi-e-health")
        for value in (quote(CORPUS["huge"], safe=""), quote(CORPUS["nul"]), INVALID_UTF8):
            fuzzer.send(client, "get", f"{page}?" + "&".join(f"{n}={value}" for n in names))


def _form_posts(client: Client, pages: list[str]) -> list[tuple[str, set[str]]]:
    found = {}
    for page in pages:
        response = client.get(page)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = _Forms()
        parser.feed(response.content.decode())
        for form in filter(None, parser.forms):
            action = form[0] or page
            found.setdefault(action, set()).update(form[1])
    return sorted(found.items())


def _fuzz_forms(fuzzer: Fuzzer, world, *, signed_in: bool) -> None:
    client = Client(raise_request_exception=False)
    if signed_in:
        client.force_login(world["user"])
    from counseling.tokens import token_for

    pages = [*_pages(client), f"/en/counseling/track/{token_for(world['request'].tracking_nonce)}/"]
    if signed_in:
        pages += ["/en/account/delete/", f"/en/account/requests/{world['request'].reference}/"]
    forms = [(action, fields) for action, fields in _form_posts(client, pages) if fields]
    assert len(forms) >= (3 if signed_in else 4)
    for action, fields in forms:
        fields = fields - {"csrfmiddlewaretoken"}
        for value in CORPUS.values():
            fuzzer.send(client, "post", action, data=dict.fromkeys(fields, value))
        fuzzer.send(
            client,
            "post",
            action,
            data=b"text=%ff%fe&email=%C3%28",
            content_type="application/x-www-form-urlencoded",
        )
        for content_type in ("application/json", "text/plain", "application/xml"):
            fuzzer.send(client, "post", action, data=b'{"a": "\\u0000"}', content_type=content_type)
        fuzzer.send(
            client,
            "post",
            action,
            data=OVERSIZED,
            content_type="application/x-www-form-urlencoded",
        )


def _fuzz_admin(fuzzer: Fuzzer) -> None:
    client = Client(raise_request_exception=False)
    client.force_login(SuperuserFactory())
    for model, model_admin in admin.site._registry.items():
        url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        filters = [name for name in model_admin.list_filter if isinstance(name, str)]
        for name in NASTY:
            value = quote(CORPUS[name], safe="")
            query = "&".join(
                [f"q={value}", f"o={value}", f"p={value}"]
                + [f"{field}__exact={value}" for field in filters]
            )
            fuzzer.send(client, "get", f"{url}?{query}")
        fuzzer.send(client, "get", f"{url}?q={INVALID_UTF8}")


def test_no_url_pattern_page_or_changelist_answers_5xx_to_the_corpus(world):
    fuzzer = Fuzzer()
    _fuzz_url_patterns(fuzzer, world)
    _fuzz_queries(fuzzer)
    _fuzz_admin(fuzzer)
    print(f"fuzz (URLs): {fuzzer.requests} requests, {len(fuzzer.failures)} failures")
    assert fuzzer.failures == []


def test_no_form_answers_5xx_to_the_corpus_and_a_rejection_writes_nothing(world):
    fuzzer = Fuzzer()
    _fuzz_forms(fuzzer, world, signed_in=False)
    _fuzz_forms(fuzzer, world, signed_in=True)
    print(f"fuzz (forms): {fuzzer.requests} requests, {len(fuzzer.failures)} failures")
    assert fuzzer.failures == []


def test_the_row_check_sees_a_row_written_and_one_deleted(db):
    before = _row_counts()
    user = UserFactory(email="written@example.com")
    written = _row_counts()
    assert written != before
    user.delete()
    assert _row_counts() == before
