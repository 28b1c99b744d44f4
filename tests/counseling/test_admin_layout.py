"""The request list's layout at 1280 px: its stylesheet keeps references on one line."""

from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from tests.counseling.factories import submit_request
from tests.factories import SuperuserFactory

pytestmark = pytest.mark.django_db


def test_request_list_loads_the_stylesheet_that_keeps_references_on_one_line(client, taxonomy):
    submit_request(targets=("fi",), company_name="Suomi Oy", email="fi@example.com")
    client.force_login(SuperuserFactory())

    page = client.get(reverse("admin:counseling_counselingrequest_changelist")).content.decode()

    assert "css/counseling-admin.css" in page
    assert "field-reference" in page  # Django's column class that the stylesheet targets
    stylesheet = Path(finders.find("css/counseling-admin.css")).read_text(encoding="utf-8")
    assert ".field-reference" in stylesheet and "white-space: nowrap" in stylesheet
