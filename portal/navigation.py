"""The main navigation: every entry the portal will have, shown once its page exists.

An entry appears as soon as its URL name resolves, so a feature turns its menu
entry on by adding its URL; nobody edits the base template for that.
"""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class NavItem:
    url_name: str
    label: str | Promise


NAV_ITEMS = (
    NavItem("markets:list", pgettext_lazy("navigation", "Markets")),
    NavItem("portal:network", pgettext_lazy("navigation", "Network")),
    NavItem("portal:contacts", pgettext_lazy("navigation", "Contacts")),
    NavItem("portal:living_lab_list", pgettext_lazy("navigation", "Living Labs")),
    NavItem("pilots:transfer_model", pgettext_lazy("navigation", "Transfer model")),
    NavItem("pilots:pilot_list", pgettext_lazy("navigation", "Pilot cases")),
    NavItem("portal:publications", pgettext_lazy("navigation", "Publications")),
    NavItem("counseling:about", _("Counseling")),
)


def main_navigation(current_path: str) -> list[dict]:
    """The entries whose pages exist; ``current`` is the aria-current value: "page" on the
    section's own page, "true" inside it (a profile under Markets), "" elsewhere."""
    items = []
    for item in NAV_ITEMS:
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        current = "page" if current_path == url else "true" if current_path.startswith(url) else ""
        items.append({"url": url, "label": item.label, "current": current})
    return items
