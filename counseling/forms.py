"""Forms of the counseling pages and of the admin triage; they parse input, services decide."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from counseling import services, workflow
from counseling.enums import HELPFULNESS_CHOICES, CompanySize, MarketEntry
from counseling.models import SavedReply
from portal.forms import ModelChoiceField, ModelMultipleChoiceField
from portal.models import Barrier, Country, PartnerOrganisation, Sector

TEXT_MAX = 5000
# A counselor needs this much to answer: "x" as the service or "?" as the question is not enough.
SERVICE_MIN = 30
QUESTION_MIN = 25
MIN_LENGTH_MESSAGE = _(
    "Write at least %(limit_value)d characters (now %(show_value)d), so that a counselor can "
    "answer you."
)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029]")


def no_control_characters(value: str) -> None:
    if CONTROL_CHARACTERS.search(value or ""):
        raise ValidationError(_("Remove the control characters from this text."), code="control")


def single_line(value: str) -> None:
    if LINE_BREAKS.search(value or ""):
        raise ValidationError(_("Write this on one line."), code="line_break")


def _line(label, *, max_length, required=True, **kwargs):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        validators=[single_line, no_control_characters],
        **kwargs,
    )


def _text(label, *, required=True, **kwargs):
    return forms.CharField(
        label=label,
        max_length=TEXT_MAX,
        required=required,
        validators=[no_control_characters],
        widget=forms.Textarea(attrs={"rows": 6}),
        **kwargs,
    )


class RequestForm(forms.Form):
    """The SME's request; works without JavaScript; ``?country=fi&sector=e-health`` preselect."""

    company_name = _line(_("Company name"), max_length=200, strip=True)
    company_website = forms.URLField(
        label=_("Company website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("For example https://example.com"),
    )
    origin_country = ModelChoiceField(
        label=_("Country where the company is based"),
        queryset=Country.objects.ordered(),
        to_field_name="code",
        empty_label=_("Choose a country"),
        error_messages={"invalid_choice": _("Choose a country from the list.")},
    )
    company_size = forms.ChoiceField(label=_("Company size"), choices=CompanySize.choices)
    sector = ModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.ordered(),
        to_field_name="slug",
        empty_label=_("Choose a sector"),
        error_messages={"invalid_choice": _("Choose a sector from the list.")},
    )
    service_description = _text(
        _("Your service"),
        min_length=SERVICE_MIN,
        help_text=_(
            "What the service does, who uses it and where it is used today, in a few sentences."
        ),
        error_messages={"min_length": MIN_LENGTH_MESSAGE},
    )
    target_countries = ModelMultipleChoiceField(
        label=_("Target countries"),
        queryset=Country.objects.ordered(),
        to_field_name="code",
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick every market you want to enter."),
        error_messages={
            "invalid_choice": _("Choose target countries from the list."),
            "invalid_pk_value": _("Choose target countries from the list."),
            "required": _("Choose at least one target country."),
        },
    )
    first_choice = ModelChoiceField(
        label=_("Your first choice"),
        queryset=Country.objects.ordered(),
        to_field_name="code",
        required=False,
        empty_label=_("Choose your first-choice market"),
        help_text=_(
            "If you ticked more than one market: the partner for your first choice answers you."
        ),
        error_messages={"invalid_choice": _("Choose a country from the list.")},
    )
    barriers = ModelMultipleChoiceField(
        label=_("What do you need help with?"),
        queryset=Barrier.objects.ordered(),
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={
            "invalid_choice": _("Choose topics from the list."),
            "invalid_pk_value": _("Choose topics from the list."),
        },
    )
    question = _text(
        _("Your question"),
        min_length=QUESTION_MIN,
        help_text=_(
            "What you need to know to enter the market, as precisely as you can: for example "
            "which rules apply to your service, or which customers or partners you look for."
        ),
        error_messages={"min_length": MIN_LENGTH_MESSAGE},
    )
    preferred_language = forms.ChoiceField(
        label=_("Language for our answers"), choices=settings.LANGUAGES
    )
    contact_name = _line(_("Contact person"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    phone = forms.RegexField(
        label=_("Phone (optional)"),
        required=False,
        max_length=40,
        regex=r"^\+?[0-9 ()./-]{5,40}$",
        error_messages={"invalid": _("Write the phone number with digits, e.g. +358 40 123 4567.")},
    )
    privacy = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my request is stored and handled."),
        error_messages={"required": _("Acknowledge the privacy notice to send the request.")},
    )
    # Honeypot: hidden from people by CSS, filled in by bots.
    fax = forms.CharField(label=_("Leave this field empty"), required=False, max_length=100)
    # The private link of a readiness plan to attach ("Ask a counselor about this plan").
    readiness = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user if user is not None and user.is_authenticated else None
        self.fields["fax"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        for name in ("company_name", "contact_name"):
            self.fields[name].widget.attrs["autocomplete"] = (
                "organization" if name == "company_name" else "name"
            )
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["company_website"].widget.attrs["autocomplete"] = "url"

    def clean_readiness(self):
        """The attached plan's summary (``readiness_summary``); a forged link is an error."""
        from counseling import readiness_services

        token = self.cleaned_data.get("readiness", "")
        self.cleaned_data["readiness_summary"] = {}
        if not token:
            return ""
        summary = readiness_services.request_summary(token)
        if summary is None:
            raise ValidationError(
                _("The readiness plan to attach is unknown or expired."), code="readiness"
            )
        self.readiness_summary = summary
        return token

    def clean_target_countries(self):
        codes = self.data.getlist("target_countries") if hasattr(self.data, "getlist") else []
        if len(codes) != len(set(codes)):
            raise ValidationError(_("Tick each market only once."), code="duplicate")
        return self.cleaned_data["target_countries"]

    def clean(self):
        cleaned = super().clean()
        cleaned["readiness_summary"] = getattr(self, "readiness_summary", {})
        targets = list(cleaned.get("target_countries") or [])
        first = cleaned.get("first_choice")
        if len(targets) > 1 and first is None and "first_choice" not in self.errors:
            self.add_error(
                "first_choice", _("You ticked several markets: choose your first choice.")
            )
        elif first is not None and targets and first not in targets:
            self.add_error(
                "first_choice", _("Your first choice must be one of the ticked markets.")
            )
        return cleaned

    @property
    def ranked_targets(self) -> list:
        """The ticked markets, the first choice first (the order routing follows)."""
        targets = list(self.cleaned_data["target_countries"])
        first = self.cleaned_data.get("first_choice") or (targets[0] if targets else None)
        return [first, *(country for country in targets if country != first)] if first else []

    def submission(self) -> dict:
        """The valid form as the keyword arguments of ``services.request_submit``."""
        data = self.cleaned_data
        return {
            "company_name": data["company_name"],
            "company_website": data["company_website"],
            "origin_country": data["origin_country"],
            "company_size": data["company_size"],
            "sector": data["sector"],
            "service_description": data["service_description"],
            "target_countries": self.ranked_targets,
            "barriers": list(data["barriers"]),
            "question": data["question"],
            "preferred_language": data["preferred_language"],
            "contact_name": data["contact_name"],
            "email": data["email"],
            "phone": data["phone"],
            "readiness_summary": data["readiness_summary"],
        }

    def clean_email(self):
        email = self.cleaned_data["email"]
        if self.user is not None and not services.email_belongs_to(user=self.user, email=email):
            raise ValidationError(services.OWN_ADDRESS_REQUIRED, code="not_own_address")
        return email

    def clean_fax(self):
        if self.cleaned_data.get("fax"):
            raise ValidationError(_("Leave this field empty."), code="honeypot")
        return ""


def initial_from_query(query, *, language: str) -> dict:
    """Preselect the form from ``?country=fi&sector=e-health``; unknown values are ignored."""
    initial = {"preferred_language": language}
    country = (query.get("country") or "").strip().lower()[:2]
    sector = (query.get("sector") or "").strip().lower()[:40]
    if country and Country.objects.filter(code=country).exists():
        initial["target_countries"] = [country]
        initial["first_choice"] = country
    if sector and Sector.objects.filter(slug=sector).exists():
        initial["sector"] = sector
    return initial


def request_form_initial(query, *, language: str, user=None) -> tuple[dict, list[str]]:
    """The empty form's initial values from the link and the account, and the notices to show.

    ``?country=…&sector=…`` preselect (see :func:`initial_from_query`); ``?readiness=<token>``
    fills the form from a readiness plan; a signed-in SME's name and address come first.
    """
    from counseling import readiness_services

    notices = []
    initial = initial_from_query(query, language=language)
    readiness_token = query.get("readiness", "")
    if readiness_token:
        prefill = readiness_services.request_initial(readiness_token)
        if prefill is None:
            notices.append(
                _("The readiness plan in the link is unknown or expired and was ignored.")
            )
        initial.update(prefill or {})
    ignored = [
        name
        for name, key in (("country", "target_countries"), ("sector", "sector"))
        if query.get(name) and key not in initial
    ]
    if ignored:
        notices.append(_("A country or sector in the link is unknown and was ignored."))
    if user is not None and user.is_authenticated:
        initial.setdefault("email", user.email)
        initial.setdefault("contact_name", user.name)
    return initial, notices


class AnswerForm(forms.Form):
    text = _text(_("Your answer"))


class SurveyForm(forms.Form):
    """One answer of the closing survey per post: one button click, or the comment."""

    helpfulness = forms.TypedChoiceField(
        label=_("How helpful was the counseling?"),
        choices=HELPFULNESS_CHOICES,
        coerce=int,
        required=False,
    )
    market = forms.ChoiceField(
        label=_("Did you enter the market?"), choices=MarketEntry.choices, required=False
    )
    comment = _text(_("Anything else you want to tell us?"), required=False)

    def clean(self):
        cleaned = super().clean()
        answered = [name for name in self.fields if cleaned.get(name) not in (None, "")]
        if len(answered) != 1:
            raise ValidationError(_("Answer one question at a time."), code="one_question")
        self.question = answered[0]
        self.value = cleaned[self.question]
        return cleaned


# --- Admin triage ---------------------------------------------------------------------


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"))
    note = forms.CharField(
        label=_("Internal note (optional)"),
        required=False,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        validators=[no_control_characters],
    )

    def __init__(self, *args, current_status: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (status.value, status.staff_label)
            for status in workflow.allowed_transitions(current_status)
        ]


class NoteForm(forms.Form):
    text = _text(_("Internal note"))


class ReplyForm(forms.Form):
    text = _text(_("Reply to the company"))
    then_status = forms.ChoiceField(label=_("Afterwards"), required=False)

    def __init__(self, *args, current_status: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["then_status"].choices = [("", _("Keep the status"))] + [
            (choice.value, choice.staff_label)
            for choice in workflow.statuses_after_reply(current_status)
        ]


class HandOverForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Hand over to"), queryset=PartnerOrganisation.objects.active()
    )
    reason = _text(_("Reason"))

    def __init__(self, *args, exclude_organisation_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        if exclude_organisation_id:
            self.fields["organisation"].queryset = PartnerOrganisation.objects.active().exclude(
                pk=exclude_organisation_id
            )


class SavedReplyForm(forms.ModelForm):
    """Plain text: template syntax and markup stay literal, they are never rendered."""

    class Meta:
        model = SavedReply
        fields = ["title", "language", "text", "organisation"]
        widgets = {"text": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("title", "text"):
            self.fields[name].validators.append(no_control_characters)
        self.fields["text"].max_length = TEXT_MAX
        self.fields["text"].validators.append(MaxLengthValidator(TEXT_MAX))


class EmailDataForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[("export", _("Export as JSON")), ("erase", _("Erase (anonymise)"))],
        widget=forms.RadioSelect,
    )
    confirm = forms.BooleanField(
        label=_("I understand that erasing cannot be undone."), required=False
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "erase" and not cleaned.get("confirm"):
            self.add_error("confirm", _("Confirm the erasure."))
        return cleaned


class AccountDeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, delete my account. My requests stay only as anonymous statistics."),
        error_messages={"required": _("Tick the box to confirm.")},
    )
