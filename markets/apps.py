from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

MODELS = ("marketprofile", "barrierassessment", "keyfact", "resourcelink")


class MarketsConfig(AppConfig):
    name = "markets"
    verbose_name = _("Market profiles")

    def ready(self) -> None:
        from markets import search, sitemaps
        from markets.related import market_profiles_for
        from portal import related, roles
        from portal import sitemaps as portal_sitemaps

        related.register("market_profiles", provider=market_profiles_for, order=10)
        portal_sitemaps.register(
            "markets", portal_sitemaps.views_sitemap("markets:list", "markets:compare")
        )
        portal_sitemaps.register("market_profiles", sitemaps.MarketProfileSitemap)
        search.register()
        roles.grant(
            roles.PARTNER_EDITOR,
            *(
                f"markets.{action}_{model}"
                for model in MODELS
                for action in ("add", "change", "view")
            ),
        )
