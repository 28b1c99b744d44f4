"""The portal's content files: the taxonomy, the partner network and pages (reference), the
network's fictional contacts, Living Labs and publications (demo). See ``portal.content``."""

from portal import services
from portal.content import (
    DEMO,
    REFERENCE,
    Boolean,
    Integer,
    ListOf,
    Number,
    Optional,
    Text,
    Translated,
    documents,
    register,
    register_finisher,
    translated_fields,
)
from portal.models import (
    Barrier,
    Contact,
    Country,
    LabMethod,
    Language,
    LivingLab,
    OrganisationKind,
    Page,
    PartnerOrganisation,
    Publication,
    PublicationKind,
    Sector,
    SupportService,
    UserGroup,
)


def _by(model, field: str, values: list[str]) -> list:
    """The objects named by ``values`` (slugs or codes); a value that names none is an error."""
    found = {getattr(obj, field): obj for obj in model.objects.filter(**{f"{field}__in": values})}
    missing = [value for value in values if value not in found]
    if missing:
        raise model.DoesNotExist(f"{model._meta.verbose_name} {', '.join(missing)}")
    return [found[value] for value in values]


def _vocabulary(model, key: str, folder: str, *, description: bool = False) -> None:
    fields = {key: Text(), "position": Integer(minimum=0), "name": Translated()}
    if description:
        fields["description"] = Translated()

    def save(data: dict) -> None:
        texts = {"name": data["name"]}
        if description:
            texts["description"] = data["description"]
        model.objects.update_or_create(
            **{key: data[key]},
            defaults={"position": data["position"], **translated_fields(**texts)},
        )

    register(app_label="portal", folder=folder, dataset=REFERENCE, fields=fields, save=save)


_vocabulary(Country, "code", "countries")
_vocabulary(Sector, "slug", "sectors", description=True)
_vocabulary(Barrier, "slug", "barriers", description=True)
_vocabulary(Language, "code", "languages")
_vocabulary(LabMethod, "slug", "lab-methods")
_vocabulary(UserGroup, "slug", "user-groups")


def save_organisation(data: dict) -> None:
    organisation, _ = PartnerOrganisation.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "country": Country.objects.get(code=data["country"]),
            "kind": data["kind"],
            "short_name": data["short_name"],
            "website": data["website"],
            "public_email": data["public_email"],
            **translated_fields(name=data["name"], description=data["description"]),
        },
    )
    organisation.answers_for.set(_by(Country, "code", data["answers_for"]))


register(
    app_label="portal",
    folder="organisations",
    dataset=REFERENCE,
    fields={
        "slug": Text(),
        "country": Text(),
        "answers_for": ListOf(Text()),
        "kind": Text(choices=OrganisationKind.values),
        "short_name": Text(blank=True),
        "website": Text(blank=True),
        "public_email": Text(blank=True),
        "name": Translated(),
        "description": Translated(),
    },
    save=save_organisation,
)


def save_support_service(data: dict) -> None:
    service, _ = SupportService.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "position": data["position"],
            "is_published": True,
            **translated_fields(
                name=data["name"],
                description=data["description"],
                audience=data["audience"],
                how_to_get=data["how_to_get"],
            ),
        },
    )
    service.organisations.set(_by(PartnerOrganisation, "slug", data["organisations"]))


register(
    app_label="portal",
    folder="support-services",
    dataset=REFERENCE,
    fields={
        "slug": Text(),
        "position": Integer(minimum=0),
        "organisations": ListOf(Text()),
        "name": Translated(),
        "description": Translated(),
        "audience": Translated(),
        "how_to_get": Translated(),
    },
    save=save_support_service,
)


def save_page(data: dict) -> None:
    Page.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "is_published": True,
            **translated_fields(title=data["title"], summary=data["summary"], body=data["body"]),
        },
    )


register(
    app_label="portal",
    folder="pages",
    dataset=REFERENCE,
    fields={
        "slug": Text(),
        "title": Translated(),
        "summary": Translated(),
        "body": Translated(),
    },
    save=save_page,
)

# --- Demo: fictional contacts, Living Labs and publications ------------------------------------


