"""Model fields visitors read, translated with django-modeltranslation (English fallback)."""

from modeltranslation.translator import TranslationOptions, register

from portal.models import (
    Barrier,
    Contact,
    Country,
    LabMethod,
    Language,
    LivingLab,
    Page,
    PartnerOrganisation,
    Publication,
    Sector,
    SupportService,
    UserGroup,
)


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
    fields = ("name", "city", "summary", "description", "ethics_support")
    required_languages = ("en",)


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = ("en",)


@register(Language)
class LanguageTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(LabMethod)
class LabMethodTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(UserGroup)
class UserGroupTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(SupportService)
class SupportServiceTranslation(TranslationOptions):
    fields = ("name", "description", "audience", "how_to_get")
    required_languages = ("en",)


@register(Contact)
class ContactTranslation(TranslationOptions):
    fields = ("role",)


@register(Publication)
class PublicationTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("en",)
