"""The ``contacts`` and ``living_labs`` providers of portal.related (one query each)."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal import selectors
from portal.related import RelatedQuery, RelatedSection


def _more_url(name: str, query: RelatedQuery) -> str:
    params = {}
    if len(query.country_codes) == 1:
        params["country"] = query.country_codes[0]
    if query.sector_slug:
        params["sector"] = query.sector_slug
    return reverse(name) + (f"?{urlencode(params)}" if params else "")


def contacts_for(query: RelatedQuery) -> RelatedSection | None:
    """Public contacts of the countries and sector; matching expertise first."""
    contacts = selectors.related_contacts(query)
    if not contacts:
        return None
    return RelatedSection(
        key="contacts",
        title=_("Contacts"),
        template="portal/related_contacts.html",
        items=contacts,
        more_url=_more_url("portal:contacts", query),
    )


def living_labs_for(query: RelatedQuery) -> RelatedSection | None:
    """Published Living Labs of the countries and sector."""
    labs = selectors.related_living_labs(query)
    if not labs:
        return None
    return RelatedSection(
        key="living_labs",
        title=pgettext_lazy("navigation", "Living Labs"),
        template="portal/related_living_labs.html",
        items=labs,
        more_url=_more_url("portal:living_lab_list", query),
    )
