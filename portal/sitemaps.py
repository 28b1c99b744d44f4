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
        return ["portal:home"]

    def location(self, item):
        return reverse(item)


register("static", StaticViewSitemap)
