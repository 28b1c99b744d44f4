from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

register = template.Library()

# The portal pages a step can point to: (flag on ProcessStep, URL name, link text).
STEP_RESOURCES = (
    ("uses_market_profiles", "markets:list", _("Market profiles of the four countries")),
    ("uses_living_labs", "portal:living_lab_list", _("Living Labs for user testing")),
    ("uses_counseling", "counseling:about", _("Counseling by the partner network")),
)


@register.inclusion_tag("pilots/step_resources.html")
def step_resources(step):
    """Links to the portal pages that help in ``step``; a page that does not exist yet is left out."""
    links = []
    for flag, url_name, label in STEP_RESOURCES:
        if not getattr(step, flag):
            continue
        try:
            links.append({"url": reverse(url_name), "label": label})
        except NoReverseMatch:
            continue
    return {"links": links}


@register.filter
def score_class(average) -> int:
    """An average of 1 to 5 as a bar width in steps of ten per cent: 4.2 → 80, 4.3 → 90."""
    if average is None:
        return 0
    return max(0, min(100, round(float(average) * 2) * 10))
