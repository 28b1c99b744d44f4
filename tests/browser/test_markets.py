"""Market pages in a real browser: axe-core in five languages, keyboard use of the comparison form."""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "et", "fi", "lv", "sv"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_market_list_has_no_axe_violations(page, demo, language):
    page.goto(f"/{language}/markets/")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator(".market-card").count() == 8
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_market_profile_has_no_axe_violations(page, demo, language):
    page.goto(f"/{language}/markets/fi/e-health/")
    assert page.locator("h1").count() == 1
    assert page.locator(".severity-cell").count() == 8
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_market_comparison_has_no_axe_violations(page, demo, language):
    page.goto(f"/{language}/markets/compare/?m=fi-e-health&m=ee-e-health&m=lv-e-health")
    assert page.locator("svg[role=img]").count() == 4
    assert_accessible(page)


def test_comparison_error_state_has_no_axe_violations(page, demo):
    response = page.goto("/sv/markets/compare/?m=fi-e-health")
    assert response.status == 400
    assert page.locator(".error-summary").count() == 1
    assert_accessible(page)


def test_visitor_filters_opens_a_profile_and_compares_without_javascript_needed(page, demo):
    page.goto("/sv/markets/")
    page.select_option("#id_sector", "e-health")
    page.get_by_role("button", name="Visa profiler").click()
    page.wait_for_url("**/sv/markets/?*sector=e-health*")
    assert page.locator(".market-card").count() == 4
    page.locator(".market-card a[href='/sv/markets/fi/e-health/']").click()
    page.wait_for_url("**/sv/markets/fi/e-health/")
    assert "Findata" in page.locator("#section-regulation").locator("xpath=..").inner_text()

    page.goto("/sv/markets/compare/")
    for key in ("fi-e-health", "ee-e-health", "lv-e-health"):
        page.check(f"#m-{key}")
    page.get_by_role("button", name="Jämför", exact=True).click()
    page.wait_for_url("**/sv/markets/compare/?m=*")
    assert page.url.endswith("m=ee-e-health&m=fi-e-health&m=lv-e-health")  # form order
    assert page.locator("h1").inner_text() == "Marknadsjämförelse"


def test_phone_reader_jumps_to_regulation_from_the_contents(page, demo):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto("/lv/markets/se/e-health/")
    page.locator(".toc a[href='#section-regulation']").click()
    page.wait_for_url("**/lv/markets/se/e-health/#section-regulation")
    assert page.locator("#section-regulation").is_visible()
    top = page.evaluate("document.getElementById('section-regulation').getBoundingClientRect().top")
    assert 0 <= top < 200
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_wide_screen_contents_stay_in_view_and_mark_the_section_being_read(page, demo):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/en/markets/se/e-health/")
    page.locator(".toc a[href='#section-funding']").click()
    page.wait_for_url("**#section-funding")
    assert page.locator(".toc").is_visible()
    current = page.locator(".toc a[aria-current]")
    current.wait_for()
    assert current.get_attribute("href") in {"#section-funding", "#section-practical-tips"}
    assert_accessible(page)


def test_profile_print_and_copy_buttons_appear_with_javascript(page, demo):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("/en/markets/se/e-health/")
    assert page.locator("[data-print]").is_visible()
    page.get_by_role("button", name="Copy link").click()
    # expect() waits for the script's message (the click's promise settles asynchronously)
    expect(page.get_by_role("status").filter(has_text="Link copied")).to_have_count(1)
    assert page.evaluate("navigator.clipboard.readText()").endswith("/en/markets/se/e-health/")
