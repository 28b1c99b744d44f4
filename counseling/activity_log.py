"""How the activity log reads: one sentence per entry, in the viewer's language, never a key.

Each action key has a sentence template (``gettext_lazy``) filled with the
entry's data when it is shown, so old entries read in today's language and
wording (as pretalx's ``ActivityLog.display``). Staff read every entry with the
staff's words for statuses; the company reads its public entries with its own.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from counseling.enums import EventAction, RequestStatus

A = EventAction

# Who did it, when the entry has no account behind it.
NOBODY = {
    A.SUBMITTED: pgettext_lazy("activity log actor", "The SME"),
    A.SME_ANSWER: pgettext_lazy("activity log actor", "The SME"),
    A.ATTACHED: pgettext_lazy("activity log actor", "The SME"),
}
PORTAL = pgettext_lazy("activity log actor", "The portal")

STAFF_SENTENCES = {
    A.SUBMITTED: _("%(actor)s sent the request."),
    A.ROUTED: _("The portal routed the request to %(organisation)s."),
    A.STATUS_CHANGED: _("%(actor)s set the status to “%(status)s”."),
    A.ASSIGNED: _("%(actor)s assigned the request to %(counselor)s."),
    A.HANDED_OVER: _("%(actor)s handed the request over from %(previous)s to %(new)s."),
    A.NOTE: _("%(actor)s added an internal note."),
    A.REPLY: _("%(actor)s replied to the SME."),
    A.SME_ANSWER: _("The SME answered."),
    A.ATTACHED: _("The request joined the SME's account."),
    A.EMAIL_SENT: _("E-mail sent: %(kind)s (attempt %(attempt)s)."),
    A.EMAIL_FAILED: _("E-mail failed: %(kind)s (attempt %(attempt)s, %(error)s)."),
    A.ANONYMISED: _("%(actor)s removed the personal data."),
    A.REMINDED: _("The portal reminded the SME that the request waits for its answer."),
    A.AUTO_CLOSED: _("The portal closed the request: the SME did not answer in time."),
    A.SURVEY_ANSWERED: _("The SME answered the feedback survey."),
}
# A reply that also moves the request on says so in one sentence.
REPLY_THEN = _("%(actor)s replied to the SME and set the status to “%(status)s”.")
EMAIL_RETRY = _("It will be tried again.")

SME_SENTENCES = {
    A.SUBMITTED: _("You sent the request"),
    A.STATUS_CHANGED: _("Status: %(status)s"),
    A.REPLY: _("Reply from your counselor"),
    A.SME_ANSWER: _("Your answer"),
    A.REMINDED: _("Reminder: the counselor waits for your answer"),
    A.AUTO_CLOSED: _("Closed without your answer"),
}

# Whose text the company reads on its page; a status change's note is internal.
PUBLIC_TEXT_ACTIONS = frozenset({A.REPLY, A.SME_ANSWER})

EMAIL_KINDS = {
    "confirmation": _("confirmation to the SME"),
    "reply": _("reply to the SME"),
    "question": _("question to the SME"),
    "closed": _("closing notice to the SME"),
    "reminder": _("reminder to the SME"),
    "auto_closed": _("closing notice to the SME"),
    "survey": _("feedback survey to the SME"),
    "staff_new": _("new request to the counselors"),
    "staff_answer": _("SME's answer to the counselor"),
}


def _status(value, *, sme: bool) -> str:
    try:
        status = RequestStatus(value)
    except ValueError:
        return str(value or "")
    return str(status.sme_label if sme else status.staff_label)


def _actor(event) -> str:
    if event.actor_id is not None and event.actor is not None:
        return str(event.actor)
    return str(NOBODY.get(event.action, PORTAL))


def staff_sentence(event) -> str:
    """The entry as staff read it, e.g. “Kadri Tamm set the status to “Waiting for the SME”.”"""
    data = event.data or {}
    template = STAFF_SENTENCES.get(event.action)
    if template is None:
        return str(event.action)
    values = {
        "actor": _actor(event),
        "status": _status(data.get("new", ""), sme=False),
        "organisation": data.get("name", ""),
        "counselor": data.get("name", ""),
        "previous": data.get("previous_name") or "–",  # noqa: RUF001
        "new": data.get("new_name", ""),
        "kind": str(EMAIL_KINDS.get(data.get("kind", ""), data.get("kind", ""))),
        "attempt": data.get("attempt", ""),
        "error": data.get("error", ""),
    }
    if event.action == A.REPLY and data.get("then"):
        values["status"] = _status(data["then"], sme=False)
        template = REPLY_THEN
    sentence = str(template) % values
    if event.action == A.EMAIL_FAILED and data.get("will_retry"):
        sentence = f"{sentence} {EMAIL_RETRY}"
    return sentence


def sme_sentence(event) -> str:
    """The entry's heading on the company's own page, with the company's words for statuses."""
    template = SME_SENTENCES.get(event.action)
    if template is None:
        return ""
    return str(template) % {"status": _status((event.data or {}).get("new", ""), sme=True)}


def sme_text(event) -> str:
    """The message the company reads under the heading; empty for internal texts."""
    return event.text if event.action in PUBLIC_TEXT_ACTIONS else ""
