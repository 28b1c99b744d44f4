"""Read-only queries of the markets pages; each runs a fixed number of SQL queries."""

from django.db.models import Prefetch, Q

from markets.models import (
    SECTION_FIELDS,
    BarrierAssessment,
    KeyFact,
    MarketProfile,
    ProfileStatus,
    ResourceLink,
)
from portal import content_cache
from portal.models import Barrier
from portal.querysets import only_language_fields
from portal.related import RelatedQuery


def profile_list(*, country_code: str | None = None, sector_slug: str | None = None):
    """Published profiles for the list page, with their country and sector.

    Only the active language's columns and no Markdown sections: the list shows summaries.
    """
    profiles = only_language_fields(
        MarketProfile.objects.published().ordered(), "country", "sector", omit=SECTION_FIELDS
    )
    if country_code:
        profiles = profiles.filter(country__code=country_code)
    if sector_slug:
        profiles = profiles.filter(sector__slug=sector_slug)
    return profiles


def _with_details(profiles):
    return profiles.with_taxonomy().prefetch_related(
        Prefetch(
            "barrier_assessments",
            queryset=BarrierAssessment.objects.select_related("barrier"),
        ),
        Prefetch("key_facts", queryset=KeyFact.objects.order_by("position", "key")),
        Prefetch("resources", queryset=ResourceLink.objects.order_by("position", "pk")),
    )


@content_cache.memoized("markets.profile_published")
def profile_published(*, country_code: str, sector_slug: str) -> bool | None:
    """Whether the profile is published; ``None`` when there is none (``portal.drafts.render_detail``)."""
    status = (
        MarketProfile.objects.filter(country__code=country_code, sector__slug=sector_slug)
        .values_list("status", flat=True)
        .first()
    )
    return None if status is None else status == ProfileStatus.PUBLISHED


def profile_detail(*, country_code: str, sector_slug: str) -> MarketProfile | None:
    """One profile (published or draft: the view decides who may see a draft) with everything.

    Only the active language's columns (and the English fallback), here and in the
    prefetched assessments, facts and resources. Kept per content version.
    """
    return content_cache.cached(
        "markets.profile_detail",
        (country_code, sector_slug),
        lambda: _profile_detail(country_code, sector_slug),
    )


def _profile_detail(country_code: str, sector_slug: str) -> MarketProfile | None:
    profiles = MarketProfile.objects.prefetch_related(
        Prefetch(
            "barrier_assessments",
            queryset=only_language_fields(BarrierAssessment.objects.all(), "barrier"),
        ),
        Prefetch(
            "key_facts",
            queryset=only_language_fields(KeyFact.objects.order_by("position", "key")),
        ),
        Prefetch(
            "resources",
            queryset=only_language_fields(ResourceLink.objects.order_by("position", "pk")),
        ),
    )
    return (
        only_language_fields(profiles, "country", "sector", "owner")
        .filter(country__code=country_code, sector__slug=sector_slug)
        .first()
    )


@content_cache.memoized("markets.comparison_choices")
def comparison_choices() -> list[MarketProfile]:
    """Every published profile, for the comparison form."""
    return list(MarketProfile.objects.published().with_taxonomy().ordered())


@content_cache.memoized("markets.comparison_keys")
def comparison_keys() -> dict[str, str]:
    """``{key: name}`` of every published profile, e.g. ``{"fi-e-health": "Finland: E-health"}``."""
    return {profile.key: str(profile) for profile in comparison_choices()}


def profiles_for_comparison(keys: list[str]) -> list[MarketProfile]:
    """The published profiles of ``keys`` (``fi-e-health``) with facts, assessments and
    resources, in the order of ``keys``."""
    if not keys:
        return []
    filters = Q()
    for key in keys:
        country, _, sector = key.partition("-")
        filters |= Q(country__code=country, sector__slug=sector)
    detailed = {
        profile.key: profile
        for profile in _with_details(MarketProfile.objects.published().filter(filters))
    }
    return [detailed[key] for key in keys if key in detailed]


@content_cache.memoized("markets.barriers")
def barriers() -> list[Barrier]:
    return list(Barrier.objects.ordered())


def related_profiles(query: RelatedQuery) -> list[MarketProfile]:
    """Published profiles of the asked countries (and sector, if given): one query."""
    if not query.country_codes and not query.sector_slug:
        return []
    filters = Q()
    if query.country_codes:
        filters &= Q(country__code__in=query.country_codes)
    if query.sector_slug:
        filters &= Q(sector__slug=query.sector_slug)
    return list(
        MarketProfile.objects.published().with_taxonomy().filter(filters).ordered()[: query.limit]
    )


def barrier_severities(*, sector_slug: str, country_codes) -> dict[str, dict[str, int]]:
    """``{country code: {barrier slug: severity}}`` of the published profiles: one query."""
    rows = BarrierAssessment.objects.filter(
        profile__status=ProfileStatus.PUBLISHED,
        profile__sector__slug=sector_slug,
        profile__country__code__in=list(country_codes),
    ).values_list("profile__country__code", "barrier__slug", "severity")
    severities: dict[str, dict[str, int]] = {}
    for code, barrier, severity in rows:
        severities.setdefault(code, {})[barrier] = severity
    return severities
