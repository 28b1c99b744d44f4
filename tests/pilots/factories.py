"""Factories for the pilots app; portal models come from tests/factories.py."""

import datetime

import factory

from pilots.models import PilotCase, PilotStatus, PilotStep, ProcessStep
from portal.models import Country, Sector
from tests.factories import CountryFactory, SectorFactory


class ProcessStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProcessStep
        django_get_or_create = ("number",)

    number = factory.Sequence(lambda n: n + 1)
    title_en = factory.LazyAttribute(lambda o: f"Step title {o.number}")
    summary_en = factory.LazyAttribute(lambda o: f"Summary of step {o.number}.")
    what_to_do_en = "- Do **this**.\n- Then that."
    typical_duration_en = "2–4 weeks"


class PilotCaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PilotCase
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"pilot-{n}")
    title_en = factory.LazyAttribute(lambda o: f"Pilot {o.slug}")
    company_name = factory.Sequence(lambda n: f"Company {n} Oy")
    summary_en = factory.LazyAttribute(lambda o: f"Summary of {o.slug}.")
    company_description_en = "A fictional company."
    service_en = "A digital service."
    outcome_en = "It went **well**."
    lessons_en = "- Lesson one.\n- Lesson two."
    origin_country = factory.SubFactory(CountryFactory, code="fi")
    sector = factory.SubFactory(SectorFactory, slug="e-health")
    started_on = datetime.date(2011, 1, 1)
    ended_on = datetime.date(2012, 1, 1)
    status = PilotStatus.COMPLETED
    result = "success"
    test_users = 20
    contracts_signed = 2
    is_published = True

    @factory.post_generation
    def targets(self, create, extracted, **kwargs):
        """``targets=["se", "lv"]``: target countries by code (Sweden when not given)."""
        if create:
            codes = extracted or ["se"]
            self.target_countries.set(
                [
                    Country.objects.get_or_create(code=code, defaults={"name_en": code})[0]
                    for code in codes
                ]
            )

    @factory.post_generation
    def labs(self, create, extracted, **kwargs):
        if create and extracted:
            self.living_labs.set(extracted)


class PilotStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PilotStep
        django_get_or_create = ("pilot", "step")

    pilot = factory.SubFactory(PilotCaseFactory)
    step = factory.SubFactory(ProcessStepFactory)
    what_was_done_en = factory.LazyAttribute(
        lambda o: f"Did step {o.step.number} in {o.pilot.slug}."
    )
    outcome_en = factory.LazyAttribute(lambda o: f"Learned in {o.pilot.slug}.")
    duration_weeks = 4
    usefulness = 4


def add_pilots(count: int, *, steps: list[ProcessStep] | None = None) -> list[PilotCase]:
    """Add ``count`` published pilots, each with a step for every step of ``steps`` (all by default)."""
    steps = steps if steps is not None else list(ProcessStep.objects.all())
    sectors = list(Sector.objects.all())
    countries = list(Country.objects.all())
    pilots = []
    start = PilotCase.objects.count()
    for index in range(count):
        pilot = PilotCaseFactory(
            slug=f"grown-{start + index}",
            origin_country=countries[index % len(countries)],
            sector=sectors[index % len(sectors)],
            targets=[countries[(index + 1) % len(countries)].code],
        )
        for step in steps:
            PilotStepFactory(pilot=pilot, step=step, usefulness=1 + index % 5)
        pilots.append(pilot)
    return pilots
