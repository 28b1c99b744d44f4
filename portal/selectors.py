"""Read-only queries of the network pages; each runs a fixed number of SQL queries."""

import functools
import math
from dataclasses import dataclass, field
from pathlib import Path

import yaml
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
    Page,
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


@content_cache.memoized("portal.page_published")
def page_published(*, slug: str) -> bool | None:
    """Whether the page is published; ``None`` when there is none (``portal.drafts.render_detail``)."""
    return Page.objects.filter(slug=slug).values_list("is_published", flat=True).first()


@content_cache.memoized("portal.living_lab_published")
def living_lab_published(*, slug: str) -> bool | None:
    """Whether the lab is published; ``None`` when there is none (``portal.drafts.render_detail``)."""
    return LivingLab.objects.filter(slug=slug).values_list("is_published", flat=True).first()


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


# --- Living Labs map ------------------------------------------------------------------
# A server-drawn SVG of the network's four countries with a numbered marker per lab (the
# list underneath is the text alternative). The outlines are data: portal/geodata/.

GEODATA = Path(__file__).resolve().parent / "geodata" / "network-countries.yaml"
MARKER_RADIUS = 10  # map units; the map is about 300 units wide, drawn at 288-400 px
MARKER_DISTANCE = 2 * MARKER_RADIUS + 2  # the closest two markers' centres may be


@dataclass(frozen=True)
class MapFrame:
    """Where the land lies in map units: x grows eastwards, y southwards."""

    central_meridian: float
    scale: float  # map units per degree of latitude
    margin: float
    west: float  # the land's smallest (longitude - central meridian) * cos(latitude)
    north: float  # the land's northernmost latitude
    width: int
    height: int


@dataclass(frozen=True)
class MapOutline:
    code: str
    rings: tuple[tuple[tuple[float, float], ...], ...]  # (longitude, latitude) points
    label: tuple[float, float]


@dataclass
class MapCountry:
    code: str
    name: str
    path: str
    label_x: float
    label_y: float


@dataclass
class MapMarker:
    number: int
    name: str
    place: str
    url: str
    x: float
    y: float


@dataclass
class LabMap:
    width: int
    height: int
    countries: list[MapCountry]
    markers: list[MapMarker]
    unplaced: int  # labs of the list without a location: only the list shows them
    marker_radius: int = MARKER_RADIUS


def map_project(longitude: float, latitude: float, *, frame: MapFrame) -> tuple[float, float]:
    """``(x, y)`` in map units of a point: the sinusoidal projection around the frame's central
    meridian (true to area, straight parallels, north up), to one decimal."""
    east = (float(longitude) - frame.central_meridian) * math.cos(math.radians(float(latitude)))
    return (
        round((east - frame.west) * frame.scale + frame.margin, 1),
        round((frame.north - float(latitude)) * frame.scale + frame.margin, 1),
    )


