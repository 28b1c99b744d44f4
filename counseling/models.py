"""Counseling requests and their append-only activity log.

All changes go through ``counseling/services.py``; these models hold data and
reusable QuerySet filters only.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from counseling import activity_log, workflow
from counseling.enums import (
    CLOSED_STATUSES,
    HELPFULNESS_CHOICES,
    OPEN_STATUSES,
    CompanySize,
    EventAction,
    MarketEntry,
    RequestStatus,
)
from counseling.readiness_models import (  # noqa: F401  (the app's models live in both modules)
    ReadinessDimension,
    ReadinessOption,
    ReadinessQuestion,
    ReadinessResult,
)
from portal.models import Barrier, Country, PartnerOrganisation, Sector

REFERENCE_PREFIX = "BAL"


class ReferenceCounter(models.Model):
    """The last reference number handed out in a year; locked row by row while numbering."""

    year = models.PositiveSmallIntegerField(_("year"), primary_key=True)
    last_number = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self) -> str:
        return f"{self.year}: {self.last_number}"


class CounselingRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=[status.value for status in OPEN_STATUSES])

    def closed(self):
        return self.filter(status__in=[status.value for status in CLOSED_STATUSES])

    def visible_to_staff(self, user):
        """Superusers see every request; a counselor sees their organisation's and the unassigned pool."""
        if user.is_superuser:
            return self
        pool = Q(organisation__isnull=True)
        if user.organisation_id:
            return self.filter(pool | Q(organisation_id=user.organisation_id))
        return self.filter(pool)

    def with_details(self):
        return self.select_related(
            "origin_country", "sector", "organisation", "counselor", "first_choice"
        ).prefetch_related("target_countries", "barriers")


