"""Pieces shared by every form: free-text fields with one length limit and friendly messages."""

from typing import Any

from wtforms import Field, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

MAX_TEXT = 5000


def strip_text(value: Any) -> Any:
    """Trim surrounding whitespace and normalise Windows line endings; keep the text as given."""
    return value.replace("\r\n", "\n").strip() if isinstance(value, str) else value


def free_text(label: str, required_message: str | None = None) -> TextAreaField:
    """A free-text answer of up to MAX_TEXT characters, required when a message is given."""
    presence = DataRequired(message=required_message) if required_message else Optional()
    too_long = Length(max=MAX_TEXT, message=f"Your answer must be {MAX_TEXT:,} characters or fewer")
    return TextAreaField(label, validators=[presence, too_long], filters=[strip_text])


def add_error(field: Field, message: str) -> bool:
    """Record a cross-field validation error on ``field``; returns False for ``validate()``."""
    field.errors = [*field.errors, message]
    return False


def choices(pairs: list[tuple[str, str]]) -> list[SelectChoice]:
    """(value, label) pairs from the vocabulary as WTForms choices."""
    return [SelectChoice(value, label) for value, label in pairs]
