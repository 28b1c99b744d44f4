from django.contrib import sitemaps
from django.urls import reverse

from markets.models import MarketProfile


class MarketPagesSitemap(sitemaps.Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self):
        return ["markets:list", "markets:compare"]

    def location(self, item):
        return reverse(item)


class MarketProfileSitemap(sitemaps.Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return list(MarketProfile.objects.published().with_taxonomy().ordered())

    def lastmod(self, profile):
        return profile.updated_at