class CounselingRequest(models.Model):
    """An SME's request for help with entering a market."""

    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    tracking_nonce = models.CharField(max_length=32, blank=True, default="", editable=False)
    tracking_token_hash = models.CharField(
        max_length=64, unique=True, null=True, blank=True, editable=False
    )

    company_name = models.CharField(_("company name"), max_length=200, blank=True, default="")
    company_website = models.URLField(_("company website"), blank=True, default="")
    origin_country = models.ForeignKey(
        Country,
        verbose_name=_("country of origin"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    company_size = models.CharField(
        _("company size"), max_length=10, choices=CompanySize.choices, default=CompanySize.MICRO
    )
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), on_delete=models.PROTECT, related_name="+"
    )
    service_description = models.TextField(_("service"), blank=True, default="")
    target_countries = models.ManyToManyField(
        Country, verbose_name=_("target countries"), related_name="+"
    )
    first_choice = models.ForeignKey(
        Country,
        verbose_name=_("first-choice market"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        help_text=_("The target market the company ranked first; it decides the routing."),
    )
    barriers = models.ManyToManyField(
        Barrier, verbose_name=_("barriers"), related_name="+", blank=True
    )
    question = models.TextField(_("question"), blank=True, default="")
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True, default="")
    email = models.EmailField(_("e-mail address"), blank=True, default="", db_index=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True, default="")
    readiness_summary = models.JSONField(
        _("readiness check"),
        default=dict,
        blank=True,
        help_text=_("Scores and plan of the readiness check the company attached."),
    )

    consent_at = models.DateTimeField(_("privacy notice acknowledged"))
    privacy_notice_version = models.CharField(_("privacy notice version"), max_length=20)
    form_language = models.CharField(_("form language"), max_length=5, choices=settings.LANGUAGES)

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="counseling_requests",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RequestStatus.choices,
        default=RequestStatus.NEW,
        db_index=True,
    )
    organisation = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="counseling_requests",
    )
    counselor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("counselor"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_counseling_requests",
    )
    created_at = models.DateTimeField(_("submitted"), db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    status_changed_at = models.DateTimeField(_("status since"), null=True, blank=True)
    first_reply_at = models.DateTimeField(_("first reply"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    # The outcome survey, answered from the link in the closing e-mail.
    survey_helpfulness = models.PositiveSmallIntegerField(
        _("helpfulness (1–5)"),  # noqa: RUF001
        null=True,
        blank=True,
        choices=HELPFULNESS_CHOICES,
    )
    survey_market = models.CharField(
        _("entered the market"), max_length=10, choices=MarketEntry.choices, blank=True, default=""
    )
    survey_comment = models.TextField(_("survey comment"), blank=True, default="")
    survey_answered_at = models.DateTimeField(_("survey answered"), null=True, blank=True)

    objects = CounselingRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("counseling request")
        verbose_name_plural = _("counseling requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=RequestStatus.values), name="counseling_request_status_known"
            ),
            models.CheckConstraint(
                condition=Q(survey_helpfulness__isnull=True)
                | Q(survey_helpfulness__gte=1, survey_helpfulness__lte=5),
                name="counseling_request_survey_helpfulness_range",
            ),
            models.CheckConstraint(
                condition=Q(reference__regex=r"^BAL-[0-9]{4}-[0-9]{5,}$"),
                name="counseling_request_reference_format",
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def ranked_targets(self) -> list:
        """The target markets, the first choice first (then the others in the network's order)."""
        targets = sorted(self.target_countries.all(), key=lambda c: (c.position, c.code))
        first = [c for c in targets if c.pk == self.first_choice_id]
        return first + [c for c in targets if c.pk != self.first_choice_id]

    @property
    def staff_status_label(self):
        return RequestStatus(self.status).staff_label

    @property
    def sme_status_label(self):
        return RequestStatus(self.status).sme_label

    @property
    def is_waiting_for_sme(self) -> bool:
        """Whether the company may answer now (``counseling.workflow`` decides)."""
        return workflow.can_sme_answer(self.status, anonymised=self.is_anonymised)

    @property
    def is_anonymised(self) -> bool:
        return self.anonymised_at is not None


class RequestEvent(models.Model):
    """One entry of a request's append-only activity log.

    ``action`` is a stable key; its human text comes from ``EventAction`` when the
    log is shown, so old entries read in today's language. ``data`` holds the
    details, e.g. ``{"previous": "new", "new": "assigned"}``.
    """

    counseling_request = models.ForeignKey(
        CounselingRequest,
        verbose_name=_("counseling request"),
        on_delete=models.CASCADE,
        related_name="events",
    )
    action = models.CharField(_("action"), max_length=30, choices=EventAction.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    data = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("time"), db_index=True)

    class Meta:
        verbose_name = _("activity log entry")
        verbose_name_plural = _("activity log")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return str(self.label)

    def save(self, *args, **kwargs):
        # Append-only: an entry is written once and never changed through the ORM's save().
        if self.pk is not None and not kwargs.get("force_insert"):
            raise ValueError("Activity log entries are append-only.")
        super().save(*args, **kwargs)

    @property
    def label(self):
        try:
            return EventAction(self.action).label
        except ValueError:
            return self.action

    @property
    def text(self) -> str:
        return str(self.data.get("text", ""))

    @property
    def display(self) -> str:
        """The entry as one sentence for staff, in today's language (``counseling.activity_log``)."""
        return activity_log.staff_sentence(self)

    @property
    def sme_text(self) -> str:
        """The entry's message on the company's own pages (never an internal note)."""
        return activity_log.sme_text(self)

    @property
    def sme_display(self) -> str:
        """The entry's heading on the company's own pages."""
        return activity_log.sme_sentence(self)

    @property
    def by_company(self) -> bool:
        return self.action == EventAction.SME_ANSWER


class ResponseTarget(models.Model):
    """How many working days an organisation takes to give a new request its first reply."""

    organisation = models.OneToOneField(
        PartnerOrganisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="response_target",
    )
    working_days = models.PositiveSmallIntegerField(
        _("target response time (working days)"),
        default=5,
        help_text=_("A request without a first reply after this many working days is overdue."),
    )

    class Meta:
        verbose_name = _("response target")
        verbose_name_plural = _("response targets")
        constraints = [
            models.CheckConstraint(
                condition=Q(working_days__gte=1, working_days__lte=60),
                name="counseling_response_target_days_range",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation}: {self.working_days}"


class SavedReplyQuerySet(models.QuerySet):
    def usable_by(self, user, *, language: str):
        """Replies in ``language`` shared by the network or kept by the user's organisation."""
        mine = Q(organisation__isnull=True)
        if user.organisation_id:
            mine |= Q(organisation_id=user.organisation_id)
        return self.filter(mine, language=language).order_by("title", "pk")


class SavedReply(models.Model):
    """A reply a counselor inserts into the reply form and edits before sending (plain text)."""

    title = models.CharField(_("title"), max_length=120)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    text = models.TextField(_("text"))
    organisation = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Empty: shared with the whole network."),
    )
    # The content file a shared reply came from (``counseling/content/reference/saved-replies``);
    # empty for the replies counselors write. Loading the files again finds them by it.
    content_key = models.SlugField(max_length=60, blank=True, default="", editable=False)

    objects = SavedReplyQuerySet.as_manager()

    class Meta:
        verbose_name = _("saved reply")
        verbose_name_plural = _("saved replies")
        ordering = ["language", "title", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_key", "language"],
                condition=~Q(content_key=""),
                name="counseling_saved_reply_content_key_language",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"
