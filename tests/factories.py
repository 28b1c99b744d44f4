"""Factories for the portal app's models; each app keeps its own in tests/<app>/factories.py."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from portal.models import Barrier, Country, LivingLab, Page, PartnerOrganisation, Sector, User

PASSWORD = "correct horse battery staple 42"


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

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.set(Group.objects.filter(name__in=extracted))


class SuperuserFactory(UserFactory):
    is_staff = True
    is_superuser = True


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


class LivingLabFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LivingLab
        skip_postgeneration_save = True

    name_en = factory.Sequence(lambda n: f"Living Lab {n}")
    slug = factory.Sequence(lambda n: f"living-lab-{n}")
    country = factory.SubFactory(CountryFactory)
    city_en = "Espoo"
    is_published = True

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(extracted)


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"page-{n}")
    title_en = factory.LazyAttribute(lambda o: f"Page {o.slug}")
    body_en = "## Section\n\nSome text."
    is_published = True
