"""The editor's desk on market profiles: scope to the owner, drafts, review, versions."""

import pytest
from django.core import mail
from django.urls import reverse
from reversion.models import Version

from markets.models import MarketProfile, ProfileStatus
from portal import editorial, roles
from portal.models import ContentDraft, DraftState, EditorialAction, EditorialEvent
from portal.models import PartnerOrganisation as Organisation
from tests.admin_forms import change_form_data
from tests.factories import StaffFactory, SuperuserFactory

pytestmark = pytest.mark.django_db

NEW_REGULATION = "## Laws\n\nThe **new** English regulation text."


def _profile(country="lv", sector="e-learning") -> MarketProfile:
    return MarketProfile.objects.get(country__code=country, sector__slug=sector)


def _editor(slug="taf", **kwargs):
    return StaffFactory(
        roles=[roles.PARTNER_EDITOR], organisation=Organisation.objects.get(slug=slug), **kwargs
    )


def _change_url(profile) -> str:
    return reverse("admin:markets_marketprofile_change", args=[profile.pk])


def _editorial_url(profile) -> str:
    return reverse("admin:markets_marketprofile_editorial", args=[profile.pk])


@pytest.fixture
def taf(demo):
    return _editor("taf"), _editor("taf")


def _save_draft(client, profile, **changes):
    url = _change_url(profile)
    return client.post(url, change_form_data(client, url, **changes))


# --- scope ------------------------------------------------------------------------


def test_editor_sees_only_their_organisations_profiles(client, taf):
    client.force_login(taf[0])

    response = client.get(reverse("admin:markets_marketprofile_changelist"))

    assert {p.country.code for p in response.context["cl"].result_list} == {"lv"}


def test_editor_cannot_open_change_or_act_on_another_organisations_profile(client, taf):
    swedish = _profile("se", "e-health")
    before = swedish.regulation_en
    client.force_login(taf[0])

    opened = client.get(_change_url(swedish))
    history = client.get(reverse("admin:markets_marketprofile_history", args=[swedish.pk]))
    desk = client.get(_editorial_url(swedish))
    posted = client.post(_change_url(swedish), {"regulation_en": "Taken over"})
    submitted = client.post(_editorial_url(swedish), {"action": "submit"})
    action = client.post(
        reverse("admin:markets_marketprofile_changelist"),
        {"action": "mark_reviewed_today", "_selected_action": [swedish.pk]},
    )

    assert opened.status_code == 302 and opened["Location"] == reverse("admin:index")
    assert history.status_code in (302, 403, 404)
    assert desk.status_code == 404
    assert posted.status_code == 302 and submitted.status_code == 404
    assert action.status_code == 302  # "no items selected": the profile is not in the list
    swedish.refresh_from_db()
    assert swedish.regulation_en == before
    assert not ContentDraft.objects.exists()
    assert not EditorialEvent.objects.exists()


def test_editor_cannot_change_the_owner_or_publish(client, taf):
    profile = _profile()
    MarketProfile.objects.filter(pk=profile.pk).update(status=ProfileStatus.DRAFT)
    sics = Organisation.objects.get(slug="sics")
    client.force_login(taf[0])
    url = _change_url(profile)
    data = change_form_data(client, url, summary_en="Changed summary.")
    data.update({"owner": sics.pk, "status": ProfileStatus.PUBLISHED})

    response = client.post(url, data)

    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.summary_en == "Changed summary."
    assert profile.owner.slug == "taf" and profile.status == ProfileStatus.DRAFT


