"""The admin at 1280 px: the counselors' request list fits with each reference on one line,
and the header's language switcher turns the admin into the chosen language."""

from pathlib import Path

import pytest

from tests.browser.axe import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screens"


def _sign_in(page, live_server, user):
    from django.conf import settings
    from django.test import Client

    page.set_default_timeout(60_000)  # the admin is heavy on a busy machine
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def _one_line(page, selector: str) -> list[int]:
    """How many lines the text of each element matching ``selector`` takes."""
    return page.evaluate(
        """(selector) => [...document.querySelectorAll(selector)].map((element) => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            return tops.size;
        })""",
        selector,
    )


def test_request_list_fits_1280_px_and_the_admin_switches_language(page, live_server, demo):
    from tests.counseling.factories import CounselingRequestFactory
    from tests.factories import SuperuserFactory

    for index in range(6):
        CounselingRequestFactory(
            company_name=f"Terveysteknologia ja hyvinvointipalvelut Pohjois-Suomi Oy {index}"
        )
    _sign_in(page, live_server, SuperuserFactory(language="en"))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/admin/counseling/counselingrequest/")

    assert page.locator("#result_list tbody tr").count() == 6
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    results = page.locator("#changelist .results")
    assert results.evaluate("(element) => element.scrollWidth <= element.clientWidth")
    for column in ("reference", "company_name", "sector", "created_at", "due"):
        box = page.locator(f"#result_list th.column-{column}").bounding_box()
        assert box is not None and box["x"] + box["width"] <= 1280, column
    assert _one_line(page, "#result_list .field-reference a") == [1] * 6
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "admin-requests-1280.png", full_page=True)
    assert_accessible(page)

    # The header's switcher: Swedish, stored for this staff member, on the same list.
    page.select_option("#admin-language-select", "sv")
    page.get_by_role("button", name="Change language").click()
    page.wait_for_url("**/admin/counseling/counselingrequest/")
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.get_by_role("button", name="Byt språk").count() == 1
    assert_accessible(page)


def test_account_language_page_has_no_axe_violations(page, live_server, demo):
    from tests.factories import UserFactory

    _sign_in(page, live_server, UserFactory())
    page.goto("/lv/account/language/")
    page.select_option("#id_language", "fi")
    page.get_by_role("button", name="Saglabāt").click()
    page.wait_for_url("**/fi/account/language/")
    assert page.locator("#id_language").input_value() == "fi"
    assert_accessible(page)
