"""Request and response helpers shared by the apps."""

import functools

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.urls import Resolver404, ResolverMatch, resolve
from django.utils import translation
from django.utils.translation import get_language_from_path


@functools.lru_cache(maxsize=4096)
def resolve_path(path_info: str) -> ResolverMatch | None:
    """The URL pattern ``path_info`` names (``None`` for none), for code that runs before
    Django resolves the request or without it: the page cache, the request log.

    A language-prefixed path resolves in its own language, whatever language is active. The
    patterns do not change while the process runs: one resolve per path, the most-asked
    4,096 kept.
    """
    language = get_language_from_path(path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            return resolve(path_info)
        except Resolver404:
            return None


def mark_private(response):
    """Keep ``response`` out of shared caches (the page cache included) and search engines.

    For personal pages (tracking, account, exports) and staff previews of drafts.
    """
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def render_without_database(request, template: str, *, status: int, **context):
    """An error page in the site layout that needs neither the database nor the session.

    Context processors (the signed-in user, messages, navigation) are skipped: they may be
    what broke, or may not have run yet. The layout then shows no account links.
    """
    html = loader.get_template(template).render(
        {"request": request, "is_server_error": True, "no_fragment_cache": True, **context}
    )
    return HttpResponse(html, status=status)


def set_language_cookie(response, language: str) -> None:
    """Remember ``language`` as the visitor's, with the cookie settings Django's i18n uses."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
