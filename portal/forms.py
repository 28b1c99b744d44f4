"""The GET filter forms of the network pages; they work without JavaScript.

An unknown value (a stale link, a typo, a tampered URL) never breaks the page:
the filter is dropped and the visitor is told so.
"""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from portal.selectors import Taxonomy


def _has_nul(value) -> bool:
    values = value if isinstance(value, list | tuple) else [value]
    return any(isinstance(item, str) and "\x00" in item for item in values)


class ModelChoiceField(forms.ModelChoiceField):
    """Django's field, refusing a NUL as an invalid choice before the database lookup.

    PostgreSQL refuses text containing NUL (a ``DataError``, a 500); every model choice
    field keyed on a text column (``to_field_name="slug"``) of a POSTed form uses this one.
    """

    def to_python(self, value):
        if _has_nul(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": ""}
            )
        return super().to_python(value)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's field, refusing a NUL in any value as an invalid choice before the lookup."""

    def _check_values(self, value):
        if _has_nul(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": ""},
            )
        return super()._check_values(value)


class FilterForm(forms.Form):
    """A GET filter form whose unknown values are dropped with a notice (see ``filter_form_from_query``)."""

    def applied(self) -> tuple[dict[str, str | None], list[str]]:
        """The valid filter values (``None`` for "all") and a notice for each ignored one."""
        self.is_valid()
        values: dict[str, str | None] = {}
        notices: list[str] = []
        for name, field in self.fields.items():
            if name in self.errors:
                raw = Truncator(str(self.data.get(name, "")).replace("\x00", "")).chars(40)
                notices.append(
                    _("%(filter)s: “%(value)s” is not one of the choices, so it was ignored.")
                    % {"filter": field.label, "value": raw}
                )
                values[name] = None
            else:
                values[name] = self.cleaned_data.get(name) or None
        return values, notices


def filter_form_from_query(form_class, query, **kwargs):
    """Bind ``form_class`` to the GET ``query`` and apply it; the one way list pages filter.

    Returns ``(form, filters, notices)``: the form to show (bound again without the dropped
    values, so the visitor sees what was applied), the filter values (``None`` for "all")
    and a notice for each value that was ignored.
    """
    form = form_class(query or None, **kwargs)
    if not form.is_bound:
        return form, dict.fromkeys(form.fields), []
    filters, notices = form.applied()
    if notices:
        form = form_class({name: value for name, value in filters.items() if value}, **kwargs)
        form.is_valid()
    return form, filters, notices


def _choices(empty_label, items, key: str):
    return [("", empty_label), *((getattr(item, key), str(item)) for item in items)]


class ContactFilterForm(FilterForm):
    country = forms.ChoiceField(label=_("Country"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    expertise = forms.ChoiceField(label=_("Expertise"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)

    def __init__(self, data=None, *, taxonomy: Taxonomy):
        super().__init__(data)
        self.taxonomy = taxonomy
        self.fields["country"].choices = _choices(_("All countries"), taxonomy.countries, "code")
        self.fields["sector"].choices = _choices(_("All sectors"), taxonomy.sectors, "slug")
        self.fields["expertise"].choices = _choices(_("Any expertise"), taxonomy.barriers, "slug")
        self.fields["language"].choices = _choices(_("Any language"), taxonomy.languages, "code")


class LivingLabFilterForm(FilterForm):
    country = forms.ChoiceField(label=_("Country"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    method = forms.ChoiceField(label=_("Method"), required=False)
    users = forms.ChoiceField(label=_("User group"), required=False)

    def __init__(self, data=None, *, taxonomy: Taxonomy):
        super().__init__(data)
        self.taxonomy = taxonomy
        self.fields["country"].choices = _choices(_("All countries"), taxonomy.countries, "code")
        self.fields["sector"].choices = _choices(_("All sectors"), taxonomy.sectors, "slug")
        self.fields["method"].choices = _choices(_("Any method"), taxonomy.methods, "slug")
        self.fields["users"].choices = _choices(_("Any user group"), taxonomy.user_groups, "slug")


class SearchFilterForm(FilterForm):
    """The filters of the search page; the query itself (``q``) is read by the view."""

    type = forms.ChoiceField(label=_("Type"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)

    def __init__(self, data=None, *, kinds: dict, taxonomy: Taxonomy):
        super().__init__(data)
        self.fields["type"].choices = [("", _("All types")), *kinds.items()]
        self.fields["country"].choices = _choices(_("All countries"), taxonomy.countries, "code")
        self.fields["sector"].choices = _choices(_("All sectors"), taxonomy.sectors, "slug")


class AccountLanguageForm(forms.Form):
    """A user's language: the admin speaks it."""

    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        help_text=_("The administration is shown in this language."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            ("", _("No preference (the language of the pages you read)")),
            *(
                (code, translation.get_language_info(code)["name_local"])
                for code, _name in settings.LANGUAGES
            ),
        ]
