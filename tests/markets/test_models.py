import datetime

import pytest
from django.db import IntegrityError

from markets import services
from markets.models import MarketProfile, review_cutoff
from tests.markets.factories import BarrierAssessmentFactory, MarketProfileFactory, old_date

pytestmark = pytest.mark.django_db


def test_review_cutoff_is_twelve_months_back():
    assert review_cutoff(datetime.date(2026, 11, 25)) == datetime.date(2025, 11, 25)
    assert review_cutoff(datetime.date(2028, 2, 29)) == datetime.date(2027, 2, 28)
    assert review_cutoff(datetime.date(2026, 1, 31)) == datetime.date(2025, 1, 31)


def test_profile_out_of_date_when_reviewed_over_a_year_ago(taxonomy):
    old = MarketProfileFactory(reviewed_on=old_date())
    fresh = MarketProfileFactory(sector=taxonomy["sectors"]["e-learning"], country=old.country)
    never = MarketProfileFactory(reviewed_on=None)

    assert old.is_out_of_date is True
    assert fresh.is_out_of_date is False
    assert never.is_out_of_date is True
    assert set(MarketProfile.objects.out_of_date()) == {old, never}
    assert list(MarketProfile.objects.up_to_date()) == [fresh]


def test_profile_key_and_url(taxonomy):
    profile = MarketProfileFactory(
        country=taxonomy["countries"]["fi"], sector=taxonomy["sectors"]["e-health"]
    )
    assert profile.key == "fi-e-health"
    assert profile.get_absolute_url() == "/en/markets/fi/e-health/"


def test_profile_unique_per_country_and_sector(taxonomy):
    profile = MarketProfileFactory()
    with pytest.raises(IntegrityError):
        MarketProfileFactory(country=profile.country, sector=profile.sector)


def test_barrier_severity_outside_one_to_five_is_rejected_by_the_database(taxonomy):
    with pytest.raises(IntegrityError):
        BarrierAssessmentFactory(severity=6)


def test_published_hides_drafts(taxonomy):
    published = MarketProfileFactory()
    MarketProfileFactory(
        status="draft", country=published.country, sector=taxonomy["sectors"]["e-learning"]
    )
    assert list(MarketProfile.objects.published()) == [published]


def test_profile_mark_reviewed_sets_the_date_on_every_profile(taxonomy):
    first = MarketProfileFactory(reviewed_on=old_date())
    second = MarketProfileFactory(reviewed_on=None)
    untouched = MarketProfileFactory(reviewed_on=old_date(3))

    count = services.profile_mark_reviewed(
        profiles=MarketProfile.objects.filter(pk__in=[first.pk, second.pk]),
        reviewed_on=datetime.date(2026, 11, 1),
    )

    assert count == 2
    first.refresh_from_db()
    second.refresh_from_db()
    untouched.refresh_from_db()
    assert first.reviewed_on == second.reviewed_on == datetime.date(2026, 11, 1)
    assert untouched.reviewed_on == old_date(3)


def test_key_fact_needs_a_value_or_a_text(taxonomy):
    from django.core.exceptions import ValidationError

    from tests.markets.factories import KeyFactFactory

    fact = KeyFactFactory.build(profile=MarketProfileFactory(), value=None, text_en="")
    with pytest.raises(ValidationError):
        fact.clean()
    fact.text_en = "Finnish and Swedish"
    fact.clean()
