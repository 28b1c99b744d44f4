from django import template

from markets.comparison import format_fact

register = template.Library()


@register.filter
def fact_value(fact) -> str:
    """A key fact's value as text: ``5.6 million``, ``91%`` or ``Finnish, Swedish``."""
    return format_fact(fact) if fact is not None else ""
