"""Password hashing (argon2) and the password policy."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn import zxcvbn

MIN_LENGTH = 12
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def password_problems(password: str, email: str = "") -> list[str]:
    """Why a password is not good enough (empty when it is): length, then guessability.

    zxcvbn checks against its lists of common passwords, names and words, and against the
    user's own e-mail address.
    """
    if len(password) < MIN_LENGTH:
        return [f"Password must be at least {MIN_LENGTH} characters"]
    strength = zxcvbn(password[:100], user_inputs=[email, *email.split("@")])
    if strength["score"] < 3:
        advice = strength["feedback"]["warning"] or "It is too easy to guess"
        return [f"Choose a password that is harder to guess: {advice.rstrip('.')}"]
    return []
