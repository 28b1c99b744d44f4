from django import template

from markets.comparison import format_fact

register = template.Library()


@register.filter
def fact_value(fact) -> str:
    """A key fact's value as text: ``5.6 million``, ``91%`` or ``Finnish, Swedish``."""
    return format_fact(fact) if fact is not None else ""


@register.filter
def at(items, index: int):
    """``items[index]`` in a template: ``{{ profiles|at:forloop.counter0 }}``."""
    try:
        return items[index]
    except (IndexError, TypeError):
        return ""
