import pytest

from markets.models import SECTION_FIELDS, BarrierAssessment, KeyFact, MarketProfile
from portal import content
from portal.content import LANGUAGE_CODES
from tests.content import load_demo

pytestmark = pytest.mark.django_db


def test_demo_loads_eight_published_profiles_in_five_languages(demo):
    profiles = list(MarketProfile.objects.published().with_taxonomy())

    assert sorted(p.key for p in profiles) == sorted(
        f"{cc}-{slug}" for cc in ("ee", "fi", "lv", "se") for slug in ("e-health", "e-learning")
    )
    for profile in profiles:
        for code in LANGUAGE_CODES:
            for field in ("summary", *SECTION_FIELDS):
                assert getattr(profile, f"{field}_{code}"), (profile.key, field, code)
        assert profile.barrier_assessments.count() == 8
        assert {fact.key for fact in profile.key_facts.all()} >= {
            "population",
            "internet-users",
            "e-government",
            "official-languages",
        }


def test_demo_texts_differ_by_language(demo):
    profile = MarketProfile.objects.get(country__code="fi", sector__slug="e-health")
    texts = {getattr(profile, f"regulation_{code}") for code in LANGUAGE_CODES}
    assert len(texts) == 5
    assert "Findata" in profile.regulation_fi and "toisiolaki" in profile.regulation_fi.lower()


def test_demo_facts_have_year_and_source(demo):
    for fact in KeyFact.objects.all():
        assert fact.year >= 2020 and fact.source_name and fact.source_url.startswith("https://")
        assert fact.value is not None or fact.text_en


def test_demo_is_idempotent(demo):
    counts = (
        MarketProfile.objects.count(),
        BarrierAssessment.objects.count(),
        KeyFact.objects.count(),
    )
    load_demo("markets")
    assert counts == (
        MarketProfile.objects.count(),
        BarrierAssessment.objects.count(),
        KeyFact.objects.count(),
    )


def test_demo_content_covers_every_profile_and_barrier():
    profiles = [data for _path, data in content.documents("markets.profiles")]
    assert len(profiles) == 8
    for profile in profiles:
        assert len({assessment["barrier"] for assessment in profile["barriers"]}) == 8
        assert profile["resources"]
