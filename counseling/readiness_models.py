"""The readiness check: dimensions, questions and weighted options (content that partner
editors change in the admin, translated), and the saved results behind a private link.

Scoring and the plan are pure functions in ``counseling/readiness.py``; saving and reading
go through ``counseling/readiness_services.py``.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.models import Barrier, Country, OrderedQuerySet, Sector

MAX_WEIGHT = 3  # an option's weight: 0 (not at all ready) to 3 (ready)


class ReadinessDimension(models.Model):
    """One dimension of readiness, e.g. localisation and language; the questions score it."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.CharField(_("what it covers"), max_length=300, blank=True, default="")
    advice = models.TextField(
        _("what to do when not ready"),
        blank=True,
        default="",
        help_text=_("Shown in the plan when the company scores low or medium here."),
    )
    barriers = models.ManyToManyField(
        Barrier,
        verbose_name=_("market barriers it meets"),
        related_name="readiness_dimensions",
        blank=True,
        help_text=_("The plan compares the score with these barriers' severity in each market."),
    )
    step_number = models.PositiveSmallIntegerField(
        _("transfer model step"),
        null=True,
        blank=True,
        help_text=_("The number of the transfer model step this dimension prepares for."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = OrderedQuerySet.as_manager()

    class Meta:
        verbose_name = _("readiness dimension")
        verbose_name_plural = _("readiness dimensions")
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return self.name


class ReadinessQuestionQuerySet(OrderedQuerySet):
    def active(self):
        return self.filter(is_active=True)

    def for_sector(self, sector):
        return self.filter(Q(sector__isnull=True) | Q(sector=sector))


class ReadinessQuestion(models.Model):
    """A question of the check; its options carry the weights."""

    dimension = models.ForeignKey(
        ReadinessDimension,
        verbose_name=_("dimension"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    text = models.CharField(_("question"), max_length=300)
    help_text = models.CharField(_("help text"), max_length=300, blank=True, default="")
    sector = models.ForeignKey(
        Sector,
        verbose_name=_("only for sector"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Leave empty to ask every company."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_active = models.BooleanField(
        _("asked"), default=True, help_text=_("Untick to stop asking it; saved results stay.")
    )

    objects = ReadinessQuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("readiness question")
        verbose_name_plural = _("readiness questions")
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return self.text


class ReadinessOption(models.Model):
    """One answer to a question and how ready it shows the company to be (its weight)."""

    question = models.ForeignKey(
        ReadinessQuestion,
        verbose_name=_("question"),
        on_delete=models.CASCADE,
        related_name="options",
    )
    slug = models.SlugField(_("slug"), max_length=40)
    text = models.CharField(_("answer"), max_length=200)
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        validators=[MaxValueValidator(MAX_WEIGHT)],
        help_text=_("0 = not ready at all, 3 = ready."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = OrderedQuerySet.as_manager()

    class Meta:
        verbose_name = _("answer option")
        verbose_name_plural = _("answer options")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["question", "slug"], name="counseling_readiness_option_slug_unique"
            ),
            models.CheckConstraint(
                condition=Q(weight__lte=MAX_WEIGHT), name="counseling_readiness_option_weight"
            ),
        ]

    def __str__(self) -> str:
        return self.text


class ReadinessResultQuerySet(models.QuerySet):
    def with_details(self):
        return self.select_related("sector", "origin_country")


class ReadinessResult(models.Model):
    """A completed check: the answers and the scores as they were computed then.

    The scores are kept, so a question an editor removes later does not change an old
    result. The private link's token is derived from ``nonce`` (see ``counseling.tokens``);
    only its hash is stored.
    """

    nonce = models.CharField(max_length=32, unique=True, editable=False)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="readiness_results",
    )
    company_name = models.CharField(_("company name"), max_length=200, blank=True, default="")
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), on_delete=models.PROTECT, related_name="+"
    )
    origin_country = models.ForeignKey(
        Country, verbose_name=_("country of origin"), on_delete=models.PROTECT, related_name="+"
    )
    targets = models.JSONField(
        _("target countries"), default=list, help_text=_("Country codes, first choice first.")
    )
    user_groups = models.JSONField(_("user groups"), default=list, blank=True)
    methods = models.JSONField(_("test methods"), default=list, blank=True)
    answers = models.JSONField(_("answers"), default=dict, help_text=_("Question → option."))
    scores = models.JSONField(_("scores"), default=dict, help_text=_("Dimension → 0 to 100."))
    weakest_dimension = models.SlugField(_("weakest dimension"), max_length=60, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("completed"), db_index=True)

    objects = ReadinessResultQuerySet.as_manager()

    class Meta:
        verbose_name = _("readiness result")
        verbose_name_plural = _("readiness results")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d} {self.sector_id}"
