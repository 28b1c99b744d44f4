"""Read-only queries of the network pages; each runs a fixed number of SQL queries."""

from dataclasses import dataclass, field

from django.db.models import Case, Count, F, Prefetch, Q, QuerySet, Value, When, Window
from django.db.models.functions import RowNumber

from portal import content_cache
from portal.models import (
    Barrier,
    Contact,
    Country,
    LabMethod,
    Language,
    LivingLab,
    PartnerOrganisation,
    Publication,
    PublicationKind,
    Sector,
    SupportService,
    UserGroup,
)
from portal.querysets import having_related, only_language_fields
from portal.related import RelatedQuery


@dataclass
class Taxonomy:
    """The choices of the filter forms, each list loaded with one query."""

    countries: list[Country] = field(default_factory=list)
    sectors: list[Sector] = field(default_factory=list)
    barriers: list[Barrier] = field(default_factory=list)
    languages: list[Language] = field(default_factory=list)
    methods: list[LabMethod] = field(default_factory=list)
    user_groups: list[UserGroup] = field(default_factory=list)


@content_cache.memoized("portal.contact_taxonomy")
def contact_taxonomy() -> Taxonomy:
    return Taxonomy(
        countries=list(Country.objects.ordered()),
        sectors=list(Sector.objects.ordered()),
        barriers=list(Barrier.objects.ordered()),
        languages=list(Language.objects.ordered()),
    )


def search_taxonomy() -> Taxonomy:
    return Taxonomy(
        countries=list(Country.objects.ordered()), sectors=list(Sector.objects.ordered())
    )


@content_cache.memoized("portal.living_lab_taxonomy")
def living_lab_taxonomy() -> Taxonomy:
    return Taxonomy(
        countries=list(Country.objects.ordered()),
        sectors=list(Sector.objects.ordered()),
        methods=list(LabMethod.objects.ordered()),
        user_groups=list(UserGroup.objects.ordered()),
    )


# --- Organisations and support services ---------------------------------------------


def _published_services():
    return SupportService.objects.published().order_by("position", "slug")


@content_cache.memoized("portal.organisation_list")
def organisation_list() -> list[PartnerOrganisation]:
    """Active partner organisations with their countries and published support services."""
    return list(
        PartnerOrganisation.objects.active()
        .select_related("country")
        .prefetch_related(
            Prefetch("answers_for", queryset=Country.objects.ordered()),
            Prefetch("support_services", queryset=_published_services()),
        )
        .order_by("country__position", "name")
    )


@content_cache.memoized("portal.support_service_list")
def support_service_list() -> list[SupportService]:
    """Published support services, each with the active organisations that provide it."""
    return list(
        _published_services().prefetch_related(
            Prefetch(
                "organisations",
                queryset=PartnerOrganisation.objects.active()
                .select_related("country")
                .order_by("country__position", "name"),
            )
        )
    )


# --- Contacts -------------------------------------------------------------------------


def _public_contacts():
    return (
        Contact.objects.public()
        .select_related("organisation", "country")
        .filter(organisation__is_active=True)
    )


def contact_list(
    *,
    country_code: str | None = None,
    sector_slug: str | None = None,
    barrier_slug: str | None = None,
    language_code: str | None = None,
) -> QuerySet[Contact]:
    """Public contacts matching every given filter, with sectors, expertise and languages.

    A QuerySet: the page paginates it, so only the shown rows are fetched and prefetched.
    """
    contacts = _public_contacts()
    if country_code:
        contacts = contacts.filter(country__code=country_code)
    if sector_slug:
        contacts = having_related(contacts, "sectors", slug=sector_slug)
    if barrier_slug:
        contacts = having_related(contacts, "expertise", slug=barrier_slug)
    if language_code:
        contacts = having_related(contacts, "languages", code=language_code)
    # The active language's columns only (plus English), here and in the joined rows.
    contacts = only_language_fields(contacts, "organisation", "country")
    return contacts.prefetch_related(
        Prefetch("sectors", queryset=Sector.objects.ordered()),
        Prefetch("expertise", queryset=Barrier.objects.ordered()),
        Prefetch("languages", queryset=Language.objects.ordered()),
    ).order_by("country__position", "name", "pk")


def first_of_each_country(queryset: QuerySet, *, limit: int) -> list:
    """The first row of each country (by name, then pk) in the countries' order, up to
    ``limit``. One query with a window function: rows are ranked in one pass instead of a
    correlated subquery per row (1.7 s at 100 times the demo content)."""
    ranked = queryset.annotate(
        rank_in_country=Window(
            RowNumber(), partition_by=F("country_id"), order_by=(F("name").asc(), F("pk").asc())
        )
    )
    return list(
        ranked.filter(rank_in_country=1).order_by("country__position", "name", "pk")[:limit]
    )


