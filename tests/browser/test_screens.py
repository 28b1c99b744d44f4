"""Every public page type fits the screen: no sideways scrolling at 320 and 375 px in five
languages (and at 1280 px in English).

One browser context per width loops over all pages; a screenshot of each page type (English)
at 375 and 1280 px is saved under ``test-results/screens/`` for a reviewer to look at.
"""

from pathlib import Path

import pytest

from tests.content import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "et", "fi", "lv", "sv"]
WIDTHS = [320, 375, 1280]
SCREENSHOT_WIDTHS = {375, 1280}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screens"


@pytest.fixture
def demo(demo):
    load_demo("pilots")


def _public_paths() -> dict[str, str]:
    from pilots.models import PilotCase
    from portal.models import LivingLab

    lab = LivingLab.objects.published().order_by("slug").first()
    pilot = PilotCase.objects.published().order_by("slug").first()
    return {
        "home": "/{lang}/",
        "market-list": "/{lang}/markets/",
        "market-profile": "/{lang}/markets/se/e-health/",
        "compare": "/{lang}/markets/compare/?m=fi-e-health&m=se-e-health&m=lv-e-health",
        "compare-empty": "/{lang}/markets/compare/",
        "counseling": "/{lang}/counseling/",
        "counseling-form": "/{lang}/counseling/new/",
        "network": "/{lang}/network/",
        "contacts": "/{lang}/contacts/",
        "living-labs": "/{lang}/living-labs/",
        "living-lab": f"/{{lang}}/living-labs/{lab.slug}/",
        "publications": "/{lang}/publications/",
        "transfer-model": "/{lang}/transfer-model/",
        "readiness": "/{lang}/readiness/",
        "pilots": "/{lang}/pilots/",
        "pilot": f"/{{lang}}/pilots/{pilot.slug}/",
        "page": "/{lang}/pages/accessibility/",
        "sign-in": "/{lang}/accounts/login/",
        "sign-up": "/{lang}/accounts/signup/",
        "not-found": "/{lang}/no-such-page/",
    }


def test_every_public_page_fits_a_phone_in_every_language(browser, live_server, demo):
    paths = _public_paths()
    too_wide = []
    for width in WIDTHS:
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": width, "height": 720}
        )
        page = context.new_page()
        for name, template in paths.items():
            # Desktop: English is enough to see the layout; phones: every language's words.
            for language in LANGUAGES if width < 1000 else ["en"]:
                page.goto(template.format(lang=language), wait_until="domcontentloaded")
                assert page.locator("html").get_attribute("lang") == language
                scroll_width = page.evaluate("document.documentElement.scrollWidth")
                inner_width = page.evaluate("window.innerWidth")
                if scroll_width > inner_width:
                    too_wide.append(
                        f"{template.format(lang=language)} at {width} px: {scroll_width}"
                    )
                if language == "en" and width in SCREENSHOT_WIDTHS:
                    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)
        context.close()
    assert too_wide == []
