""" "Related content" without import cycles.

A page about a market, a request or a pilot asks for what else the portal knows
about some countries, a sector and barriers; each app that has something to
offer registers a provider in its ``AppConfig.ready()``::

    related.register("living_labs", provider=living_labs_for, order=20)

A provider takes a :class:`RelatedQuery` and returns a :class:`RelatedSection`
(or ``None`` when it has nothing). Providers must run a fixed number of queries
whatever the amount of content, and be pure functions of the content: their sections
are kept per content version (``portal.content_cache``). ``portal`` imports no other app: the other
apps come to it.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import Promise

from portal import content_cache


@dataclass(frozen=True)
class RelatedQuery:
    country_codes: tuple[str, ...] = ()
    sector_slug: str | None = None
    barrier_slugs: tuple[str, ...] = ()
    exclude: frozenset[str] = frozenset()  # provider keys the asking page shows itself
    limit: int = 6


@dataclass
class RelatedSection:
    key: str
    title: str | Promise
    template: str  # renders ``section.items``
    items: Sequence[Any] = field(default_factory=list)
    more_url: str = ""


Provider = Callable[[RelatedQuery], RelatedSection | None]
_providers: dict[str, tuple[int, Provider]] = {}


def register(key: str, *, provider: Provider, order: int = 50) -> None:
    _providers[key] = (order, provider)


def related_sections(
    *,
    country_codes: Iterable[str] = (),
    sector_slug: str | None = None,
    barrier_slugs: Iterable[str] = (),
    exclude: Iterable[str] = (),
    only: Iterable[str] = (),
    limit: int = 6,
) -> list[RelatedSection]:
    """The non-empty sections of every provider (or of the ``only`` ones), in their order."""
    only = frozenset(only)
    query = RelatedQuery(
        country_codes=tuple(country_codes),
        sector_slug=sector_slug,
        barrier_slugs=tuple(barrier_slugs),
        exclude=frozenset(exclude),
        limit=limit,
    )
    return content_cache.cached(
        "related.sections",
        (
            query.country_codes,
            query.sector_slug,
            query.barrier_slugs,
            sorted(query.exclude),
            query.limit,
            sorted(only),
        ),
        lambda: _sections(query, only),
    )


def _sections(query: RelatedQuery, only: frozenset[str]) -> list[RelatedSection]:
    sections = []
    for key, (_order, provider) in sorted(_providers.items(), key=lambda item: item[1][0]):
        if key in query.exclude or (only and key not in only):
            continue
        section = provider(query)
        if section is not None and section.items:
            sections.append(section)
    return sections
