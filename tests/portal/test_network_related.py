"""The ``contacts`` and ``living_labs`` providers of portal.related."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import related
from portal.models import Contact, LivingLab
from tests.factories import ContactFactory, LivingLabFactory

pytestmark = pytest.mark.django_db


def _section(key: str, **query):
    return next(iter(related.related_sections(only=[key], **query)), None)


def test_network_providers_are_registered():
    assert {"contacts", "living_labs"} <= set(related._providers)


def test_contacts_provider_matches_countries_and_sector_in_one_query(network):
    for _ in range(20):
        ContactFactory(country=network["countries"]["fi"], sectors=[network["sectors"]["e-health"]])
    with CaptureQueriesContext(connection) as queries:
        section = related.related_sections(
            country_codes=["ee", "se"], sector_slug="e-health", only=["contacts"], limit=20
        )[0]

    assert {c.email for c in section.items} == set(
        Contact.objects.filter(
            is_public=True, country__code__in=["ee", "se"], sectors__slug="e-health"
        ).values_list("email", flat=True)
    )
    assert "tonu.mets@example.org" not in {c.email for c in section.items}
    assert len(queries) == 1
    assert section.template == "portal/related_contacts.html"


def test_contacts_provider_ranks_matching_expertise_first(network):
    section = _section(
        "contacts", country_codes=["fi", "ee", "lv", "se"], barrier_slugs=["data-protection"]
    )
    first_two = {contact.name for contact in section.items[:2]}
    assert first_two == {"Kadri Tamm", "Karin Lindqvist"}

    section = _section(
        "contacts",
        country_codes=["fi", "ee", "lv", "se"],
        barrier_slugs=["funding", "reaching-partners"],
        limit=20,
    )
    names = [contact.name for contact in section.items]
    # Three contacts have both: they come before those with one match, who come before the rest.
    assert set(names[:3]) == {"Sanna Korhonen", "Liis Saar", "Sofia Berg"}
    assert names.index("Artūrs Ozols") < names.index("Anna Virtanen")


def test_living_labs_provider_matches_country_and_sector_and_skips_unpublished(network):
    LivingLabFactory(
        country=network["countries"]["fi"],
        is_published=False,
        sectors=[network["sectors"]["e-health"]],
    )
    with CaptureQueriesContext(connection) as queries:
        section = _section("living_labs", country_codes=["fi"], sector_slug="e-health")

    assert {lab.slug for lab in section.items} == {
        "laurea-living-labs",
        "forum-virium-helsinki",
        "ouluhealth-labs",
    }
    assert len(queries) == 1
    assert section.more_url == "/en/living-labs/?country=fi&sector=e-health"


def test_providers_answer_nothing_for_an_empty_query(network):
    assert _section("contacts") is None
    assert _section("living_labs") is None
    assert _section("living_labs", country_codes=["xx"]) is None
    LivingLab.objects.update(is_published=False)
    assert _section("living_labs", country_codes=["fi"]) is None
