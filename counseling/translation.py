"""Readiness content that visitors read, translated with django-modeltranslation (English fallback)."""

from modeltranslation.translator import TranslationOptions, register

from counseling.models import ReadinessDimension, ReadinessOption, ReadinessQuestion


@register(ReadinessDimension)
class ReadinessDimensionTranslation(TranslationOptions):
    fields = ("name", "description", "advice")
    required_languages = ("en",)


@register(ReadinessQuestion)
class ReadinessQuestionTranslation(TranslationOptions):
    fields = ("text", "help_text")
    required_languages = ("en",)


@register(ReadinessOption)
class ReadinessOptionTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ("en",)
