"""Market profile fields visitors read, translated with django-modeltranslation (English fallback)."""

from modeltranslation.translator import TranslationOptions, register

from markets.models import SECTION_FIELDS, BarrierAssessment, KeyFact, MarketProfile, ResourceLink


@register(MarketProfile)
class MarketProfileTranslation(TranslationOptions):
    fields = ("summary", *SECTION_FIELDS)
    required_languages = {"en": ("summary",), "default": ()}


@register(BarrierAssessment)
class BarrierAssessmentTranslation(TranslationOptions):
    fields = ("note",)
    required_languages = ()


@register(KeyFact)
class KeyFactTranslation(TranslationOptions):
    fields = ("label", "unit", "text")
    required_languages = {"en": ("label",), "default": ()}


@register(ResourceLink)
class ResourceLinkTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"en": ("title",), "default": ()}
