from django.conf import settings
from django.utils.translation import get_language

from portal import content_cache
from portal.i18n import alternate_urls, x_default_url
from portal.navigation import main_navigation
from portal.pagination import page_number

# Open Graph locales of the five languages.
OG_LOCALES = {"en": "en_GB", "et": "et_EE", "fi": "fi_FI", "lv": "lv_LV", "sv": "sv_SE"}


def site(request) -> dict:
    """What the base layout needs on every page: navigation and the page in other languages."""
    resolved = getattr(request, "resolver_match", None) is not None
    # Computed on first use: the header and head of a cached page (portal.content_cache)
    # come from its fragments and never ask.
    return {
        "site_name": settings.SITE_NAME,
        "main_navigation": content_cache.lazy(lambda: main_navigation(request.path)),
        "language_alternates": content_cache.lazy(
            lambda: alternate_urls(request, resolved=resolved)
        ),
        # Error pages resolved to no view: no hreflang links that would point at nothing.
        "show_hreflang": resolved,
        "x_default_url": content_cache.lazy(lambda: x_default_url(request) if resolved else ""),
        **(_discovery(request) if resolved else {}),
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
