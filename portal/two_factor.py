"""Staff need a second factor: the admin opens only for staff with an allauth TOTP authenticator.

Counselors and editors read personal data; a password alone is not enough. The admin
site's ``has_permission`` asks :func:`staff_has_second_factor`, so every admin page
(and the desk views built on ``admin_view``) is closed to a staff member without TOTP;
the admin's login view then sends them to set it up (``mfa_activate_totp``). Signing in
with allauth asks a user with TOTP for the code, so each admin session has passed it.

The demo staff of ``make run`` share one documented TOTP secret, in DEBUG only.
"""

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings

# Base32; add it to an authenticator app (or `oathtool --totp -b <secret>`) to sign in as
# a demo administrator or counselor. Only ever attached when DEBUG is on.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPBALLADDEMO234567"  # noqa: S105 - DEBUG-only demo secret


def staff_has_second_factor(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def admin_has_permission(request) -> bool:
    """The admin site's permission check: active staff with a TOTP authenticator."""
    user = request.user
    if not (user.is_active and user.is_staff):
        return False
    if not hasattr(request, "_staff_has_second_factor"):  # asked several times per page
        request._staff_has_second_factor = staff_has_second_factor(user)
    return request._staff_has_second_factor


def demo_totp_ensure(user) -> None:
    """Give a demo staff member the documented demo TOTP secret. Refuses outside DEBUG."""
    if not settings.DEBUG:
        raise RuntimeError("Demo two-factor secrets exist only in development (DJANGO_DEBUG=1).")
    if not staff_has_second_factor(user):
        TOTP.activate(user, DEMO_TOTP_SECRET)
