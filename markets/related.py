"""The ``market_profiles`` provider of portal.related: profiles of the asked countries and sector."""

from django.utils.translation import gettext_lazy as _

from markets import selectors
from portal.related import RelatedQuery, RelatedSection


def market_profiles_for(query: RelatedQuery) -> RelatedSection | None:
    profiles = selectors.related_profiles(query)
    if not profiles:
        return None
    return RelatedSection(
        key="market_profiles",
        title=_("Market profiles"),
        template="markets/related_profiles.html",
        items=profiles,
    )


def market_barriers(sector_slug: str, country_codes: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """The ``market_barriers`` provider of portal.matchmaking: barrier severities per country."""
    return selectors.barrier_severities(sector_slug=sector_slug, country_codes=country_codes)
