from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language_from_path

from portal.http import render_without_database, set_language_cookie


class LanguageCookieMiddleware:
    """Remember the language of the last page a visitor read, so ``/`` sends them back to it.

    The switcher is plain links (no form, no JavaScript); following one to ``/fi/…``
    makes Finnish the visitor's language the next time they open ``/``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = get_language_from_path(request.path_info)
        if (
            language
            and response.status_code == 200
            and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language
        ):
            set_language_cookie(response, language)
        return response


def _has_bad_characters(text: str) -> bool:
    """NUL, or bytes that were not UTF-8 (WSGI hands them over as surrogate escapes)."""
    return "\x00" in text or any("\udc80" <= char <= "\udcff" for char in text)


class AdminLanguageMiddleware:
    """The admin (``/admin/``, not language-prefixed) speaks the signed-in staff member's
    language (``User.language``, set in their account or by the admin header's switcher).

    Without a preference Django's ``LocaleMiddleware`` choice stands: the language cookie of
    the last page read, else the browser's. Runs after ``AuthenticationMiddleware``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/"):
            user = getattr(request, "user", None)
            language = getattr(user, "language", "") if user is not None else ""
            if user is not None and user.is_authenticated and language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)


class RejectBadInputMiddleware:
    """Answer 400 for a NUL character or invalid UTF-8 anywhere in the path or the query string.

    PostgreSQL refuses text containing NUL (``DataError``, a 500); no URL or parameter of the
    portal can need one, so such requests stop here, before any view, form or admin filter.
    POSTed forms answer field by field: text fields have Django's
    ``ProhibitNullCharactersValidator``, and the portal's model choice fields
    (``portal.forms.ModelChoiceField``) refuse a NUL before their database lookup.
    The answer is the translated 400 page, rendered without the database or the session.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_bad_characters(request.path_info) or _query_has_bad_characters(request):
            language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
            with translation.override(language):
                return render_without_database(request, "400.html", status=400)
        return self.get_response(request)


def _query_has_bad_characters(request) -> bool:
    raw = request.META.get("QUERY_STRING", "")
    if not raw:
        return False
    try:
        raw_bytes = raw.encode("latin-1")  # WSGI gives the bytes as latin-1 text
    except UnicodeEncodeError:
        raw_bytes = raw.encode("utf-8", "surrogateescape")
    try:
        decoded = unquote_to_bytes(raw_bytes).decode("utf-8")
    except UnicodeDecodeError:
        return True
    return _has_bad_characters(decoded)
