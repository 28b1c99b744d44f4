"""The pilots app's content files: the seven steps of the transfer model (reference) and the
fictional pilot cases (demo), one file per step or pilot. See ``portal.content``.

A pilot that tested in a Living Lab (step 5) is linked to the published Living Labs of its
target countries that serve its sector, the first by name in each country (two at most).
Before any lab exists it links none; loading the demo again once labs exist links them.
"""

from pilots.models import PilotCase, PilotResult, PilotStatus, PilotStep, ProcessStep, Usefulness
from portal.content import (
    DEMO,
    REFERENCE,
    Date,
    Integer,
    ListOf,
    Optional,
    Record,
    Text,
    Translated,
    register,
    translated_fields,
)
from portal.models import Barrier, Country, LivingLab, Sector

LIVING_LAB_STEP = 5
MAX_LABS = 2
RESOURCE_FLAGS = {
    "market_profiles": "uses_market_profiles",
    "living_labs": "uses_living_labs",
    "counseling": "uses_counseling",
}


def save_step(data: dict) -> None:
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
    step.barriers.set(Barrier.objects.filter(slug__in=data["barriers"]))


register(
    app_label="pilots",
    folder="steps",
    dataset=REFERENCE,
    fields={
        "number": Integer(minimum=1),
        "resources": ListOf(Text(choices=tuple(RESOURCE_FLAGS))),
        "barriers": ListOf(Text()),
        "title": Translated(),
        "summary": Translated(),
        "what_to_do": Translated(),
        "typical_duration": Translated(),
    },
    save=save_step,
)


def _labs_for(target_codes: list[str], sector_slug: str) -> list[LivingLab]:
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


def save_pilot(data: dict) -> str:
    pilot, _created = PilotCase.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "company_name": data["company_name"],
            "origin_country": Country.objects.get(code=data["origin"]),
            "sector": Sector.objects.get(slug=data["sector"]),
            "started_on": data["started_on"],
            "ended_on": data["ended_on"],
            "status": data["status"],
            "result": data["result"],
            "is_published": True,
            "test_users": data["test_users"],
            "partners_found": data["partners_found"],
            "contracts_signed": data["contracts_signed"],
            **translated_fields(
                title=data["title"],
                company_description=data["company_description"],
                summary=data["summary"],
                service=data["service"],
                outcome=data["outcome"],
                lessons=data["lessons"],
            ),
        },
    )
    pilot.target_countries.set(Country.objects.filter(code__in=data["targets"]))
    numbers = [step["step"] for step in data["steps"]]
    used_lab = LIVING_LAB_STEP in numbers
    pilot.living_labs.set(_labs_for(data["targets"], data["sector"]) if used_lab else [])
    for step_data in data["steps"]:
        PilotStep.objects.update_or_create(
            pilot=pilot,
            step=ProcessStep.objects.get(number=step_data["step"]),
            defaults={
                "duration_weeks": step_data["weeks"],
                "usefulness": step_data["usefulness"],
                **translated_fields(
                    what_was_done=step_data["what_was_done"], outcome=step_data["outcome"]
                ),
            },
        )
    return f"pilot case {pilot.slug}"


register(
    app_label="pilots",
    folder="pilots",
    dataset=DEMO,
    fields={
        "slug": Text(),
        "company_name": Text(),
        "origin": Text(),
        "targets": ListOf(Text()),
        "sector": Text(),
        "started_on": Date(),
        "ended_on": Optional(Date()),
        "status": Text(choices=PilotStatus.values),
        "result": Text(blank=True, choices=("", *PilotResult.values)),
        "test_users": Optional(Integer(minimum=0)),
        "partners_found": Optional(Integer(minimum=0)),
        "contracts_signed": Optional(Integer(minimum=0)),
        "title": Translated(),
        "company_description": Translated(),
        "summary": Translated(),
        "service": Translated(),
        "outcome": Translated(),
        "lessons": Translated(),
        "steps": ListOf(
            Record(
                {
                    "step": Integer(minimum=1),
                    "weeks": Optional(Integer(minimum=0)),
                    "usefulness": Optional(
                        Integer(minimum=min(Usefulness.values), maximum=max(Usefulness.values))
                    ),
                    "what_was_done": Translated(),
                    "outcome": Translated(),
                }
            )
        ),
    },
    save=save_pilot,
)
