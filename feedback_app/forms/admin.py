"""Admin forms: accounts, organisations, taxonomy themes, imports and labelled data."""

from collections.abc import Mapping, Sequence
from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired, FileSize
from wtforms import (
    HiddenField,
    PasswordField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import (
    AnyOf,
    DataRequired,
    Email,
    InputRequired,
    Length,
    Optional,
    Regexp,
    ValidationError,
)

from feedback_app.analysis.phrases import compile_phrase
from feedback_app.auth.passwords import password_problems
from feedback_app.forms.common import add_error, choices, strip_text
from feedback_app.vocabulary import VOICES

MAX_UPLOAD = 8 * 1024 * 1024
MAX_PHRASES_TEXT = 20_000
TOKEN = Regexp(r"^[A-Za-z0-9_-]{20,64}$", message="The upload has expired: upload the file again")


class RolesField(SelectMultipleField):
    """Roles as checkboxes; choices are (role, label) with the role's detail kept for the hint."""

    def pre_validate(self, form: Any) -> None:
        known = {choice.value for choice in self.choices}
        if any(value not in known for value in self.data or []):
            raise ValidationError("Select roles from the list")


def roles_field() -> RolesField:
    return RolesField("Roles", validators=[DataRequired(message="Select at least one role")])


def set_role_choices(field: RolesField, roles: Sequence[tuple[str, str, str]]) -> None:
    field.choices = choices([(role, name) for role, name, _ in roles])
    field.hints = {role: detail for role, _, detail in roles}


class UserForm(FlaskForm):
    email = StringField(
        "Email address",
        validators=[
            DataRequired(message="Enter the person's email address"),
            Email(message="Enter an email address like name@example.nhs.uk"),
            Length(max=254, message="The email address must be 254 characters or fewer"),
        ],
        filters=[strip_text],
    )
    roles = roles_field()
    password = PasswordField(
        "Password",
        validators=[
            DataRequired(message="Enter a password for the account"),
            Length(max=200, message="The password must be 200 characters or fewer"),
        ],
    )

    def __init__(self, *args: Any, roles: Sequence[tuple[str, str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        set_role_choices(self.roles, roles)

    def validate_password(self, field: PasswordField) -> None:
        problems = password_problems(field.data or "", (self.email.data or "").lower())
        if problems:
            raise ValidationError(problems[0])


class PasswordForm(FlaskForm):
    """An administrator sets a new password for someone who has forgotten theirs."""

    password = PasswordField(
        "New password",
        validators=[
            DataRequired(message="Enter the new password"),
            Length(max=200, message="The password must be 200 characters or fewer"),
        ],
    )


class RolesForm(FlaskForm):
    roles = roles_field()

    def __init__(self, *args: Any, roles: Sequence[tuple[str, str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        set_role_choices(self.roles, roles)


class ButtonForm(FlaskForm):
    """A form that is only a button: the CSRF token is all it checks."""


def name_field(label: str, missing: str, longest: int) -> StringField:
    """A required one-line name, trimmed, of at most ``longest`` characters."""
    too_long = Length(max=longest, message=f"The name must be {longest} characters or fewer")
    return StringField(
        label, validators=[DataRequired(message=missing), too_long], filters=[strip_text]
    )


class OrganisationForm(FlaskForm):
    name = name_field("Organisation name", "Enter the organisation's name", 120)
    voice = SelectField(
        "Whose voice people from it speak with",
        choices=choices([("", "Select a voice"), *VOICES]),
        validators=[
            InputRequired(message="Select a voice"),
            AnyOf([value for value, _ in VOICES], message="Select a voice"),
        ],
    )


def phrase_list(label: str) -> TextAreaField:
    too_long = Length(max=MAX_PHRASES_TEXT, message="The list is too long")
    return TextAreaField(label, validators=[Optional(), too_long], filters=[strip_text])


class ThemeForm(FlaskForm):
    name = name_field("Theme name", "Enter the theme's name", 100)
    description = TextAreaField(
        "Description",
        validators=[
            DataRequired(message="Describe what the theme covers"),
            Length(max=2000, message="The description must be 2,000 characters or fewer"),
        ],
        filters=[strip_text],
    )
    category = StringField(
        "Category (optional)",
        validators=[Optional(), Length(max=100, message="The category is too long")],
        filters=[strip_text],
    )
    phrases = phrase_list("Phrases that suggest this theme")
    exclusions = phrase_list("Phrases that rule it out")

    def validate_phrases(self, field: TextAreaField) -> None:
        _check_phrases(field.data)

    def validate_exclusions(self, field: TextAreaField) -> None:
        _check_phrases(field.data)

    @staticmethod
    def lines(text: str | None) -> list[str]:
        """One phrase a line, blank lines and repeats dropped, in the order given."""
        seen: dict[str, None] = {}
        for line in (text or "").splitlines():
            phrase = " ".join(line.split())
            if phrase and phrase.lower() not in {s.lower() for s in seen}:
                seen[phrase] = None
        return list(seen)


def _check_phrases(text: str | None) -> None:
    """Each line must leave at least one word to match ("!?" or "..." alone would match nothing)."""
    for number, line in enumerate((text or "").splitlines(), start=1):
        if line.strip() and compile_phrase(line, key=None) is None:
            raise ValidationError(
                f"Line {number}, “{line.strip()}”, has no words to match: "
                "each phrase needs at least one word"
            )


class ImportForm(FlaskForm):
    """A codebook file, and whether it is a new taxonomy or a new version of one we have."""

    codebook = FileField(
        "Codebook file",
        validators=[
            FileRequired(message="Choose a CSV or .qdc file"),
            FileAllowed(["csv", "qdc"], message="The file must be a .csv or .qdc file"),
            FileSize(MAX_UPLOAD, message="The file must be smaller than 8 MB"),
        ],
    )
    target = RadioField(
        "Import it as", validators=[InputRequired(message="Choose where to import it")]
    )
    name = StringField(
        "Name of the new taxonomy",
        validators=[
            Optional(),
            Length(max=120, message="The name must be 120 characters or fewer"),
        ],
        filters=[strip_text],
    )

    def __init__(self, *args: Any, taxonomies: Sequence[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.target.choices = choices(
            [("new", "A new taxonomy")]
            + [(key, f"A new version of {name}") for key, name in taxonomies]
        )

    def validate(self, extra_validators: Mapping[str, Sequence[Any]] | None = None) -> bool:
        valid = super().validate(extra_validators)
        if valid and self.target.data == "new" and not self.name.data:
            valid = add_error(self.name, "Enter a name for the new taxonomy")
        return valid


class UploadConfirmForm(FlaskForm):
    """Confirms a previewed upload, named by the random token it is kept under."""

    token = HiddenField(validators=[DataRequired(), TOKEN])


class LabelledUploadForm(FlaskForm):
    labelled = FileField(
        "Labelled data file",
        validators=[
            FileRequired(message="Choose a CSV file"),
            FileAllowed(["csv", "txt"], message="The file must be a CSV file"),
            FileSize(MAX_UPLOAD, message="The file must be smaller than 8 MB"),
        ],
    )
