import pytest

from tests.html_validator import assert_valid_html

pytestmark = pytest.mark.django_db


def test_market_pages_are_valid_html(client, demo):
    pages = {}
    for language in ["en", "fi", "lv"]:
        for path in [
            "markets/",
            "markets/?country=zz",
            "markets/ee/e-learning/",
            "markets/compare/",
            "markets/compare/?m=fi-e-health&m=ee-e-health&m=lv-e-health",
            "markets/compare/?m=fi-e-health",
        ]:
            url = f"/{language}/{path}"
            pages[url] = client.get(url).content.decode()
    assert_valid_html(pages)
