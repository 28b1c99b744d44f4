from django.contrib import sitemaps
from django.urls import reverse


class CounselingPagesSitemap(sitemaps.Sitemap):
    """The public counseling pages; tracking and account pages are private and left out."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return ["counseling:about", "counseling:new"]

    def location(self, item):
        return reverse(item)
