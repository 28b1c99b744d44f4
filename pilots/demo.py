"""Demo content of the pilots app: the seven steps of the model and eleven pilot cases (idempotent).

The texts live in ``pilots/demo_content.py``; this module only writes them. A pilot
that tested in a Living Lab (step 5) is linked to the published Living Labs of its
target countries that serve its sector, the first by name in each country (two at
most). Before any lab exists it links none; running ``load_demo`` again once labs
exist links them.
"""

from pilots import demo_content as content
from pilots.models import PilotCase, PilotStep, ProcessStep
from portal.demo_utils import LANGUAGE_CODES, translated_fields
from portal.models import Barrier, Country, LivingLab, Sector

LIVING_LAB_STEP = 5
MAX_LABS = 2
RESOURCE_FLAGS = {
    "market_profiles": "uses_market_profiles",
    "living_labs": "uses_living_labs",
    "counseling": "uses_counseling",
}


def _with_fictional_note(description: dict[str, str]) -> dict[str, str]:
    return {code: f"{description[code]}\n\n{content.FICTIONAL[code]}" for code in LANGUAGE_CODES}


def _labs_for(target_codes: tuple[str, ...], sector_slug: str) -> list[LivingLab]:
    labs = (
        LivingLab.objects.published()
        .filter(country__code__in=target_codes, sectors__slug=sector_slug)
        .select_related("country")
        .distinct()
        .order_by("name_en", "slug")
    )
    first_by_country: dict[str, LivingLab] = {}
    for lab in labs:
        first_by_country.setdefault(lab.country.code, lab)
    return [first_by_country[code] for code in target_codes if code in first_by_country][:MAX_LABS]


def load_steps() -> dict[int, ProcessStep]:
    barriers = {barrier.slug: barrier for barrier in Barrier.objects.all()}
    steps = {}
    for data in content.STEPS:
        step, _created = ProcessStep.objects.update_or_create(
            number=data["number"],
            defaults={
                **{flag: name in data["resources"] for name, flag in RESOURCE_FLAGS.items()},
                **translated_fields(
                    title=data["title"],
                    summary=data["summary"],
                    what_to_do=data["what_to_do"],
                    typical_duration=data["typical_duration"],
                ),
            },
        )
        step.barriers.set([barriers[slug] for slug in data["barriers"] if slug in barriers])
        steps[step.number] = step
    return steps


def load(*, stdout) -> None:
    steps = load_steps()
    countries = {country.code: country for country in Country.objects.all()}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    for data in content.PILOTS:
        pilot, _created = PilotCase.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "company_name": data["company_name"],
                "origin_country": countries[data["origin"]],
                "sector": sectors[data["sector"]],
                "started_on": data["started_on"],
                "ended_on": data["ended_on"],
                "status": data["status"],
                "result": data["result"],
                "is_published": True,
                **data["figures"],
                **translated_fields(
                    title=data["title"],
                    company_description=_with_fictional_note(data["company_description"]),
                    summary=data["summary"],
                    service=data["service"],
                    outcome=data["outcome"],
                    lessons=data["lessons"],
                ),
            },
        )
        pilot.target_countries.set([countries[code] for code in data["targets"]])
        used_lab = LIVING_LAB_STEP in data["steps"]
        pilot.living_labs.set(_labs_for(data["targets"], data["sector"]) if used_lab else [])
        for number, step_data in data["steps"].items():
            PilotStep.objects.update_or_create(
                pilot=pilot,
                step=steps[number],
                defaults={
                    "duration_weeks": step_data["weeks"],
                    "usefulness": step_data["usefulness"],
                    **translated_fields(
                        what_was_done=step_data["done"], outcome=step_data["outcome"]
                    ),
                },
            )
        if stdout is not None:
            stdout.write(f"  pilot case {pilot.slug}")
