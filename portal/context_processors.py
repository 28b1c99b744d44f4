from django.conf import settings

from portal.i18n import alternate_urls, x_default_url
from portal.navigation import main_navigation


def site(request) -> dict:
    """What the base layout needs on every page: navigation and the page in other languages."""
    resolved = getattr(request, "resolver_match", None)
    return {
        "site_name": settings.SITE_NAME,
        "main_navigation": main_navigation(request.path),
        "language_alternates": alternate_urls(request, resolved=resolved is not None),
        # Error pages resolved to no view: no hreflang links that would point at nothing.
        "show_hreflang": resolved is not None,
        "x_default_url": x_default_url(request) if resolved is not None else "",
    }
