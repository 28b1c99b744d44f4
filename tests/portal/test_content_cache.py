"""The data layer and page fragments kept per content version (portal/content_cache.py).

Signed-in visitors are never served by the whole-page cache, so they show what this
cache does: the second visit renders from kept fragments and rows, and any change of
content (save, delete, many-to-many) shows on the very next request.
"""

import datetime

import pytest
import time_machine
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

import portal.markdown
from markets.models import MarketProfile
from portal import content_cache
from portal.models import LivingLab
from portal.page_cache import VERSION_KEY, _pages
from tests.content import load_demo
from tests.factories import LivingLabFactory, SuperuserFactory, UserFactory
from tests.markets.factories import KeyFactFactory, MarketProfileFactory

pytestmark = pytest.mark.django_db

PROFILE_URL = "/en/markets/fi/e-health/"


@pytest.fixture(autouse=True)
def _content_cache_on(settings):
    settings.CONTENT_CACHE_SECONDS = 600


@pytest.fixture
def profile(taxonomy):
    profile = MarketProfileFactory(
        country=taxonomy["countries"]["fi"],
        sector=taxonomy["sectors"]["e-health"],
        summary_en="Finnish e-health in one sentence.",
        summary_fi="Suomen etäterveys yhdellä lauseella.",
    )
    KeyFactFactory(profile=profile, key="hospital-beds", label_en="Hospital beds per thousand")
    return profile


@pytest.fixture
def visitor(client):
    client.force_login(UserFactory())
    return client


def _get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode(), len(queries)


@pytest.fixture
def stores(monkeypatch):
    """The keys the cache kept during the test."""
    kept = []
    original = content_cache.store

    def spy(cache_key, version, value):
        kept.append(cache_key)
        original(cache_key, version, value)

    monkeypatch.setattr(content_cache, "store", spy)
    return kept


def test_second_visit_renders_from_the_cache_without_content_queries(visitor, profile):
    first, first_queries = _get(visitor, PROFILE_URL)
    second, second_queries = _get(visitor, PROFILE_URL)

    assert "Finnish e-health in one sentence." in second
    assert second == first
    # What is left is the visitor's session and user: no content row is read again.
    assert second_queries <= 2 < first_queries


def test_the_cache_is_off_without_a_shared_cache(visitor, profile, settings):
    settings.CONTENT_CACHE_SECONDS = 0
    _get(visitor, PROFILE_URL)
    _, queries = _get(visitor, PROFILE_URL)
    assert queries > 4


def test_a_saved_change_shows_on_the_next_request(visitor, profile):
    _get(visitor, PROFILE_URL)
    profile.summary_en = "A revised summary."
    profile.save()
    page, _ = _get(visitor, PROFILE_URL)
    assert "A revised summary." in page
    assert "Finnish e-health in one sentence." not in page


def test_a_deleted_row_is_gone_on_the_next_request(visitor, profile):
    assert "Hospital beds per thousand" in _get(visitor, PROFILE_URL)[0]
    profile.key_facts.all().delete()
    assert "Hospital beds per thousand" not in _get(visitor, PROFILE_URL)[0]


def test_a_many_to_many_change_shows_on_the_next_request(visitor, taxonomy):
    lab = LivingLabFactory(
        slug="test-lab",
        country=taxonomy["countries"]["fi"],
        sectors=[taxonomy["sectors"]["e-health"]],
    )
    url = f"/en/living-labs/{lab.slug}/"
    assert str(taxonomy["sectors"]["e-learning"]) not in _get(visitor, url)[0]
    LivingLab.objects.get(pk=lab.pk).sectors.add(taxonomy["sectors"]["e-learning"])
    assert str(taxonomy["sectors"]["e-learning"]) in _get(visitor, url)[0]


def test_each_language_has_its_own_entries(visitor, profile):
    english, _ = _get(visitor, PROFILE_URL)
    finnish, _ = _get(visitor, "/fi/markets/fi/e-health/")
    assert "Suomen etäterveys yhdellä lauseella." in finnish
    assert "Suomen etäterveys" not in english
    assert "Finnish e-health in one sentence." in _get(visitor, PROFILE_URL)[0]


