"""Transfer model and pilot pages in a real browser: axe-core in five languages, the visitor's path."""

import pytest

from tests.browser.axe import assert_accessible
from tests.content import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "et", "fi", "lv", "sv"]


@pytest.fixture
def demo(demo):
    """The shared demo content (with the network's Living Labs) and the transfer model's pilots."""
    load_demo("pilots")


@pytest.mark.parametrize("language", LANGUAGES)
def test_transfer_model_has_no_axe_violations(page, demo, language):
    page.goto(f"/{language}/transfer-model/")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("ol.process-flow > li").count() == 7
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_pilot_list_has_no_axe_violations(page, demo, language):
    page.goto(f"/{language}/pilots/")
    assert page.locator(".pilot-card").count() == 11
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_pilot_page_has_no_axe_violations(page, demo, language):
    page.goto(f"/{language}/pilots/medication-reminder-swedish-home-care/")
    assert page.locator(".timeline__item").count() == 5
    assert_accessible(page)


def test_ignored_filter_notice_has_no_axe_violations(page, demo):
    page.goto("/lv/pilots/?origin=zz&sector=e-learning")
    assert page.locator(".filter-notice").count() == 1
    assert page.locator(".pilot-card").count() == 5
    assert_accessible(page)


def test_visitor_reads_step_five_in_estonian_then_a_pilot_then_the_swedish_market(page, demo):
    page.goto("/et/transfer-model/")
    step = page.locator("#step-5")
    assert "Kasutajatestid sihtriigi elavas laboris" in step.locator("h2").inner_text()
    # The step's details and the pilots' evidence are collapsed under it: open them.
    summary = step.locator("summary").first
    assert "pilootettevõtted tegid ja õppisid" in summary.inner_text()
    summary.click()

    step.get_by_role("link", name="Soome ravimimeeldetuletus jõuab Rootsi koduhooldusesse").click()
    page.wait_for_url("**/et/pilots/medication-reminder-swedish-home-care/")
    # The demo pilot tested in the first published Swedish e-health lab of the network.
    labs = page.locator("#labs-title").locator("xpath=..")
    assert "Botnia Living Lab" in labs.inner_text()
    assert labs.locator("a[href='/et/living-labs/botnia-living-lab/']").count() == 1

    page.locator(".related--market_profiles a[href='/et/markets/se/e-health/']").click()
    page.wait_for_url("**/et/markets/se/e-health/")
    assert page.locator("h1").count() == 1
    assert (
        "/et/pilots/medication-reminder-swedish-home-care/"
        in page.locator(".related--pilot_cases").inner_html()
    )
    assert_accessible(page)  # the market profile with the pilots that went there


def test_visitor_filters_pilots_without_javascript_needed(page, demo):
    page.goto("/sv/pilots/")
    page.select_option("#id_target", "se")
    page.select_option("#id_sector", "e-learning")
    page.get_by_role("button", name="Visa pilotfall").click()
    page.wait_for_url("**/sv/pilots/?*target=se*")
    assert page.locator(".pilot-card").count() == 2
