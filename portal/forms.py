"""The GET filter forms of the network pages; they work without JavaScript.

An unknown value (a stale link, a typo, a tampered URL) never breaks the page:
the filter is dropped and the visitor is told so.
"""

from django import forms
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from portal.selectors import Taxonomy


class _FilterForm(forms.Form):
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


def _choices(empty_label, items, key: str):
    return [("", empty_label), *((getattr(item, key), str(item)) for item in items)]


class ContactFilterForm(_FilterForm):
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


class LivingLabFilterForm(_FilterForm):
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
