"""The markets app's content files: the demo market profiles with their barrier assessments,
key facts and resource links, one file per profile (``markets/content/demo/profiles/``)."""

from markets.models import (
    SECTION_FIELDS,
    BarrierAssessment,
    KeyFact,
    MarketProfile,
    ProfileStatus,
    ResourceKind,
    ResourceLink,
    Severity,
)
from portal.content import (
    DEMO,
    Date,
    Integer,
    ListOf,
    Number,
    Optional,
    Record,
    Text,
    Translated,
    register,
    translated_fields,
)
from portal.models import Barrier, Country, PartnerOrganisation, Sector


def save_profile(data: dict) -> str:
    profile, _created = MarketProfile.objects.update_or_create(
        country=Country.objects.get(code=data["country"]),
        sector=Sector.objects.get(slug=data["sector"]),
        defaults={
            "owner": PartnerOrganisation.objects.filter(slug=data["owner"]).first(),
            "status": ProfileStatus.PUBLISHED,
            "reviewed_on": data["reviewed_on"],
            **translated_fields(**{name: data[name] for name in ("summary", *SECTION_FIELDS)}),
        },
    )
    for assessment in data["barriers"]:
        BarrierAssessment.objects.update_or_create(
            profile=profile,
            barrier=Barrier.objects.get(slug=assessment["barrier"]),
            defaults={
                "severity": assessment["severity"],
                **translated_fields(note=assessment["note"]),
            },
        )
    for position, fact in enumerate(data["key_facts"]):
        KeyFact.objects.update_or_create(
            profile=profile,
            key=fact["key"],
            defaults={
                "value": fact["value"],
                "year": fact["year"],
                "source_name": fact["source_name"],
                "source_url": fact["source_url"],
                "position": position,
                **translated_fields(label=fact["label"], unit=fact["unit"], text=fact["text"]),
            },
        )
    for position, resource in enumerate(data["resources"]):
        ResourceLink.objects.update_or_create(
            profile=profile,
            url=resource["url"],
            defaults={
                "kind": resource["kind"],
                "position": position,
                **translated_fields(title=resource["title"], description=resource["description"]),
            },
        )
    return f"market profile {profile.key}"


register(
    app_label="markets",
    folder="profiles",
    dataset=DEMO,
    fields={
        "country": Text(),
        "sector": Text(),
        "owner": Text(),
        "reviewed_on": Date(),
        "summary": Translated(),
        **{name: Translated() for name in SECTION_FIELDS},
        "barriers": ListOf(
            Record(
                {
                    "barrier": Text(),
                    "severity": Integer(minimum=min(Severity.values), maximum=max(Severity.values)),
                    "note": Translated(),
                }
            )
        ),
        "key_facts": ListOf(
            Record(
                {
                    "key": Text(),
                    "label": Translated(),
                    "value": Optional(Number()),
                    "unit": Optional(Translated()),
                    "text": Optional(Translated()),
                    "year": Integer(minimum=1900, maximum=2100),
                    "source_name": Text(),
                    "source_url": Text(),
                }
            )
        ),
        "resources": ListOf(
            Record(
                {
                    "kind": Text(choices=ResourceKind.values),
                    "url": Text(),
                    "title": Translated(),
                    "description": Translated(),
                }
            )
        ),
    },
    save=save_profile,
)
