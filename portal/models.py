"""The site shell's models: accounts and the shared taxonomy of the network.

Country, Sector and Barrier are the vocabulary every other app speaks;
PartnerOrganisation and LivingLab are the network that markets, counseling and
pilots link to. Visitor-facing text fields are translated in ``translation.py``.
"""

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.uploads import validate_document


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
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        default="",
        help_text=_("The administration is shown in this language."),
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


class Language(models.Model):
    """A language a contact speaks or a Living Lab can test in, by its ISO 639-1 code."""

    code = models.CharField(
        _("code"),
        max_length=3,
        unique=True,
        validators=[RegexValidator(r"^[a-z]{2,3}$", _("Use the two-letter code, e.g. fi."))],
        help_text=_("ISO 639-1, lower case."),
    )
    name = models.CharField(_("name"), max_length=60)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = OrderedQuerySet.as_manager()

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["position", "code"]

    def __str__(self) -> str:
        return self.name


class LabMethod(models.Model):
    """A method a Living Lab offers, e.g. co-creation workshops, usability testing, field trials."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = OrderedQuerySet.as_manager()

    class Meta:
        verbose_name = _("Living Lab method")
        verbose_name_plural = _("Living Lab methods")
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return self.name


class UserGroup(models.Model):
    """A group of users a Living Lab can recruit, e.g. patients, older people, pupils, teachers."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = OrderedQuerySet.as_manager()

    class Meta:
        verbose_name = _("user group")
        verbose_name_plural = _("user groups")
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

    def get_absolute_url(self) -> str:
        return reverse("portal:network") + f"#org-{self.slug}"


class SupportServiceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class SupportService(models.Model):
    """A kind of help the network gives an SME, e.g. market information or Living Lab access."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("what it is"), blank=True, default="")
    audience = models.TextField(_("who it is for"), blank=True, default="")
    how_to_get = models.TextField(_("how to get it"), blank=True, default="")
    organisations = models.ManyToManyField(
        PartnerOrganisation,
        verbose_name=_("provided by"),
        related_name="support_services",
        blank=True,
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_published = models.BooleanField(_("published"), default=True)

    objects = SupportServiceQuerySet.as_manager()

    class Meta:
        verbose_name = _("support service")
        verbose_name_plural = _("support services")
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("portal:network") + f"#service-{self.slug}"


class ContactQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)


class Contact(models.Model):
    """A named person of the network an SME may contact; visible only when marked public."""

    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=200, blank=True, default="")
    organisation = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="contacts",
    )
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="contacts"
    )
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), related_name="contacts", blank=True
    )
    expertise = models.ManyToManyField(
        Barrier,
        verbose_name=_("expertise"),
        related_name="contacts",
        blank=True,
        help_text=_("The barriers this person can help with."),
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages spoken"), related_name="contacts", blank=True
    )
    email = models.EmailField(_("public e-mail"), blank=True, default="")
    phone = models.CharField(_("public phone"), max_length=40, blank=True, default="")
    is_public = models.BooleanField(
        _("public"),
        default=False,
        help_text=_("Only public contacts, their e-mail and phone appear on the site."),
    )

    objects = ContactQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["country__position", "name", "pk"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("portal:contacts") + f"?country={self.country.code}#contact-{self.pk}"


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
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=7,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Decimal degrees north, e.g. 60.1699 for Helsinki. Shown on the map."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=7,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_(
            "Decimal degrees east, e.g. 24.9384 for Helsinki. Leave both empty to keep the "
            "lab off the map; it stays in the list."
        ),
    )
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), related_name="living_labs")
    summary = models.CharField(_("summary"), max_length=300, blank=True, default="")
    description = models.TextField(
        _("description"), blank=True, default="", help_text=_("Markdown.")
    )
    methods = models.ManyToManyField(
        LabMethod, verbose_name=_("methods offered"), related_name="living_labs", blank=True
    )
    user_groups = models.ManyToManyField(
        UserGroup, verbose_name=_("user groups available"), related_name="living_labs", blank=True
    )
    community_size = models.PositiveIntegerField(
        _("size of the user community"),
        null=True,
        blank=True,
        help_text=_("About how many registered test users the lab can reach."),
    )
    test_languages = models.ManyToManyField(
        Language, verbose_name=_("languages it can test in"), related_name="living_labs", blank=True
    )
    ethics_support = models.TextField(
        _("ethics and data-protection support"),
        blank=True,
        default="",
        help_text=_("How the lab helps with ethical review, consent and personal data."),
    )
    lead_time_weeks = models.PositiveSmallIntegerField(
        _("typical lead time (weeks)"),
        null=True,
        blank=True,
        help_text=_("From the first contact to the first test session."),
    )
    website = models.URLField(_("website"), blank=True, default="")
    contact = models.ForeignKey(
        "portal.Contact",
        verbose_name=_("contact"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="living_labs",
        help_text=_("Shown on the lab's page only when the contact is public."),
    )
    owner = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("owner organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="living_labs",
        help_text=_("The partner organisation that keeps this page up to date."),
    )
    is_published = models.BooleanField(_("published"), default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = LivingLabQuerySet.as_manager()

    class Meta:
        verbose_name = _("Living Lab")
        verbose_name_plural = _("Living Labs")
        ordering = ["country__position", "name"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(latitude__isnull=True, longitude__isnull=True)
                    | models.Q(
                        latitude__isnull=False,
                        longitude__isnull=False,
                        latitude__gte=-90,
                        latitude__lte=90,
                        longitude__gte=-180,
                        longitude__lte=180,
                    )
                ),
                name="portal_livinglab_location",
                violation_error_message=_("Give both latitude and longitude, or neither."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("portal:living_lab_detail", kwargs={"slug": self.slug})

    @property
    def public_contact(self):
        """The lab's contact person, or ``None`` when there is none or it is not public."""
        contact = self.contact
        return contact if contact is not None and contact.is_public else None