@functools.cache
def map_geodata(path: Path = GEODATA) -> tuple[MapFrame, tuple[MapOutline, ...]]:
    """The projection frame and the country outlines of ``path`` (read once)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    outlines = tuple(
        MapOutline(
            code=code,
            rings=tuple(
                tuple((float(lon), float(lat)) for lon, lat in ring) for ring in country["rings"]
            ),
            label=(float(country["label"][0]), float(country["label"][1])),
        )
        for code, country in data["countries"].items()
    )
    projection = data["projection"]
    meridian = float(projection["central_meridian"])
    scale = float(projection["scale"])
    margin = float(projection["margin"])
    points = [point for outline in outlines for ring in outline.rings for point in ring]
    easts = [(lon - meridian) * math.cos(math.radians(lat)) for lon, lat in points]
    latitudes = [lat for _lon, lat in points]
    frame = MapFrame(
        central_meridian=meridian,
        scale=scale,
        margin=margin,
        west=min(easts),
        north=max(latitudes),
        width=math.ceil((max(easts) - min(easts)) * scale + 2 * margin),
        height=math.ceil((max(latitudes) - min(latitudes)) * scale + 2 * margin),
    )
    return frame, outlines


def map_path(rings, *, frame: MapFrame) -> str:
    """The SVG path data of ``rings`` of (longitude, latitude) points, each ring closed."""
    parts = []
    for ring in rings:
        points = [map_project(lon, lat, frame=frame) for lon, lat in ring]
        parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in points) + "Z")
    return "".join(parts)


def spread_markers(
    points: list[tuple[float, float]],
    *,
    distance: float = MARKER_DISTANCE,
    width: float,
    height: float,
    rounds: int = 200,
) -> list[tuple[float, float]]:
    """``points`` moved apart just enough that no two are closer than ``distance`` (markers of
    labs in one city side by side, not on top of each other), kept inside the map."""
    placed = [[x, y] for x, y in points]
    # Labs at the very same place start evenly round a circle (two: side by side).
    crowds: dict[tuple[float, float], list[int]] = {}
    for index, (x, y) in enumerate(points):
        crowds.setdefault((round(x, 1), round(y, 1)), []).append(index)
    for (x, y), members in crowds.items():
        if len(members) > 1:
            radius = distance / (2 * math.sin(math.pi / len(members))) + 0.05
            for place, index in enumerate(members):
                angle = math.pi + 2 * math.pi * place / len(members)
                placed[index] = [x + radius * math.cos(angle), y + radius * math.sin(angle)]
    low, high_x, high_y = distance / 2, width - distance / 2, height - distance / 2
    for _ in range(rounds):
        moved = False
        for i, first in enumerate(placed):
            for j in range(i + 1, len(placed)):
                second = placed[j]
                dx, dy = second[0] - first[0], second[1] - first[1]
                apart = math.hypot(dx, dy)
                if apart >= distance - 0.01:
                    continue
                if apart < 0.01:  # the same place: part them along a direction of their own
                    angle = j * 2.39996  # the golden angle, so a crowd spreads all round
                    dx, dy, apart = math.cos(angle), math.sin(angle), 1.0
                push = (distance - apart) / 2 + 0.05
                first[0] -= dx / apart * push
                first[1] -= dy / apart * push
                second[0] += dx / apart * push
                second[1] += dy / apart * push
                moved = True
        for point in placed:
            point[0] = min(max(point[0], low), high_x)
            point[1] = min(max(point[1], low), high_y)
        if not moved:
            break
    return [(round(x, 1), round(y, 1)) for x, y in placed]


def living_lab_map(
    labs: QuerySet[LivingLab] | list[LivingLab], *, countries: list[Country] | None = None
) -> LabMap:
    """The map of ``labs`` (the list page's filtered QuerySet, all pages, or its rows when they
    are already loaded): the countries and a marker per lab with a location, numbered as the
    list numbers them. ``countries`` (already loaded, for their names) saves a query; a
    QuerySet of labs costs one."""
    frame, outlines = map_geodata()
    if countries is None:
        countries = list(Country.objects.all())
    names = {country.code: country.name for country in countries}
    drawn = []
    for outline in outlines:
        label_x, label_y = map_project(*outline.label, frame=frame)
        drawn.append(
            MapCountry(
                code=outline.code,
                name=names.get(outline.code, outline.code.upper()),
                path=map_path(outline.rings, frame=frame),
                label_x=label_x,
                label_y=label_y,
            )
        )
    rows = (
        labs
        if isinstance(labs, list)
        else only_language_fields(
            labs.prefetch_related(None),
            "country",
            omit=("summary", "description", "ethics_support"),
        )
    )
    located = []
    unplaced = 0
    for number, lab in enumerate(rows, start=1):
        if lab.latitude is None or lab.longitude is None:
            unplaced += 1
            continue
        located.append((number, lab, map_project(lab.longitude, lab.latitude, frame=frame)))
    spread = spread_markers(
        [point for _number, _lab, point in located], width=frame.width, height=frame.height
    )
    markers = [
        MapMarker(
            number=number,
            name=lab.name,
            place=f"{lab.city}, {lab.country}" if lab.city else str(lab.country),
            url=lab.get_absolute_url(),
            x=x,
            y=y,
        )
        for (number, lab, _point), (x, y) in zip(located, spread, strict=True)
    ]
    return LabMap(
        width=frame.width,
        height=frame.height,
        countries=drawn,
        markers=markers,
        unplaced=unplaced,
    )


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
