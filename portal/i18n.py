"""Language helpers shared by the layout, the sitemap and e-mails."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info

# Each language named in itself, as a speaker of it looks for it.
NATIVE_NAMES = {
    "en": "English",
    "et": "Eesti",
    "fi": "Suomi",
    "lv": "Latviešu",
    "sv": "Svenska",
}


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def alternate_urls(request, *, resolved: bool = True) -> list[dict]:
    """The current page in every language: code, native name and absolute URL.

    A page that resolved to no view (an error page) links to each language's home.
    """
    path = request.get_full_path()
    alternates = []
    for code in language_codes():
        url = translate_url(path, code) if resolved else f"/{code}/"
        alternates.append(
            {
                "code": code,
                "name": NATIVE_NAMES.get(code) or get_language_info(code)["name_local"],
                "url": url,
                # An error page may answer a request with a bad Host header: no absolute URLs there.
                "absolute_url": request.build_absolute_uri(url) if resolved else "",
            }
        )
    return alternates


def x_default_url(request) -> str:
    """The language-neutral address: unprefixed, so it redirects by the visitor's language."""
    path = request.path
    for code in language_codes():
        prefix = f"/{code}/"
        if path.startswith(prefix):
            path = "/" + path[len(prefix) :]
            break
    query = request.META.get("QUERY_STRING", "")
    return request.build_absolute_uri(path + (f"?{query}" if query else ""))


def fell_back(obj, field: str, language: str | None = None) -> bool:
    """True when ``obj.field`` shows the English fallback because the language's own text is empty."""
    from django.utils.translation import get_language

    language = (language or get_language() or "en").split("-")[0]
    if language == "en":
        return False
    own = getattr(obj, f"{field}_{language}", None)
    english = getattr(obj, f"{field}_en", None)
    return not own and bool(english)
