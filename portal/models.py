"""The site shell's models: accounts and the shared taxonomy of the network.

Country, Sector and Barrier are the vocabulary every other app speaks;
PartnerOrganisation and LivingLab are the network that markets, counseling and
pilots link to. Visitor-facing text fields are translated in ``translation.py``.
"""

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """An account: an SME visitor, a partner's editor or counselor, or an administrator.

    Staff belong to at most one partner organisation; counseling uses it to
    scope what a counselor sees.
    """

    email = models.EmailField(_("e-mail address"), unique=True)
    name = models.CharField(_("name"), max_length=150, blank=True, default="")
    organisation = models.ForeignKey(
        "portal.PartnerOrganisation",
        verbose_name=_("partner organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="staff",
        help_text=_("Staff of a partner organisation see and edit that organisation's work."),
    )
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="portal_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.name or self.email

    def get_full_name(self) -> str:
        return self.name or self.email

    def get_short_name(self) -> str:
        return self.name.split(" ")[0] if self.name else self.email


class OrderedQuerySet(models.QuerySet):
    def ordered(self):
        return self.order_by("position", "pk")


class Country(models.Model):
    """A country of the network, identified by its ISO 3166-1 alpha-2 code in lower case."""

    code = models.CharField(
        _("code"),
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^[a-z]{2}$", _("Use two lower-case letters, e.g. fi."))],
        help_text=_("ISO 3166-1 alpha-2, lower case."),
    )
    name = models.CharField(_("name"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = OrderedQuerySet.as_manager()

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["position", "code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[a-z]{2}$"), name="portal_country_code_iso"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Sector(models.Model):
    """A focus sector of the network: e-health & well-being, e-education & lifelong learning."""

    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True, default="")
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = OrderedQuerySet.as_manager()

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return self.name


class Barrier(models.Model):
    """An obstacle to internationalisation, e.g. regulation or language."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True, default="")
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = OrderedQuerySet.as_manager()

    class Meta:
        verbose_name = _("barrier")
        verbose_name_plural = _("barriers")
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return self.name


class OrganisationKind(models.TextChoices):
    UNIVERSITY = "university", _("University or university of applied sciences")
    RESEARCH = "research", _("Research institute")
    PUBLIC = "public", _("Public agency")
    ASSOCIATION = "association", _("Association or cluster")
    COMPANY = "company", pgettext_lazy("organisation kind", "Company")


class PartnerOrganisationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class PartnerOrganisation(models.Model):
    """A member of the partner network; answers counseling requests for some countries."""

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=40, blank=True, default="")
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="organisations"
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=OrganisationKind.choices,
        default=OrganisationKind.RESEARCH,
    )
    website = models.URLField(_("website"), blank=True, default="")
    description = models.TextField(_("description"), blank=True, default="")
    public_email = models.EmailField(_("public e-mail"), blank=True, default="")
    answers_for = models.ManyToManyField(
        Country,
        verbose_name=_("answers requests for"),
        related_name="answering_organisations",
        blank=True,
        help_text=_("Counseling requests whose first target country is one of these go here."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    objects = PartnerOrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["country__position", "name"]

    def __str__(self) -> str:
        return self.short_name or self.name


class LivingLabQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class LivingLab(models.Model):
    """A user-driven test bed where a service can be trialled with real users."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="living_labs"
    )
    city = models.CharField(_("city"), max_length=100, blank=True, default="")
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), related_name="living_labs")
    summary = models.CharField(_("summary"), max_length=300, blank=True, default="")
    description = models.TextField(_("description"), blank=True, default="")
    website = models.URLField(_("website"), blank=True, default="")
    is_published = models.BooleanField(_("published"), default=False)

    objects = LivingLabQuerySet.as_manager()

    class Meta:
        verbose_name = _("Living Lab")
        verbose_name_plural = _("Living Labs")
        ordering = ["country__position", "name"]

    def __str__(self) -> str:
        return self.name


class PageQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Page(models.Model):
    """A static page such as the about page, privacy notice or accessibility statement."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=300, blank=True, default="")
    body = models.TextField(_("body"), blank=True, default="", help_text=_("Markdown."))
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("portal:page", kwargs={"slug": self.slug})
