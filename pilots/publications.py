"""The pilots' part of the network's reports (``portal.publications``): the steps of the
transfer model for the handbook, the pilot cases and their results for the needs analysis."""

from collections import Counter

from pilots.models import PilotCase, ProcessStep
from portal.publications import Section, register_section


def step_sections() -> list[Section]:
    steps = list(ProcessStep.objects.ordered())
    return [
        Section(
            "The transfer process model step by step",
            [f"The model has {len(steps)} steps, from choosing a market to the first sale."],
            items=[
                (
                    f"{step.number}. {step.title_en}",
                    f"{step.summary_en} Typical duration: {step.typical_duration_en}."
                    if step.typical_duration_en
                    else step.summary_en,
                )
                for step in steps
            ],
        )
    ]


def pilot_sections() -> list[Section]:
    pilots = list(
        PilotCase.objects.published()
        .with_taxonomy()
        .prefetch_related("target_countries")
        .order_by("started_on", "slug")
    )
    if not pilots:
        return [Section("What the pilot cases show", ["No pilot case is published yet."])]
    results = Counter(pilot.get_result_display() for pilot in pilots if pilot.result)
    return [
        Section(
            "What the pilot cases show",
            [
                f"{len(pilots)} pilot cases took a service abroad; "
                + ", ".join(f"{count} {str(result).lower()}" for result, count in results.items())
                + "."
            ],
            table_head=["Pilot", "From", "To", "Sector", "Result"],
            table_rows=[
                [
                    pilot.title_en,
                    pilot.origin_country.name_en,
                    ", ".join(c.name_en for c in pilot.target_countries.all()),
                    pilot.sector.name_en,
                    str(pilot.get_result_display() or pilot.get_status_display()),
                ]
                for pilot in pilots
            ],
        )
    ]


def register() -> None:
    register_section("project-handbook", step_sections)
    register_section("sme-needs-analysis", pilot_sections)
    register_section("project-handbook", pilot_sections)
