from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

MODELS = ("processstep", "pilotcase", "pilotstep")


class PilotsConfig(AppConfig):
    name = "pilots"
    verbose_name = _("Transfer model and pilots")

    def ready(self) -> None:
        from pilots import search, sitemaps
        from pilots.models import PilotCase, PilotStep
        from pilots.related import matching_pilots, pilot_cases_for, process_steps
        from portal import editorial, matchmaking, related, roles
        from portal import sitemaps as portal_sitemaps

        related.register("pilot_cases", provider=pilot_cases_for, order=40)
        from pilots import publications as pilot_publications

        pilot_publications.register()
        matchmaking.register("pilots", matching_pilots)
        matchmaking.register("process_steps", process_steps)
        portal_sitemaps.register(
            "pilots",
            portal_sitemaps.views_sitemap(
                "pilots:transfer_model", "pilots:pilot_list", changefreq="monthly"
            ),
        )
        portal_sitemaps.register("pilot_cases", sitemaps.PilotCaseSitemap)
        search.register()
        editorial.register(
            PilotCase,
            publish_field="is_published",
            published_value=True,
            follow={"steps": PilotStep},
            markdown_fields=dict.fromkeys(
                ("company_description", "service", "outcome", "lessons"), 2
            ),
        )
        roles.grant(
            roles.PARTNER_EDITOR,
            *(
                f"pilots.{action}_{model}"
                for model in MODELS
                for action in ("add", "change", "view")
            ),
            "pilots.delete_pilotstep",  # a step row can be removed, never the pilot
        )
