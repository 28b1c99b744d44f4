"""Staff roles as permission groups, kept in sync after every migrate.

Each app grants its own permissions in ``AppConfig.ready()``::

    roles.grant(roles.PARTNER_EDITOR, "markets.add_marketprofile", "markets.change_marketprofile")

``sync_role_groups`` (connected to ``post_migrate``) then creates the groups and
sets exactly the registered permissions, so a role never drifts from the code.
"""

from collections import defaultdict

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS

PARTNER_EDITOR = "Partner editors"
COUNSELOR = "Counselors"
ROLES = (PARTNER_EDITOR, COUNSELOR)

_grants: dict[str, set[str]] = defaultdict(set)


def grant(role: str, *permissions: str) -> None:
    """Register ``app_label.codename`` permissions for a role."""
    if role not in ROLES:
        raise ValueError(f"Unknown role {role!r}; use one of {ROLES}.")
    for permission in permissions:
        if permission.count(".") != 1:
            raise ValueError(f"Write permissions as 'app_label.codename', not {permission!r}.")
    _grants[role].update(permissions)


def granted(role: str) -> frozenset[str]:
    return frozenset(_grants[role])


def sync_role_groups(sender=None, *, using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs) -> None:
    """Create the role groups and give each exactly its registered permissions."""
    try:
        group_model = apps.get_model("auth", "Group")
        permission_model = apps.get_model("auth", "Permission")
    except LookupError:
        return
    for role in ROLES:
        group, _created = group_model.objects.using(using).get_or_create(name=role)
        wanted = _grants[role]
        permissions = []
        for dotted in sorted(wanted):
            app_label, codename = dotted.split(".")
            permission = (
                permission_model.objects.using(using)
                .filter(content_type__app_label=app_label, codename=codename)
                .first()
            )
            if permission is not None:
                permissions.append(permission)
        group.permissions.set(permissions)
