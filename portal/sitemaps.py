"""The sitemap: each app adds its sitemap classes with ``register``; every URL in five languages."""

from django.contrib import sitemaps
from django.urls import reverse

_registry: dict[str, type[sitemaps.Sitemap]] = {}


def register(key: str, sitemap: type[sitemaps.Sitemap]) -> None:
    _registry[key] = sitemap


def all_sitemaps() -> dict[str, type[sitemaps.Sitemap]]:
    return dict(_registry)


class StaticViewSitemap(sitemaps.Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self):
        return [
            "portal:home",
            "portal:network",
            "portal:contacts",
            "portal:living_lab_list",
            "portal:publications",
        ]

    def location(self, item):
        return reverse(item)


class LivingLabSitemap(sitemaps.Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        from portal.models import LivingLab

        return list(LivingLab.objects.published().order_by("slug"))


class PageSitemap(sitemaps.Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        from portal.models import Page

        return list(Page.objects.published().order_by("slug"))

    def lastmod(self, page):
        return page.updated_at


register("static", StaticViewSitemap)
register("living_labs", LivingLabSitemap)
register("pages", PageSitemap)
