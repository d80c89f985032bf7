"""The public feedback forms: anonymous by default, no login."""

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from flask_wtf import FlaskForm
from wtforms import BooleanField, RadioField, SelectField, StringField
from wtforms.validators import Email, InputRequired, Length, Optional, Regexp

from feedback_app.forms.common import add_error, choices, free_text, strip_text
from feedback_app.vocabulary import RATINGS, RESPONDENT_TYPES, SERVICES, STAFF_ROLES

NOT_SURE = "not_sure"


def recent_months(today: date, count: int = 24) -> list[tuple[str, str]]:
    """Choices for 'roughly when': this month back ``count`` months, newest first."""
    choices = []
    year, month = today.year, today.month
    for _ in range(count):
        choices.append((f"{year:04d}-{month:02d}", date(year, month, 1).strftime("%B %Y")))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return choices


class StartForm(FlaskForm):
    respondent_type = RadioField(
        "Who are you?",
        choices=choices(RESPONDENT_TYPES),
        validators=[InputRequired(message="Select who you are")],
    )


class ConsentMixin:
    consent_to_quote = BooleanField(
        "You can quote what I wrote, without my name, in reports about the service"
    )


class PatientCarerForm(ConsentMixin, FlaskForm):
    service = RadioField(
        "Which part of our service did you have contact with?",
        choices=choices(SERVICES),
        validators=[InputRequired(message="Select which part of the service you had contact with")],
    )
    month = SelectField(
        "Roughly when was this?",
        validators=[InputRequired(message="Select roughly when this was")],
    )
    rating = RadioField(
        "Overall, how was your experience of our service?",
        choices=choices(RATINGS),
        validators=[InputRequired(message="Select how your experience was overall")],
    )
    went_well = free_text("What went well?")
    do_better = free_text("What could we do better?")
    wants_contact = BooleanField("I would like someone to contact me about my feedback")
    contact_name = StringField(
        "Your name (optional)", validators=[Optional(), Length(max=120)], filters=[strip_text]
    )
    contact_email = StringField(
        "Email address",
        validators=[
            Optional(),
            Length(max=254),
            Email(message="Enter an email address in the correct format, like name@example.com"),
        ],
        filters=[strip_text],
    )
    contact_phone = StringField(
        "Phone number",
        validators=[
            Optional(),
            Regexp(r"^\+?[0-9 ()-]{7,20}$", message="Enter a phone number, like 07700 900 982"),
        ],
        filters=[strip_text],
    )

    def __init__(self, *args: object, today: date | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.month.choices = choices(
            [
                ("", "Select a month"),
                *recent_months(today or date.today()),
                (NOT_SURE, "Earlier, or I'm not sure"),
            ]
        )

    def validate(self, extra_validators: Mapping[str, Sequence[Any]] | None = None) -> bool:
        valid = super().validate(extra_validators)
        has_details = bool(self.contact_email.data or self.contact_phone.data)
        if self.wants_contact.data and not has_details and not self.contact_email.errors:
            return add_error(
                self.contact_email, "Enter an email address or phone number so we can contact you"
            )
        if has_details and not self.wants_contact.data:
            return add_error(
                self.wants_contact,
                "Tick the box to say you would like us to contact you, or remove your details",
            )
        return valid


class StaffForm(ConsentMixin, FlaskForm):
    staff_role = RadioField(
        "What is your role?",
        choices=choices(STAFF_ROLES),
        validators=[InputRequired(message="Select your role")],
    )
    what_helps = free_text("What helps you when working with mental health pathways?")
    gets_in_way = free_text("What gets in the way, especially out of hours?")

    def validate(self, extra_validators: Mapping[str, Sequence[Any]] | None = None) -> bool:
        valid = super().validate(extra_validators)
        if not (self.what_helps.data or self.gets_in_way.data or self.what_helps.errors):
            return add_error(self.what_helps, "Answer at least one of the questions")
        return valid


class PartnerForm(ConsentMixin, FlaskForm):
    organisation = SelectField(
        "Which organisation are you from?",
        validators=[InputRequired(message="Select your organisation")],
    )
    organisation_other = StringField(
        "Name of your organisation", validators=[Optional(), Length(max=120)], filters=[strip_text]
    )
    role = StringField("Your role", validators=[Optional(), Length(max=120)], filters=[strip_text])
    joint_working = free_text(
        "Tell us about working together with our mental health response",
        required_message="Tell us about working together with our mental health response",
    )

    def __init__(self, *args: object, organisations: list[tuple[str, str]], **kwargs: object):
        super().__init__(*args, **kwargs)
        self.organisation.choices = choices([("", "Select an organisation"), *organisations])

    def validate(self, extra_validators: Mapping[str, Sequence[Any]] | None = None) -> bool:
        valid = super().validate(extra_validators)
        other_ids = {c.value for c in self.organisation.choices if c.label == "Other"}
        if self.organisation.data in other_ids and not self.organisation_other.data:
            return add_error(self.organisation_other, "Enter the name of your organisation")
        return valid
