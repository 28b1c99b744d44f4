"""Business rules of the portal app, called by views, admin and commands alike."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

DEMO_ADMIN_PASSWORD = "ballad-demo-admin"  # noqa: S105 - only ever set when DEBUG is on


@transaction.atomic
def user_ensure_demo_admin() -> tuple[str, str]:
    """Create (or reset) the demo superuser with a verified e-mail. Refuses outside DEBUG."""
    if not settings.DEBUG:
        raise RuntimeError("The demo administrator exists only in development (DJANGO_DEBUG=1).")
    from allauth.account.models import EmailAddress

    email = settings.DEMO_ADMIN_EMAIL
    user, _created = get_user_model().objects.get_or_create(
        email=email, defaults={"name": "Demo Administrator"}
    )
    user.is_staff = True
    user.is_superuser = True
    user.set_password(DEMO_ADMIN_PASSWORD)
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return email, DEMO_ADMIN_PASSWORD
