"""Response helpers shared by the apps."""

from django.conf import settings
from django.http import HttpResponse
from django.template import loader


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