def test_editor_adds_a_profile_for_their_own_organisation(client, taf):
    from portal.models import Country, Sector

    MarketProfile.objects.filter(country__code="lv", sector__slug="e-health").delete()
    client.force_login(taf[0])
    data = {
        "country": Country.objects.get(code="lv").pk,
        "sector": Sector.objects.get(slug="e-health").pk,
        "summary_en": "A new profile.",
    }
    for prefix in ("barrier_assessments", "key_facts", "resources"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})

    response = client.post(reverse("admin:markets_marketprofile_add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    created = _profile("lv", "e-health")
    assert created.owner.slug == "taf" and created.status == ProfileStatus.DRAFT


# --- drafts ---------------------------------------------------------------------------


def test_editing_a_published_profile_saves_a_draft_the_public_does_not_see(client, taf):
    profile = _profile()
    live = profile.regulation_en
    client.force_login(taf[0])

    response = _save_draft(client, profile, regulation_en=NEW_REGULATION)

    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.regulation_en == live
    draft = editorial.draft_of(profile)
    assert draft.changed_fields == ["regulation_en"] and draft.state == DraftState.EDITING
    # the change form shows the draft, so the next edit continues it
    assert NEW_REGULATION in client.get(_change_url(profile)).content.decode()
    preview = client.get("/en/markets/lv/e-learning/?draft=1")
    assert "The <strong>new</strong> English regulation text." in preview.content.decode()
    assert "noindex" in preview["X-Robots-Tag"] or "noindex" in preview.content.decode()

    client.logout()
    public = client.get("/en/markets/lv/e-learning/?draft=1").content.decode()
    assert "The <strong>new</strong> English" not in public
    client.force_login(_editor("sics"))
    other = client.get("/en/markets/lv/e-learning/?draft=1").content.decode()
    assert "The <strong>new</strong> English" not in other


def test_unpublished_profile_is_hidden_from_other_organisations(client, taf):
    MarketProfile.objects.filter(pk=_profile().pk).update(status=ProfileStatus.DRAFT)

    client.force_login(_editor("sics"))
    assert client.get("/en/markets/lv/e-learning/").status_code == 404
    client.force_login(taf[0])
    assert client.get("/en/markets/lv/e-learning/").status_code == 200


# --- review ------------------------------------------------------------------------------


def test_submit_then_second_editor_approves_and_the_change_is_published(
    client, taf, immediate_tasks, django_capture_on_commit_callbacks
):
    author, reviewer = taf
    profile = _profile()
    old = profile.regulation_en
    client.force_login(author)
    _save_draft(client, profile, regulation_en=NEW_REGULATION)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(_editorial_url(profile), {"action": "submit"})
    own_approval = client.post(_editorial_url(profile), {"action": "approve"})

    assert editorial.draft_of(profile).state == DraftState.IN_REVIEW
    assert own_approval.status_code == 403
    assert [message.to for message in mail.outbox] == [[reviewer.email]]
    assert _editorial_url(profile) in mail.outbox[0].body

    client.force_login(reviewer)
    page = client.get(_editorial_url(profile)).content.decode()
    assert 'value="approve"' in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_editorial_url(profile), {"action": "approve", "comment": "Good."})

    profile.refresh_from_db()
    assert profile.regulation_en == NEW_REGULATION
    assert editorial.draft_of(profile) is None
    assert [e.action for e in editorial.events(profile)] == [
        EditorialAction.APPROVED,
        EditorialAction.SUBMITTED,
        EditorialAction.DRAFT_SAVED,
    ]
    versions = list(editorial.versions(profile))
    assert [v.revision.user for v in versions] == [reviewer, None]  # and the state before
    assert versions[1].field_dict["regulation_en"] == old
    assert mail.outbox[-1].to == [author.email]
    client.logout()
    public = client.get("/en/markets/lv/e-learning/").content.decode()
    assert "The <strong>new</strong> English regulation text." in public


def test_send_back_needs_a_comment_and_returns_the_draft(
    client, taf, immediate_tasks, django_capture_on_commit_callbacks
):
    author, reviewer = taf
    profile = _profile()
    client.force_login(author)
    _save_draft(client, profile, regulation_en=NEW_REGULATION)
    client.post(_editorial_url(profile), {"action": "submit"})
    client.force_login(reviewer)

    client.post(_editorial_url(profile), {"action": "send_back", "comment": "  "})
    assert editorial.draft_of(profile).state == DraftState.IN_REVIEW
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_editorial_url(profile), {"action": "send_back", "comment": "Cite the law."})

    assert editorial.draft_of(profile).state == DraftState.SENT_BACK
    event = editorial.events(profile).first()
    assert (event.action, event.comment, event.actor) == ("sent_back", "Cite the law.", reviewer)
    assert mail.outbox[-1].to == [author.email] and "Cite the law." in mail.outbox[-1].body
    profile.refresh_from_db()
    assert profile.regulation_en != NEW_REGULATION


def test_site_administrator_may_approve_their_own_submission(client, demo):
    admin = SuperuserFactory()
    profile = _profile()
    client.force_login(admin)
    _save_draft(client, profile, summary_en="Summary by the administrator.")
    client.post(_editorial_url(profile), {"action": "submit"})
    client.post(_editorial_url(profile), {"action": "approve"})

    profile.refresh_from_db()
    assert profile.summary_en == "Summary by the administrator."


