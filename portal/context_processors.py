from django.conf import settings
from django.utils.translation import get_language

from portal.i18n import alternate_urls, x_default_url
from portal.navigation import main_navigation
from portal.pagination import page_number

# Open Graph locales of the five languages.
OG_LOCALES = {"en": "en_GB", "et": "et_EE", "fi": "fi_FI", "lv": "lv_LV", "sv": "sv_SE"}


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
        **(_discovery(request) if resolved is not None else {}),
    }


def _discovery(request) -> dict:
    """The canonical URL (the path, plus ``page`` past the first) and the Open Graph locales."""
    language = get_language()
    url = request.path
    page = page_number(request.GET.get("page"), 10**6)
    if page > 1:
        url += f"?page={page}"
    return {
        "canonical_url": request.build_absolute_uri(url),
        "og_locale": OG_LOCALES.get(language, "en_GB"),
        "og_locale_alternates": [locale for code, locale in OG_LOCALES.items() if code != language],
    }
