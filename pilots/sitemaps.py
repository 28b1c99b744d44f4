from django.contrib import sitemaps
from django.urls import reverse

from pilots.models import PilotCase


class PilotPagesSitemap(sitemaps.Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return ["pilots:transfer_model", "pilots:pilot_list"]

    def location(self, item):
        return reverse(item)


class PilotCaseSitemap(sitemaps.Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return list(PilotCase.objects.published().ordered())

    def lastmod(self, pilot):
        return pilot.updated_at