def test_unpublished_profile_is_published_through_review(client, taf):
    author, reviewer = taf
    profile = _profile()
    MarketProfile.objects.filter(pk=profile.pk).update(status=ProfileStatus.DRAFT)
    client.force_login(author)
    client.post(_editorial_url(profile), {"action": "submit"})
    client.force_login(reviewer)
    client.post(_editorial_url(profile), {"action": "approve"})

    profile.refresh_from_db()
    assert profile.status == ProfileStatus.PUBLISHED


# --- versions -----------------------------------------------------------------------------


def test_restore_of_an_older_version_goes_through_review(client, taf):
    author, reviewer = taf
    profile = _profile()
    original = profile.regulation_en
    for text in (NEW_REGULATION, "Third text."):
        client.force_login(author)
        _save_draft(client, profile, regulation_en=text)
        client.post(_editorial_url(profile), {"action": "submit"})
        client.force_login(reviewer)
        client.post(_editorial_url(profile), {"action": "approve"})
    oldest = editorial.versions(profile).last()
    assert oldest.field_dict["regulation_en"] == original

    client.force_login(author)
    compare = client.get(
        reverse("admin:markets_marketprofile_editorial_compare", args=[profile.pk, oldest.pk])
    ).content.decode()
    assert "Third text." in compare and "Regulation [en]" in compare
    client.post(_editorial_url(profile), {"action": "restore", "version": oldest.pk})
    client.post(_editorial_url(profile), {"action": "submit"})
    client.force_login(reviewer)
    client.post(_editorial_url(profile), {"action": "approve"})

    profile.refresh_from_db()
    assert profile.regulation_en == original
    assert EditorialEvent.objects.filter(action=EditorialAction.RESTORED).count() == 1
    assert Version.objects.get_for_object(profile).count() == 4


def test_restore_refuses_forged_version_ids(client, taf):
    client.force_login(taf[0])
    profile = _profile()

    for forged in ("", "abc", "99999", "1\x00"):
        response = client.post(_editorial_url(profile), {"action": "restore", "version": forged})
        assert response.status_code in (400, 404)  # NUL is refused before the view (hardening)
    assert editorial.draft_of(profile) is None


# --- inline rows in drafts and versions ------------------------------------------------


def _facts(profile) -> dict[str, str]:
    return dict(profile.key_facts.values_list("key", "source_name"))


def _inline_index(client, profile, prefix: str, pk: int) -> int:
    """The index of the inline form of row ``pk`` on the change form as loaded now."""
    response = client.get(_change_url(profile))
    for inline in response.context["inline_admin_formsets"]:
        if inline.formset.prefix == prefix:
            for index, form in enumerate(inline.formset.initial_forms):
                if form.instance.pk == pk:
                    return index
    raise AssertionError(f"no {prefix} row {pk} on the change form")


def _approve(client, profile, author, reviewer):
    client.force_login(author)
    client.post(_editorial_url(profile), {"action": "submit"})
    client.force_login(reviewer)
    client.post(_editorial_url(profile), {"action": "approve"})


def test_key_fact_edit_is_a_draft_until_published(client, taf):
    author, reviewer = taf
    profile = _profile()
    fact = profile.key_facts.order_by("position", "key").first()
    before = _facts(profile)
    client.force_login(author)
    index = _inline_index(client, profile, "key_facts", fact.pk)

    response = _save_draft(
        client, profile, **{f"key_facts-{index}-source_name": "Draft statistics office"}
    )

    assert response.status_code == 302
    assert _facts(profile) == before  # the live rows are untouched
    draft = editorial.draft_of(profile)
    assert draft.changed_fields == ["key_facts"]
    assert "Changed fields: Key facts" in client.get(_editorial_url(profile)).content.decode()
    # the change form and the preview show the draft's row
    assert "Draft statistics office" in client.get(_change_url(profile)).content.decode()
    assert (
        "Draft statistics office"
        in client.get("/en/markets/lv/e-learning/?draft=1").content.decode()
    )
    client.logout()
    assert (
        "Draft statistics office" not in client.get("/en/markets/lv/e-learning/").content.decode()
    )

    _approve(client, profile, author, reviewer)

    assert _facts(profile) == {**before, fact.key: "Draft statistics office"}
    assert editorial.draft_of(profile) is None


