"""Read-only queries of the transfer model and pilot pages; each runs a fixed number of SQL queries."""

from dataclasses import dataclass

from django.db.models import Avg, Case, Count, IntegerField, Prefetch, Q, QuerySet, Value, When

from pilots.models import PilotCase, PilotStep, ProcessStep
from portal import content_cache
from portal.matchmaking import MatchQuery
from portal.models import Country, LivingLab, Sector
from portal.querysets import having_related, only_language_fields
from portal.related import RelatedQuery

# How many pilots' experiences the model page quotes under each step.
LEARNINGS_PER_STEP = 12


def _published_pilot_steps():
    return PilotStep.objects.filter(pilot__is_published=True)


@content_cache.memoized("pilots.process_steps")
def process_steps() -> list[ProcessStep]:
    """The steps in order, each with ``average_usefulness`` and ``pilot_count`` over published
    pilots, its barriers, and up to ``LEARNINGS_PER_STEP`` published pilots' experiences
    (``step.learnings``, most recent pilots first)."""
    published = Q(pilot_steps__pilot__is_published=True)
    steps = (
        ProcessStep.objects.ordered()
        .annotate(
            average_usefulness=Avg("pilot_steps__usefulness", filter=published),
            rated_count=Count("pilot_steps__usefulness", filter=published),
            pilot_count=Count("pilot_steps", filter=published),
        )
        .prefetch_related(
            "barriers",
            Prefetch(
                "pilot_steps",
                queryset=_published_pilot_steps()
                .select_related("pilot")
                .order_by("-pilot__started_on", "pilot__slug")[:LEARNINGS_PER_STEP],
                to_attr="learnings",
            ),
        )
    )
    return list(steps)


@dataclass(frozen=True)
class PilotFilters:
    origin: str | None = None
    target: str | None = None
    sector: str | None = None
    status: str | None = None

    @property
    def active(self) -> bool:
        return any((self.origin, self.target, self.sector, self.status))


def pilot_list(*, filters: PilotFilters) -> QuerySet[PilotCase]:
    """Published pilots matching ``filters``, with their countries and sector (to paginate)."""
    pilots = PilotCase.objects.published().with_taxonomy().ordered()
    if filters.origin:
        pilots = pilots.filter(origin_country__code=filters.origin)
    if filters.target:
        pilots = having_related(pilots, "target_countries", code=filters.target)
    if filters.sector:
        pilots = pilots.filter(sector__slug=filters.sector)
    if filters.status:
        pilots = pilots.filter(status=filters.status)
    # The active language's columns only (plus English), here and in the joined rows.
    pilots = only_language_fields(pilots, "origin_country", "sector")
    return pilots.prefetch_related(Prefetch("target_countries", queryset=Country.objects.ordered()))


@content_cache.memoized("pilots.filter_choices")
def filter_choices() -> tuple[list[Country], list[Sector]]:
    return list(Country.objects.ordered()), list(Sector.objects.ordered())


@content_cache.memoized("pilots.pilot_published")
def pilot_published(*, slug: str) -> bool | None:
    """Whether the pilot is published; ``None`` when there is none (``portal.drafts.render_detail``)."""
    return PilotCase.objects.filter(slug=slug).values_list("is_published", flat=True).first()


@content_cache.memoized("pilots.pilot_detail")
def pilot_detail(*, slug: str) -> PilotCase | None:
    """One pilot (published or not: the view decides who may preview) with its journey."""
    return (
        PilotCase.objects.with_taxonomy()
        .prefetch_related(
            Prefetch("target_countries", queryset=Country.objects.ordered()),
            Prefetch(
                "living_labs",
                queryset=LivingLab.objects.published().select_related("country").order_by("name"),
            ),
            Prefetch("steps", queryset=PilotStep.objects.select_related("step")),
        )
        .filter(slug=slug)
        .first()
    )


def related_pilots(query: RelatedQuery) -> list[PilotCase]:
    """Published pilots that went to one of the asked countries (and sector, if given): one query."""
    if not query.country_codes and not query.sector_slug:
        return []
    pilots = PilotCase.objects.published().with_taxonomy()
    if query.country_codes:
        pilots = having_related(pilots, "target_countries", code__in=query.country_codes)
    if query.sector_slug:
        pilots = pilots.filter(sector__slug=query.sector_slug)
    return list(pilots.ordered()[: query.limit])


def process_step_list() -> list[ProcessStep]:
    """The model's steps in order, without their pilots: one query."""
    return list(ProcessStep.objects.ordered().only("number", "title", "summary"))


def similar_pilots(query: MatchQuery) -> list[PilotCase]:
    """Published pilots of the sector that went to one of the targets: same origin first,
    then those that went to more of the targets, then the most recent. One query."""
    pilots = PilotCase.objects.published().with_taxonomy()
    pilots = having_related(pilots, "target_countries", code__in=query.country_codes)
    if query.sector_slug:
        pilots = pilots.filter(sector__slug=query.sector_slug)
    pilots = pilots.annotate(
        same_origin=Case(
            When(origin_country__code=query.origin_code or "", then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        ),
        shared_targets=Count(
            "target_countries", filter=Q(target_countries__code__in=query.country_codes)
        ),
    )
    return list(
        pilots.order_by("-same_origin", "-shared_targets", "-started_on", "slug")[: query.limit]
    )
