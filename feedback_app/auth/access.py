"""Who may see what: every staff view declares its roles with ``role_required``."""

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import abort, redirect, request, url_for
from flask_login import current_user

from feedback_app.extensions import db, login_manager
from feedback_app.models import User

F = TypeVar("F", bound=Callable[..., Any])

READERS = ("quality_lead", "admin")
WORKSHOP_USERS = ("facilitator", "quality_lead", "admin")


def role_required(*roles: str) -> Callable[[F], F]:
    """Require a signed-in user holding one of ``roles``: otherwise sign-in (pages) or 401 (API),
    and 403 for a signed-in user without the role. The roles are kept on the view for tests."""

    def decorate(view: F) -> F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        wrapped.required_roles = roles  # type: ignore[attr-defined]
        return wrapped  # type: ignore[return-value]

    return decorate


def is_api_request() -> bool:
    return request.blueprint == "api" or request.accept_mimetypes.best == "application/json"


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    return db.session.get(User, int(user_id))


@login_manager.unauthorized_handler
def unauthorized() -> Any:
    if is_api_request():
        abort(401)
    return redirect(url_for("auth.login", next=safe_next(request.full_path)))


def safe_next(target: str | None) -> str | None:
    """Only a path on this site may follow sign-in: never another host (an open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    return target.rstrip("?")
