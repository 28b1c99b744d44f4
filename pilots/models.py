"""The transfer process model and the pilot cases that went through it.

``ProcessStep`` is one ordered step of the network's internationalisation method;
``PilotCase`` is an SME that tried the method on a real service; ``PilotStep``
records one step a pilot actually took and how useful it was. Visitor-facing
text fields are translated in ``translation.py`` (English is the source and the
fallback). Reusable filters live on the QuerySets, page queries in ``selectors.py``.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.models import Barrier, Country, LivingLab, PartnerOrganisation, Sector


class PilotStatus(models.TextChoices):
    ONGOING = "ongoing", pgettext_lazy("pilot status", "Ongoing")
    COMPLETED = "completed", pgettext_lazy("pilot status", "Completed")


class PilotResult(models.TextChoices):
    """How a completed pilot ended: failures are shown as honestly as successes."""

    SUCCESS = "success", pgettext_lazy("pilot result", "Entered the market")
    PARTIAL = "partial", pgettext_lazy("pilot result", "Partly successful")
    STOPPED = "stopped", pgettext_lazy("pilot result", "Stopped")


class Usefulness(models.IntegerChoices):
    NOT_USEFUL = 1, pgettext_lazy("usefulness", "Not useful")
    SLIGHTLY = 2, pgettext_lazy("usefulness", "Slightly useful")
    MODERATELY = 3, pgettext_lazy("usefulness", "Moderately useful")
    VERY = 4, pgettext_lazy("usefulness", "Very useful")
    ESSENTIAL = 5, pgettext_lazy("usefulness", "Essential")


class ProcessStepQuerySet(models.QuerySet):
    def ordered(self):
        return self.order_by("number")


class ProcessStep(models.Model):
    """One step of the transfer process model, e.g. "5. User testing in a Living Lab"."""

    number = models.PositiveSmallIntegerField(
        _("number"),
        unique=True,
        validators=[MinValueValidator(1)],
        help_text=_("The step's place in the model: 1, 2, 3 …"),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("summary"), max_length=400, blank=True, default="", help_text=_("One or two sentences.")
    )
    what_to_do = models.TextField(_("what to do"), blank=True, default="", help_text=_("Markdown."))
    typical_duration = models.CharField(
        _("typical duration"),
        max_length=100,
        blank=True,
        default="",
        help_text=_("e.g. 2 to 4 weeks"),
    )
    uses_market_profiles = models.BooleanField(
        _("market profiles help"), default=False, help_text=_("Link the market profiles.")
    )
    uses_living_labs = models.BooleanField(
        _("Living Labs help"), default=False, help_text=_("Link the Living Labs.")
    )
    uses_counseling = models.BooleanField(
        _("counseling helps"), default=False, help_text=_("Link the counseling service.")
    )
    barriers = models.ManyToManyField(
        Barrier,
        verbose_name=_("barriers it addresses"),
        related_name="process_steps",
        blank=True,
    )

    objects = ProcessStepQuerySet.as_manager()

    class Meta:
        verbose_name = _("process step")
        verbose_name_plural = _("process steps")
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(condition=Q(number__gte=1), name="pilots_step_number_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def get_absolute_url(self) -> str:
        return f"{reverse('pilots:transfer_model')}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"step-{self.number}"


class PilotCaseQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def with_taxonomy(self):
        return self.select_related("origin_country", "sector")

    def ordered(self):
        return self.order_by("-started_on", "slug")


class PilotCase(models.Model):
    """A (fictional, in the demo) SME that took a digital service abroad with the model."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    company_name = models.CharField(
        _("company name"),
        max_length=150,
        help_text=_("As the company agreed to be named; a description such as 'a Tartu start-up'."),
    )
    company_description = models.TextField(
        _("about the company"),
        blank=True,
        default="",
        help_text=_("Only what the company agreed to show publicly."),
    )
    summary = models.CharField(
        _("summary"), max_length=400, blank=True, default="", help_text=_("Two sentences.")
    )
    service = models.TextField(_("the service"), blank=True, default="")
    origin_country = models.ForeignKey(
        Country,
        verbose_name=_("origin country"),
        on_delete=models.PROTECT,
        related_name="pilots_from",
    )
    target_countries = models.ManyToManyField(
        Country, verbose_name=_("target countries"), related_name="pilots_to"
    )
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), on_delete=models.PROTECT, related_name="pilot_cases"
    )
    living_labs = models.ManyToManyField(
        LivingLab, verbose_name=_("Living Labs used"), related_name="pilot_cases", blank=True
    )
    started_on = models.DateField(_("start"))
    ended_on = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=PilotStatus.choices, default=PilotStatus.ONGOING
    )
    result = models.CharField(
        _("result"),
        max_length=20,
        choices=PilotResult.choices,
        blank=True,
        default="",
        help_text=_("How a completed pilot ended; empty while it is ongoing."),
    )
    outcome = models.TextField(_("outcome"), blank=True, default="", help_text=_("Markdown."))
    lessons = models.TextField(
        _("lessons learned"), blank=True, default="", help_text=_("Markdown.")
    )
    test_users = models.PositiveIntegerField(_("users in tests"), null=True, blank=True)
    partners_found = models.PositiveIntegerField(_("local partners found"), null=True, blank=True)
    contracts_signed = models.PositiveIntegerField(_("contracts signed"), null=True, blank=True)
    owner = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("owner organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pilot_cases",
        help_text=_("The partner organisation that keeps this page up to date."),
    )
    is_published = models.BooleanField(_("published"), default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PilotCaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("pilot case")
        verbose_name_plural = _("pilot cases")
        ordering = ["-started_on", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=F("started_on")),
                name="pilots_pilot_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(status=PilotStatus.ONGOING, result="")
                | Q(status=PilotStatus.COMPLETED) & ~Q(result=""),
                name="pilots_pilot_result_when_completed",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("pilots:pilot_detail", kwargs={"slug": self.slug})

    def clean(self) -> None:
        errors = {}
        if self.ended_on and self.started_on and self.ended_on < self.started_on:
            errors["ended_on"] = _("The end cannot be before the start.")
        if self.status == PilotStatus.COMPLETED and not self.result:
            errors["result"] = _("Say how the completed pilot ended.")
        if self.status == PilotStatus.ONGOING and self.result:
            errors["result"] = _("An ongoing pilot has no result yet; leave this empty.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_ongoing(self) -> bool:
        return self.status == PilotStatus.ONGOING

    @property
    def figures(self) -> list[tuple[str, int]]:
        """The result figures that are known, as (label, value) pairs."""
        return [
            (self._meta.get_field(name).verbose_name, value)
            for name in ("test_users", "partners_found", "contracts_signed")
            if (value := getattr(self, name)) is not None
        ]


class PilotStep(models.Model):
    """One step of the model that a pilot actually took: what it did and what came of it."""

    pilot = models.ForeignKey(
        PilotCase, verbose_name=_("pilot case"), on_delete=models.CASCADE, related_name="steps"
    )
    step = models.ForeignKey(
        ProcessStep,
        verbose_name=_("process step"),
        on_delete=models.PROTECT,
        related_name="pilot_steps",
    )
    what_was_done = models.TextField(_("what was done"), blank=True, default="")
    outcome = models.TextField(_("what came out of it"), blank=True, default="")
    duration_weeks = models.PositiveSmallIntegerField(
        _("duration (weeks)"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    usefulness = models.PositiveSmallIntegerField(
        _("usefulness"),
        choices=Usefulness.choices,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("How useful the pilot found the step, from 1 to 5; empty if not rated yet."),
    )

    class Meta:
        verbose_name = _("pilot step")
        verbose_name_plural = _("pilot steps")
        ordering = ["step__number"]
        constraints = [
            models.UniqueConstraint(fields=["pilot", "step"], name="pilots_pilotstep_unique"),
            models.CheckConstraint(
                condition=Q(usefulness__isnull=True) | Q(usefulness__gte=1, usefulness__lte=5),
                name="pilots_usefulness_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.pilot}: {self.step}"
