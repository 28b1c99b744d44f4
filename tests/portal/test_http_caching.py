"""HTTP caching for browsers and edges: public pages with ETag and 304, personal pages private."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import UserFactory
from tests.markets.factories import MarketProfileFactory

pytestmark = pytest.mark.django_db

PROFILE = "/en/markets/fi/e-health/"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_HTTP_MAX_AGE = 60
    settings.PAGE_HTTP_STALE_SECONDS = 300


@pytest.fixture
def profile(taxonomy):
    return MarketProfileFactory(
        country=taxonomy["countries"]["fi"],
        sector=taxonomy["sectors"]["e-health"],
        summary_en="Finnish e-health in one sentence.",
    )


def _anonymous_get(client, url, **extra):
    client.cookies.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


def test_public_page_is_public_with_a_strong_etag(client, profile):
    first, _ = _anonymous_get(client, PROFILE)
    second, _ = _anonymous_get(client, PROFILE)

    assert first["Cache-Control"] == "public, max-age=60, stale-while-revalidate=300"
    assert first["ETag"].startswith('"') and not first["ETag"].startswith("W/")
    assert second["X-Page-Cache"] == "hit"
    assert second["ETag"] == first["ETag"]
    assert second["Cache-Control"] == first["Cache-Control"]


def test_conditional_request_gets_304_without_rendering_or_the_database(client, profile):
    etag = _anonymous_get(client, PROFILE)[0]["ETag"]

    response, queries = _anonymous_get(client, PROFILE, HTTP_IF_NONE_MATCH=etag)
    weak, _ = _anonymous_get(client, PROFILE, HTTP_IF_NONE_MATCH=f'"other", W/{etag}')

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert response["Cache-Control"].startswith("public, max-age=60")
    assert queries == 0
    assert weak.status_code == 304  # nginx's gzip weakens the ETag it forwards


def test_content_change_gives_a_new_etag_and_a_full_answer(client, profile):
    old = _anonymous_get(client, PROFILE)[0]["ETag"]
    profile.summary_en = "A revised summary."
    profile.save()

    response, _ = _anonymous_get(client, PROFILE, HTTP_IF_NONE_MATCH=old)

    assert response.status_code == 200
    assert response["ETag"] != old
    assert "A revised summary." in response.content.decode()


def test_junk_if_none_match_is_answered_in_full(client, profile):
    _anonymous_get(client, PROFILE)
    for junk in ['"nope"', "*" * 5000, "\x00", 'W/"', ","]:
        response, _ = _anonymous_get(client, PROFILE, HTTP_IF_NONE_MATCH=junk)
        assert response.status_code == 200, junk
        assert b"Finnish e-health in one sentence." in response.content


def test_signed_in_visitors_get_private_no_store(client, profile):
    client.force_login(UserFactory())

    response = client.get(PROFILE)

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert "ETag" not in response


def test_form_pages_are_private_no_store(client, taxonomy):
    client.cookies.clear()
    response = client.get("/en/counseling/new/")

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_machine_endpoints_keep_their_own_caching(client, db):
    response = client.get("/healthz")
    assert "public" not in response.get("Cache-Control", "")


def test_a_client_that_accepts_gzip_gets_the_kept_page_compressed(client, profile):
    import gzip

    plain = _anonymous_get(client, PROFILE)[0]
    client.cookies.clear()
    packed = client.get(PROFILE, HTTP_ACCEPT_ENCODING="br, gzip, deflate")
    client.cookies.clear()
    refused = client.get(PROFILE, HTTP_ACCEPT_ENCODING="gzip;q=0, identity")

    assert packed["X-Page-Cache"] == "hit" and packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert int(packed["Content-Length"]) == len(packed.content) < len(plain.content) / 2
    assert "Accept-Encoding" in packed["Vary"] and "Accept-Encoding" in plain["Vary"]
    # Another representation, another tag; either one revalidates.
    assert packed["ETag"] == plain["ETag"][:-1] + '-gzip"'
    assert refused.content == plain.content and "Content-Encoding" not in refused
    for etag in (plain["ETag"], packed["ETag"]):
        client.cookies.clear()
        assert client.get(PROFILE, HTTP_IF_NONE_MATCH=etag).status_code == 304
