from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, connections
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_safe

from portal.models import Page
from portal.page_cache import cache_public_page


@require_safe
@cache_public_page
def home(request):
    return render(request, "portal/home.html")


@require_safe
@cache_public_page
def page_detail(request, slug: str):
    page = get_object_or_404(Page.objects.published(), slug=slug)
    return render(request, "portal/page_detail.html", {"page": page})


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers a trivial query, 503 when it does not."""
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/accounts/",
        "Disallow: /*/account/",
        "Disallow: /*/counseling/track/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def admin_login(request, extra_context=None):
    """Staff sign in to the admin through allauth (with its two-factor step), never a second form."""
    if not request.user.is_authenticated:
        return redirect_to_login(
            request.get_full_path(), reverse(settings.LOGIN_URL), redirect_field_name="next"
        )
    raise PermissionDenied(_("Your account has no access to the administration."))


# --- Error pages in the site layout ------------------------------------------------


def _error(request, template: str, status: int, **context):
    return render(request, template, context, status=status)


@requires_csrf_token
def bad_request(request, exception=None):
    return _error(request, "400.html", 400)


@requires_csrf_token
def permission_denied(request, exception=None):
    message = str(exception) if isinstance(exception, PermissionDenied) and exception.args else ""
    return _error(request, "403.html", 403, message=message)


@requires_csrf_token
def page_not_found(request, exception=None):
    return _error(request, "404.html", 404)


def csrf_failure(request, reason=""):
    return _error(request, "403_csrf.html", 403)


@requires_csrf_token
def server_error(request):
    """The 500 page avoids the database and context processors: they may be what broke."""
    template = loader.get_template("500.html")
    return HttpResponse(template.render({"request": request, "is_server_error": True}), status=500)
