from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _

# The network content partner editors maintain (add, change, view; deleting stays with admins).
# Site-wide pages and the lookup lists (methods, user groups, languages) are for administrators.
EDITED_MODELS = (
    "partnerorganisation",
    "supportservice",
    "contact",
    "livinglab",
    "publication",
)


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal and network")

    def ready(self) -> None:
        from portal import editorial, page_cache, related, roles, search_documents
        from portal.models import (
            Contact,
            LivingLab,
            PartnerOrganisation,
            Publication,
            SupportService,
        )
        from portal.network_related import contacts_for, living_labs_for

        post_migrate.connect(roles.sync_role_groups, dispatch_uid="portal.sync_role_groups")
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(page_cache.invalidate_on_change, dispatch_uid=f"page_cache.{signal!r}")
        search_documents.register()
        related.register("contacts", provider=contacts_for, order=30)
        related.register("living_labs", provider=living_labs_for, order=20)
        editorial.register(
            LivingLab,
            publish_field="is_published",
            published_value=True,
            markdown_fields={"description": 1},
        )
        # An editor keeps their own organisation's entry, contacts, services and publications.
        editorial.register_scope(PartnerOrganisation, owner_field="pk")
        editorial.register_scope(Contact, owner_field="organisation")
        editorial.register_scope(SupportService, owner_field="organisations")
        editorial.register_scope(Publication, owner_field="owner")
        roles.grant(
            roles.PARTNER_EDITOR,
            *(
                f"portal.{action}_{model}"
                for model in EDITED_MODELS
                for action in ("add", "change", "view")
            ),
        )
        # The translation dashboard (portal.translation_admin) is the view page of this model.
        roles.grant(roles.PARTNER_EDITOR, "portal.view_translationstate")
