from pilots.models import PilotCase
from portal.sitemaps import LanguageSitemap


class PilotCaseSitemap(LanguageSitemap):
    def items(self):
        return list(PilotCase.objects.published().ordered())

    def lastmod(self, pilot):
        return pilot.updated_at
