from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal and network")

    def ready(self) -> None:
        from portal import roles

        post_migrate.connect(roles.sync_role_groups, dispatch_uid="portal.sync_role_groups")
