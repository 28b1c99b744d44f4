"""Market profiles: one per country and sector, with barrier assessments, key facts and resources.

Visitor-facing text fields are translated in ``translation.py`` (English is the
source language and the fallback). Queries live on the QuerySet
(``MarketProfile.objects.published()``) and in ``selectors.py``.
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.models import Barrier, Country, PartnerOrganisation, Sector

# A profile not reviewed for this many months is shown as out of date.
REVIEW_INTERVAL_MONTHS = 12
# Editors are reminded a month before a profile shows as out of date.
REMINDER_MONTHS = 11


class ProfileStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("profile status", "Draft")
    PUBLISHED = "published", pgettext_lazy("profile status", "Published")


# The long sections of a profile, in page order: (field name, heading).
SECTIONS = (
    ("overview", _("Overview")),
    ("market_size", _("Market size and trends")),
    ("regulation", _("Regulation")),
    ("business_culture", _("Business culture")),
    ("language_requirements", _("Language requirements")),
    ("customers", _("Customers and procurement")),
    ("channels", _("Channels and partners")),
    ("funding", _("Funding")),
    ("practical_tips", _("Practical tips")),
)
SECTION_FIELDS = tuple(name for name, _label in SECTIONS)


def review_cutoff(
    today: datetime.date | None = None, *, months: int = REVIEW_INTERVAL_MONTHS
) -> datetime.date:
    """The day ``months`` months before ``today``: reviews before it are stale."""
    today = today or timezone.localdate()
    month_index = today.year * 12 + today.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for day in range(today.day, 0, -1):  # 29 February → 28 February
        try:
            return datetime.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


class MarketProfileQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ProfileStatus.PUBLISHED)

    def with_taxonomy(self):
        return self.select_related("country", "sector", "owner")

    def out_of_date(self, today: datetime.date | None = None):
        return self.filter(Q(reviewed_on__isnull=True) | Q(reviewed_on__lt=review_cutoff(today)))

    def due_for_review(self, today: datetime.date | None = None):
        """Not reviewed for ``REMINDER_MONTHS`` months: the owner's editors get a reminder."""
        cutoff = review_cutoff(today, months=REMINDER_MONTHS)
        return self.filter(Q(reviewed_on__isnull=True) | Q(reviewed_on__lt=cutoff))

    def up_to_date(self, today: datetime.date | None = None):
        return self.filter(reviewed_on__gte=review_cutoff(today))

    def ordered(self):
        return self.order_by(
            "country__position", "country__code", "sector__position", "sector__slug"
        )


