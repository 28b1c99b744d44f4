"""The ``pilot_cases`` provider of portal.related: published pilots that went to the asked markets."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pilots import selectors
from portal.matchmaking import MatchQuery, ProcessStepInfo
from portal.related import RelatedQuery, RelatedSection


def pilot_cases_for(query: RelatedQuery) -> RelatedSection | None:
    pilots = selectors.related_pilots(query)
    if not pilots:
        return None
    more_url = ""
    if len(query.country_codes) == 1:
        params = {"target": query.country_codes[0]}
        if query.sector_slug:
            params["sector"] = query.sector_slug
        more_url = f"{reverse('pilots:pilot_list')}?{urlencode(params)}"
    return RelatedSection(
        key="pilot_cases",
        title=_("Pilot cases in this market"),
        template="pilots/related_pilots.html",
        items=pilots,
        more_url=more_url,
    )


def matching_pilots(query: MatchQuery) -> list:
    """The ``pilots`` provider of portal.matchmaking: similar companies' pilots, with lessons."""
    return selectors.similar_pilots(query)


def process_steps() -> list[ProcessStepInfo]:
    """The ``process_steps`` provider of portal.matchmaking: the model's steps in order."""
    return [
        ProcessStepInfo(
            number=step.number,
            title=step.title,
            summary=step.summary,
            url=step.get_absolute_url(),
        )
        for step in selectors.process_step_list()
    ]
