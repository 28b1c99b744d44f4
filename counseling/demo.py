"""Demo content of counseling: a counselor per partner organisation and fourteen requests.

The requests go through the service functions, so their activity logs are real;
two end in every status. Running it again changes nothing: a request is
recognised by its demo e-mail address.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from counseling import services
from counseling.enums import RequestStatus
from counseling.models import CounselingRequest
from portal import roles
from portal.models import Barrier, Country, PartnerOrganisation, Sector
from portal.two_factor import demo_totp_ensure

COUNSELOR_PASSWORD = "ballad-demo-counselor"  # noqa: S105 - only ever set when DEBUG is on
COUNSELORS = {
    "laurea": ("Aino Virtanen", "counselor.laurea@ballad.example.org"),
    "ibs": ("Kadri Tamm", "counselor.ibs@ballad.example.org"),
    "taf": ("Jānis Bērziņš", "counselor.taf@ballad.example.org"),
    "sics": ("Sara Lindqvist", "counselor.sics@ballad.example.org"),
}

# (company, origin, size, sector, targets, barriers, language, contact, service, question, path)
# ``path`` is the list of steps after submission: "assign", a status, ("reply", text, then).
REQUESTS = [
    (
        "Kuntoon Oy",
        "fi",
        "small",
        "e-health",
        ["ee"],
        ["regulation", "language"],
        "fi",
        "Mikko Laine",
        "Etäkuntoutussovellus lonkkaleikkauksesta toipuville.",
        "Mitä Virossa vaaditaan, jotta sairaalat voivat suositella sovellustamme potilaille?",
        [],
    ),
    (
        "Õpiränne OÜ",
        "ee",
        "micro",
        "e-learning",
        ["se"],
        ["reaching-customers"],
        "et",
        "Liis Kask",
        "Keeleõppe platvorm täiskasvanud sisserändajatele.",
        "Kuidas jõuda Rootsi omavalitsusteni, kes korraldavad SFI-keeleõpet?",
        [],
    ),
    (
        "MediSense SIA",
        "lv",
        "small",
        "e-health",
        ["fi"],
        ["data-protection"],
        "en",
        "Anna Ozola",
        "Wearable sensor and app that warns carers when an older person falls.",
        "Which rules on secondary use of health data apply if Finnish home-care providers use it?",
        ["assign"],
    ),
    (
        "Skolbuss AB",
        "se",
        "micro",
        "e-learning",
        ["lv"],
        ["public-procurement"],
        "sv",
        "Erik Holm",
        "Schemaläggning och skjutsplanering för skolor på landsbygden.",
        "Hur fungerar offentlig upphandling för skolor i Lettland och vem beslutar?",
        ["assign"],
    ),
    (
        "CareLoop Oy",
        "fi",
        "medium",
        "e-health",
        ["se", "ee"],
        ["regulation", "reaching-partners"],
        "en",
        "Laura Niemi",
        "Care coordination software for municipal home care.",
        "Do we need a Swedish partner to take part in regional tenders, and how do we find one?",
        ["assign", RequestStatus.IN_PROGRESS],
    ),
    (
        "Tervisetee OÜ",
        "ee",
        "small",
        "e-health",
        ["lv"],
        ["business-culture"],
        "et",
        "Marko Saar",
        "Digitaalne ravijärgimuse päevik kroonilistele haigetele.",
        "Kas Läti apteegid on sobiv müügikanal ja kuidas nendega läbirääkimisi alustada?",
        ["assign", RequestStatus.IN_PROGRESS],
    ),
    (
        "LearnLab SIA",
        "lv",
        "micro",
        "e-learning",
        ["ee"],
        ["language", "funding"],
        "lv",
        "Ilze Kalniņa",
        "Tiešsaistes matemātikas uzdevumu krātuve pamatskolām.",
        "Vai Igaunijā ir pieejams finansējums mācību satura tulkošanai igauņu valodā?",
        [
            "assign",
            (
                "reply",
                "Could you tell us which grades and how many exercises you would translate first?",
                RequestStatus.WAITING_FOR_SME,
            ),
        ],
    ),
    (
        "Hälsobrygga AB",
        "se",
        "small",
        "e-health",
        ["fi"],
        ["regulation"],
        "sv",
        "Maria Berg",
        "Videobesök mellan äldre och anhöriga, med påminnelser om mediciner.",
        "Räknas påminnelsefunktionen som en medicinteknisk produkt i Finland?",
        [
            "assign",
            (
                "reply",
                "Does the reminder only repeat a schedule the patient enters, or "
                "does it suggest doses?",
                RequestStatus.WAITING_FOR_SME,
            ),
        ],
    ),
    (
        "Koodikoulu Oy",
        "fi",
        "micro",
        "e-learning",
        ["lv"],
        ["reaching-customers"],
        "fi",
        "Jussi Heikkinen",
        "Ohjelmoinnin verkkokurssit 10–15-vuotiaille.",
        "Miten latvialaiset koulut ostavat verkkokursseja?",
        [
            "assign",
            (
                "reply",
                "Latvian schools buy most digital learning material through the "
                "municipality. We suggest starting with two pilot schools in Riga.",
                RequestStatus.ANSWERED,
            ),
        ],
    ),
    (
        "Digimentor OÜ",
        "ee",
        "small",
        "e-learning",
        ["fi"],
        ["business-culture", "language"],
        "en",
        "Kristi Lepp",
        "Mentoring platform for vocational teachers.",
        "How do Finnish vocational colleges decide on new digital tools?",
        [
            "assign",
            (
                "reply",
                "Decisions are usually made by the education provider's "
                "development team; a free pilot term helps.",
                RequestStatus.ANSWERED,
            ),
        ],
    ),
    (
        "Senior Smart SIA",
        "lv",
        "medium",
        "e-health",
        ["se"],
        ["regulation", "public-procurement"],
        "en",
        "Roberts Liepa",
        "Smart home kit for assisted living.",
        "What certifications do Swedish municipalities require for assistive technology?",
        [
            "assign",
            (
                "reply",
                "Municipalities follow the national guidance for welfare "
                "technology; CE marking and a data processing agreement are the minimum.",
                RequestStatus.ANSWERED,
            ),
            RequestStatus.CLOSED,
        ],
    ),
    (
        "Läxhjälpen AB",
        "se",
        "micro",
        "e-learning",
        ["ee"],
        ["funding"],
        "sv",
        "Johan Ek",
        "Läxhjälp via chatt med lärarstudenter.",
        "Finns det stöd för att pröva tjänsten i estniska skolor?",
        [
            "assign",
            (
                "reply",
                "Yes: the Education and Youth Board runs pilot programmes; we have "
                "sent you the contact.",
                RequestStatus.ANSWERED,
            ),
            RequestStatus.CLOSED,
        ],
    ),
    (
        "Cheap Pills Online",
        "lv",
        "micro",
        "e-health",
        ["fi"],
        [],
        "en",
        "Sales Team",
        "Online pharmacy.",
        "Buy now with a discount!",
        [RequestStatus.REJECTED],
    ),
    (
        "Test Company",
        "fi",
        "micro",
        "e-learning",
        ["ee"],
        [],
        "en",
        "Test",
        "Test.",
        "Just testing the form.",
        ["assign", RequestStatus.REJECTED],
    ),
]


def _counselors(*, stdout) -> dict:
    user_model = get_user_model()
    group = Group.objects.filter(name=roles.COUNSELOR).first()
    counselors = {}
    for slug, (name, email) in COUNSELORS.items():
        organisation = PartnerOrganisation.objects.filter(slug=slug).first()
        if organisation is None:
            continue
        user, created = user_model.objects.get_or_create(
            email=email, defaults={"name": name, "is_staff": True, "organisation": organisation}
        )
        if settings.DEBUG:
            user.set_password(COUNSELOR_PASSWORD)
            demo_totp_ensure(user)  # the documented demo TOTP secret (portal/two_factor.py)
        elif created:
            user.set_unusable_password()
        user.is_staff = True
        user.organisation = organisation
        user.save()
        if group is not None:
            user.groups.add(group)
        from allauth.account.models import EmailAddress

        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        counselors[slug] = user
        if stdout is not None and settings.DEBUG:
            stdout.write(
                f"  counselor of {organisation}: {email} / {COUNSELOR_PASSWORD!r} (DEBUG only)"
            )
    return counselors


def load(*, stdout) -> None:
    counselors = _counselors(stdout=stdout)
    countries = {country.code: country for country in Country.objects.all()}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    barriers = {barrier.slug: barrier for barrier in Barrier.objects.all()}
    by_organisation = {user.organisation_id: user for user in counselors.values()}
    for number, row in enumerate(REQUESTS, start=1):
        (
            company,
            origin,
            size,
            sector,
            targets,
            topics,
            language,
            contact,
            service,
            question,
            steps,
        ) = row
        email = f"demo-request-{number:02d}@example.com"
        if CounselingRequest.objects.filter(email=email).exists():
            continue
        request = services.request_submit(
            company_name=company,
            origin_country=countries[origin],
            company_size=size,
            sector=sectors[sector],
            service_description=service,
            target_countries=[countries[code] for code in targets],
            barriers=[barriers[slug] for slug in topics],
            question=question,
            preferred_language=language,
            contact_name=contact,
            email=email,
            form_language=language,
        )
        counselor = by_organisation.get(request.organisation_id)
        for step in steps:
            if step == "assign":
                if counselor is not None:
                    services.request_assign(request, actor=counselor, counselor=counselor)
            elif isinstance(step, tuple):
                _kind, text, then = step
                services.request_reply(request, actor=counselor, text=text, then_status=then)
            else:
                services.request_set_status(request, step, actor=counselor)
        if stdout is not None:
            stdout.write(f"  counseling request {request.reference} ({request.status})")
