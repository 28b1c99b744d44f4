from django import forms
from django.utils.translation import gettext_lazy as _

from pilots.models import PilotStatus
from portal.forms import FilterForm
from portal.models import Country, Sector


class PilotFilterForm(FilterForm):
    """The pilot list's GET filters; works without JavaScript. Choices come from the view's lists."""

    origin = forms.ChoiceField(label=_("Origin country"), required=False)
    target = forms.ChoiceField(label=_("Target country"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Ongoing and completed")), *PilotStatus.choices],
    )

    def __init__(self, *args, countries: list[Country], sectors: list[Sector], **kwargs):
        super().__init__(*args, **kwargs)
        country_choices = [(country.code, country.name) for country in countries]
        self.fields["origin"].choices = [("", _("All countries")), *country_choices]
        self.fields["target"].choices = [("", _("All countries")), *country_choices]
        self.fields["sector"].choices = [
            ("", _("All sectors")),
            *((sector.slug, sector.name) for sector in sectors),
        ]
