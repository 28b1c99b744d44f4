"""The counseling app's content files (demo): a counselor per partner organisation and
fictional requests that go through the service functions, so their activity logs are real.
A request is recognised by its demo e-mail address; loading again changes nothing."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from counseling import services
from counseling.enums import RequestStatus
from counseling.forms import TEXT_MAX
from counseling.models import CounselingRequest
from counseling.readiness_models import MAX_WEIGHT
from portal import roles
from portal.content import (
    DEMO,
    REFERENCE,
    ContentError,
    Field,
    Integer,
    ListOf,
    Optional,
    Record,
    Text,
    Translated,
    register,
    translated_fields,
)
from portal.models import Barrier, Country, PartnerOrganisation, Sector
from portal.two_factor import demo_totp_ensure

COUNSELOR_PASSWORD = "ballad-demo-counselor"  # noqa: S105 - only ever set when DEBUG is on
ASSIGN = "assign"


def save_counselor(data: dict) -> str | None:
    organisation = PartnerOrganisation.objects.get(slug=data["organisation"])
    user, created = get_user_model().objects.get_or_create(
        email=data["email"],
        defaults={"name": data["name"], "is_staff": True, "organisation": organisation},
    )
    if settings.DEBUG:
        user.set_password(COUNSELOR_PASSWORD)
    elif created:
        user.set_unusable_password()
    user.is_staff = True
    user.organisation = organisation
    user.save()
    if settings.DEBUG:
        demo_totp_ensure(user)  # the documented demo TOTP secret (portal/two_factor.py)
    group = Group.objects.filter(name=roles.COUNSELOR).first()
    if group is not None:
        user.groups.add(group)
    EmailAddress.objects.update_or_create(
        user=user, email=data["email"], defaults={"verified": True, "primary": True}
    )
    if settings.DEBUG:
        return f"counselor of {organisation}: {data['email']} / {COUNSELOR_PASSWORD!r} (DEBUG only)"
    return None


register(
    app_label="counseling",
    folder="counselors",
    dataset=DEMO,
    fields={"organisation": Text(), "name": Text(), "email": Text()},
    save=save_counselor,
)


class RequestStep(Field):
    """One step after submission: ``assign``, a status, or ``{reply: …, then: <status>}``."""

    statuses = tuple(RequestStatus.values)

    def clean(self, value, where):
        if isinstance(value, dict):
            if set(value) != {"reply", "then"}:
                self.fail(where, "a reply step has exactly the fields reply and then")
            return {
                "reply": Text().clean(value["reply"], f"{where}.reply"),
                "then": Text(choices=self.statuses).clean(value["then"], f"{where}.then"),
            }
        if value == ASSIGN or value in self.statuses:
            return value
        raise ContentError(f"{where}: {value!r} is neither assign, a status nor a reply")


def save_request(data: dict) -> str | None:
    if CounselingRequest.objects.filter(email=data["email"]).exists():
        return None
    counseling_request = services.request_submit(
        company_name=data["company_name"],
        origin_country=Country.objects.get(code=data["origin_country"]),
        company_size=data["company_size"],
        sector=Sector.objects.get(slug=data["sector"]),
        service_description=data["service_description"],
        target_countries=list(Country.objects.filter(code__in=data["target_countries"])),
        barriers=list(Barrier.objects.filter(slug__in=data["barriers"])),
        question=data["question"],
        preferred_language=data["preferred_language"],
        contact_name=data["contact_name"],
        email=data["email"],
        form_language=data["preferred_language"],
    )
    counselor = (
        get_user_model()
        .objects.filter(
            organisation_id=counseling_request.organisation_id,
            is_staff=True,
            groups__name=roles.COUNSELOR,
        )
        .order_by("pk")
        .first()
    )
    for step in data["steps"]:
        if step == ASSIGN:
            if counselor is not None:
                services.request_assign(counseling_request, actor=counselor, counselor=counselor)
        elif isinstance(step, dict):
            services.request_reply(
                counseling_request, actor=counselor, text=step["reply"], then_status=step["then"]
            )
        else:
            services.request_set_status(counseling_request, step, actor=counselor)
    return f"counseling request {counseling_request.reference} ({counseling_request.status})"


register(
    app_label="counseling",
    folder="requests",
    dataset=DEMO,
    fields={
        "email": Text(),
        "company_name": Text(),
        "origin_country": Text(),
        "company_size": Text(),
        "sector": Text(),
        "target_countries": ListOf(Text()),
        "barriers": ListOf(Text()),
        "preferred_language": Text(),
        "contact_name": Text(),
        "service_description": Text(),
        "question": Text(),
        "steps": ListOf(RequestStep()),
    },
    save=save_request,
)


# --- The readiness check (reference data: production needs the questions) -------------------
# Created when missing (by slug) and never overwritten afterwards: partner editors change the
# questions in the admin, and loading the reference data again must not undo their work.


def save_readiness_dimension(data: dict) -> str | None:
    from counseling.models import ReadinessDimension

    dimension, created = ReadinessDimension.objects.get_or_create(
        slug=data["slug"],
        defaults={
            "position": data["position"],
            "step_number": data["step"],
            **translated_fields(
                name=data["name"], description=data["description"], advice=data["advice"]
            ),
        },
    )
    if created:
        dimension.barriers.set([Barrier.objects.get(slug=slug) for slug in data["barriers"]])
    return None


def save_readiness_question(data: dict) -> str | None:
    from counseling.models import ReadinessDimension, ReadinessOption, ReadinessQuestion

    question, created = ReadinessQuestion.objects.get_or_create(
        slug=data["slug"],
        defaults={
            "dimension": ReadinessDimension.objects.get(slug=data["dimension"]),
            "sector": Sector.objects.get(slug=data["sector"]) if data["sector"] else None,
            "position": data["position"],
            **translated_fields(text=data["text"]),
        },
    )
    if created:
        for position, option in enumerate(data["options"]):
            ReadinessOption.objects.create(
                question=question,
                slug=option["slug"],
                weight=option["weight"],
                position=position,
                **translated_fields(text=option["text"]),
            )
    return None


register(
    app_label="counseling",
    folder="readiness-dimensions",
    dataset=REFERENCE,
    fields={
        "slug": Text(),
        "position": Integer(minimum=0),
        "step": Optional(Integer(minimum=1)),
        "barriers": ListOf(Text()),
        "name": Translated(),
        "description": Translated(),
        "advice": Translated(),
    },
    save=save_readiness_dimension,
)
register(
    app_label="counseling",
    folder="readiness-questions",
    dataset=REFERENCE,
    fields={
        "slug": Text(),
        "position": Integer(minimum=0),
        "dimension": Text(),
        "sector": Optional(Text()),
        "text": Translated(),
        "options": ListOf(
            Record(
                {
                    "slug": Text(),
                    "weight": Integer(minimum=0, maximum=MAX_WEIGHT),
                    "text": Translated(),
                }
            )
        ),
    },
    save=save_readiness_question,
)


# --- Saved replies (reference data: the network's shared replies in every language) --------
# One file per reply, its five languages side by side; each language becomes one shared
# SavedReply. Created when missing and never overwritten, like the readiness questions:
# the network edits them in the admin.


class TranslatedWithin(Translated):
    """A translated text of at most ``max_length`` characters in every language."""

    def __init__(self, *, max_length: int):
        self.max_length = max_length

    def clean(self, value, where):
        cleaned = super().clean(value, where)
        for code, text in cleaned.items():
            if len(text) > self.max_length:
                self.fail(f"{where}.{code}", f"longer than {self.max_length} characters")
        return cleaned


def save_saved_reply(data: dict) -> str | None:
    from counseling.models import SavedReply

    for language, title in data["title"].items():
        SavedReply.objects.get_or_create(
            content_key=data["slug"],
            language=language,
            defaults={"title": title, "text": data["text"][language].strip(), "organisation": None},
        )
    return None


register(
    app_label="counseling",
    folder="saved-replies",
    dataset=REFERENCE,
    fields={
        "slug": Text(),
        "title": TranslatedWithin(max_length=120),
        "text": TranslatedWithin(max_length=TEXT_MAX),
    },
    save=save_saved_reply,
)
