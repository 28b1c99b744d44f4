"""Dates and numbers in the page's language: English pages in the European style (en-GB, ISO
for short dates), never the US order."""

import datetime
import re

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format, number_format

from tests.counseling.factories import CounselingRequestFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

US_STYLE = re.compile(r"12/0?2/2026|Dec\.? 2, 2026|December 2, 2026|[ap]\.m\.")


def test_english_formats_are_european():
    moment = datetime.datetime(2026, 12, 2, 14, 30)
    with translation.override("en"):
        assert date_format(moment.date(), "DATE_FORMAT") == "2 Dec 2026"
        assert date_format(moment.date(), "SHORT_DATE_FORMAT") == "2026-12-02"
        assert date_format(moment, "DATETIME_FORMAT") == "2 Dec 2026, 14:30"
        assert date_format(moment, "SHORT_DATETIME_FORMAT") == "2026-12-02 14:30"
        assert date_format(moment.time(), "TIME_FORMAT") == "14:30"
        assert date_format(moment.date(), "YEAR_MONTH_FORMAT") == "December 2026"
        assert number_format(1234.5, decimal_pos=1) == "1234.5"
    with translation.override("fi"):
        assert date_format(moment.date(), "SHORT_DATE_FORMAT") == "2.12.2026"
        assert number_format(1234.5, decimal_pos=1) == "1234,5"


def test_english_account_page_shows_a_request_date_in_iso_not_us_order(client, taxonomy):
    user = UserFactory()
    submitted = timezone.make_aware(datetime.datetime(2026, 12, 2, 10, 0))
    CounselingRequestFactory(owner=user, created_at=submitted)
    client.force_login(user)

    english = client.get("/en/account/requests/").content.decode()
    finnish = client.get("/fi/account/requests/").content.decode()

    assert ">2026-12-02</time>" in english
    assert not US_STYLE.search(english)
    assert ">2.12.2026</time>" in finnish
