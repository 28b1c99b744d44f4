"""Counseling test data: requests made through the service (real logs) or straight rows (bulk)."""

import factory
from django.utils import timezone

from counseling import services
from counseling.models import CounselingRequest
from portal import roles
from portal.models import Barrier, Country, PartnerOrganisation, Sector
from tests.factories import StaffFactory


def form_data(**overrides) -> dict:
    """A valid POST of the request form (the taxonomy must be loaded)."""
    data = {
        "company_name": "Kuntoon Oy",
        "company_website": "https://kuntoon.example.com",
        "origin_country": "fi",
        "company_size": "small",
        "sector": "e-learning",
        "service_description": "Online courses for vocational teachers.",
        "target_countries": ["ee"],
        "barriers": ["language", "funding"],
        "question": "How do Estonian vocational schools buy digital courses?",
        "preferred_language": "fi",
        "contact_name": "Mikko Laine",
        "email": "mikko@kuntoon.example.com",
        "phone": "+358 40 123 4567",
        "privacy": "on",
        "fax": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def submit_request(*, targets=("ee",), sector="e-learning", language="fi", **overrides):
    """A request through ``services.request_submit``; carries ``tracking_token``."""
    fields = {
        "company_name": "Kuntoon Oy",
        "origin_country": Country.objects.get(code="fi"),
        "company_size": "small",
        "sector": Sector.objects.get(slug=sector),
        "service_description": "Online courses for vocational teachers.",
        "target_countries": [Country.objects.get(code=code) for code in targets],
        "barriers": list(Barrier.objects.filter(slug__in=["language", "funding"])),
        "question": "How do Estonian vocational schools buy digital courses?",
        "preferred_language": language,
        "contact_name": "Mikko Laine",
        "email": "mikko@kuntoon.example.com",
        "form_language": language,
    }
    fields.update(overrides)
    return services.request_submit(**fields)


def counselor_of(slug: str, **kwargs):
    return StaffFactory(
        organisation=PartnerOrganisation.objects.get(slug=slug), roles=[roles.COUNSELOR], **kwargs
    )


class CounselingRequestFactory(factory.django.DjangoModelFactory):
    """A bare row without log or e-mail: for growing data in query-count tests."""

    class Meta:
        model = CounselingRequest

    reference = factory.Sequence(lambda n: f"BAL-2020-{n + 1:05d}")
    company_name = factory.Sequence(lambda n: f"Company {n}")
    origin_country = factory.LazyFunction(lambda: Country.objects.get(code="fi"))
    sector = factory.LazyFunction(lambda: Sector.objects.get(slug="e-health"))
    question = "A question."
    email = factory.Sequence(lambda n: f"sme{n}@example.com")
    consent_at = factory.LazyFunction(timezone.now)
    privacy_notice_version = "2026-11"
    form_language = "en"
    created_at = factory.LazyFunction(timezone.now)
