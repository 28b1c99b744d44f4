from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.utils.translation import gettext as _

from portal.emails import email_enqueue, email_message_to_dict

EMAIL_MAX_LENGTH = 254  # RFC 5321 path limit, and the column size of User.email

# Where a user lands after signing in: apps register ``callable(user) -> url | None``
# (counseling sends counselors to their queue); the first answer wins, else allauth's default.
LOGIN_LANDINGS: list = []


def register_login_landing(landing) -> None:
    if landing not in LOGIN_LANDINGS:
        LOGIN_LANDINGS.append(landing)


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email: str) -> str:
        email = super().clean_email(email)
        if len(email) > EMAIL_MAX_LENGTH:
            raise forms.ValidationError(
                _("An e-mail address can be at most %(limit)d characters long.")
                % {"limit": EMAIL_MAX_LENGTH}
            )
        return email.lower()

    def get_login_redirect_url(self, request):
        for landing in LOGIN_LANDINGS:
            url = landing(request.user)
            if url:
                return url
        return super().get_login_redirect_url(request)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Render now, in the visitor's language; send later, from the background worker."""
        from allauth.core import context as allauth_context
        from django.contrib.sites.shortcuts import get_current_site

        request = allauth_context.request
        full_context = {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
        }
        full_context.update(context)
        message = self.render_mail(template_prefix, email, full_context)
        email_enqueue(message=email_message_to_dict(message))