def test_markdown_is_rendered_once_per_content_version(visitor, profile, monkeypatch):
    calls = []
    original = portal.markdown.render_markdown

    def counting(text, **kwargs):
        calls.append(text)
        return original(text, **kwargs)

    monkeypatch.setattr("portal.templatetags.portal_tags.render_markdown", counting)
    _get(visitor, PROFILE_URL)
    rendered_first = len(calls)
    _get(visitor, PROFILE_URL)
    _get(visitor, PROFILE_URL)
    assert rendered_first > 0
    assert len(calls) == rendered_first  # kept: not rendered again

    MarketProfile.objects.get(pk=profile.pk).save()  # a new content version
    _get(visitor, PROFILE_URL)
    assert len(calls) == 2 * rendered_first


def _fragments(keys, name):
    return [key for key in keys if key.startswith(f"content:fragment:{name}:")]


def test_draft_previews_are_never_kept(client, profile, taxonomy, stores):
    MarketProfileFactory(
        country=taxonomy["countries"]["se"],
        sector=taxonomy["sectors"]["e-health"],
        status="draft",
        summary_en="An unpublished summary.",
    )
    client.force_login(SuperuserFactory())
    page, _ = _get(client, "/en/markets/se/e-health/")
    assert "An unpublished summary." in page and "Draft preview" in page
    assert _fragments(stores, "markets.profile") == []
    _get(client, PROFILE_URL)  # the published one is kept
    assert len(_fragments(stores, "markets.profile")) == 1


def test_made_up_slugs_and_junk_parameters_keep_nothing(visitor, profile, stores):
    assert visitor.get("/en/pilots/no-such-pilot/").status_code == 404
    assert visitor.get("/en/living-labs/no-such-lab/").status_code == 404
    assert visitor.get("/en/markets/compare/?m=nonsense").status_code == 400
    for junk in range(3):
        _get(visitor, f"{PROFILE_URL}?junk={junk}")
    assert [key for key in stores if "pilot_detail" in key or "living_lab_detail" in key] == []
    assert [key for key in stores if key.startswith("content:fragment:")] == []


def test_one_client_keeps_a_limited_number_of_query_variants(visitor, taxonomy, settings, stores):
    settings.PAGE_CACHE_STORES_PER_CLIENT = 3
    for page in range(1, 8):
        assert visitor.get(f"/en/contacts/?page={page}").status_code == 200
    # Every fragment of a page with a query counts: its head, menu, content and footer.
    assert len([key for key in stores if key.startswith("content:fragment:")]) == 3


def test_the_day_is_part_of_every_key(profile):
    with time_machine.travel(datetime.datetime(2026, 12, 2, 12, tzinfo=datetime.UTC)):
        today = content_cache.key("x", (1,))
    with time_machine.travel(datetime.datetime(2026, 12, 3, 12, tzinfo=datetime.UTC)):
        tomorrow = content_cache.key("x", (1,))
    assert today != tomorrow


@pytest.mark.django_db(transaction=True)
def test_a_change_bumps_the_version_again_when_its_transaction_commits(taxonomy):
    """A request that read the rows before the commit may have kept them under the first
    new version: the commit bumps once more, however many rows the transaction changed."""
    pages = _pages()
    pages.set(VERSION_KEY, 10, timeout=None)
    with transaction.atomic():
        profile = MarketProfileFactory(
            country=taxonomy["countries"]["fi"], sector=taxonomy["sectors"]["e-health"]
        )
        KeyFactFactory(profile=profile, key="area", value="338")
        during = pages.get(VERSION_KEY)
    assert during > 10
    assert pages.get(VERSION_KEY) == during + 1

    with pytest.raises(RuntimeError), transaction.atomic():  # rolled back: no bump queued
        KeyFactFactory(profile=profile, key="gdp", value="1")
        raise RuntimeError
    after_rollback = pages.get(VERSION_KEY)
    with transaction.atomic():
        KeyFactFactory(profile=profile, key="gdp", value="2")
        during = pages.get(VERSION_KEY)
    assert during == after_rollback + 1
    assert pages.get(VERSION_KEY) == during + 1


PAGES = [
    "/en/",
    "/fi/markets/",
    "/en/markets/?country=fi",
    "/lv/markets/se/e-health/",
    "/sv/markets/compare/?m=fi-e-health&m=se-e-health&m=lv-e-health",
    "/en/network/",
    "/et/contacts/?country=ee",
    "/en/living-labs/",
    "/fi/living-labs/laurea-living-labs/",
    "/en/publications/",
    "/en/transfer-model/",
    "/sv/pilots/",
    "/en/pilots/heart-monitor-finnish-hospitals/",
    "/en/pages/about/",
]