def save_contact(data: dict) -> None:
    contact, _ = Contact.objects.update_or_create(
        email=data["email"],
        defaults={
            "name": data["name"],
            "organisation": PartnerOrganisation.objects.get(slug=data["organisation"]),
            "country": Country.objects.get(code=data["country"]),
            "phone": data["phone"],
            "is_public": data["is_public"],
            **translated_fields(role=data["role"]),
        },
    )
    contact.sectors.set(_by(Sector, "slug", data["sectors"]))
    contact.expertise.set(_by(Barrier, "slug", data["expertise"]))
    contact.languages.set(_by(Language, "code", data["languages"]))


register(
    app_label="portal",
    folder="contacts",
    dataset=DEMO,
    fields={
        "name": Text(),
        "email": Text(),
        "organisation": Text(),
        "country": Text(),
        "phone": Text(blank=True),
        "is_public": Boolean(),
        "sectors": ListOf(Text()),
        "expertise": ListOf(Text()),
        "languages": ListOf(Text()),
        "role": Translated(),
    },
    save=save_contact,
)


def save_living_lab(data: dict) -> None:
    lab, _ = LivingLab.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "country": Country.objects.get(code=data["country"]),
            "community_size": data["community_size"],
            "lead_time_weeks": data["lead_time_weeks"],
            "latitude": data["latitude"],
            "longitude": data["longitude"],
            "website": data["website"],
            "contact": Contact.objects.filter(email=data["contact"]).first()
            if data["contact"]
            else None,
            "is_published": True,
            **translated_fields(
                name=data["name"],
                city=data["city"],
                summary=data["summary"],
                description=data["description"],
                ethics_support=data["ethics_support"],
            ),
        },
    )
    lab.sectors.set(_by(Sector, "slug", data["sectors"]))
    lab.methods.set(_by(LabMethod, "slug", data["methods"]))
    lab.user_groups.set(_by(UserGroup, "slug", data["user_groups"]))
    lab.test_languages.set(_by(Language, "code", data["test_languages"]))


register(
    app_label="portal",
    folder="living-labs",
    dataset=DEMO,
    fields={
        "slug": Text(),
        "country": Text(),
        "community_size": Optional(Integer(minimum=0)),
        "lead_time_weeks": Optional(Integer(minimum=0)),
        # Where the lab is, in decimal degrees (WGS 84), for the map; null keeps it off the map.
        "latitude": Optional(Number(minimum=-90, maximum=90)),
        "longitude": Optional(Number(minimum=-180, maximum=180)),
        "website": Text(blank=True),
        "contact": Optional(Text()),
        "sectors": ListOf(Text()),
        "methods": ListOf(Text()),
        "user_groups": ListOf(Text()),
        "test_languages": ListOf(Text()),
        "name": Translated(),
        "city": Translated(),
        "summary": Translated(),
        "description": Translated(),
        "ethics_support": Translated(),
    },
    save=save_living_lab,
)


def save_publication(data: dict) -> None:
    Publication.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "kind": data["kind"],
            "year": data["year"],
            "language": Language.objects.get(code=data["language"]),
            "is_published": True,
            **translated_fields(title=data["title"], description=data["description"]),
        },
    )


def render_publications() -> str:
    """The PDF of every demo publication that has none yet, from what the portal now knows."""
    from portal.publications import publication_render_pdf

    rendered = 0
    for _path, data in documents("portal.publications"):
        publication = Publication.objects.filter(slug=data["slug"]).first()
        if publication is None:
            continue
        if publication.file and publication.file.storage.exists(publication.file.name):
            continue
        content = publication_render_pdf(publication=publication, summary=data["pdf_paragraphs"])
        services.publication_attach_file(
            publication=publication, name=f"{data['slug']}.pdf", content=content
        )
        rendered += 1
    return f"publications: {rendered} PDFs rendered"


register(
    app_label="portal",
    folder="publications",
    dataset=DEMO,
    fields={
        "slug": Text(),
        "kind": Text(choices=PublicationKind.values),
        "year": Integer(minimum=1900, maximum=2100),
        "language": Text(),
        "title": Translated(),
        "description": Translated(),
        "pdf_paragraphs": ListOf(Text()),
    },
    save=save_publication,
)

register_finisher(app_label="portal", dataset=DEMO, finish=render_publications)
