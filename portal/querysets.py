"""Query helpers shared by the apps' selectors."""

from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import get_language


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


def language_columns(model, *, omit=()) -> list[str]:
    """The concrete fields of ``model`` a page in the active language reads.

    Every untranslated column, and of each field registered with django-modeltranslation
    only the active language's column and its fallbacks' (``overview_fi``, ``overview_en``),
    never the other languages' copies or the untranslated original. ``omit`` leaves out
    fields (translated or not) the page does not show, such as Markdown sections on a list.
    """
    from modeltranslation.translator import NotRegistered, translator
    from modeltranslation.utils import build_localized_fieldname, resolution_order

    languages = resolution_order(get_language() or settings.LANGUAGE_CODE)
    try:
        translated = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        translated = set()
    wanted = {
        build_localized_fieldname(name, language)
        for name in translated
        if name not in omit
        for language in languages
    }
    columns = []
    for field in model._meta.concrete_fields:
        if field.name in omit:
            continue
        base = getattr(field, "translated_field", None)
        if base is not None:
            if field.name in wanted:
                columns.append(field.name)
        elif field.name not in translated:
            columns.append(field.name)
    return columns


def only_language_fields(queryset: QuerySet, *related: str, omit=()) -> QuerySet:
    """``queryset.only(...)`` the columns of the active language, for the model and ``related``.

    ``related`` are the ``select_related`` paths the page reads (``"country"``,
    ``"sector"``); they are joined here, and a relation not named is not joined. So
    a Finnish page selects ``overview_fi`` and ``overview_en`` but not ``overview_sv``,
    and still shows the English text where the Finnish one is empty.
    """
    columns = language_columns(queryset.model, omit=omit)
    for path in related:
        model = queryset.model
        for part in path.split("__"):
            model = model._meta.get_field(part).related_model
        columns += [f"{path}__{name}" for name in language_columns(model)]
    return queryset.select_related(*related).only(*columns) if related else queryset.only(*columns)