@content_cache.memoized("portal.contact_highlights")
def contact_highlights(*, limit: int = 4) -> list[Contact]:
    """The first public contact of each country, for the home page. One query."""
    return first_of_each_country(_public_contacts(), limit=limit)


def related_contacts(query: RelatedQuery) -> list[Contact]:
    """Public contacts of the asked countries and sector; those whose expertise matches the
    asked barriers first. One query."""
    if not query.country_codes and not query.sector_slug:
        return []
    contacts = _public_contacts()
    if query.country_codes:
        contacts = contacts.filter(country__code__in=query.country_codes)
    if query.sector_slug:
        contacts = having_related(contacts, "sectors", slug=query.sector_slug)
    if query.barrier_slugs:
        contacts = contacts.annotate(
            matches=Count("expertise", filter=Q(expertise__slug__in=query.barrier_slugs))
        ).order_by("-matches", "country__position", "name", "pk")
    else:
        contacts = contacts.order_by("country__position", "name", "pk")
    return list(contacts[: query.limit])


# --- Living Labs ----------------------------------------------------------------------


def _published_labs():
    return LivingLab.objects.published().select_related("country")


def living_lab_list(
    *,
    country_code: str | None = None,
    sector_slug: str | None = None,
    method_slug: str | None = None,
    user_group_slug: str | None = None,
) -> QuerySet[LivingLab]:
    """Published labs matching every given filter, with sectors, methods and user groups (a
    QuerySet, for the page to paginate)."""
    labs = _published_labs()
    if country_code:
        labs = labs.filter(country__code=country_code)
    if sector_slug:
        labs = having_related(labs, "sectors", slug=sector_slug)
    if method_slug:
        labs = having_related(labs, "methods", slug=method_slug)
    if user_group_slug:
        labs = having_related(labs, "user_groups", slug=user_group_slug)
    return (
        only_language_fields(labs, "country")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.ordered()),
            Prefetch("methods", queryset=LabMethod.objects.ordered()),
            Prefetch("user_groups", queryset=UserGroup.objects.ordered()),
        )
        .order_by("country__position", "name", "pk")
    )


@content_cache.memoized("portal.living_lab_detail")
def living_lab_detail(*, slug: str, published_only: bool = True) -> LivingLab | None:
    """One lab (published, unless the view previews for its editors) with everything it shows."""
    return (
        (_published_labs() if published_only else LivingLab.objects.select_related("country"))
        .select_related("contact", "contact__organisation")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.ordered()),
            Prefetch("methods", queryset=LabMethod.objects.ordered()),
            Prefetch("user_groups", queryset=UserGroup.objects.ordered()),
            Prefetch("test_languages", queryset=Language.objects.ordered()),
        )
        .filter(slug=slug)
        .first()
    )


@content_cache.memoized("portal.living_lab_highlights")
def living_lab_highlights(*, limit: int = 4) -> list[LivingLab]:
    """The first published lab of each country, for the home page. One query."""
    return first_of_each_country(_published_labs(), limit=limit)


def related_living_labs(query: RelatedQuery) -> list[LivingLab]:
    """Published labs of the asked countries and sector. One query."""
    if not query.country_codes and not query.sector_slug:
        return []
    labs = _published_labs()
    if query.country_codes:
        labs = labs.filter(country__code__in=query.country_codes)
    if query.sector_slug:
        labs = having_related(labs, "sectors", slug=query.sector_slug)
    return list(labs.order_by("country__position", "name")[: query.limit])


# --- Publications ---------------------------------------------------------------------


def publication_list() -> QuerySet[Publication]:
    """Published publications in the kinds' order, newest first within a kind (to paginate)."""
    kind_order = Case(
        *(When(kind=kind.value, then=Value(index)) for index, kind in enumerate(PublicationKind)),
        default=Value(len(PublicationKind)),
    )
    return (
        Publication.objects.published()
        .select_related("language")
        .order_by(kind_order, "-year", "title", "pk")
    )


def publication_groups(publications) -> list[dict]:
    """``publications`` (one page) grouped by kind in the kinds' order:
    ``[{"kind", "label", "items"}]``."""
    publications = list(publications)
    groups = []
    for kind in PublicationKind:
        items = [publication for publication in publications if publication.kind == kind.value]
        if items:
            groups.append({"kind": kind.value, "label": kind.label, "items": items})
    return groups


def publication_for_download(*, slug: str) -> Publication | None:
    return Publication.objects.published().filter(slug=slug).first()
