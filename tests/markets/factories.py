"""Factories for the markets app; portal models come from tests/factories.py."""

import datetime
import itertools
import string

import factory
from django.utils import timezone

from markets.models import BarrierAssessment, KeyFact, MarketProfile, ProfileStatus, ResourceLink
from portal import search_index
from portal.models import Barrier, Country, Sector
from tests.factories import BarrierFactory, CountryFactory, SectorFactory


class MarketProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MarketProfile

    country = factory.SubFactory(CountryFactory)
    sector = factory.SubFactory(SectorFactory)
    summary_en = factory.LazyAttribute(
        lambda o: f"English summary of {o.country.code}-{o.sector.slug}."
    )
    overview_en = "The **overview** in English."
    regulation_en = "## Laws\n\nThe regulation in English."
    status = ProfileStatus.PUBLISHED
    reviewed_on = factory.LazyFunction(timezone.localdate)


class BarrierAssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BarrierAssessment

    profile = factory.SubFactory(MarketProfileFactory)
    barrier = factory.SubFactory(BarrierFactory)
    severity = 3
    note_en = "A note."


class KeyFactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KeyFact

    profile = factory.SubFactory(MarketProfileFactory)
    key = "population"
    label_en = "Population"
    value = "5.60"
    unit_en = "million"
    year = 2024
    source_name = "Eurostat"
    source_url = "https://ec.europa.eu/eurostat"


class ResourceLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ResourceLink

    profile = factory.SubFactory(MarketProfileFactory)
    kind = "authority"
    title_en = "An authority"
    url = "https://example.org/"


_CODES = ("".join(pair) for pair in itertools.product(string.ascii_lowercase, repeat=2))


def unused_country_codes(count: int) -> list[str]:
    taken = set(Country.objects.values_list("code", flat=True))
    codes = []
    for code in _CODES:
        if code not in taken:
            codes.append(code)
        if len(codes) == count:
            break
    return codes


def add_profiles(count_countries: int, *, with_details: bool = True) -> list[MarketProfile]:
    """Add ``count_countries`` new countries with a full profile in every sector.

    The search index is rebuilt once at the end, as a content load does, not per row.
    """
    barriers = list(Barrier.objects.all())
    profiles = []
    with search_index.deferred():
        for position, code in enumerate(unused_country_codes(count_countries), start=100):
            country = Country.objects.create(
                code=code, name_en=f"Country {code}", position=position
            )
            for sector in Sector.objects.all():
                profile = MarketProfileFactory(country=country, sector=sector)
                if with_details:
                    for barrier in barriers:
                        BarrierAssessmentFactory(profile=profile, barrier=barrier, severity=2)
                    KeyFactFactory(profile=profile, key="population", value="3.2")
                    KeyFactFactory(
                        profile=profile,
                        key="internet-users",
                        label_en="Internet",
                        value="90",
                        unit_en="%",
                    )
                    ResourceLinkFactory(profile=profile)
                profiles.append(profile)
    return profiles


def old_date(years: int = 2) -> datetime.date:
    today = timezone.localdate()
    return today.replace(year=today.year - years, day=min(today.day, 28))
