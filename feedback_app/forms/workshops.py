"""Workshop forms: set up a workshop, capture notes, key messages, actions and bulk entry."""

import re
from collections.abc import Mapping, Sequence
from datetime import date, time
from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileSize
from wtforms import BooleanField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import (
    AnyOf,
    DataRequired,
    InputRequired,
    Length,
    Optional,
    ValidationError,
)

from feedback_app.forms.common import MAX_TEXT, add_error, choices, strip_text
from feedback_app.vocabulary import VOICES

MAX_QUESTIONS = 30
MAX_QUESTION = 500
MAX_GROUPS = 50
MAX_HEAD_COUNT = 10_000
MAX_PASTE = 500_000
MAX_UPLOAD = 1024 * 1024
_TIME = re.compile(r"^(\d{1,2})(?:[:.]?(\d{2}))?\s*([ap])?\.?\s*m?\.?$", re.IGNORECASE)
_ATTENDANCE = re.compile(r"^(.*?)[\s,;:|\t-]*(\d+)$")
_NEGATIVE_COUNT = re.compile(r"(?:^|[\s,;:|])-\d+$")  # "Samaritans, -3", not "Samaritans - 3"
FIRST_YEAR = 2000  # earlier workshop dates are typing slips
_NUMBERING = re.compile(r"^\s*(?:q(?:uestion)?\s*)?\d+\s*[.):-]\s+", re.IGNORECASE)


def note_text(label: str, required_message: str) -> TextAreaField:
    too_long = Length(max=MAX_TEXT, message=f"The text must be {MAX_TEXT:,} characters or fewer")
    return TextAreaField(
        label, validators=[DataRequired(message=required_message), too_long], filters=[strip_text]
    )


def required_line(label: str, missing: str, what: str, max_length: int) -> StringField:
    """A required one-line answer; ``what`` names it in the too-long message ("The title")."""
    too_long = Length(max=max_length, message=f"{what} must be {max_length} characters or fewer")
    return StringField(
        label, validators=[DataRequired(message=missing), too_long], filters=[strip_text]
    )


def parse_time(value: str) -> time | None:
    """A start time as people write it: 14:00, 9.30, 0930, 10, 2pm, 2:30 pm, noon."""
    value = value.strip().lower()
    if value in ("noon", "midday"):
        return time(12)
    match = _TIME.match(value)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match.group(3) == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_attendance(text: str) -> tuple[list[tuple[str, int]], list[str]]:
    """Lines of "name, head count" as (name, count) pairs, and a message for each bad line."""
    rows: list[tuple[str, int]] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _ATTENDANCE.match(line.strip())
        name = match.group(1).strip() if match else line.strip()
        if not match:
            problems.append(f"Line {number}: add how many people came, like “{name}, 4”")
        elif _NEGATIVE_COUNT.search(line.strip()):
            problems.append(f"Line {number}: the number of people must be 0 or more")
        elif not name:
            problems.append(f"Line {number}: enter the name of the group before the number")
        elif len(name) > 120:
            problems.append(f"Line {number}: the name must be 120 characters or fewer")
        elif int(match.group(2)) > MAX_HEAD_COUNT:
            problems.append(f"Line {number}: the number of people must be under {MAX_HEAD_COUNT:,}")
        else:
            rows.append((name, int(match.group(2))))
    if len(rows) > MAX_GROUPS:
        problems.append(f"List at most {MAX_GROUPS} groups")
    return rows, problems


def parse_questions(text: str) -> list[str]:
    """Agenda questions, one a line, without any numbering people typed (we number them)."""
    return [_NUMBERING.sub("", line).strip() for line in text.splitlines() if line.strip()]