class MarketProfile(models.Model):
    """What it takes to sell a digital service of one sector in one country."""

    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="market_profiles"
    )
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), on_delete=models.PROTECT, related_name="market_profiles"
    )
    owner = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("owner organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="market_profiles",
        help_text=_("The partner organisation that keeps this profile up to date."),
    )
    summary = models.TextField(
        _("summary"), blank=True, default="", help_text=_("Two or three sentences for the list.")
    )
    overview = models.TextField(_("overview"), blank=True, default="", help_text=_("Markdown."))
    market_size = models.TextField(
        _("market size and trends"), blank=True, default="", help_text=_("Markdown.")
    )
    regulation = models.TextField(_("regulation"), blank=True, default="", help_text=_("Markdown."))
    business_culture = models.TextField(
        _("business culture"), blank=True, default="", help_text=_("Markdown.")
    )
    language_requirements = models.TextField(
        _("language requirements"), blank=True, default="", help_text=_("Markdown.")
    )
    customers = models.TextField(
        _("customers and procurement"), blank=True, default="", help_text=_("Markdown.")
    )
    channels = models.TextField(
        _("channels and partners"), blank=True, default="", help_text=_("Markdown.")
    )
    funding = models.TextField(_("funding"), blank=True, default="", help_text=_("Markdown."))
    practical_tips = models.TextField(
        _("practical tips"), blank=True, default="", help_text=_("Markdown.")
    )
    reviewed_on = models.DateField(
        _("reviewed on"),
        null=True,
        blank=True,
        help_text=_("A profile not reviewed for 12 months is shown as out of date."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ProfileStatus.choices, default=ProfileStatus.DRAFT
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MarketProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("market profile")
        verbose_name_plural = _("market profiles")
        ordering = ["country__position", "country__code", "sector__position", "sector__slug"]
        constraints = [
            models.UniqueConstraint(fields=["country", "sector"], name="markets_profile_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.country}: {self.sector}"

    def get_absolute_url(self) -> str:
        return reverse(
            "markets:profile", kwargs={"country": self.country.code, "sector": self.sector.slug}
        )

    @property
    def key(self) -> str:
        """The stable key of the comparison URL, e.g. ``fi-e-health``."""
        return f"{self.country.code}-{self.sector.slug}"

    @property
    def is_published(self) -> bool:
        return self.status == ProfileStatus.PUBLISHED

    @property
    def is_out_of_date(self) -> bool:
        return self.reviewed_on is None or self.reviewed_on < review_cutoff()


class Severity(models.IntegerChoices):
    VERY_LOW = 1, pgettext_lazy("severity", "Very low")
    LOW = 2, pgettext_lazy("severity", "Low")
    MODERATE = 3, pgettext_lazy("severity", "Moderate")
    HIGH = 4, pgettext_lazy("severity", "High")
    VERY_HIGH = 5, pgettext_lazy("severity", "Very high")


class BarrierAssessment(models.Model):
    """How hard one barrier is in one market, from 1 (very low) to 5 (very high)."""

    profile = models.ForeignKey(
        MarketProfile,
        verbose_name=_("market profile"),
        on_delete=models.CASCADE,
        related_name="barrier_assessments",
    )
    barrier = models.ForeignKey(
        Barrier, verbose_name=_("barrier"), on_delete=models.PROTECT, related_name="assessments"
    )
    severity = models.PositiveSmallIntegerField(
        _("severity"),
        choices=Severity.choices,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    note = models.CharField(_("note"), max_length=300, blank=True, default="")

    class Meta:
        verbose_name = _("barrier assessment")
        verbose_name_plural = _("barrier assessments")
        ordering = ["barrier__position", "barrier__slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["profile", "barrier"], name="markets_assessment_unique"
            ),
            models.CheckConstraint(
                condition=Q(severity__gte=1, severity__lte=5), name="markets_severity_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.barrier}: {self.severity}"


class KeyFact(models.Model):
    """One public statistic about a market, with its year and source.

    ``key`` aligns the same fact across markets in the comparison (e.g. ``population``).
    Facts that are not numbers (official languages) leave ``value`` empty and use ``text``.
    """

    profile = models.ForeignKey(
        MarketProfile,
        verbose_name=_("market profile"),
        on_delete=models.CASCADE,
        related_name="key_facts",
    )
    key = models.SlugField(
        _("key"),
        max_length=60,
        help_text=_("Stable name that aligns this fact across markets, e.g. population."),
    )
    label = models.CharField(_("label"), max_length=200)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2, null=True, blank=True)
    unit = models.CharField(
        _("unit"), max_length=40, blank=True, default="", help_text=_("e.g. %, million, EUR")
    )
    text = models.CharField(
        _("text value"),
        max_length=200,
        blank=True,
        default="",
        help_text=_("For facts that are not numbers, e.g. the official languages."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    source_name = models.CharField(_("source"), max_length=200)
    source_url = models.URLField(_("source link"), max_length=500, blank=True, default="")
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("key fact")
        verbose_name_plural = _("key facts")
        ordering = ["position", "key"]
        constraints = [
            models.UniqueConstraint(fields=["profile", "key"], name="markets_keyfact_unique"),
        ]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if self.value is None and not self.text_en:
            raise ValidationError(_("Give the fact a numeric value or a text value."))

    @property
    def is_numeric(self) -> bool:
        return self.value is not None


class ResourceKind(models.TextChoices):
    LAW = "law", pgettext_lazy("resource kind", "Law or regulation")
    AUTHORITY = "authority", pgettext_lazy("resource kind", "Authority")
    ASSOCIATION = "association", pgettext_lazy("resource kind", "Association or cluster")
    EVENT = "event", pgettext_lazy("resource kind", "Event")
    FUNDING = "funding", pgettext_lazy("resource kind", "Funding programme")


class ResourceLink(models.Model):
    """A link worth following for this market: a law, an authority, an association …"""

    profile = models.ForeignKey(
        MarketProfile,
        verbose_name=_("market profile"),
        on_delete=models.CASCADE,
        related_name="resources",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ResourceKind.choices)
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("link"), max_length=500)
    description = models.CharField(_("description"), max_length=300, blank=True, default="")
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("resource link")
        verbose_name_plural = _("resource links")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.title


class ReviewReminder(models.Model):
    """The monthly reminder an organisation's editors got: one per organisation and month."""

    organisation = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="review_reminders",
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    profiles = models.PositiveIntegerField(_("profiles due for review"), default=0)
    stale_translations = models.PositiveIntegerField(_("stale translations"), default=0)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")
        ordering = ["-month", "organisation"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "month"], name="markets_review_reminder_once_a_month"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.month:%Y-%m}"
