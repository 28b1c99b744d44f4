"""The search page in a real browser: axe-core in five languages, the header box without
JavaScript, the journey from a Finnish word to the highlighted section, and a 320 px phone."""

import pytest

from tests.browser.axe import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "et", "fi", "lv", "sv"]
QUERIES = {
    "en": "procurement",
    "et": "Rootsi",
    "fi": "etähoito",
    "lv": "Zviedrija",
    "sv": "upphandling",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_page_has_no_axe_violations(page, demo, language):
    page.goto(f"/{language}/search/?q={QUERIES[language]}")
    assert page.locator(".search-result").count() >= 1
    assert page.locator("h1").count() == 1
    assert_accessible(page)


@pytest.mark.parametrize("query", ["", "?q=nothingatallhere", "?q=health&page=2"])
def test_search_page_states_have_no_axe_violations(page, demo, query):
    page.goto(f"/fi/search/{query}")
    assert_accessible(page)


def test_finnish_word_in_the_header_box_lands_on_the_marked_section(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/fi/")
    page.locator("header #site-search-q").fill("etähoito")
    page.locator("header .search-box button").click()
    page.wait_for_url("**/fi/search/?q=*")
    assert page.locator("#search-q").input_value() == "etähoito"
    assert page.locator(".search-result mark").first.inner_text().lower() == "etähoito"

    page.locator(".search-result h3 a").first.click()
    page.wait_for_url("**/fi/markets/**#section-*")
    anchor = page.url.rsplit("#", 1)[1]
    assert page.locator(f"#{anchor}").count() == 1
    context.close()


def test_search_page_fits_a_320_px_phone(page, demo):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/lv/search/?q=Zviedrija")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
