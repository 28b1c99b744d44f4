"""The sitemap: each app adds its sitemap classes with ``register``; every URL in five languages."""

from django.contrib import sitemaps
from django.urls import reverse

_registry: dict[str, type[sitemaps.Sitemap]] = {}


def register(key: str, sitemap: type[sitemaps.Sitemap]) -> None:
    _registry[key] = sitemap


def all_sitemaps() -> dict[str, type[sitemaps.Sitemap]]:
    return dict(_registry)


class LanguageSitemap(sitemaps.Sitemap):
    """Every URL in the five languages, with hreflang alternates and ``x-default``."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"


def content_updated_at():
    """When any indexed public content last changed: the ``lastmod`` of pages that list it."""
    from portal.models import SearchDocument

    return (
        SearchDocument.objects.filter(is_published=True)
        .order_by("-updated_at")
        .values_list("updated_at", flat=True)
        .first()
    )


def views_sitemap(*url_names: str, changefreq: str = "weekly") -> type[LanguageSitemap]:
    """A sitemap of fixed pages named by URL name, e.g. ``views_sitemap("markets:list")``."""

    class ViewsSitemap(LanguageSitemap):
        def items(self):
            return list(url_names)

        def location(self, item):
            return reverse(item)

        def lastmod(self, item):
            if not hasattr(self, "_updated_at"):
                self._updated_at = content_updated_at()
            return self._updated_at

    ViewsSitemap.changefreq = changefreq
    return ViewsSitemap


class LivingLabSitemap(LanguageSitemap):
    def items(self):
        from portal.models import LivingLab

        return list(LivingLab.objects.published().order_by("slug"))

    def lastmod(self, lab):
        return lab.updated_at


class PageSitemap(LanguageSitemap):
    def items(self):
        from portal.models import Page

        return list(Page.objects.published().order_by("slug"))

    def lastmod(self, page):
        return page.updated_at


register(
    "static",
    views_sitemap(
        "portal:home",
        "portal:network",
        "portal:contacts",
        "portal:living_lab_list",
        "portal:publications",
    ),
)
register("living_labs", LivingLabSitemap)
register("pages", PageSitemap)
