"""A morning campaign against the portal, for locust (run by ``benchmarks/loadtest.py``).

- 90 % anonymous visitors read markets, comparisons, Living Labs, pilots and the transfer
  model in five languages;
- 7 % SMEs fill in the counseling form (CSRF token and form id from the page, a unique
  e-mail address each) and land on the confirmation page;
- 3 % counselors sign in and work in the admin (request list, one request, dashboard).

Every accepted submission (the redirect to the confirmation page) is appended to the file
named by ``BALLAD_LOADTEST_ACCEPTED``, one address per line, so the runner can compare
accepted = rows in the database = e-mails in the SMTP sink. A submission whose answer is
lost (502 when an instance dies mid-request) is sent again as a visitor would, with the
same form id: the portal's double-submit guard answers with the first request's
confirmation instead of storing a second one.
"""

import os
import random
import re
import uuid

import urllib3
from locust import HttpUser, between, events, task

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

LANGUAGES = ["en", "et", "fi", "lv", "sv"]
COUNTRIES = ["ee", "fi", "lv", "se"]
SECTORS = ["e-health", "e-learning"]
COUNSELOR_EMAILS = [
    f"counselor.{name}@ballad.example.org" for name in ("laurea", "ibs", "taf", "sics")
]
COUNSELOR_PASSWORD = os.environ.get("BALLAD_LOADTEST_COUNSELOR_PASSWORD", "")
ACCEPTED_FILE = os.environ.get("BALLAD_LOADTEST_ACCEPTED", "accepted.txt")
RETRIED_FILE = ACCEPTED_FILE + ".retried"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_ID = re.compile(r'name="form_id" value="([^"]+)"')
SLUGS: dict[str, list[str]] = {"living-labs": [], "pilots": []}


@events.test_start.add_listener
def discover_slugs(environment, **_kwargs):
    """The Living Labs and pilots that exist, from their list pages."""
    import requests

    for kind in SLUGS:
        page = requests.get(f"{environment.host}/en/{kind}/", verify=False, timeout=10)  # noqa: S501
        SLUGS[kind] = sorted(set(re.findall(rf'href="/en/{kind}/([a-z0-9-]+)/"', page.text)))


class CampaignUser(HttpUser):
    abstract = True

    def on_start(self):
        self.client.verify = False  # the stack's self-signed certificate


class Visitor(CampaignUser):
    weight = 90
    wait_time = between(0.5, 2)

    def on_start(self):
        super().on_start()
        self.language = random.choice(LANGUAGES)  # noqa: S311

    def _get(self, path: str, name: str):
        self.client.get(f"/{self.language}{path}", name=name)

    @task(3)
    def home(self):
        self._get("/", "home")

    @task(4)
    def market_list(self):
        self._get("/markets/", "market list")

    @task(8)
    def profile(self):
        country, sector = random.choice(COUNTRIES), random.choice(SECTORS)  # noqa: S311
        self._get(f"/markets/{country}/{sector}/", "profile")

    @task(3)
    def comparison(self):
        sector = random.choice(SECTORS)  # noqa: S311
        markets = random.sample(COUNTRIES, k=random.choice([2, 3, 4]))  # noqa: S311
        query = "&".join(f"m={country}-{sector}" for country in markets)
        self._get(f"/markets/compare/?{query}", "comparison")

    @task(2)
    def living_labs(self):
        self._get("/living-labs/", "living lab list")

    @task(2)
    def living_lab(self):
        if SLUGS["living-labs"]:
            self._get(f"/living-labs/{random.choice(SLUGS['living-labs'])}/", "living lab")  # noqa: S311

    @task(2)
    def pilots(self):
        self._get("/pilots/", "pilot list")

    @task(3)
    def pilot(self):
        if SLUGS["pilots"]:
            self._get(f"/pilots/{random.choice(SLUGS['pilots'])}/", "pilot case")  # noqa: S311

    @task(2)
    def transfer_model(self):
        self._get("/transfer-model/", "transfer model")


class SME(CampaignUser):
    weight = 7
    wait_time = between(1, 3)

    @task
    def submit_request(self):
        language = random.choice(LANGUAGES)  # noqa: S311
        target = random.choice(COUNTRIES)  # noqa: S311
        sector = random.choice(SECTORS)  # noqa: S311
        self.client.cookies.clear()  # a new visitor each time
        form = self.client.get(
            f"/{language}/counseling/new/?country={target}&sector={sector}", name="counseling form"
        )
        csrf, form_id = CSRF.search(form.text), FORM_ID.search(form.text)
        if form.status_code != 200 or not csrf or not form_id:
            return
        email = f"sme-{uuid.uuid4().hex}@loadtest.example.org"
        data = {
            "csrfmiddlewaretoken": csrf.group(1),
            "form_id": form_id.group(1),
            "company_name": "Campaign Health Oy",
            "company_website": "https://example.com",
            "origin_country": random.choice([c for c in COUNTRIES if c != target]),  # noqa: S311
            "company_size": "micro",
            "sector": sector,
            "service_description": "A booking app for physiotherapy clinics.",
            "target_countries": [target],
            "barriers": ["regulation"],
            "question": "How do we reach clinics in the target market?",
            "preferred_language": language,
            "contact_name": "Load Test",
            "email": email,
            "phone": "",
            "privacy": "on",
            "fax": "",
        }
        headers = {"Referer": f"{self.host}/{language}/counseling/new/"}
        for attempt in range(3):
            with self.client.post(
                f"/{language}/counseling/new/",
                data=data,
                headers=headers,
                name="counseling submit",
                allow_redirects=False,
                catch_response=True,
            ) as response:
                if response.status_code == 302 and "/counseling/new/sent/" in response.headers.get(
                    "Location", ""
                ):
                    response.success()
                    with open(ACCEPTED_FILE, "a") as accepted:
                        accepted.write(email + "\n")
                    break
                if response.status_code in {502, 503, 504, 0} and attempt < 2:
                    # The answer was lost; the visitor sends the same form again.
                    response.success()
                    with open(RETRIED_FILE, "a") as retried:
                        retried.write(email + "\n")
                    continue
                response.failure(f"submission answered {response.status_code}")
                return
        self.client.get(f"/{language}/counseling/new/sent/", name="counseling sent")


class Counselor(CampaignUser):
    weight = 3
    wait_time = between(1, 4)

    def on_start(self):
        super().on_start()
        self.signed_in = False
        page = self.client.get("/en/accounts/login/", name="sign-in form")
        csrf = CSRF.search(page.text)
        if not csrf or not COUNSELOR_PASSWORD:
            return
        response = self.client.post(
            "/en/accounts/login/",
            data={
                "csrfmiddlewaretoken": csrf.group(1),
                "login": random.choice(COUNSELOR_EMAILS),  # noqa: S311
                "password": COUNSELOR_PASSWORD,
            },
            headers={"Referer": f"{self.host}/en/accounts/login/"},
            name="sign in",
            allow_redirects=False,
        )
        self.signed_in = response.status_code == 302

    @task(5)
    def request_list(self):
        if not self.signed_in:
            return
        page = self.client.get("/admin/counseling/counselingrequest/", name="admin request list")
        ids = re.findall(r'href="/admin/counseling/counselingrequest/(\d+)/change/', page.text)
        if ids:
            self.client.get(
                f"/admin/counseling/counselingrequest/{random.choice(ids)}/change/",  # noqa: S311
                name="admin request",
            )

    @task(1)
    def dashboard(self):
        if self.signed_in:
            self.client.get(
                "/admin/counseling/counselingrequest/dashboard/", name="admin dashboard"
            )
