"""What the network's pages contribute to the site search (registered in ``PortalConfig.ready``)."""

from django.db.models import Prefetch
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal import search_index
from portal.models import (
    Barrier,
    Contact,
    Country,
    LivingLab,
    Page,
    PartnerOrganisation,
    Publication,
    Sector,
    SupportService,
)
from portal.search_index import Document, own_text, plain_text, url_in


def has_own_text(obj, fields, language: str) -> bool:
    """English always; another language when one of ``fields`` is written in it."""
    return language == "en" or any(own_text(obj, field, language) for field in fields)


def living_lab_documents(lab: LivingLab, language: str) -> list[Document]:
    if not has_own_text(lab, ("summary", "description"), language):
        return []
    return [
        Document(
            title=lab.name,
            summary=lab.summary,
            body=" ".join(
                filter(
                    None, [lab.city, plain_text(lab.description), plain_text(lab.ethics_support)]
                )
            ),
            url=url_in(lab, language),
            countries=(lab.country.code,),
            sectors=tuple(sector.slug for sector in lab.sectors.all()),
            updated_at=lab.updated_at,
        )
    ]


def contact_documents(contact: Contact, language: str) -> list[Document]:
    expertise = [barrier.name for barrier in contact.expertise.all()]
    return [
        Document(
            title=contact.name,
            summary=" ".join(filter(None, [contact.role, contact.organisation.name])),
            body=" ".join(expertise),
            url=url_in(contact, language),
            countries=(contact.country.code,),
            sectors=tuple(sector.slug for sector in contact.sectors.all()),
        )
    ]


def organisation_documents(organisation: PartnerOrganisation, language: str) -> list[Document]:
    if not has_own_text(organisation, ("description",), language):
        return []
    return [
        Document(
            title=organisation.name,
            summary=organisation.short_name,
            body=plain_text(organisation.description),
            url=url_in(organisation, language),
            countries=(
                organisation.country.code,
                *(country.code for country in organisation.answers_for.all()),
            ),
        )
    ]


def support_service_documents(service: SupportService, language: str) -> list[Document]:
    if not has_own_text(service, ("description",), language):
        return []
    return [
        Document(
            title=service.name,
            summary=plain_text(service.description),
            body=" ".join([plain_text(service.audience), plain_text(service.how_to_get)]),
            url=url_in(service, language),
        )
    ]


def publication_documents(publication: Publication, language: str) -> list[Document]:
    if not has_own_text(publication, ("title", "description"), language):
        return []
    return [
        Document(
            title=publication.title,
            summary=plain_text(publication.description),
            url=url_in(publication, language),
            updated_at=publication.updated_at,
        )
    ]


def page_documents(page: Page, language: str) -> list[Document]:
    if not has_own_text(page, ("title", "body"), language):
        return []
    return [
        Document(
            title=page.title,
            summary=page.summary,
            body=plain_text(page.body),
            url=url_in(page, language),
            updated_at=page.updated_at,
        )
    ]


def reindex_contacts_of(sender, instance, raw=False, **kwargs) -> None:
    """An organisation's contacts are public only while it is active: re-index them with it."""
    if raw or search_index.is_deferred():
        return
    for contact in Contact.objects.filter(organisation=instance):
        search_index.index_object(contact)


def register() -> None:
    post_save.connect(
        reindex_contacts_of, sender=PartnerOrganisation, dispatch_uid="search_index.org_contacts"
    )
    search_index.register(
        "living_lab",
        model=LivingLab,
        label=pgettext_lazy("navigation", "Living Labs"),
        documents=living_lab_documents,
        queryset=lambda: (
            LivingLab.objects.published().select_related("country").prefetch_related("sectors")
        ),
        watch=("sectors",),
        order=30,
    )
    search_index.register(
        "contact",
        model=Contact,
        label=pgettext_lazy("navigation", "Contacts"),
        documents=contact_documents,
        queryset=lambda: (
            Contact.objects.public()
            .filter(organisation__is_active=True)
            .select_related("country", "organisation")
            .prefetch_related(
                Prefetch("expertise", queryset=Barrier.objects.ordered()),
                Prefetch("sectors", queryset=Sector.objects.ordered()),
            )
        ),
        watch=("sectors", "expertise"),
        order=40,
    )
    search_index.register(
        "organisation",
        model=PartnerOrganisation,
        label=_("Partner organisations"),
        documents=organisation_documents,
        queryset=lambda: (
            PartnerOrganisation.objects.active()
            .select_related("country")
            .prefetch_related(Prefetch("answers_for", queryset=Country.objects.ordered()))
        ),
        watch=("answers_for",),
        order=50,
    )
    search_index.register(
        "service",
        model=SupportService,
        label=_("Support services"),
        documents=support_service_documents,
        queryset=SupportService.objects.published,
        order=60,
    )
    search_index.register(
        "publication",
        model=Publication,
        label=pgettext_lazy("navigation", "Publications"),
        documents=publication_documents,
        queryset=Publication.objects.published,
        order=70,
        in_feed=True,
    )
    search_index.register(
        "page",
        model=Page,
        label=pgettext_lazy("search type", "Pages"),
        documents=page_documents,
        queryset=Page.objects.published,
        order=80,
    )
