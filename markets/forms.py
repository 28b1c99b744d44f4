from django import forms
from django.utils.translation import gettext_lazy as _

from portal.forms import ModelChoiceField
from portal.models import Country, Sector


class MarketFilterForm(forms.Form):
    """The list page's GET filters; works without JavaScript."""

    country = ModelChoiceField(
        label=_("Country"),
        queryset=Country.objects.ordered(),
        to_field_name="code",
        required=False,
        empty_label=_("All countries"),
        error_messages={"invalid_choice": _("Choose a country from the list.")},
    )
    sector = ModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.ordered(),
        to_field_name="slug",
        required=False,
        empty_label=_("All sectors"),
        error_messages={"invalid_choice": _("Choose a sector from the list.")},
    )
