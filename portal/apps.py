from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal and network")

    def ready(self) -> None:
        from portal import page_cache, roles

        post_migrate.connect(roles.sync_role_groups, dispatch_uid="portal.sync_role_groups")
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(page_cache.invalidate_on_change, dispatch_uid=f"page_cache.{signal!r}")
