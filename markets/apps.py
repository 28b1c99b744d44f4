from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

MODELS = ("marketprofile", "barrierassessment", "keyfact", "resourcelink")
INLINE_MODELS = ("barrierassessment", "keyfact", "resourcelink")


class MarketsConfig(AppConfig):
    name = "markets"
    verbose_name = _("Market profiles")

    def ready(self) -> None:
        from markets import search, sitemaps
        from markets.models import (
            SECTION_FIELDS,
            BarrierAssessment,
            KeyFact,
            MarketProfile,
            ProfileStatus,
            ResourceLink,
        )
        from markets.related import market_barriers, market_profiles_for
        from portal import editorial, matchmaking, related, roles
        from portal import sitemaps as portal_sitemaps

        related.register("market_profiles", provider=market_profiles_for, order=10)
        matchmaking.register("market_barriers", market_barriers)
        portal_sitemaps.register(
            "markets", portal_sitemaps.views_sitemap("markets:list", "markets:compare")
        )
        portal_sitemaps.register("market_profiles", sitemaps.MarketProfileSitemap)
        search.register()
        editorial.register(
            MarketProfile,
            publish_field="status",
            published_value=ProfileStatus.PUBLISHED,
            follow={
                "barrier_assessments": BarrierAssessment,
                "key_facts": KeyFact,
                "resources": ResourceLink,
            },
            markdown_fields=dict.fromkeys(SECTION_FIELDS, 2),
        )
        roles.grant(
            roles.PARTNER_EDITOR,
            *(
                f"markets.{action}_{model}"
                for model in MODELS
                for action in ("add", "change", "view")
            ),
            # out-of-date rows of a profile can be removed (never the profile itself)
            *(f"markets.delete_{model}" for model in INLINE_MODELS),
        )
