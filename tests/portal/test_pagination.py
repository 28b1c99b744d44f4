"""The one pagination pattern on every list that can grow: 20 a page, forgiving page
numbers, filters kept in the links, ``aria-current``, and a flat query count."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import search_index
from tests.factories import (
    ContactFactory,
    CountryFactory,
    LivingLabFactory,
    PartnerOrganisationFactory,
    PublicationFactory,
    SectorFactory,
)
from tests.markets.factories import add_profiles
from tests.pilots.factories import PilotCaseFactory

pytestmark = pytest.mark.django_db


def _grow(list_name: str, count: int) -> None:
    """``count`` more visible items on the list ``list_name``, all in Finland and e-health."""
    country = CountryFactory(code="fi")
    sector = SectorFactory(slug="e-health")
    with search_index.deferred():
        if list_name == "contacts":
            organisation = PartnerOrganisationFactory(country=country)
            for _ in range(count):
                ContactFactory(organisation=organisation, country=country, sectors=[sector])
        elif list_name == "living-labs":
            for _ in range(count):
                LivingLabFactory(country=country, sectors=[sector])
        elif list_name == "pilots":
            for _ in range(count):
                PilotCaseFactory(origin_country=country, sector=sector)
        elif list_name == "publications":
            for _ in range(count):
                PublicationFactory()
        elif list_name == "markets":
            add_profiles((count + 1) // 2 or 1, with_details=False)


LISTS = {
    "contacts": ("/en/contacts/", "country=fi&sector=e-health", r'id="contact-\d+"'),
    "living-labs": ("/en/living-labs/", "country=fi", r'class="card lab-card"'),
    "pilots": ("/en/pilots/", "origin=fi", r'class="card pilot-card'),
    "publications": ("/en/publications/", "", r'class="publication" id='),
    "markets": ("/en/markets/", "", r'class="card market-card'),
}


def _items(response, pattern: str) -> int:
    return len(re.findall(pattern, response.content.decode()))


@pytest.fixture
def sectors():
    SectorFactory(slug="e-health")
    SectorFactory(slug="e-learning")


@pytest.mark.parametrize("list_name", LISTS)
def test_list_shows_twenty_a_page_and_keeps_its_filters(client, sectors, list_name):
    path, query, pattern = LISTS[list_name]
    _grow(list_name, 45)

    first = client.get(f"{path}?{query}")
    third = client.get(f"{path}?{query}&page=3")

    assert _items(first, pattern) == 20
    assert 1 <= _items(third, pattern) < 20
    page = first.content.decode()
    assert '<nav class="pagination"' in page
    assert re.search(r'aria-current="page"><span class="visually-hidden">Page </span>1<', page)
    if query:
        assert f'href="?{query.replace("&", "&amp;")}&amp;page=2"' in page
    else:
        assert 'href="?page=2"' in page


@pytest.mark.parametrize("list_name", LISTS)
@pytest.mark.parametrize(("raw", "expected"), [("0", 1), ("-1", 1), ("abc", 1), ("99999", 3)])
def test_list_forgives_bad_page_numbers(client, sectors, list_name, raw, expected):
    path, query, _pattern = LISTS[list_name]
    _grow(list_name, 45)

    response = client.get(f"{path}?{query}&page={raw}")

    assert response.status_code == 200
    assert re.search(
        rf'aria-current="page"><span class="visually-hidden">Page </span>{expected}<',
        response.content.decode(),
    )


@pytest.mark.parametrize("list_name", LISTS)
def test_list_query_count_is_flat_at_ten_and_a_hundred_times(client, sectors, list_name):
    path, query, _pattern = LISTS[list_name]
    counts = []
    for added in (10, 90):  # 10, then 100 items
        _grow(list_name, added)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"{path}?{query}")
        assert response.status_code == 200
        counts.append(len(queries))

    assert counts[0] == counts[1], counts
