import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from markets.models import ProfileStatus
from portal import related
from tests.markets.factories import add_profiles

pytestmark = pytest.mark.django_db


def test_market_profiles_provider_is_registered():
    assert "market_profiles" in related._providers


def test_market_profiles_provider_matches_countries_and_sector_in_one_query(demo):
    add_profiles(5, with_details=False)
    with CaptureQueriesContext(connection) as queries:
        sections = related.related_sections(country_codes=["fi", "se"], sector_slug="e-health")
    section = next(s for s in sections if s.key == "market_profiles")

    assert sorted(p.key for p in section.items) == ["fi-e-health", "se-e-health"]
    assert section.template == "markets/related_profiles.html"
    assert len([q for q in queries if "markets_marketprofile" in q["sql"]]) == 1


def test_market_profiles_provider_without_sector_returns_both_sectors(demo):
    sections = related.related_sections(country_codes=["lv"])
    section = next(s for s in sections if s.key == "market_profiles")
    assert sorted(p.key for p in section.items) == ["lv-e-health", "lv-e-learning"]


def test_market_profiles_provider_skips_drafts_and_can_be_excluded(demo):
    from markets.models import MarketProfile

    MarketProfile.objects.filter(country__code="ee").update(status=ProfileStatus.DRAFT)
    assert not [
        s for s in related.related_sections(country_codes=["ee"]) if s.key == "market_profiles"
    ]
    assert not [
        s
        for s in related.related_sections(country_codes=["fi"], exclude=["market_profiles"])
        if s.key == "market_profiles"
    ]
