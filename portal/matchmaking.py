"""The one matchmaking service: who and what can help an SME with some markets, a sector and
the barriers it is weakest in. The readiness plan, the counseling confirmation page and the
counselor's view of a request all call :func:`suggest`, so there is one ranking, not three::

    from portal import matchmaking

    suggestions = matchmaking.suggest(
        country_codes=["se", "fi"],  # target markets, first choice first
        sector_slug="e-learning",
        barrier_slugs=["public-procurement", "language"],  # weakest first
        user_group_slugs=["pupils"],  # optional: who uses the service
        method_slugs=["usability-testing"],  # optional: how it wants to test
        origin_code="lv",  # optional: pilots from the same country first
        limit=4,
    )
    suggestions.contacts, suggestions.living_labs, suggestions.pilots

Ranking (each list one query, ties broken by name, so the order is stable):

- **contacts**: public contacts of active organisations in the target countries who work in
  the sector; the more of the asked barriers their expertise covers, the higher — an earlier
  (weaker) barrier counts more than a later one; then the first-choice country first.
- **Living Labs**: published labs in the target countries for the sector; the more of the
  asked user groups and methods they offer, the higher; then the first-choice country first.
- **pilots**: from the provider the ``pilots`` app registers (published pilots of the sector
  that went to one of the targets, same origin first), with their lessons.

``portal`` imports no other app: markets and pilots register what they know in their
``AppConfig.ready()``::

    matchmaking.register("pilots", provider)  # (MatchQuery) -> list
    matchmaking.register("market_barriers", provider)  # (sector_slug, country_codes) -> {cc: {barrier: severity}}
    matchmaking.register("process_steps", provider)  # () -> list[ProcessStepInfo]
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, Count, F, IntegerField, Prefetch, Q, Sum, Value, When

from portal.models import Barrier, Contact, LivingLab
from portal.querysets import having_related


@dataclass(frozen=True)
class MatchQuery:
    country_codes: tuple[str, ...] = ()
    sector_slug: str | None = None
    barrier_slugs: tuple[str, ...] = ()
    user_group_slugs: tuple[str, ...] = ()
    method_slugs: tuple[str, ...] = ()
    origin_code: str | None = None
    limit: int = 4


@dataclass
class Suggestions:
    contacts: list[Contact] = field(default_factory=list)
    living_labs: list[LivingLab] = field(default_factory=list)
    pilots: list[Any] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.contacts or self.living_labs or self.pilots)


@dataclass(frozen=True)
class ProcessStepInfo:
    """One step of the transfer model as the ``process_steps`` provider reports it."""

    number: int
    title: str
    summary: str = ""
    url: str = ""


_providers: dict[str, Callable[..., Any]] = {}


def register(key: str, provider: Callable[..., Any]) -> None:
    _providers[key] = provider


def _country_order(codes: tuple[str, ...], field_name: str):
    return Case(
        *(When(**{field_name: code}, then=Value(index)) for index, code in enumerate(codes)),
        default=Value(len(codes)),
        output_field=IntegerField(),
    )


def ranked_contacts(query: MatchQuery) -> list[Contact]:
    """Public contacts of the targets and sector, best match of expertise first. One query."""
    if not query.country_codes:
        return []
    contacts = Contact.objects.public().filter(
        organisation__is_active=True, country__code__in=query.country_codes
    )
    if query.sector_slug:
        contacts = having_related(contacts, "sectors", slug=query.sector_slug)
    barriers = query.barrier_slugs
    # The weakest barrier weighs most: with three barriers the weights are 3, 2 and 1.
    expertise = Sum(
        Case(
            *(
                When(expertise__slug=slug, then=Value(len(barriers) - index))
                for index, slug in enumerate(barriers)
            ),
            default=Value(0),
            output_field=IntegerField(),
        )
    )
    contacts = contacts.annotate(
        match=expertise if barriers else Value(0),
        country_rank=_country_order(query.country_codes, "country__code"),
    )
    return list(
        contacts.select_related("organisation", "country")
        .prefetch_related(Prefetch("expertise", queryset=Barrier.objects.ordered()))
        .order_by(F("match").desc(nulls_last=True), "country_rank", "name", "pk")[: query.limit]
    )


def ranked_living_labs(query: MatchQuery) -> list[LivingLab]:
    """Published labs of the targets and sector, most of the asked user groups and methods
    first. One query."""
    if not query.country_codes:
        return []
    labs = LivingLab.objects.published().filter(country__code__in=query.country_codes)
    if query.sector_slug:
        labs = having_related(labs, "sectors", slug=query.sector_slug)
    labs = labs.annotate(
        group_match=Count(
            "user_groups", filter=Q(user_groups__slug__in=query.user_group_slugs), distinct=True
        ),
        method_match=Count(
            "methods", filter=Q(methods__slug__in=query.method_slugs), distinct=True
        ),
        country_rank=_country_order(query.country_codes, "country__code"),
    ).annotate(match=F("group_match") * 2 + F("method_match"))
    return list(
        labs.select_related("country").order_by("-match", "country_rank", "name", "pk")[
            : query.limit
        ]
    )


def suggest(
    *,
    country_codes: Iterable[str],
    sector_slug: str | None,
    barrier_slugs: Iterable[str] = (),
    user_group_slugs: Iterable[str] = (),
    method_slugs: Iterable[str] = (),
    origin_code: str | None = None,
    limit: int = 4,
) -> Suggestions:
    """Contacts, Living Labs and pilots for an SME, each list ranked as the module says.

    A fixed number of queries (three, plus the pilots provider's one) whatever the content.
    """
    query = MatchQuery(
        country_codes=tuple(dict.fromkeys(country_codes)),
        sector_slug=sector_slug,
        barrier_slugs=tuple(dict.fromkeys(barrier_slugs)),
        user_group_slugs=tuple(user_group_slugs),
        method_slugs=tuple(method_slugs),
        origin_code=origin_code,
        limit=limit,
    )
    pilots_provider = _providers.get("pilots")
    return Suggestions(
        contacts=ranked_contacts(query),
        living_labs=ranked_living_labs(query),
        pilots=list(pilots_provider(query)) if pilots_provider and query.country_codes else [],
    )


def market_barriers(*, sector_slug: str, country_codes: Iterable[str]) -> dict[str, dict[str, int]]:
    """``{country code: {barrier slug: severity 1 to 5}}`` from the published market profiles."""
    provider = _providers.get("market_barriers")
    return provider(sector_slug, tuple(country_codes)) if provider else {}


def process_steps() -> list[ProcessStepInfo]:
    """The transfer model's steps in their order."""
    provider = _providers.get("process_steps")
    return list(provider()) if provider else []
