from markets.models import MarketProfile
from portal.sitemaps import LanguageSitemap


class MarketProfileSitemap(LanguageSitemap):
    def items(self):
        return list(MarketProfile.objects.published().with_taxonomy().ordered())

    def lastmod(self, profile):
        return profile.updated_at
