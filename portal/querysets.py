"""Query helpers shared by the apps' selectors."""

from django.db.models import QuerySet


def having_related(queryset: QuerySet, relation: str, **lookups) -> QuerySet:
    """Rows of ``queryset`` with at least one ``relation`` (a many-to-many) matching ``lookups``.

    ``having_related(contacts, "sectors", slug="e-health")``. The match runs in a subquery
    on the link table, so a row never comes back twice and no DISTINCT is needed.
    """
    field = queryset.model._meta.get_field(relation)
    through = field.remote_field.through
    target = field.m2m_reverse_field_name()
    links = through.objects.filter(**{f"{target}__{key}": value for key, value in lookups.items()})
    return queryset.filter(pk__in=links.values(field.m2m_field_name()))
