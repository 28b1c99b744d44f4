"""Pilot and transfer-model fields visitors read, translated with django-modeltranslation (English fallback)."""

from modeltranslation.translator import TranslationOptions, register

from pilots.models import PilotCase, PilotStep, ProcessStep


@register(ProcessStep)
class ProcessStepTranslation(TranslationOptions):
    fields = ("title", "summary", "what_to_do", "typical_duration")
    required_languages = {"en": ("title",), "default": ()}


@register(PilotCase)
class PilotCaseTranslation(TranslationOptions):
    fields = ("title", "company_description", "summary", "service", "outcome", "lessons")
    required_languages = {"en": ("title",), "default": ()}


@register(PilotStep)
class PilotStepTranslation(TranslationOptions):
    fields = ("what_was_done", "outcome")
    required_languages = ()
