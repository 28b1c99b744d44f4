"""Model fields visitors read, translated with django-modeltranslation (English fallback)."""

from modeltranslation.translator import TranslationOptions, register

from portal.models import Barrier, Country, LivingLab, Page, PartnerOrganisation, Sector


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Sector)
class SectorTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(Barrier)
class BarrierTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(PartnerOrganisation)
class PartnerOrganisationTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(LivingLab)
class LivingLabTranslation(TranslationOptions):
    fields = ("name", "city", "summary", "description")
    required_languages = ("en",)


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = ("en",)
