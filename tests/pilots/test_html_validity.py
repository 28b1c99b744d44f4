import pytest

from tests.content import load_demo
from tests.html_validator import assert_valid_html

pytestmark = pytest.mark.django_db


def test_pilot_pages_are_valid_html(client, demo):
    load_demo("markets")
    pages = {}
    for language in ["en", "et", "lv"]:
        for path in [
            "transfer-model/",
            "pilots/",
            "pilots/?origin=zz&sector=e-health",
            "pilots/?target=se&status=completed",
            "pilots/medication-reminder-swedish-home-care/",
            "pilots/sleep-coaching-latvian-employers/",
            "markets/se/e-health/",
        ]:
            url = f"/{language}/{path}"
            pages[url] = client.get(url).content.decode()
    assert_valid_html(pages)
