from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from portal import two_factor
from portal import views as portal_views
from portal.sitemaps import all_sitemaps

admin.site.site_header = _("Ballad portal administration")
admin.site.site_title = _("Ballad administration")
admin.site.index_title = _("Back office")
admin.site.login = portal_views.admin_login
admin.site.has_permission = two_factor.admin_has_permission  # staff need TOTP

handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("admin/language/", portal_views.admin_language, name="admin_language"),
    path("admin/", admin.site.urls),
    path("healthz", portal_views.healthz, name="healthz"),
    path("robots.txt", portal_views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_views.sitemap,
        {"sitemaps": all_sitemaps()},
        name="sitemap",
    ),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("markets/", include("markets.urls")),
    path("", include("counseling.urls")),
    path("", include("pilots.urls")),
    path("", include("portal.urls")),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