def test_removing_and_adding_key_facts_waits_for_publication(client, taf):
    author, reviewer = taf
    profile = _profile()
    removed = profile.key_facts.order_by("position", "key").first()
    before = _facts(profile)
    client.force_login(author)
    url = _change_url(profile)
    data = change_form_data(client, url)
    index = _inline_index(client, profile, "key_facts", removed.pk)
    total = int(data["key_facts-TOTAL_FORMS"])
    data.update(
        {
            f"key_facts-{index}-DELETE": "on",
            "key_facts-TOTAL_FORMS": total + 1,
            f"key_facts-{total}-key": "broadband",
            f"key_facts-{total}-label_en": "Broadband households",
            f"key_facts-{total}-value": "91",
            f"key_facts-{total}-unit_en": "%",
            f"key_facts-{total}-year": "2025",
            f"key_facts-{total}-source_name": "Eurostat",
            f"key_facts-{total}-position": "99",
        }
    )

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert _facts(profile) == before
    # saving the draft again as loaded keeps the new row and the removal
    again = client.post(url, change_form_data(client, url, summary_en="Summary of the draft."))
    assert again.status_code == 302
    assert _facts(profile) == before
    preview = client.get("/en/markets/lv/e-learning/?draft=1").content.decode()
    assert "Broadband households" in preview and removed.label_en not in preview

    _approve(client, profile, author, reviewer)

    expected = {key: name for key, name in before.items() if key != removed.key}
    assert _facts(profile) == {**expected, "broadband": "Eurostat"}
    profile.refresh_from_db()
    assert profile.summary_en == "Summary of the draft."


def test_restoring_a_version_brings_back_its_key_facts(client, taf):
    author, reviewer = taf
    profile = _profile()
    original = _facts(profile)
    fact = profile.key_facts.order_by("position", "key").first()
    client.force_login(author)
    url = _change_url(profile)
    data = change_form_data(client, url)
    data[f"key_facts-{_inline_index(client, profile, 'key_facts', fact.pk)}-DELETE"] = "on"
    client.post(url, data)
    _approve(client, profile, author, reviewer)
    assert fact.key not in _facts(profile)
    oldest = editorial.versions(profile).last()

    client.force_login(author)
    compare = client.get(
        reverse("admin:markets_marketprofile_editorial_compare", args=[profile.pk, oldest.pk])
    ).content.decode()
    assert "Key facts" in compare and fact.label_en in compare
    client.post(_editorial_url(profile), {"action": "restore", "version": oldest.pk})
    assert fact.key not in _facts(profile)  # a draft first
    assert fact.label_en in client.get(_change_url(profile)).content.decode()
    _approve(client, profile, author, reviewer)

    assert _facts(profile) == original


def test_restoring_key_facts_that_swapped_keys_since_is_published(client, taf):
    from markets.models import KeyFact

    author, reviewer = taf
    profile = _profile()
    first, second = profile.key_facts.order_by("position", "key")[:2]
    client.force_login(author)
    _save_draft(client, profile, summary_en="A summary worth a version.")
    _approve(client, profile, author, reviewer)
    version = editorial.versions(profile).first()
    # since then the two facts swapped their keys (unique per profile)
    KeyFact.objects.filter(pk=first.pk).update(key="swapping")
    KeyFact.objects.filter(pk=second.pk).update(key=first.key)
    KeyFact.objects.filter(pk=first.pk).update(key=second.key)

    client.force_login(author)
    client.post(_editorial_url(profile), {"action": "restore", "version": version.pk})
    _approve(client, profile, author, reviewer)

    keys = dict(profile.key_facts.values_list("pk", "key"))
    assert (keys[first.pk], keys[second.pk]) == (first.key, second.key)


def test_saving_an_unpublished_profile_under_review_does_not_publish_it(client, taf):
    profile = _profile()
    MarketProfile.objects.filter(pk=profile.pk).update(status=ProfileStatus.DRAFT)
    client.force_login(taf[0])
    client.post(_editorial_url(profile), {"action": "submit"})  # a request to publish

    response = _save_draft(client, profile, summary_en="Edited while waiting for review.")

    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.summary_en == "Edited while waiting for review."
    assert profile.status == ProfileStatus.DRAFT  # published only by the reviewer's approval
    assert editorial.draft_of(profile).state == DraftState.IN_REVIEW
