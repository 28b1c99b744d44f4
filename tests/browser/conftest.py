"""Playwright for Python driving Debian's Chromium against Django's live server.

Every page test uses ``page`` (a fresh browser context per test) and
``assert_accessible(page)``. The browser is Debian's ``/usr/bin/chromium``
(``CHROMIUM_PATH`` overrides); nothing is downloaded.
"""

import os
import shutil

import pytest

from tests.browser.axe import assert_accessible  # noqa: F401 - re-exported for tests
from tests.content import load_demo

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def _chromium_path() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or None


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = _chromium_path()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed: apt-get install chromium")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    # launch() gives Chromium a fresh, empty --user-data-dir of its own each run.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _sequences_from_one(django_db_reset_sequences):
    """Each browser test starts its sequences from 1, so the content types, permissions and
    groups that Django's flush re-creates keep their ids and content loads replay
    (tests/content.py)."""


@pytest.fixture
def page(browser, live_server):
    """A fresh context (cookies, storage) per test; ``page.base_url`` is the live server."""
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo(django_db_reset_sequences):
    """The portal's taxonomy, network and pages, and the eight market profiles."""
    load_demo("portal")
    load_demo("markets")
