"""Network pages in a real browser: axe-core on each page type in five languages, and the
visitor's way from a Living Lab filter to the market profile and a download."""

import re
from pathlib import Path

import pytest

from tests.browser.axe import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "et", "fi", "lv", "sv"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screens"
PAGE_TYPES = {
    "home": "",
    "network": "network/",
    "contacts": "contacts/?country=fi&sector=e-health",
    "living_labs": "living-labs/?country=se",
    "living_lab": "living-labs/botnia-living-lab/",
    "publications": "publications/",
    "page": "pages/about/",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_network_page_has_no_axe_violations(page, demo, language, page_type):
    page.goto(f"/{language}/{PAGE_TYPES[page_type]}")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert_accessible(page)


@pytest.mark.parametrize(
    "path", ["contacts/?country=lv&language=sv&sector=zz", "living-labs/?country=lv&users=pupils"]
)
def test_notice_and_empty_states_have_no_axe_violations(page, demo, path):
    page.goto(f"/fi/{path}")
    assert page.locator(".empty-state").count() == 1
    assert_accessible(page)


def test_visitor_finds_a_finnish_e_health_lab_in_latvian_and_downloads_a_report(page, demo):
    page.goto("/lv/living-labs/")
    page.select_option("#id_country", "fi")
    page.select_option("#id_sector", "e-health")
    page.get_by_role("button", name="Rādīt dzīvās laboratorijas").click()
    page.wait_for_url("**/lv/living-labs/?*country=fi*")
    assert page.locator(".lab-card").count() == 3

    page.locator(".lab-card a[href='/lv/living-labs/laurea-living-labs/']").click()
    page.wait_for_url("**/lv/living-labs/laurea-living-labs/")
    methods = page.locator(".lab-methods").inner_text()
    assert "Koprades darbnīcas" in methods and "Lietojamības testēšana" in methods
    assert "Seniori" in page.locator(".lab-user-groups").inner_text()

    page.locator(".related-area a[href='/lv/markets/fi/e-health/']").click()
    page.wait_for_url("**/lv/markets/fi/e-health/")
    contacts = page.locator(".related--contacts").inner_text()
    assert "Anna Virtanen" in contacts and "Sanna Korhonen" in contacts

    page.goto("/lv/publications/")
    with page.expect_download() as download_info:
        page.locator("#publication-project-handbook a.download").click()
    download = download_info.value
    assert download.suggested_filename == "project-handbook.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_visitor_finds_a_lab_in_finland_on_the_map_on_a_phone(browser, live_server, demo):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 320, "height": 640}, locale="en-GB"
    )
    page = context.new_page()
    page.goto("/en/living-labs/")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    lab_map = page.locator(".lab-map__svg")
    assert lab_map.bounding_box()["width"] <= 320
    assert page.locator(".lab-map__marker").count() == 11
    assert_accessible(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "living-labs-map-320.png", full_page=True)

    # The markers are links named after their labs, opened from the keyboard too.
    oulu = page.get_by_role("link", name=re.compile(r"^\d+\. OuluHealth Labs, Oulu, Finland$"))
    assert oulu.count() == 1
    oulu.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/living-labs/ouluhealth-labs/")
    assert page.locator("h1").inner_text() == "OuluHealth Labs"
    context.close()


@pytest.mark.parametrize("path", ["/en/", "/en/living-labs/", "/en/contacts/", "/en/markets/"])
def test_card_grids_have_no_lone_orphan_card_at_1280_px(browser, live_server, demo, path):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(path)
    rows = page.evaluate(
        """() => [...document.querySelectorAll('.card-grid')].map((grid) => {
            const box = grid.getBoundingClientRect();
            const cards = [...grid.children].map((card) => card.getBoundingClientRect());
            const lastTop = Math.max(...cards.map((card) => Math.round(card.top)));
            const last = cards.filter((card) => Math.round(card.top) === lastTop);
            const firstRow = cards.filter((card) => Math.round(card.top) === Math.round(cards[0].top));
            return {
                columns: firstRow.length,
                cards: cards.length,
                gap: Math.round(box.right - Math.max(...last.map((card) => card.right))),
            };
        })"""
    )
    context.close()
    assert rows, path
    for row in rows:
        assert row["columns"] >= 2, row  # a grid at 1280 px, not a single column
        assert row["gap"] <= 1, row  # the last row reaches the right edge: no lone orphan
