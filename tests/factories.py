"""Factories for the portal app's models; each app keeps its own in tests/<app>/factories.py."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

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
    User,
    UserGroup,
)
from portal.pdf import simple_pdf

PASSWORD = "correct horse battery staple 42"
# Staff must have TOTP before the admin opens (portal/two_factor.py). StaffFactory and
# SuperuserFactory give every staff user this secret, so `client.force_login(staff)` opens
# the admin as before; pass `second_factor=False` for a staff member without one, and use
# `totp_code()` where a test signs in through allauth's two-factor step.
STAFF_TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"


def totp_code(secret: str = STAFF_TOTP_SECRET) -> str:
    """The current TOTP code for ``secret``."""
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def _second_factor(self, create, extracted, **kwargs):
    if create and extracted is not False:
        from allauth.mfa.totp.internal.auth import TOTP

        TOTP.activate(self, STAFF_TOTP_SECRET)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        """A verified primary address, as allauth's mandatory verification leaves it."""
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
        if create:
            self.save()


class StaffFactory(UserFactory):
    is_staff = True
    second_factor = factory.PostGeneration(_second_factor)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.set(Group.objects.filter(name__in=extracted))


class SuperuserFactory(UserFactory):
    is_staff = True
    is_superuser = True
    second_factor = factory.PostGeneration(_second_factor)


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ("code",)

    code = factory.Iterator(["ee", "fi", "lv", "se"])
    name_en = factory.LazyAttribute(lambda o: f"Country {o.code.upper()}")


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("slug",)

    slug = factory.Iterator(["e-health", "e-learning"])
    name_en = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").title())


class BarrierFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Barrier
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"barrier-{n}")
    name_en = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").title())


class PartnerOrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerOrganisation
        skip_postgeneration_save = True

    name_en = factory.Sequence(lambda n: f"Partner organisation {n}")
    short_name = factory.Sequence(lambda n: f"P{n}")
    slug = factory.Sequence(lambda n: f"partner-{n}")
    country = factory.SubFactory(CountryFactory)

    @factory.post_generation
    def answers_for(self, create, extracted, **kwargs):
        if create and extracted:
            self.answers_for.set(extracted)


class LanguageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Language
        django_get_or_create = ("code",)

    code = factory.Iterator(["en", "et", "fi", "lv", "sv"])
    name_en = factory.LazyAttribute(lambda o: f"Language {o.code}")


class LabMethodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LabMethod
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"method-{n}")
    name_en = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").title())


class UserGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UserGroup
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"group-{n}")
    name_en = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").title())


def _set_many(field: str):
    """A post-generation hook that sets the many-to-many ``field`` from the factory argument."""

    def hook(self, create, extracted, **kwargs):
        if create and extracted:
            getattr(self, field).set(extracted)

    hook.__name__ = field
    return factory.post_generation(hook)


class SupportServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupportService
        skip_postgeneration_save = True

    name_en = factory.Sequence(lambda n: f"Support service {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    description_en = "What the service is."
    audience_en = "Who it is for."
    how_to_get_en = "How to get it."
    is_published = True
    organisations = _set_many("organisations")


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Contact Person {n}")
    role_en = "Adviser"
    organisation = factory.SubFactory(PartnerOrganisationFactory)
    country = factory.LazyAttribute(lambda o: o.organisation.country)
    email = factory.Sequence(lambda n: f"contact{n}@example.org")
    phone = "+358 40 555 0000"
    is_public = True
    sectors = _set_many("sectors")
    expertise = _set_many("expertise")
    languages = _set_many("languages")


class LivingLabFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LivingLab
        skip_postgeneration_save = True

    name_en = factory.Sequence(lambda n: f"Living Lab {n}")
    slug = factory.Sequence(lambda n: f"living-lab-{n}")
    country = factory.SubFactory(CountryFactory)
    city_en = "Espoo"
    summary_en = "A lab summary."
    is_published = True
    sectors = _set_many("sectors")
    methods = _set_many("methods")
    user_groups = _set_many("user_groups")
    test_languages = _set_many("test_languages")


def pdf_file(name: str = "document.pdf") -> ContentFile:
    return ContentFile(simple_pdf(title="Test document", paragraphs=["Some text."]), name=name)


class PublicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publication

    title_en = factory.Sequence(lambda n: f"Publication {n}")
    slug = factory.Sequence(lambda n: f"publication-{n}")
    kind = "report"
    description_en = "A short summary."
    language = factory.SubFactory(LanguageFactory, code="en")
    year = 2025
    file = factory.LazyAttribute(lambda o: pdf_file(f"{o.slug}.pdf"))
    file_type = "pdf"
    file_size = factory.LazyAttribute(lambda o: o.file.size)
    is_published = True


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"page-{n}")
    title_en = factory.LazyAttribute(lambda o: f"Page {o.slug}")
    body_en = "## Section\n\nSome text."
    is_published = True
