"""Forms of the readiness check's steps; they parse input, the services score and save."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from counseling.forms import no_control_characters, single_line
from portal.forms import ModelChoiceField, ModelMultipleChoiceField
from portal.models import Country, LabMethod, Sector, UserGroup

MAX_TARGETS = 4


def _choose(label, queryset, *, to_field_name, required=True, **kwargs):
    return ModelChoiceField(
        label=label,
        queryset=queryset,
        to_field_name=to_field_name,
        required=required,
        error_messages={"invalid_choice": _("Choose from the list.")},
        **kwargs,
    )


def _choose_many(label, queryset, *, to_field_name, **kwargs):
    return ModelMultipleChoiceField(
        label=label,
        queryset=queryset,
        to_field_name=to_field_name,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("Choose from the list."),
            "invalid_pk_value": _("Choose from the list."),
        },
        **kwargs,
    )


class ProfileForm(forms.Form):
    """Step 1: the company, its sector, origin and target markets, and who uses the service."""

    company_name = forms.CharField(
        label=_("Company name (optional)"),
        required=False,
        max_length=200,
        validators=[single_line, no_control_characters],
        help_text=_("Printed on your plan; leave it empty to stay anonymous."),
    )
    sector = _choose(
        _("Sector"),
        Sector.objects.ordered(),
        to_field_name="slug",
        empty_label=_("Choose a sector"),
    )
    origin_country = _choose(
        _("Country where the company is based"),
        Country.objects.ordered(),
        to_field_name="code",
        empty_label=_("Choose a country"),
    )
    first_target = _choose(
        _("Your first-choice market"),
        Country.objects.ordered(),
        to_field_name="code",
        empty_label=_("Choose a country"),
    )
    other_targets = _choose_many(
        _("Other markets you are considering (optional)"),
        Country.objects.ordered(),
        to_field_name="code",
    )
    user_groups = _choose_many(
        _("Who uses your service? (optional)"), UserGroup.objects.ordered(), to_field_name="slug"
    )
    methods = _choose_many(
        _("How would you like to test it? (optional)"),
        LabMethod.objects.ordered(),
        to_field_name="slug",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["company_name"].widget.attrs["autocomplete"] = "organization"
        for name in ("first_target", "sector", "origin_country"):
            self.fields[name].error_messages["required"] = _("Choose one from the list.")

    def clean(self):
        cleaned = super().clean()
        first = cleaned.get("first_target")
        others = [country for country in cleaned.get("other_targets") or [] if country != first]
        if len(others) + 1 > MAX_TARGETS:
            self.add_error("other_targets", _("Choose at most four markets in all."))
        cleaned["other_targets"] = others
        return cleaned

    def state(self) -> dict:
        """The cleaned answers as plain values for the session."""
        data = self.cleaned_data
        return {
            "company_name": data["company_name"],
            "sector": data["sector"].slug,
            "origin_country": data["origin_country"].code,
            "targets": [data["first_target"].code, *(c.code for c in data["other_targets"])],
            "user_groups": [group.slug for group in data["user_groups"]],
            "methods": [method.slug for method in data["methods"]],
        }

    @staticmethod
    def initial_from(state: dict) -> dict:
        targets = state.get("targets") or []
        return {
            "company_name": state.get("company_name", ""),
            "sector": state.get("sector"),
            "origin_country": state.get("origin_country"),
            "first_target": targets[0] if targets else None,
            "other_targets": targets[1:],
            "user_groups": state.get("user_groups", []),
            "methods": state.get("methods", []),
        }


def field_name(question) -> str:
    return f"q_{question.slug}"


class AnswersForm(forms.Form):
    """One step of questions: one set of radio buttons per question, every one required."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            self.fields[field_name(question)] = forms.ChoiceField(
                label=question.text,
                help_text=question.help_text,
                choices=[(option.slug, option.text) for option in question.options.all()],
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Choose an answer."),
                    "invalid_choice": _("Choose one of the answers shown."),
                },
            )

    def answers(self) -> dict[str, str]:
        return {
            question.slug: self.cleaned_data[field_name(question)] for question in self.questions
        }

    def valid_answers(self) -> dict[str, str]:
        """The answers that are valid on their own, for going back before finishing a step."""
        kept = {}
        for question in self.questions:
            value = self.data.get(field_name(question))
            if value in {option.slug for option in question.options.all()}:
                kept[question.slug] = value
        return kept

    @property
    def groups(self) -> list[dict]:
        """The bound fields by dimension, for the template."""
        groups: list[dict] = []
        for question in self.questions:
            if not groups or groups[-1]["dimension"].pk != question.dimension_id:
                groups.append({"dimension": question.dimension, "fields": []})
            groups[-1]["fields"].append(self[field_name(question)])
        return groups


def repeated_fields(data, names) -> list[str]:
    """Single-valued fields that came more than once (a forged or broken form)."""
    return [name for name in names if len(data.getlist(name)) > 1]


def validate_not_repeated(data, names) -> None:
    if repeated_fields(data, names):
        raise ValidationError(_("A field was sent more than once."), code="repeated")
