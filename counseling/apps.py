from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CounselingConfig(AppConfig):
    name = "counseling"
    verbose_name = _("Counseling")

    def ready(self) -> None:
        from allauth.account.signals import email_confirmed, user_logged_in

        from counseling import emails, services
        from portal import roles
        from portal import sitemaps as portal_sitemaps
        from portal.adapters import register_login_landing
        from portal.emails import register_outcome_handler

        # The public counseling pages; tracking and account pages are private and left out.
        portal_sitemaps.register(
            "counseling",
            portal_sitemaps.views_sitemap(
                "counseling:about", "counseling:new", "counseling:readiness", changefreq="monthly"
            ),
        )
        register_outcome_handler(emails.OUTCOME_HANDLER, services.request_email_outcome)
        register_login_landing(_counselor_desk)
        roles.grant(
            roles.COUNSELOR,
            "counseling.view_counselingrequest",
            "counseling.change_counselingrequest",
            "counseling.view_requestevent",
            "counseling.view_savedreply",
            "counseling.add_savedreply",
            "counseling.change_savedreply",
            "counseling.delete_savedreply",
            "counseling.view_responsetarget",
            "counseling.change_responsetarget",
        )
        roles.grant(
            roles.PARTNER_EDITOR,
            *(
                f"counseling.{action}_{model}"
                for model in ("readinessdimension", "readinessquestion", "readinessoption")
                for action in ("add", "change", "view")
            ),
        )
        # allauth's hooks only call the service: requests sent earlier from a verified
        # address join the account when it signs in or verifies that address.
        email_confirmed.connect(_attach_after_confirmation, dispatch_uid="counseling_attach")
        user_logged_in.connect(_attach_after_login, dispatch_uid="counseling_attach_login")


def _attach_after_confirmation(sender, request, email_address, **kwargs):
    from counseling.services import requests_attach_to_user

    requests_attach_to_user(user=email_address.user)


def _attach_after_login(sender, request, user, **kwargs):
    from counseling.services import requests_attach_to_user

    requests_attach_to_user(user=user)


def _counselor_desk(user) -> str | None:
    """A counselor lands on their queue: their organisation's open requests and the pool."""
    from django.urls import reverse

    from counseling.admin import QUEUE_PARAMETER
    from portal import roles

    if not (user.is_authenticated and user.is_staff and user.is_active):
        return None
    if not user.groups.filter(name=roles.COUNSELOR).exists():
        return None
    return f"{reverse('admin:counseling_counselingrequest_changelist')}?{QUEUE_PARAMETER}=open"
