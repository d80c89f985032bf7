"""Pieces shared by every form: free-text fields with one length limit and friendly messages."""

from typing import Any

from wtforms import Field, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

MAX_TEXT = 5000


# Bidirectional embedding, override and isolate controls: invisible, and able to make a text
# read differently on screen and in reports than it was written ("Trojan source").
_DIRECTION_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def strip_text(value: Any) -> Any:
    """Trim surrounding whitespace, normalise Windows line endings and drop direction controls;
    otherwise keep the text as given."""
    if not isinstance(value, str):
        return value
    return value.replace("\r\n", "\n").translate(_DIRECTION_CONTROLS).strip()


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
