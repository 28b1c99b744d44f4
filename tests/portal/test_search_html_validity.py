"""The search page (hits, other-language hits, empty state, pagination) is valid HTML."""

import pytest

from tests.factories import LivingLabFactory, PageFactory
from tests.html_validator import assert_valid_html

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "et", "fi", "lv", "sv"]


def test_search_pages_are_valid_html(client, taxonomy):
    for number in range(25):
        PageFactory(slug=f"valid-{number}", title_en=f"Zorbvalid {number}", body_en="zorbvalid")
    LivingLabFactory(summary_sv="Zorbswedish lab")
    pages = {}
    for language in LANGUAGES:
        for query in ["", "?q=zorbvalid&page=2", "?q=zorbswedish", "?q=nothingatall&type=x"]:
            url = f"/{language}/search/{query}"
            response = client.get(url)
            assert response.status_code == 200, url
            pages[url] = response.content.decode()
    assert_valid_html(pages)
