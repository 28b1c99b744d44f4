"""Load content files in tests: the reference data, or the demo of some apps (see portal.content)."""

from portal import content


def load_reference(*app_labels: str) -> None:
    content.load(content.REFERENCE, app_labels=app_labels)


def load_demo(*app_labels: str) -> None:
    """The reference data and the demo content of ``app_labels`` (all apps if none)."""
    content.load(content.REFERENCE, app_labels=app_labels)
    content.load(content.DEMO, app_labels=app_labels)
