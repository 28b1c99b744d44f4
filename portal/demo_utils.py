"""The one way demo content spells translated values: ``{"en": …, "et": …, "fi": …, "lv": …, "sv": …}``."""

from django.conf import settings

LANGUAGE_CODES = tuple(settings.MODELTRANSLATION_LANGUAGES)


def translated(field: str, values: dict[str, str]) -> dict[str, str]:
    """``translated("name", {"en": "Finland", "fi": "Suomi", …})`` → ``{"name_en": …, "name_fi": …}``.

    Every demo text must exist in all five languages; a missing one is a bug in the demo data.
    """
    missing = [code for code in LANGUAGE_CODES if not values.get(code)]
    if missing:
        raise ValueError(
            f"Demo text for {field!r} lacks {', '.join(missing)}: {values.get('en')!r}"
        )
    return {f"{field}_{code}": values[code] for code in LANGUAGE_CODES}


def translated_fields(**fields: dict[str, str]) -> dict[str, str]:
    """Several translated fields at once: ``translated_fields(name={…}, description={…})``."""
    result: dict[str, str] = {}
    for field, values in fields.items():
        result.update(translated(field, values))
    return result