class WorkshopForm(FlaskForm):
    # Set by validate(): the values parsed from the date, time, attendance and agenda fields.
    starts_on: date
    start: time
    attendance_rows: list[tuple[str, int]]
    question_lines: list[str]

    title = required_line("Title", "Enter the title of the workshop", "The title", 200)
    day = StringField("Day", filters=[strip_text])
    month = StringField("Month", filters=[strip_text])
    year = StringField("Year", filters=[strip_text])
    start_time = StringField("Start time", filters=[strip_text])
    online = BooleanField("The workshop is online")
    venue = StringField(
        "Venue",
        validators=[Length(max=200, message="The venue must be 200 characters or fewer")],
        filters=[strip_text],
    )
    attendance = TextAreaField(
        "Organisations and groups attending",
        validators=[Length(max=10_000, message="The list of groups is too long")],
        filters=[strip_text],
    )
    questions = TextAreaField(
        "Agenda questions",
        validators=[Length(max=20_000, message="The agenda is too long")],
        filters=[strip_text],
    )

    def validate(self, extra_validators: Mapping[str, Sequence[Any]] | None = None) -> bool:
        """Field checks, then the date and time, the venue, attendance and the agenda, keeping
        each parsed value on the form."""
        valid = super().validate(extra_validators)
        valid = self._check_start() and valid
        if not self.online.data and not self.venue.data:
            valid = add_error(self.venue, "Enter the venue, or say the workshop is online")
        self.attendance_rows, problems = parse_attendance(self.attendance.data or "")
        if problems and not self.attendance.errors:
            valid = add_error(self.attendance, problems[0])
        self.question_lines = parse_questions(self.questions.data or "")
        too_long = [n for n, q in enumerate(self.question_lines, 1) if len(q) > MAX_QUESTION]
        if too_long:
            message = f"Question {too_long[0]} must be {MAX_QUESTION} characters or fewer"
            valid = add_error(self.questions, message)
        elif len(self.question_lines) > MAX_QUESTIONS:
            valid = add_error(self.questions, f"List at most {MAX_QUESTIONS} questions")
        return valid

    def _check_start(self) -> bool:
        """The NHS date input pattern: say which part is missing, or that the date is not real."""
        parts = {"day": self.day, "month": self.month, "year": self.year}
        missing = [name for name, field in parts.items() if not field.data]
        valid = True
        if len(missing) == 3:
            valid = add_error(self.day, "Enter the date of the workshop")
        elif missing:
            valid = add_error(parts[missing[0]], f"The date must include a {missing[0]}")
        else:
            try:
                if len(self.year.data) != 4:
                    raise ValueError("the year needs 4 digits")
                day = date(int(self.year.data), int(self.month.data), int(self.day.data))
            except ValueError:
                valid = add_error(self.day, "The date must be a real date, like 14 5 2026")
            else:
                last_year = date.today().year + 5
                if not FIRST_YEAR <= day.year <= last_year:
                    message = f"The year must be between {FIRST_YEAR} and {last_year}"
                    valid = add_error(self.year, message)
        start = parse_time(self.start_time.data or "")
        if not self.start_time.data:
            valid = add_error(self.start_time, "Enter the start time")
        elif start is None:
            valid = add_error(self.start_time, "Enter the start time like 09:30, 14:00 or 2pm")
        if valid:
            self.starts_on, self.start = day, start
        return valid


def question_choices(questions: Sequence[tuple[int, str]]) -> list[tuple[str, str]]:
    """(id, "1. text") for each agenda question, after a choice for notes on no question."""
    numbered = [(str(id_), f"{n}. {text}") for n, (id_, text) in enumerate(questions, 1)]
    return [("", "No particular question"), *numbered]


class NoteForm(FlaskForm):
    """A note taken during the session. Question, group and voice stay as they were between
    notes; only the text is cleared."""

    question = SelectField("Agenda question", validate_choice=False)
    group = StringField(
        "Table or group",
        validators=[Optional(), Length(max=80, message="The group must be 80 characters or fewer")],
        filters=[strip_text],
    )
    voice = SelectField(
        "Whose voice",
        choices=choices([("", "Select whose voice this is"), *VOICES]),
        validate_choice=False,
        validators=[
            InputRequired(message="Select whose voice this is"),
            AnyOf([value for value, _ in VOICES], message="Select whose voice this is"),
        ],
    )
    text = note_text("Note", "Enter the note")

    def __init__(self, *args: Any, questions: Sequence[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.question.choices = choices(question_choices(questions))

    def validate_question(self, field: SelectField) -> None:
        if field.data and field.data not in {choice.value for choice in field.choices}:
            raise ValidationError("Select a question from the list")

    @property
    def question_id(self) -> int | None:
        return int(self.question.data) if self.question.data else None


class EditNoteForm(FlaskForm):
    text = note_text("Note", "Enter the note")


class KeyMessageForm(FlaskForm):
    key_message = note_text("Key message", "Enter the key message")


class ActionForm(FlaskForm):
    action = note_text("Action agreed", "Enter the action agreed")
    owner = required_line("Owner", "Enter who owns the action", "The owner", 120)


DEFAULT_VOICE_CHOICES = [("", "None: each line says whose voice it is"), *VOICES]


class BulkForm(FlaskForm):
    notes = TextAreaField(
        "Paste notes",
        validators=[Length(max=MAX_PASTE, message=f"Paste at most {MAX_PASTE:,} characters")],
    )
    csv_file = FileField(
        "Or upload a CSV file",
        validators=[
            FileAllowed(["csv", "txt"], message="The file must be a CSV file"),
            FileSize(MAX_UPLOAD, message="The file must be smaller than 1 MB"),
        ],
    )
    default_voice = SelectField(
        "Whose voice, for lines that do not say",
        validate_choice=False,
        validators=[Optional(), AnyOf([value for value, _ in VOICES])],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.default_voice.choices = choices(DEFAULT_VOICE_CHOICES)

    def validate(self, extra_validators: Mapping[str, Sequence[Any]] | None = None) -> bool:
        valid = super().validate(extra_validators)
        # Not stripped: line numbers in the preview must match the lines as pasted.
        pasted = bool(self.notes.data and self.notes.data.strip())
        if pasted and self.csv_file.data:
            return add_error(self.notes, "Paste notes or upload a CSV file, not both")
        if not pasted and not self.csv_file.data and not self.csv_file.errors:
            return add_error(self.notes, "Paste some notes or upload a CSV file")
        return valid


class BulkConfirmForm(FlaskForm):
    """The original text again, parsed afresh on the server: rows never come from the browser."""

    source = HiddenField(validators=[AnyOf(["paste", "csv"])])
    content = HiddenField(validators=[DataRequired(), Length(max=2 * MAX_PASTE)])
    default_voice = HiddenField(
        validators=[Optional(), AnyOf([value for value, _ in DEFAULT_VOICE_CHOICES])]
    )