class PublicationKind(models.TextChoices):
    REPORT = "report", pgettext_lazy("publication kind", "Report")
    HANDBOOK = "handbook", pgettext_lazy("publication kind", "Handbook")
    SUMMARY = "summary", pgettext_lazy("publication kind", "Summary")


class FileType(models.TextChoices):
    PDF = "pdf", "PDF"
    DOCX = "docx", "DOCX"
    ODT = "odt", "ODT"
    XLSX = "xlsx", "XLSX"


class PublicationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Publication(models.Model):
    """A report, handbook or summary of the network, with its downloadable file."""

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=PublicationKind.choices, default=PublicationKind.REPORT
    )
    description = models.TextField(_("description"), blank=True, default="")
    language = models.ForeignKey(
        Language,
        verbose_name=_("language"),
        on_delete=models.PROTECT,
        related_name="publications",
        help_text=_("The language the document is written in."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    file = models.FileField(
        _("file"),
        upload_to="publications/",
        max_length=200,
        validators=[validate_document],
        help_text=_("PDF, DOCX, ODT or XLSX, at most 20 MB."),
    )
    file_type = models.CharField(
        _("file type"), max_length=10, choices=FileType.choices, blank=True, default=""
    )
    file_size = models.PositiveBigIntegerField(_("file size (bytes)"), default=0)
    owner = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("owner organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="publications",
        help_text=_("The partner organisation that keeps this publication up to date."),
    )
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        ordering = ["kind", "-year", "title"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year__gte=1990, year__lte=2100),
                name="portal_publication_year_range",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("portal:publications") + f"#publication-{self.slug}"

    def get_download_url(self) -> str:
        return reverse("portal:publication_download", kwargs={"slug": self.slug})


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


class DraftState(models.TextChoices):
    EDITING = "editing", pgettext_lazy("draft state", "Being edited")
    IN_REVIEW = "in_review", pgettext_lazy("draft state", "Waiting for review")
    SENT_BACK = "sent_back", pgettext_lazy("draft state", "Sent back")


class ContentDraft(models.Model):
    """The pending, unpublished changes of one editorial object (see ``portal.editorial``).

    ``data`` is the object serialised by Django's JSON serializer (as django-reversion
    stores versions); ``changed_fields`` names the fields publishing will write.
    """

    content_type = models.ForeignKey(
        "contenttypes.ContentType", verbose_name=_("content type"), on_delete=models.CASCADE
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    data = models.TextField(_("draft content"))
    changed_fields = models.JSONField(_("changed fields"), default=list, blank=True)
    state = models.CharField(
        _("state"), max_length=20, choices=DraftState.choices, default=DraftState.EDITING
    )
    edited_by = models.ForeignKey(
        User,
        verbose_name=_("last edited by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    submitted_by = models.ForeignKey(
        User,
        verbose_name=_("submitted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="portal_draft_one_per_object"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.content_type} #{self.object_id}: {self.get_state_display()}"


class EditorialAction(models.TextChoices):
    DRAFT_SAVED = "draft_saved", pgettext_lazy("editorial action", "Draft saved")
    SUBMITTED = "submitted", pgettext_lazy("editorial action", "Submitted for review")
    APPROVED = "approved", pgettext_lazy("editorial action", "Approved and published")
    SENT_BACK = "sent_back", pgettext_lazy("editorial action", "Sent back")
    RESTORED = "restored", pgettext_lazy("editorial action", "Older version restored as a draft")
    DISCARDED = "discarded", pgettext_lazy("editorial action", "Draft discarded")


class EditorialEvent(models.Model):
    """Append-only log of one editorial object's drafts, reviews and publications."""

    content_type = models.ForeignKey(
        "contenttypes.ContentType", verbose_name=_("content type"), on_delete=models.CASCADE
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    action = models.CharField(_("action"), max_length=20, choices=EditorialAction.choices)
    actor = models.ForeignKey(
        User, verbose_name=_("by"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    comment = models.TextField(_("comment"), blank=True, default="")
    data = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("editorial event")
        verbose_name_plural = _("editorial events")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_action_display()} ({self.created_at:%Y-%m-%d %H:%M})"


class SearchDocument(models.Model):
    """One searchable text in one language: a page, an object or a section of a market profile.

    Written only by ``portal.search_index`` from what the apps register; never edited by hand.
    ``countries`` and ``sectors`` hold codes between bars (``|fi|se|``) so one filter matches
    objects of several countries or sectors. The full-text index itself is the database's:
    a ``tsvector`` column kept by a trigger on PostgreSQL, an FTS5 table on SQLite (see the
    migration ``0003_search``).
    """

    kind = models.CharField(_("type"), max_length=40)
    source = models.CharField(max_length=60)  # app_label.model of the object
    object_id = models.CharField(max_length=40)
    part = models.CharField(max_length=60, blank=True, default="")  # e.g. a section anchor
    language = models.CharField(_("language"), max_length=5)
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True, default="")
    body = models.TextField(_("text"), blank=True, default="")
    countries = models.CharField(max_length=100, blank=True, default="")
    sectors = models.CharField(max_length=100, blank=True, default="")
    url = models.CharField(max_length=300)
    is_published = models.BooleanField(default=False)
    updated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "object_id", "part", "language"],
                name="portal_searchdocument_unique",
            ),
        ]
        indexes = [models.Index(fields=["source", "object_id"], name="portal_search_source")]

    def __str__(self) -> str:
        return self.title


class SearchWord(models.Model):
    """A word of the published index in one language, for "Did you mean …" (pg_trgm)."""

    language = models.CharField(max_length=5)
    word = models.CharField(max_length=60)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="portal_searchword_unique"),
        ]

    def __str__(self) -> str:
        return self.word


class TranslationState(models.Model):
    """Which English a translation was written (or checked) for: a fingerprint of the source.

    One row per object, translated field and language other than English; a translation is
    stale when its object's English no longer has this fingerprint. See
    ``portal.translation_state``.
    """

    content_type = models.ForeignKey(
        "contenttypes.ContentType", verbose_name=_("content type"), on_delete=models.CASCADE
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    field = models.CharField(_("field"), max_length=80)
    language = models.CharField(_("language"), max_length=8)
    source_fingerprint = models.CharField(_("fingerprint of the English"), max_length=64)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("translation state")
        verbose_name_plural = _("translation states")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="portal_translation_state_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.content_type_id}:{self.object_id} {self.field} [{self.language}]"


class EmailDelivery(models.Model):
    """An e-mail the task worker has handed (or is handing) to the mail server, by Message-ID.

    Internal bookkeeping, not shown in the admin and free of personal data: the
    worker locks this row while it talks to the mail server and marks it sent in
    the same transaction, so a task that runs again after its worker died sends
    nothing twice (``portal.emails.send_email_task``, docs/deploy.md).
    """

    message_id = models.CharField(max_length=255, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.message_id


class TaskWorker(models.Model):
    """A running ``manage.py task_worker`` process and its last heartbeat.

    Internal bookkeeping: a task left ``RUNNING`` by a worker whose heartbeat is
    stale (or whose process is gone on this host) is put back in the queue
    (``portal.task_recovery``).
    """

    worker_id = models.CharField(max_length=64, unique=True)
    hostname = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.worker_id} ({self.hostname}:{self.pid})"
