import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pilots.models import PilotCase
from portal import related
from tests.pilots.factories import add_pilots

pytestmark = pytest.mark.django_db


def _section(**query):
    return next((s for s in related.related_sections(**query) if s.key == "pilot_cases"), None)


def test_pilot_cases_provider_is_registered():
    assert "pilot_cases" in related._providers


def test_pilot_cases_provider_matches_target_countries_and_sector_in_one_query(demo):
    add_pilots(20, steps=[])
    with CaptureQueriesContext(connection) as queries:
        section = _section(country_codes=["lv", "se"], sector_slug="e-health", limit=50)

    slugs = {p.slug for p in section.items}
    expected = set(
        PilotCase.objects.filter(
            is_published=True, sector__slug="e-health", target_countries__code__in=["lv", "se"]
        ).values_list("slug", flat=True)
    )
    assert slugs == expected
    assert {"medication-reminder-swedish-home-care", "online-booking-riga-clinics"} <= slugs
    assert len(section.items) == len(slugs)  # a pilot to both countries appears once
    assert len([q for q in queries if "pilots_pilotcase" in q["sql"]]) == 1
    assert section.template == "pilots/related_pilots.html"
    assert section.more_url == ""


def test_pilot_cases_provider_for_one_market_links_the_filtered_list(demo):
    section = _section(country_codes=["ee"], sector_slug="e-learning")
    assert sorted(p.slug for p in section.items) == [
        "learning-analytics-estonian-vocational-schools",
        "maths-platform-estonian-schools",
        "online-homework-help-finland-estonia",
    ]
    assert section.more_url == "/en/pilots/?target=ee&sector=e-learning"


def test_pilot_cases_provider_skips_unpublished_and_can_be_excluded(demo):
    PilotCase.objects.filter(slug="online-booking-riga-clinics").update(is_published=False)
    section = _section(country_codes=["lv"], sector_slug="e-health")
    assert "online-booking-riga-clinics" not in {p.slug for p in section.items}
    assert _section(country_codes=["lv"], exclude=["pilot_cases"]) is None
    assert _section() is None