def _page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "signed-in"])
def test_every_page_is_the_same_from_the_cache_as_rendered(client, settings, signed_in):
    """The kept head, menu, content and footer make the very page a full render makes."""
    load_demo()
    if signed_in:
        client.force_login(UserFactory())
    for url in PAGES:
        settings.CONTENT_CACHE_SECONDS = 0
        rendered = _page(client, url)
        settings.CONTENT_CACHE_SECONDS = 600
        first, kept = _page(client, url), _page(client, url)
        assert first == rendered, url
        assert kept == rendered, url
    assert "Sign out" in kept if signed_in else "Sign in" in kept


def test_an_error_page_never_stands_in_for_the_page(client, taxonomy, monkeypatch):
    """A 500 while rendering a kept page must not leave its head or menu in the cache."""
    profile = MarketProfileFactory(
        country=taxonomy["countries"]["fi"], sector=taxonomy["sectors"]["e-health"]
    )
    client.raise_request_exception = False

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away mid-render")

    monkeypatch.setattr("markets.views._profile_context", broken)
    assert client.get(PROFILE_URL).status_code == 500
    monkeypatch.undo()
    page = _page(client, PROFILE_URL)
    assert profile.summary_en in page
    assert (
        "<title>" in page and "error" not in page.split("<title>")[1].split("</title>")[0].lower()
    )


@pytest.mark.parametrize(
    ("url", "builder"),
    [
        (PROFILE_URL, "markets.views._profile_context"),
        ("/en/pilots/heart-monitor-finnish-hospitals/", "pilots.views._pilot_context"),
        ("/fi/living-labs/laurea-living-labs/", "portal.views._living_lab_context"),
    ],
)
def test_a_kept_detail_page_does_not_fetch_its_object(visitor, url, builder, monkeypatch):
    """On a kept page the view asks only "published or not"; the object, with all it
    prefetched, is read only when the page's fragment must be rendered."""
    load_demo()
    module_name, _, function_name = builder.rpartition(".")
    module = __import__(module_name, fromlist=[function_name])
    real = getattr(module, function_name)
    calls = []
    monkeypatch.setattr(module, function_name, lambda *a, **k: calls.append(1) or real(*a, **k))

    first, _ = _get(visitor, url)
    assert calls == [1]
    second, _ = _get(visitor, url)

    assert calls == [1]  # not again
    assert second == first


def test_a_kept_page_costs_two_round_trips_and_a_kept_list_one(visitor, profile, monkeypatch):
    """The view's "published or not" is one; every fragment of the page (head, menu, content,
    footer) comes in the other, as the view's earlier renders taught."""
    round_trips = []
    for name in ("lookup", "lookup_many"):
        real = getattr(content_cache, name)
        monkeypatch.setattr(
            content_cache,
            name,
            lambda *args, real=real, **kwargs: round_trips.append(1) or real(*args, **kwargs),
        )
    for url in (PROFILE_URL, "/en/markets/"):
        _get(visitor, url)
        round_trips.clear()
        _get(visitor, url)
        assert len(round_trips) == (2 if url == PROFILE_URL else 1), url


def test_a_profile_unpublished_after_it_was_kept_is_a_404(client, profile):
    assert client.get(PROFILE_URL).status_code == 200
    profile.status = "draft"
    profile.save()

    assert client.get(PROFILE_URL).status_code == 404


@pytest.mark.parametrize(
    "moment",
    [
        "2026-03-28 23:59:59",  # the evening before the clocks go forward (Europe/Helsinki)
        "2026-03-29 00:00:00",
        "2026-03-29 23:59:59",
        "2026-10-25 00:30:00",  # the day the clocks go back: 25 hours long
        "2026-10-25 23:59:59",
        "2026-10-26 00:00:00",
    ],
)
def test_the_day_of_the_keys_is_the_local_date_around_midnight_and_clock_changes(moment):
    from django.utils import timezone

    content_cache._today()  # a day already worked out, as in a running process
    local = datetime.datetime.fromisoformat(moment).replace(tzinfo=timezone.get_current_timezone())
    with time_machine.travel(local, tick=False):
        assert content_cache._today() == timezone.localdate() == local.date()


def test_a_kept_flat_page_reads_no_row(visitor):
    load_demo()
    first, first_queries = _get(visitor, "/en/pages/about/")
    second, second_queries = _get(visitor, "/en/pages/about/")

    assert second == first
    assert second_queries <= 2 < first_queries  # the visitor's session and user only
