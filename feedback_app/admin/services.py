"""Accounts and partner organisations. Plain functions: no request globals.

Two rules keep the service usable: an administrator cannot deactivate their own account or take
away their own admin role, so there is always at least one administrator who can sign in.
"""

from sqlalchemy import func, select

from feedback_app.auth.services import AccountError, create_user
from feedback_app.extensions import db
from feedback_app.models import ROLES, Organisation, User
from feedback_app.vocabulary import VOICES


class OrganisationError(ValueError):
    """A reason an organisation cannot be added, worded for the person adding it."""


def role_choices() -> list[tuple[str, str, str]]:
    """(role, short name, what it lets people do) for each role, from ``ROLES``."""
    result = []
    for role, description in ROLES.items():
        name, _, detail = description.partition(": ")
        result.append((role, name, detail))
    return result


def role_names(user: User) -> list[str]:
    names = {role: name for role, name, _ in role_choices()}
    return [names.get(role, role) for role in sorted(user.role_set)]


def list_users() -> list[User]:
    """Active accounts first, then by e-mail address."""
    return list(db.session.scalars(select(User).order_by(User.active.desc(), User.email)))


def add_user(email: str, roles: list[str], password: str) -> User:
    """Create an account; raises AccountError (duplicate e-mail, weak password, no role)."""
    return create_user(email, roles, password)


def change_roles(user: User, roles: list[str], acting: User) -> None:
    """Give ``user`` exactly ``roles``. Raises AccountError for no role, an unknown role, or an
    administrator removing their own admin role."""
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise AccountError(f"Unknown role: {', '.join(sorted(unknown))}")
    if not roles:
        raise AccountError("Give the user at least one role")
    if user.id == acting.id and "admin" not in roles:
        raise AccountError(
            "You cannot remove your own administrator role: another administrator must do it, "
            "so the service always has someone who can manage accounts"
        )
    user.roles = " ".join(sorted(set(roles)))
    db.session.commit()


def set_active(user: User, active: bool, acting: User) -> None:
    """Deactivate (the person can no longer sign in) or reactivate an account."""
    if user.id == acting.id and not active:
        raise AccountError(
            "You cannot deactivate your own account: another administrator must do it, "
            "so you cannot lock yourself out by mistake"
        )
    user.active = active
    db.session.commit()


def list_organisations() -> list[Organisation]:
    return list(db.session.scalars(select(Organisation).order_by(func.lower(Organisation.name))))


def add_organisation(name: str, voice: str) -> Organisation:
    organisation = Organisation()
    change_organisation(organisation, name, voice)
    return organisation


def change_organisation(organisation: Organisation, name: str, voice: str) -> None:
    """Name (or rename) an organisation and set its voice; raises OrganisationError for a blank
    or taken name, or an unknown voice. Feedback already given keeps its link to it."""
    name = " ".join(name.split())
    if voice not in dict(VOICES):
        raise OrganisationError("Select whose voice people from this organisation speak with")
    if not name:
        raise OrganisationError("Enter the organisation's name")
    existing = db.session.scalar(
        select(Organisation).where(func.lower(Organisation.name) == name.lower())
    )
    if existing is not None and existing is not organisation:
        raise OrganisationError(f"{existing.name} is already on the list")
    organisation.name, organisation.voice = name, voice
    db.session.add(organisation)
    db.session.commit()
