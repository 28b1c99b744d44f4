"""Demo content of the markets app: the eight published market profiles (idempotent).

The texts live in ``markets/demo_content.py``; this module only writes them.
"""

from markets import demo_content as content
from markets.models import (
    SECTION_FIELDS,
    BarrierAssessment,
    KeyFact,
    MarketProfile,
    ProfileStatus,
    ResourceLink,
)
from portal.demo_utils import translated_fields
from portal.models import Barrier, Country, PartnerOrganisation, Sector


def load(*, stdout) -> None:
    countries = {country.code: country for country in Country.objects.all()}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    barriers = {barrier.slug: barrier for barrier in Barrier.objects.all()}
    owners = {organisation.slug: organisation for organisation in PartnerOrganisation.objects.all()}
    for (code, slug), data in content.PROFILES.items():
        texts = {name: data[name] for name in ("summary", *SECTION_FIELDS)}
        profile, _created = MarketProfile.objects.update_or_create(
            country=countries[code],
            sector=sectors[slug],
            defaults={
                "owner": owners.get(content.OWNERS[code]),
                "status": ProfileStatus.PUBLISHED,
                "reviewed_on": data["reviewed_on"],
                **translated_fields(**texts),
            },
        )
        for barrier_slug, (severity, note) in content.BARRIERS[(code, slug)].items():
            BarrierAssessment.objects.update_or_create(
                profile=profile,
                barrier=barriers[barrier_slug],
                defaults={"severity": severity, **translated_fields(note=note)},
            )
        for position, fact in enumerate(content.key_facts(code, slug)):
            fields = translated_fields(label=fact["label"])
            if fact.get("unit"):
                fields.update(translated_fields(unit=fact["unit"]))
            if fact.get("text"):
                fields.update(translated_fields(text=fact["text"]))
            KeyFact.objects.update_or_create(
                profile=profile,
                key=fact["key"],
                defaults={
                    "value": fact.get("value"),
                    "year": fact["year"],
                    "source_name": fact["source_name"],
                    "source_url": fact["source_url"],
                    "position": position,
                    **fields,
                },
            )
        for position, resource in enumerate(content.resources(code, slug)):
            ResourceLink.objects.update_or_create(
                profile=profile,
                url=resource["url"],
                defaults={
                    "kind": resource["kind"],
                    "position": position,
                    **translated_fields(
                        title=resource["title"], description=resource["description"]
                    ),
                },
            )
        if stdout is not None:
            stdout.write(f"  market profile {profile.key}")
