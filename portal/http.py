"""Response helpers shared by the apps."""

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
