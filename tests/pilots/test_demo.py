import pytest

from pilots.models import PilotCase, PilotStep, ProcessStep
from portal import content
from portal.content import LANGUAGE_CODES
from portal.models import LivingLab
from tests.content import load_demo
from tests.factories import LivingLabFactory

pytestmark = pytest.mark.django_db

PILOT_FIELDS = ("title", "company_description", "summary", "service", "outcome", "lessons")
STEP_FIELDS = ("title", "summary", "what_to_do", "typical_duration")


def test_demo_loads_seven_steps_and_eleven_published_pilots_in_five_languages(demo):
    steps = list(ProcessStep.objects.all())
    pilots = list(PilotCase.objects.published())

    assert [step.number for step in steps] == [1, 2, 3, 4, 5, 6, 7]
    assert len(pilots) == 11
    for step in steps:
        for code in LANGUAGE_CODES:
            for field in STEP_FIELDS:
                assert getattr(step, f"{field}_{code}"), (step.number, field, code)
        assert step.barriers.exists()
    for pilot in pilots:
        for code in LANGUAGE_CODES:
            for field in PILOT_FIELDS:
                assert getattr(pilot, f"{field}_{code}"), (pilot.slug, field, code)
        assert pilot.steps.count() >= 4
    for pilot_step in PilotStep.objects.all():
        for code in LANGUAGE_CODES:
            assert getattr(pilot_step, f"what_was_done_{code}")
            assert getattr(pilot_step, f"outcome_{code}")


def test_demo_pilots_cover_countries_sectors_statuses_and_results(demo):
    pilots = list(PilotCase.objects.prefetch_related("target_countries").with_taxonomy())
    assert {p.origin_country.code for p in pilots} == {"ee", "fi", "lv", "se"}
    assert {c.code for p in pilots for c in p.target_countries.all()} == {"ee", "fi", "lv", "se"}
    assert {p.sector.slug for p in pilots} == {"e-health", "e-learning"}
    assert {p.status for p in pilots} == {"ongoing", "completed"}
    assert {p.result for p in pilots if p.status == "completed"} == {
        "success",
        "partial",
        "stopped",
    }
    for pilot in pilots:
        assert pilot.origin_country not in pilot.target_countries.all()
        assert 2010 <= pilot.started_on.year <= 2012
        assert pilot.ended_on is None or pilot.ended_on.year <= 2012


def test_demo_pilots_say_they_are_fictional_in_every_language(demo):
    pilots = list(PilotCase.objects.all())
    assert "*This company is fictional:" in pilots[0].company_description_en
    for code in LANGUAGE_CODES:
        # Every pilot ends its company description with the same note in each language.
        notes = {getattr(p, f"company_description_{code}").split("\n\n")[-1] for p in pilots}
        assert len(notes) == 1, code
        assert notes.pop().startswith("*")


def test_demo_texts_differ_by_language(demo):
    pilot = PilotCase.objects.get(slug="medication-reminder-swedish-home-care")
    assert len({getattr(pilot, f"lessons_{code}") for code in LANGUAGE_CODES}) == 5
    step = ProcessStep.objects.get(number=5)
    assert len({getattr(step, f"title_{code}") for code in LANGUAGE_CODES}) == 5


def test_demo_is_idempotent(demo):
    counts = (ProcessStep.objects.count(), PilotCase.objects.count(), PilotStep.objects.count())
    load_demo("pilots")
    assert counts == (
        ProcessStep.objects.count(),
        PilotCase.objects.count(),
        PilotStep.objects.count(),
    )
    pilots = [data for _path, data in content.documents("pilots.pilots")]
    assert counts == (7, 11, sum(len(p["steps"]) for p in pilots))


def test_demo_links_labs_of_the_target_country_and_sector_once_they_exist(demo, taxonomy):
    countries, sectors = taxonomy["countries"], taxonomy["sectors"]
    LivingLab.objects.all().delete()  # start without the network's demo labs
    load_demo("pilots")
    assert not PilotCase.living_labs.through.objects.exists()  # no labs yet: none linked
    LivingLabFactory(
        name_en="B Lab", slug="b-lab", country=countries["se"], sectors=[sectors["e-learning"]]
    )
    LivingLabFactory(
        name_en="A Lab", slug="a-lab", country=countries["se"], sectors=[sectors["e-learning"]]
    )
    LivingLabFactory(
        name_en="Riga Lab", slug="riga-lab", country=countries["lv"], sectors=[sectors["e-health"]]
    )
    LivingLabFactory(
        name_en="Tartu Lab",
        slug="tartu-lab",
        country=countries["ee"],
        sectors=[sectors["e-health"]],
    )

    load_demo("pilots")
    load_demo("pilots")

    def labs(slug):
        return sorted(PilotCase.objects.get(slug=slug).living_labs.values_list("slug", flat=True))

    assert labs("coding-school-for-swedish-teenagers") == ["a-lab"]  # the first by name
    assert labs("exercise-games-latvian-estonian-day-centres") == ["riga-lab", "tartu-lab"]
    assert labs("sleep-coaching-latvian-employers") == []  # it has not reached the lab step
    assert labs("medication-reminder-swedish-home-care") == []  # no Swedish e-health lab


def test_demo_content_is_consistent():
    pilots = [data for _path, data in content.documents("pilots.pilots")]
    slugs = [p["slug"] for p in pilots]
    assert len(slugs) == len(set(slugs)) == 11
    for pilot in pilots:
        assert {step["step"] for step in pilot["steps"]} <= {1, 2, 3, 4, 5, 6, 7}
        assert (
            (pilot["status"] == "ongoing") == (pilot["ended_on"] is None) == (pilot["result"] == "")
        )
