"""The staff navigation in the page header, shown by role."""

from flask import request, url_for
from flask_login import current_user


def staff_navigation() -> list[dict[str, object]]:
    if not current_user.is_authenticated:
        return []
    return [
        {
            "href": url_for(endpoint),
            "text": label,
            "current": request.blueprint == endpoint.split(".")[0],
        }
        for endpoint, label, roles in NAVIGATION
        if current_user.has_role(*roles)
    ]


def account_items() -> list[dict[str, object]]:
    if not current_user.is_authenticated:
        return []
    return [
        {"text": current_user.email, "icon": True},
        {"action": url_for("auth.logout"), "method": "post", "text": "Sign out"},
    ]


# Imported after the functions above: the auth package's views import ``staff_navigation`` from
# this module, so it must exist before ``feedback_app.auth`` starts loading (a circular import).
from feedback_app.auth.access import READERS, WORKSHOP_USERS  # noqa: E402

# (endpoint, label, roles that see it), in the order shown.
NAVIGATION: list[tuple[str, str, tuple[str, ...]]] = [
    ("workshops.index", "Workshops", WORKSHOP_USERS),
    ("review.index", "Review", READERS),
    ("reports.dashboard", "Dashboard", READERS),
    ("admin.index", "Admin", ("admin",)),
]
