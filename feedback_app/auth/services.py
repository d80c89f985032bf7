"""Accounts: creating users and checking who is signing in."""

from sqlalchemy import func, select

from feedback_app.auth.passwords import hash_password, password_problems, verify_password
from feedback_app.extensions import db
from feedback_app.models import ROLES, User
from feedback_app.models.base import utcnow

# Compared against when the e-mail is unknown, so a failed sign-in takes the same time either way.
_DUMMY_HASH = hash_password("not-a-real-password-for-timing")


class AccountError(ValueError):
    """A reason an account cannot be created or changed, worded for the person doing it."""


def find_user(email: str) -> User | None:
    return db.session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))


def create_user(email: str, roles: list[str], password: str) -> User:
    email = email.strip().lower()
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise AccountError(f"Unknown role: {', '.join(sorted(unknown))}")
    if not roles:
        raise AccountError("Give the user at least one role")
    if find_user(email):
        raise AccountError(f"A user with the e-mail {email} already exists")
    user = User(
        email=email,
        roles=" ".join(sorted(set(roles))),
        password_hash=_checked_hash(password, email),
    )
    db.session.add(user)
    db.session.commit()
    return user


def set_password(user: User, password: str) -> None:
    """Give ``user`` a new password; raises AccountError when it is too weak."""
    user.password_hash = _checked_hash(password, user.email)
    db.session.commit()


def _checked_hash(password: str, email: str) -> str:
    """The password's hash; AccountError with the first problem when it is too weak."""
    problems = password_problems(password, email)
    if problems:
        raise AccountError(problems[0])
    return hash_password(password)


def authenticate(email: str, password: str) -> User | None:
    """The active user with this e-mail and password, or None."""
    user = find_user(email)
    if user is None:
        verify_password(_DUMMY_HASH, password)
        return None
    if not (user.active and verify_password(user.password_hash, password)):
        return None
    user.last_login_at = utcnow()
    db.session.commit()
    return user
