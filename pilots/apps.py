from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

MODELS = ("processstep", "pilotcase", "pilotstep")


class PilotsConfig(AppConfig):
    name = "pilots"
    verbose_name = _("Transfer model and pilots")

    def ready(self) -> None:
        from pilots import search, sitemaps
        from pilots.related import pilot_cases_for
        from portal import related, roles
        from portal import sitemaps as portal_sitemaps

        related.register("pilot_cases", provider=pilot_cases_for, order=40)
        portal_sitemaps.register(
            "pilots",
            portal_sitemaps.views_sitemap(
                "pilots:transfer_model", "pilots:pilot_list", changefreq="monthly"
            ),
        )
        portal_sitemaps.register("pilot_cases", sitemaps.PilotCaseSitemap)
        search.register()
        roles.grant(
            roles.PARTNER_EDITOR,
            *(
                f"pilots.{action}_{model}"
                for model in MODELS
                for action in ("add", "change", "view")
            ),
        )
